"""An agentless blow on counted victims takes the doer another sentence gives the same
victims ('nine Belgian soldiers were killed' … 'killing the nine Belgian soldiers'); regretting
a misfortune with no one named accuses no one."""

from __future__ import annotations

from stream.extract import Article


def _attacks(extractor, text: str) -> list[tuple[list, list]]:
    events = extractor.extract(Article(id="t", text=text, published_at="1994-04-11T12:00:00Z"))
    return [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]])
        for e in events
        if e["type"] == "attack"
    ]


def test_a_later_sentence_naming_the_same_victims_gives_the_doer(extractor):
    text = (
        "Trouble flared after nine Belgian soldiers were killed on Sunday. "
        "Rwandan troops had shelled a camp, killing the nine Belgian soldiers."
    )
    assert (["RWA"], ["BEL"]) in _attacks(extractor, text)


def test_other_victims_give_no_doer(extractor):
    text = (
        "Trouble flared after nine Belgian soldiers were killed on Sunday. "
        "Rwandan troops had shelled a camp, killing four Belgian soldiers."
    )
    assert _attacks(extractor, text) == []  # another count: maybe another blow


def test_regretting_a_misfortune_accuses_no_one(extractor):
    def accusations(text: str) -> list[list]:
        events = extractor.extract(Article(id="t", text=text, published_at="1987-04-09"))
        return [[t["country"] for t in e["targets"]] for e in events if e["type"] == "accusation"]

    assert accusations("Egypt deplored the loss of life in the border war.") == []
    assert accusations("Egypt condemned the bloodshed in Lebanon.") == []
    assert accusations("Egypt condemned Syria for the bloodshed in Lebanon.") == [["SYR"]]
