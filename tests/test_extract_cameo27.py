"""Classes of errors read off CAMEO batch 27 (benchmarks/data/cameo_own26.jsonl), the dev
tune half and the batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

from event_helpers import live_events

PUB = "1992-05-12T12:00:00Z"
_live = partial(live_events, published_at=PUB)


def _codes(extractor, text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["cameo"]) for e in _live(extractor, text)}


def _one(extractor, text: str, etype: str) -> dict:
    found = [e for e in _live(extractor, text) if e["type"] == etype]
    assert len(found) == 1, (text, [(e["type"], e["cameo"]) for e in _live(extractor, text)])
    return found[0]


def _countries(side: list[dict]) -> list[str | None]:
    return [a["country"] for a in side]


def test_a_counted_crowd_of_a_nation_rallying_or_marching_demonstrates(extractor):
    """'Thousands of Moldovans rallied in Chisinau': a crowd counted, of a nation's people (or
    bare), that rallies or marches is a demonstration by that nation's people; a crowd that
    marches into another land is no protest."""
    for text, country in (
        ("Thousands of Moldovans rallied in Chisinau on Sunday.", "MDA"),
        ("Tens of thousands of Chileans marched through Santiago on Friday.", "CHL"),
        ("Hundreds of Georgians rallied outside the parliament building.", "GEO"),
    ):
        event = _one(extractor, text, "protest")
        assert (event["cameo"], _countries(event["actors"])) == ("141", [country]), text
    assert "protest" not in {
        t for t, _ in _codes(extractor, "Thousands of Burundians marched into Tanzania.")
    }


def test_a_crowd_whose_protest_the_parser_hangs_on_the_count_still_protests(extractor):
    """'Hundreds of Croats protested in Split': the parser reads 'protested' as a participle
    on 'Hundreds' over the 'of' phrase; it is the sentence's verb."""
    event = _one(extractor, "Hundreds of Croats protested in Split on Monday.", "protest")
    assert (event["cameo"], _countries(event["actors"])) == ("140", ["HRV"])


def test_captors_take_no_country_from_their_captives(extractor):
    """'were freed by their captors': the possessive names the captives, not the captors'
    nation; the captors are of the land they held them in."""
    for text, country, captives in (
        (
            "Two Italian engineers held for a month in Somalia were freed by their captors.",
            "SOM",
            ["ITA"],
        ),
        ("A Dutch doctor was freed by his abductors in Chechnya on Sunday.", "RUS", ["NLD"]),
    ):
        event = _one(extractor, text, "concession")
        assert (event["cameo"], _countries(event["actors"])) == ("0841", [country]), text
        assert _countries(event["targets"]) == captives, text


def test_a_promised_expulsion_is_a_pledge_and_a_vowed_one_a_threat(extractor):
    """'pledged to expel the exiled leaders': a removal of people promised is a pledge (03),
    no threat; 'vowed to expel all foreigners' stays a threat."""
    for text in (
        "Bahrain has pledged to expel the exiled leaders of the Iraqi opposition.",
        "The Kenyan government promised to deport the Somali gunmen.",
    ):
        types = {t for t, _ in _codes(extractor, text)}
        assert "pledge" in types and "threat" not in types, (text, types)
    assert ("threat", "137") in _codes(extractor, "The junta vowed to expel all foreigners.")


def test_a_pair_after_between_read_as_modifiers_is_two_sides(extractor):
    """'clashes between the Ugandan army and LRA rebels': the parser hangs 'army' on 'rebels'
    as a modifier; both are sides of the clash, whose toll the verb tells."""
    event = _one(extractor, "Clashes between the Ugandan army and LRA rebels killed 15.", "clash")
    assert event["cameo"] == "193"
    assert [a["text"] for a in event["actors"]] == ["Ugandan army", "LRA rebels"]
    assert "attack" not in {
        t
        for t, _ in _codes(extractor, "Clashes between the Ugandan army and LRA rebels killed 15.")
    }


def test_forces_that_clash_with_rebels_fight_them(extractor):
    """'Peruvian troops clashed with Shining Path guerrillas': a clash (193), the rebels the
    other side even when they are of the same country, no one-sided attack."""
    for text, sides in (
        ("Peruvian troops clashed with Shining Path guerrillas near Ayacucho.", ("PER", "PER")),
        ("Burmese soldiers fought Karen rebels along the Thai border.", ("MMR", "MMR")),
        ("Ugandan troops clashed with Sudanese soldiers near the border.", ("UGA", "SDN")),
    ):
        event = _one(extractor, text, "clash")
        assert event["cameo"] == "193", text
        assert (_countries(event["actors"]), _countries(event["targets"])) == (
            [sides[0]],
            [sides[1]],
        ), text
        assert "attack" not in {t for t, _ in _codes(extractor, text)}, text


def test_a_storm_or_quake_that_kills_is_no_attack(extractor):
    """'Hurricane Gilbert devastated Jamaica, killing dozens and destroying homes': a natural
    disaster's toll, no attack, killing or destruction; an armed group's raid stays one."""
    for text in (
        "Hurricane Gilbert devastated Jamaica, killing dozens of people and destroying homes.",
        "Cyclone Gorky struck Bangladesh, killing thousands of people and destroying homes.",
    ):
        assert _codes(extractor, text) == set(), (text, _codes(extractor, text))
    assert ("attack", "190") in _codes(
        extractor, "Rebels attacked the town of Kasese, killing 20 people and burning homes."
    )
