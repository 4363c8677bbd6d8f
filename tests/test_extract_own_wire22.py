"""Classes of the twenty-second own-wire study (ten whole articles written in 1987 wire style on
world news of 1987 outside the Gulf, ``benchmarks/data/own_wire22.*``): the Contras named by
the singular 'Contra' before a noun are Nicaragua's rebels; a teller's second act joined to a
past perfect in what it denies, or a threat joined to one in what it says, is the teller's; a
'that' clause the parser hangs on the party warned is what it was warned of; calling for
something to be done is an appeal, no act done; an act a party will not allow or tolerate is
no act; an attack something holds out against is no act of the one who holds out; and the
set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

PUB = "1987-05-06T12:00:00Z"


def test_contra_units_are_nicaraguan_rebels_beside_another_central_american_state(extractor):
    text = (
        "MANAGUA, May 6 - The president said he would respect the accord signed in Guatemala.\n\n"
        "Contra rebels ambushed an army lorry on Monday."
    )
    attacks = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert len(attacks) == 1
    assert country_codes(attacks[0]["actors"]) == {"NIC"}
    assert attacks[0]["date"]["value"] == "1987-05-04"


def test_an_accusation_joined_to_a_denied_past_perfect_is_the_deniers(extractor):
    text = (
        "ISLAMABAD, May 6 - Radio Kabul denied that any Afghan plane had been lost and accused "
        "Pakistan of inventing the story."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "accusation")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"AFG"}
    assert country_codes(found[0]["targets"]) == {"PAK"}


def test_a_threat_joined_to_a_reported_past_perfect_is_the_speakers(extractor):
    text = (
        "TOKYO, May 6 - The official Korean Central News Agency said the fishermen had been "
        "abducted and threatened countermeasures against Japan."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "threat")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"PRK"}
    assert country_codes(found[0]["targets"]) == {"JPN"}


def test_a_that_clause_after_the_party_warned_is_what_it_was_warned_of(extractor):
    text = (
        "CAPE TOWN, May 6 - The foreign minister warned the neighbouring states that "
        "Pretoria would strike at guerrilla bases."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "threat")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"ZAF"}
    # a relative clause on the object, its 'that' the clause's subject, stays one
    text = "CAPE TOWN, May 6 - The minister warned the ships that entered the zone."
    assert not events_of_type(extract_events(extractor, text, PUB), "threat")


def test_an_act_a_party_will_not_allow_or_tolerate_is_no_act(extractor):
    for text in (
        "JERUSALEM, May 6 - Israel will never allow Syrian troops to attack the town.",
        "PARIS, May 6 - The minister said France would not allow its research to be pillaged.",
        "COLOMBO, May 6 - The envoy said New Delhi would not tolerate attacks on civilians.",
    ):
        assert not events_of_type(extract_events(extractor, text, PUB), "attack"), text
    # what a party allowed happens
    text = "JERUSALEM, May 6 - Israel allowed Syrian troops to attack the town."
    assert events_of_type(extract_events(extractor, text, PUB), "attack")


def test_attacks_a_garrison_holds_out_against_are_no_act_of_the_garrison(extractor):
    text = (
        "N'DJAMENA, May 6 - Chad said its garrison was still holding out against heavy air "
        "and ground attacks."
    )
    assert not events_of_type(extract_events(extractor, text, PUB), "attack")
    # attacks whose doer a modifier names stay that doer's
    text = "N'DJAMENA, May 6 - Chad said its troops held the town against Libyan attacks."
    found = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert len(found) == 1 and country_codes(found[0]["actors"]) == {"LBY"}


def test_own_wire22_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire22")
    assert summary["recall"] >= 0.84
    assert summary["precision"] >= 0.67
