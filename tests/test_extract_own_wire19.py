"""Classes of the nineteenth own-wire study (ten more whole articles written in 1987 wire style
on armed conflict, insurgency and state measures of 1987-1989 outside the Middle East and the
Gulf, ``benchmarks/data/own_wire19.*``): two coordinated acts of one type, each dated by a time
of its own, are two acts; Uganda's National Resistance Army, the Holy Spirit Movement and the
JKLF are known groups; disarming others is coercion, not a pullout; troops patrolling streets
and troops ordered into a region are deployed; a verb of speech after 'and' that the parser
joined to a past progressive in the reported clause is the speaker's ('told reporters X was
building missiles and urged …'); a counted band of an armed group's fighters with no country
word is the group named just before ('Shining Path guerrillas … About 300 guerrillas'); the
gerund after 'and' that the parser joined to the verb above is the accused's ('accused X of
training and arming the guerrillas'); a bare 'the movement' or 'the front' is the group of a
country named before with the word in its name; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_coordinated_acts_with_times_of_their_own_are_two_acts(extractor):
    text = (
        "ADDIS ABABA, June 2 - Rebels burned a school in the north last month and ambushed a "
        "bus near the capital on Tuesday."
    )
    attacks = events_of_type(extract_events(extractor, text, "1988-06-02T12:00:00Z"), "attack")
    assert len(attacks) == 2
    assert {a["date"]["value"] for a in attacks} == {"1988-05", "1988-05-31"}


def test_coordinated_acts_of_one_time_stay_one_act(extractor):
    text = "LIMA, June 2 - Guerrillas blew up a bridge and killed two policemen on Saturday."
    assert (
        len(events_of_type(extract_events(extractor, text, "1988-06-02T12:00:00Z"), "attack")) == 1
    )


def test_ugandan_and_kashmiri_groups_are_known(extractor):
    for text, doer in (
        (
            "NAIROBI, June 2 - The National Resistance Army attacked rebels near Gulu on Monday.",
            "UGA",
        ),
        (
            "NAIROBI, June 2 - Fighters of the Holy Spirit Movement raided a village on Monday.",
            "UGA",
        ),
        ("NEW DELHI, June 2 - Police said gunmen of the JKLF shot a judge on Monday.", "IND"),
    ):
        found = events_of_type(extract_events(extractor, text), "attack")
        assert found and country_codes(found[0]["actors"]) == {doer}, text


def test_disarming_others_is_coercion_not_a_pullout(extractor):
    text = "SAN JOSE, June 2 - Government troops disarmed the militiamen on Monday."
    events = extract_events(extractor, text)
    assert events_of_type(events, "coercion") and not events_of_type(events, "withdrawal")


def test_troops_patrolling_streets_are_deployed(extractor):
    text = "TBILISI, June 2 - Soviet troops patrolled the streets of the city on Monday."
    found = events_of_type(extract_events(extractor, text), "deployment")
    assert found and country_codes(found[0]["actors"]) & {"RUS", "SUN"}


def test_troops_ordered_into_a_region_are_deployed(extractor):
    text = "QUITO, June 2 - The president ordered 800 soldiers into the border province on Monday."
    found = events_of_type(extract_events(extractor, text), "deployment")
    assert found and country_codes(found[0]["actors"]) == {"ECU"}


def test_a_speech_verb_after_a_told_progressive_is_the_speakers(extractor):
    text = (
        "TOKYO, June 2 - Japan's foreign minister told reporters that North Korea was building "
        "missiles and urged Pyongyang to stop."
    )
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["actors"]) == {"JPN"}


def test_a_counted_band_of_fighters_is_the_group_named_before(extractor):
    text = (
        "MANILA, June 2 - New People's Army guerrillas ambushed an army patrol on Monday. "
        "Officials said about 200 guerrillas fought troops near the town for five hours."
    )
    found = events_of_type(extract_events(extractor, text, "1988-06-02T12:00:00Z"), "clash")
    assert found and country_codes(found[0]["actors"]) == {"PHL"}


def test_a_gerund_after_and_below_accused_of_is_no_act_of_the_accusers(extractor):
    text = (
        "ANKARA, June 2 - Officials in Ankara have accused Syria of training and arming the "
        "guerrillas."
    )
    events = extract_events(extractor, text, "1988-06-02T12:00:00Z")
    assert not any(
        "TUR" in country_codes(e["actors"]) for e in events_of_type(events, "arms_transfer")
    )
    found = events_of_type(events, "accusation")
    assert found and "SYR" in country_codes(found[0]["targets"])


def test_the_movement_is_the_group_named_before(extractor):
    text = (
        "NAIROBI, Nov 2 - Troops routed rebels of the Holy Spirit Movement near Jinja. "
        "The movement said it would attack Kampala."
    )
    found = events_of_type(extract_events(extractor, text, "1987-11-02T12:00:00Z"), "threat")
    assert found and country_codes(found[0]["actors"]) == {"UGA"}


def test_own_wire19_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire19")
    assert summary["recall"] >= 0.82
    assert summary["precision"] >= 0.79
