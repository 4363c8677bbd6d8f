"""Classes of errors read off CAMEO batch 28 (benchmarks/data/cameo_own27.jsonl), the dev
tune half and the batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

from event_helpers import live_events

PUB = "1996-03-14T12:00:00Z"
_live = partial(live_events, published_at=PUB)


def _one(extractor, text: str, etype: str) -> dict:
    found = [e for e in _live(extractor, text) if e["type"] == etype]
    assert len(found) == 1, (text, [(e["type"], e["cameo"]) for e in _live(extractor, text)])
    return found[0]


def _sides(event: dict) -> tuple[list[str | None], list[str | None]]:
    return [a["country"] for a in event["actors"]], [t["country"] for t in event["targets"]]


def test_a_crowd_of_a_nation_outside_a_foreign_mission_protests_against_its_state(extractor):
    """'Hundreds of Armenians demonstrated outside the Turkish embassy': Turkey, also when the
    crowd is named by its nation."""
    text = "Hundreds of Armenians demonstrated outside the Turkish embassy in Yerevan on Monday."
    assert _sides(_one(extractor, text, "protest")) == (["ARM"], ["TUR"])


def test_a_strike_that_paralyses_a_place_is_a_protest_there(extractor):
    """'A general strike paralysed Dhaka': the strike is the protest of the place it stilled."""
    text = "A general strike paralysed Dhaka on Wednesday."
    event = _one(extractor, text, "protest")
    assert (event["cameo"], _sides(event)[0]) == ("143", ["BGD"])


def test_snow_that_paralyses_a_place_is_no_protest(extractor):
    """'Heavy snow paralysed Moscow': no protest noun, no event."""
    assert _live(extractor, "Heavy snow paralysed Moscow on Monday.") == []


def test_miners_in_a_mining_town_strike_in_its_country(extractor):
    """'Miners in Temirtau' and 'in Potosi': towns of Kazakhstan and Bolivia."""
    kaz = _one(extractor, "Steel workers in Temirtau went on strike on Monday.", "protest")
    bol = _one(extractor, "Silver miners in Potosi went on strike on Friday.", "protest")
    assert (_sides(kaz)[0], _sides(bol)[0]) == (["KAZ"], ["BOL"])


def test_teams_that_clash_in_a_fixture_play_a_game(extractor):
    """'Senegal and Mali clash in the Cup quarter-final': a game, no fight; police that clash
    with fans after a match still clash."""
    game = "Senegal and Mali clash in the African Nations Cup quarter-final in Bamako on Sunday."
    assert _live(extractor, game) == []
    riot = "Riot police clashed with football fans after the match in Lagos on Sunday."
    assert [e["type"] for e in _live(extractor, riot)] == ["clash"]
