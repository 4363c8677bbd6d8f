"""Classes of the sixteenth own-wire study (ten more whole articles written in 1987 wire style
on the Middle East and the Gulf of 1986-1989, ``benchmarks/data/own_wire16.*``): a passive
joined to an active verb suffers what it tells, the shared subject does not do it ('had
visited Tehran and had been expelled'); 'committed an act of war' pledges nothing; a vow that
an act will not be left unanswered is a threat; a date inside a 'since' clause that tells what
a superlative is compared with does not date the act ('in the biggest clash since …');
offering a captive in exchange for soldiers or prisoners is a concession; a warship crippled
by an attack; an official after the end of his last dated office is still his state's
('Robert McFarlane' in 1986); an aide or adviser 'to' a leader is the leader's state's; an act
told by a participle after talks held or closed is an act of its own ('ended a summit,
pledging aid'); and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_a_passive_joined_to_an_active_verb_is_suffered_by_the_subject(extractor):
    text = (
        "Libya said two Tunisian diplomats had entered its territory illegally and had been "
        "arrested in Tripoli."
    )
    arrests = events_of_type(extract_events(extractor, text), "coercion")
    assert arrests, text
    assert "TUN" not in country_codes(arrests[0]["actors"])
    assert "TUN" in country_codes(arrests[0]["targets"])
    # an active second verb keeps the shared subject as its doer
    text = "Kenya said Ugandan troops had crossed the border and attacked a police post."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"UGA"}


def test_committing_an_act_of_war_is_no_pledge(extractor):
    for text in (
        'The Syrian foreign ministry said Israeli jets had "committed an act of aggression".',
        "Baghdad radio said Iranian gunboats had committed an atrocity against Kuwaiti crews.",
    ):
        assert not events_of_type(extract_events(extractor, text), "pledge"), text
    text = "Britain pledged to commit two more frigates to the Armilla patrol."
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_a_vow_not_to_leave_an_act_unanswered_is_a_threat(extractor):
    for text, doer in (
        ("Syria vowed that it would not leave the downing of its jets unanswered.", "SYR"),
        ("Libya swore it would not let the raid on Tripoli go unpunished.", "LBY"),
    ):
        events = extract_events(extractor, text)
        threats = events_of_type(events, "threat")
        assert threats and country_codes(threats[0]["actors"]) == {doer}, text
        assert not events_of_type(events, "pledge"), text
    # a negated promise of no harm stays a promise
    text = "Iraq promised Kuwait that it would not leave the border unguarded."
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_a_since_clause_after_a_superlative_does_not_date_the_act(extractor):
    text = (
        "Israeli gunboats sank a Palestinian supply ship on Tuesday in the heaviest naval "
        "fighting since Israel invaded Lebanon in June 1982."
    )
    events = extract_events(extractor, text, "1985-04-24T12:00:00Z")
    sinking = [e for e in events_of_type(events, "attack") if e["trigger"].startswith("sank")]
    assert sinking and sinking[0]["date"]["value"] == "1985-04-23"
    text = (
        "Egyptian troops sank a Libyan patrol boat in the biggest clash between the two "
        "states since Cairo closed the border in 1977."
    )
    events = extract_events(extractor, text, "1985-04-24T12:00:00Z")
    sinking = [e for e in events_of_type(events, "attack") if e["trigger"].startswith("sank")]
    assert sinking, events
    # no date of its own: the publication day stands for it, never the 'since' clause's year
    date = sinking[0]["date"]
    assert (date["value"], date["basis"], date["status"]) == (None, "publication", "past")
    # a 'since' phrase on a lasting act still says when it began
    text = "Syrian troops have occupied the town since they entered it in March."
    found = events_of_type(extract_events(extractor, text, "1987-06-01T12:00:00Z"), "occupation")
    assert found and found[0]["date"]["value"] == "1987-03"


def test_offering_a_captive_for_soldiers_is_a_concession(extractor):
    text = "Syria said it was ready to swap the Israeli navigator for 40 prisoners held in Israel."
    found = events_of_type(extract_events(extractor, text), "concession")
    assert found and "SYR" in country_codes(found[0]["actors"])


def test_a_warship_crippled_by_an_attack(extractor):
    text = "Iraq said its jets crippled an Iranian frigate off Bushehr on Sunday."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}
    assert "IRN" in country_codes(found[0]["targets"])


def test_a_former_official_keeps_his_state(extractor):
    text = "Robert McFarlane flew to Tehran in May with a planeload of spare parts."
    found = events_of_type(extract_events(extractor, text, "1986-11-05T12:00:00Z"), "visit")
    assert found and country_codes(found[0]["actors"]) == {"USA"}


def test_an_aide_to_a_leader_is_of_the_leaders_state(extractor):
    for text, doer, host in (
        ("A senior aide to King Hussein visited Baghdad today.", "JOR", "IRQ"),
        ("An adviser to President Mubarak flew to Tripoli on Sunday.", "EGY", "LBY"),
    ):
        found = events_of_type(extract_events(extractor, text), "visit")
        assert found and country_codes(found[0]["actors"]) == {doer}, text
        assert host in country_codes(found[0]["targets"]), text
    # an ambassador's 'to' names the host, not the owner
    text = "The Swiss ambassador to Iran met Velayati today."
    found = events_of_type(extract_events(extractor, text), "meeting")
    assert found and "IRN" not in country_codes(found[0]["actors"])


def test_an_act_told_by_a_participle_after_talks_is_its_own(extractor):
    text = "Gulf Arab leaders closed a two-day summit in Riyadh, pledging aid to Iraq."
    found = events_of_type(extract_events(extractor, text), "pledge")
    assert found and "IRQ" in country_codes(found[0]["targets"])
    text = (
        "The Arab foreign ministers ended their talks on Sunday calling on Iran to accept the "
        "ceasefire."
    )
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and "IRN" in country_codes(found[0]["targets"])
    # a bare telling stays the talks'
    text = "Iran and Syria held talks in Damascus, saying they were useful."
    assert not events_of_type(extract_events(extractor, text), "statement")


def test_own_wire16_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire16")
    assert summary["recall"] >= 0.80
    assert summary["precision"] >= 0.62
