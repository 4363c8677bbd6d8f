"""Classes of the twentieth own-wire study (ten whole articles written in 1987 wire style on
the diplomacy of 1987-1989, ``benchmarks/data/own_wire20.*``): two acts of one type joined in
one sentence, each with a time of its own, are two acts; so are two of one type told in a
clause of time with another doer; talks a third party chairs are its mediation; a doer that
defends a policy or decision of its own backs no one; an official's arrival that names no
place is a visit where the dateline is; refusing to bow to threats is a rejection, no threat
by the one who refuses; those who guard a meeting are no parties to it; and the set's score floor. Sentences written for the
test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

PUB = "1988-05-04T12:00:00Z"


def test_two_raids_joined_each_with_its_own_time_are_two_acts(extractor):
    text = (
        "PRETORIA, May 4 - South African troops destroyed a guerrilla base last month and "
        "raided an Angolan town on Tuesday."
    )
    attacks = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert len(attacks) == 2
    assert {e["date"]["value"] for e in attacks} == {"1988-04", "1988-05-03"}


def test_a_deployment_in_a_clause_of_time_with_another_doer_is_its_own(extractor):
    text = (
        "ATHENS, May 4 - Greece put its forces on alert when Turkey sent two frigates into the "
        "disputed waters."
    )
    moves = events_of_type(extract_events(extractor, text, PUB), "deployment")
    assert {iso for e in moves for iso in country_codes(e["actors"])} == {"GRC", "TUR"}


def test_talks_a_third_party_chairs_are_its_mediation(extractor):
    text = (
        "DAKAR, May 4 - The ministers of Mali and Burkina Faso met on Tuesday in talks chaired "
        "by President Abdou Diouf."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "mediation")
    assert found and country_codes(found[0]["actors"]) == {"SEN"}
    assert {"MLI", "BFA"} <= country_codes(found[0]["targets"])


def test_defending_a_policy_of_ones_own_backs_no_one(extractor):
    text = "BONN, May 4 - The chancellor defended his policy at a press briefing."
    assert not events_of_type(extract_events(extractor, text, PUB), "support")
    # a decision with a clause of its own still backs whom the clause names
    text = (
        "LONDON, May 4 - The prime minister defended her decision to let American warships "
        "use the port."
    )
    assert events_of_type(extract_events(extractor, text, PUB), "support")


def test_an_arrival_naming_no_place_is_a_visit_to_the_dateline(extractor):
    text = (
        "CAIRO, May 4 - The Jordanian prime minister, who arrived on Monday, met President Mubarak."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "visit")
    assert found and country_codes(found[0]["actors"]) == {"JOR"}
    assert country_codes(found[0]["targets"]) == {"EGY"}
    assert found[0]["date"]["value"] == "1988-05-02"
    # an arrival home, or from somewhere, says nothing of the dateline
    for text in (
        "CAIRO, May 4 - The Jordanian prime minister arrived home on Monday.",
        "CAIRO, May 4 - The Jordanian prime minister arrived from Amman on Monday.",
    ):
        assert not events_of_type(extract_events(extractor, text, PUB), "visit"), text


def test_refusing_to_bow_to_threats_is_a_rejection_not_a_threat(extractor):
    text = "PARIS, May 4 - The minister said France would never bow to threats from the kidnappers."
    events = extract_events(extractor, text, PUB)
    assert not events_of_type(events, "threat")
    found = events_of_type(events, "rejection")
    assert found and country_codes(found[0]["actors"]) == {"FRA"}


def test_soldiers_guarding_a_summit_hold_no_meeting(extractor):
    text = "BANGKOK, May 4 - Soldiers and policemen guarded the talks."
    assert not events_of_type(extract_events(extractor, text, PUB), "meeting")


def test_own_wire20_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire20")
    assert summary["recall"] >= 0.88
    assert summary["precision"] >= 0.68
