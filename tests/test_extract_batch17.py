"""Frames of the seventeenth own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2011-06-14T12:00:00Z"))


def _codes(extractor, text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["cameo"]) for e in _extract(extractor, text) if not e["negated"]}


def _sources(extractor, text: str, etype: str) -> set[str | None]:
    return {
        e["actors"][0]["country"] if e["actors"] else None
        for e in _extract(extractor, text)
        if e["type"] == etype
    }


def test_court_punishing_dissent_is_repression(extractor):
    """A court at home that jails or sentences a dissenter (opposition, journalist, activist,
    laureate) is repression by that state (a court's sentence at home is coercion whoever it
    punishes; a power only to jail stays politics at home)."""
    for text, country in {
        "A court in Tashkent sentenced a dissident poet to five years in prison.": "UZB",
        "A Baku court jailed an opposition journalist for nine years.": "AZE",
        "An Algerian court sentenced a rights activist to three years in jail.": "DZA",
        "A Kigali court sentenced the opposition leader to fifteen years.": "RWA",
    }.items():
        assert ("coercion", "173") in _codes(extractor, text), (text, _codes(extractor, text))
        assert _sources(extractor, text, "coercion") == {country}, text
    power = "Under the new law, judges in Tashkent can jail bloggers for five years."
    assert "coercion" not in {t for t, _ in _codes(extractor, power)}


def test_party_dissolved_by_a_court_is_a_ban(extractor):
    """A court ordering a party's dissolution bans it (1722): repression, no case at home."""
    text = "Cambodia's Supreme Court ordered the dissolution of the main opposition party."
    assert ("coercion", "1722") in _codes(extractor, text), _codes(extractor, text)


def test_arms_deliveries_halted_cut_military_aid(extractor):
    """Weapons deliveries, shipments or sales halted or frozen cut military aid (1622)."""
    for text in (
        "Canada halted arms shipments to Saudi Arabia.",
        "Paris froze weapons sales to Ankara after the incursion.",
    ):
        assert ("sanction", "1622") in _codes(extractor, text), (text, _codes(extractor, text))


def test_charities_and_broadcasts_shut_restrict_freedoms(extractor):
    """Charities shut down and broadcasts suspended restrict political freedoms (172x)."""
    shut = _codes(extractor, "Moscow shut down two foreign charities.")
    assert ("coercion", "172") in shut, shut
    aired = _codes(extractor, "Minsk suspended the broadcasts of a Polish radio station.")
    assert ("coercion", "1721") in aired, aired


def test_tear_gas_used_against_a_crowd_is_repression(extractor):
    """Tear gas or water cannon used against a crowd is violent repression (175)."""
    codes = _codes(extractor, "Bolivian police used tear gas against striking miners in Oruro.")
    assert ("attack", "175") in codes, codes


def test_wreath_laid_is_a_symbolic_act(extractor):
    """Laying a wreath is a symbolic act (017) of the one who lays it."""
    text = "The Japanese premier laid a wreath at the war memorial in Canberra."
    assert ("statement", "017") in _codes(extractor, text), _codes(extractor, text)
    assert _sources(extractor, text, "statement") == {"JPN"}


def test_workers_walking_out_strike(extractor):
    """Working people who 'walk out' strike (143) where they are; a delegation walking out of
    talks does not."""
    codes = _codes(extractor, "Bus drivers in Nairobi walked out over unpaid wages.")
    assert ("protest", "143") in codes, codes
    assert _sources(
        extractor, "Bus drivers in Nairobi walked out over unpaid wages.", "protest"
    ) == {"KEN"}
    talks = _codes(extractor, "The Iranian delegation walked out of the talks in Geneva.")
    assert ("protest", "143") not in talks, talks


def test_people_described_as_held_after_the_noun_are_prisoners(extractor):
    """'freed 100 people held since the coup': people a participle after the noun calls
    held are prisoners, and their release is one (0841); people freed from poverty are not."""
    for text in (
        "The Bolivian junta freed 100 people held since the coup.",
        "Eritrea released dozens of people held without charge.",
    ):
        assert ("concession", "0841") in _codes(extractor, text), (text, _codes(extractor, text))
    assert not _codes(extractor, "The army freed people from poverty.")
