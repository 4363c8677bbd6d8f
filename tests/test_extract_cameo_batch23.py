"""Classes of the twenty-third own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("2005-01-20T12:00:00Z")


def _first_countries(extractor, text: str) -> set[str | None]:
    return {e["actors"][0]["country"] for e in _extract(extractor, text) if e["actors"]}


def test_a_british_cabinet_title_alone_is_britains(extractor):
    """'the foreign secretary', 'the international development secretary', 'the Chancellor of
    the Exchequer' with no country of their own are Britain's, whatever other state the
    sentence names; a foreign secretary of India or Pakistan comes with its own country or
    with the dateline of its capital."""
    for text in (
        "The foreign secretary accused Iran of arming militias across the border in Iraq.",
        "The international development secretary urged donors to fund the relief work in Darfur.",
        "The Chancellor of the Exchequer asked the World Bank to cancel the debts of Zambia.",
    ):
        assert _first_countries(extractor, text) == {"GBR"}, (text, _extract(extractor, text))
    assert _first_countries(
        extractor, "Pakistan's foreign secretary accused India of stalling the dialogue."
    ) == {"PAK"}
    assert _first_countries(
        extractor,
        "NEW DELHI, March 2 (Reuters) - The foreign secretary accused Pakistan of stalling "
        "the dialogue, officials said.",
    ) == {"IND"}


def test_a_state_of_siege_is_a_law_of_emergency(extractor):
    """Declaring or imposing a state of siege is a law of emergency (CAMEO 1724), lifting it a
    concession (0814), and neither lays a siege; troops laying siege to a town still do."""
    declared = _codes(
        extractor, "Bolivia's president declared a state of siege to break the strike."
    )
    assert ("coercion", "1724") in declared and "blockade" not in {t for t, _ in declared}, declared
    lifted = _codes(extractor, "Paraguay lifted the state of siege after 30 years.")
    assert ("concession", "0814") in lifted and "blockade" not in {t for t, _ in lifted}, lifted
    assert "blockade" in _types(extractor, "Iranian troops laid siege to the Iraqi town of Mehran.")


def test_fighting_off_a_takeover_bid_is_no_clash(extractor):
    """A company that fights off a bid or a takeover wins a contest for itself, no armed one;
    troops fighting off an attack still fight."""
    for text in (
        "The carmaker fought off a hostile takeover bid from an American group.",
        "The bank fought off a hostile bid from its Spanish rival.",
    ):
        assert not _types(extractor, text) & {"clash", "attack"}, (text, _types(extractor, text))
    assert _types(extractor, "Government troops fought off a rebel attack on the garrison.") & {
        "clash",
        "attack",
    }


def test_an_armed_act_a_court_charges_someone_over_is_no_new_one(extractor):
    """The bombing someone is charged, tried or jailed over or for is the matter of the case,
    no new attack, even when the city it was done in comes before it ('the Nairobi embassy
    bombing' is no act of Kenya's government); a bombing told on its own still is one."""
    for text in (
        "A Kenyan court jailed four men over the Nairobi embassy bombing.",
        "Prosecutors in Ankara charged 12 men over the Istanbul synagogue bombings.",
    ):
        assert not _types(extractor, text) & {"attack", "mass_violence"}, (
            text,
            _types(extractor, text),
        )
    assert "attack" in _types(extractor, "Rebels bombed the market in Kuta on Sunday.")


def test_the_denial_of_a_past_genocide_is_no_massacre(extractor):
    """'the denial of the Armenian genocide' names history, no new mass killing."""
    types = _types(
        extractor,
        "Turkey recalled its envoy after the French parliament made denial of the Armenian "
        "genocide a crime.",
    )
    assert "mass_violence" not in types and "sanction" in types, types
