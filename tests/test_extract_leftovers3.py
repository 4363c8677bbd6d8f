"""Defects of several kinds found in review, a third round: one armed act told in two
sentences, forces with no country named, places and radios lent as doers, coordinated
targets, and types of intent, consideration, verbal attacks and seized assets."""

from __future__ import annotations

from stream.extract import Article


def _all(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1987-06-01"))


def _armed(extractor, text: str) -> list[dict]:
    return [
        e
        for e in _all(extractor, text)
        if e["type"] in ("attack", "shelling", "airstrike", "clash")
    ]


# --------------------------------------------------------------------- one act, two sentences


def test_a_shelling_retold_by_its_noun_is_one_event_with_the_later_count(extractor):
    text = (
        "Turkish artillery shelled the Syrian village of Kfar Ruma on Monday. "
        "Villagers fled north. "
        "The shelling of the village on Monday killed nine people, a local official said."
    )
    armed = _armed(extractor, text)
    assert len(armed) == 1
    assert [a["country"] for a in armed[0]["actors"]] == ["TUR"]
    assert [q["value"] for q in armed[0]["quantities"]] == [9]


def test_a_raid_retold_by_its_definite_doers_is_one_event(extractor):
    text = (
        "Pakistani jets bombed an Afghan border village on Thursday, Kabul radio said. "
        "The jets struck the village at dawn, a spokesman said."
    )
    armed = _armed(extractor, text)
    assert len(armed) == 1
    assert armed[0]["evidence"]["start"] == 0


def test_a_second_raid_marked_again_stays_two_events(extractor):
    text = (
        "Pakistani jets bombed an Afghan border village on Thursday, Kabul radio said. "
        "The jets struck the village again at dusk, a spokesman said."
    )
    assert len(_armed(extractor, text)) == 2


def test_raids_on_two_towns_of_one_day_stay_two_events(extractor):
    text = (
        "Syrian troops shelled the Lebanese town of Zahle on Monday. "
        "Residents fled. "
        "The troops shelled the town of Baalbek on Monday, police said."
    )
    assert len(_armed(extractor, text)) == 2


def test_raids_of_different_days_stay_two_events(extractor):
    text = (
        "Syrian troops shelled the Lebanese town of Zahle on Monday. "
        "Residents fled. "
        "The shelling of the town on Wednesday killed nine people, police said."
    )
    assert len(_armed(extractor, text)) == 2
