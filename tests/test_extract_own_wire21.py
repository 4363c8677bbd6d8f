"""Classes of the twenty-first own-wire study (ten whole articles written in 1987 wire style on
the Gulf war of 1987-88, ``benchmarks/data/own_wire21.*``): an act named as what a party does
not accept is refused; declining to give details is no rejection; forces setting a vessel on
fire attack it; ships meeting at sea hold no talks; talks held on ending a war are no
ceasefire; a happening that threatens something is no threat by a party; shells that land
are shelling; backing a draft resolution is support; letting foreign warplanes fly from
one's bases is military cooperation; and the set's score floor. Sentences written for the
test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

PUB = "1987-11-18T12:00:00Z"


def _sole(extractor, text: str, etype: str, instead: str | None = None) -> dict:
    """The one event of ``etype`` the text gives (none of type ``instead``), with its parties
    as sets of countries under 'doers' and 'done_to'."""
    events = extract_events(extractor, text, PUB)
    if instead is not None:
        assert not events_of_type(events, instead), text
    found = events_of_type(events, etype)
    assert len(found) == 1, text
    doers, done_to = country_codes(found[0]["actors"]), country_codes(found[0]["targets"])
    return {**found[0], "doers": doers, "done_to": done_to}


def test_an_act_a_party_does_not_accept_is_refused(extractor):
    text = (
        "NICOSIA, Nov 18 - Tehran radio said Iran could not accept a truce until Iraq was "
        "named as the aggressor."
    )
    assert _sole(extractor, text, "rejection", instead="ceasefire")["doers"] == {"IRN"}
    text = (
        "LONDON, Nov 18 - A Foreign Office spokesman said Britain did not accept Iran's right "
        "to search British merchant ships on the high seas."
    )
    assert _sole(extractor, text, "rejection")["doers"] == {"GBR"}


def test_declining_to_give_details_is_no_rejection(extractor):
    text = (
        "WASHINGTON, Nov 18 - A Navy spokesman declined to give details of the operation, "
        "citing security."
    )
    assert not events_of_type(extract_events(extractor, text, PUB), "rejection")


def test_forces_setting_a_vessel_on_fire_attack_it(extractor):
    text = "BAHRAIN, Nov 18 - Iraqi helicopters set fire to an Iranian patrol boat on Monday."
    found = _sole(extractor, text, "attack", instead="coercion")
    assert (found["doers"], found["done_to"]) == ({"IRQ"}, {"IRN"})


def test_ships_meeting_at_sea_hold_no_talks(extractor):
    text = (
        "BAHRAIN, Nov 18 - The destroyer Kidd and a frigate met the tanker Sea Isle off Qatar "
        "before dawn."
    )
    assert not events_of_type(extract_events(extractor, text, PUB), "meeting")
    text = "BAHRAIN, Nov 18 - The ship's captain met Iranian officials on Monday."
    assert _sole(extractor, text, "meeting")["done_to"] == {"IRN"}  # people do


def test_talks_held_on_ending_a_war_are_no_ceasefire(extractor):
    text = (
        "NICOSIA, Nov 18 - The Japanese foreign minister held talks in Baghdad today with "
        "Tareq Aziz on ending the war with Iran."
    )
    assert _sole(extractor, text, "meeting", instead="ceasefire")["doers"] == {"JPN"}


def test_a_happening_that_threatens_is_no_threat(extractor):
    for text in (
        "RIYADH, Nov 18 - Gulf officials said the war threatened the economies of the region.",
        "RIYADH, Nov 18 - The ministers deplored the raids on tankers, which they said "
        "threatened the trade of every Gulf state.",
    ):
        assert not events_of_type(extract_events(extractor, text, PUB), "threat"), text
    text = "RIYADH, Nov 18 - Iran threatened Saudi Arabia with reprisals on Monday."
    assert _sole(extractor, text, "threat")["doers"] == {"IRN"}


def test_shells_that_land_are_shelling(extractor):
    text = "KUWAIT, Nov 18 - Four shells landed on the island of Warba on Monday night."
    found = _sole(extractor, text, "shelling")
    assert found["date"]["value"] == "1987-11-16"
    assert found["location"]["country"] == "KWT"


def test_backing_a_draft_resolution_is_support(extractor):
    text = "UNITED NATIONS, Nov 18 - France and Britain backed the American draft on Tuesday."
    found = _sole(extractor, text, "support")
    assert (found["doers"], found["done_to"]) == ({"FRA", "GBR"}, {"USA"})


def test_letting_foreign_warplanes_fly_from_ones_bases_is_military_cooperation(extractor):
    text = (
        "RIYADH, Nov 18 - Oman has allowed British reconnaissance planes to fly from its airfields."
    )
    found = _sole(extractor, text, "cooperation", instead="concession")
    assert (found["doers"], found["done_to"]) == ({"OMN"}, {"GBR"})


def test_own_wire21_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire21")
    assert summary["recall"] >= 0.775
    assert summary["precision"] >= 0.74
