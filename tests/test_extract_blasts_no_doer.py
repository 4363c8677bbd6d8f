"""A bomb that explodes, goes off or blows up where no one is named as its doer is an attack
on the country of the place the sentence names ('a bomb went off in a market in Quetta':
Pakistan is struck); a dateline's place is no such place, and a plan that 'went off well'
is no blast."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _attacks(extractor, text: str) -> list[tuple[list[str], list[str]]]:
    events = extractor.extract(Article(id="t", text=text, published_at="2005-01-12T12:00:00Z"))
    return side_countries(events, "attack")


def test_a_bomb_going_off_in_a_city_strikes_its_country(extractor):
    found = _attacks(
        extractor,
        "A bomb went off in a crowded bus station in Quetta on Friday, killing five people, "
        "officials said.",
    )
    assert ([], ["PAK"]) in found


def test_a_device_blowing_up_strikes_the_country_of_the_town(extractor):
    found = _attacks(
        extractor, "A parcel bomb blew up outside the town hall in Bogota, wounding three guards."
    )
    assert ([], ["COL"]) in found


def test_an_exploding_bomb_strikes_the_country_of_the_city(extractor):
    found = _attacks(
        extractor, "A car bomb exploded near an army post in Mosul, killing two soldiers."
    )
    assert ([], ["IRQ"]) in found


def test_a_dateline_is_not_where_the_blast_was(extractor):
    found = _attacks(
        extractor,
        "NICOSIA, March 3 - A bomb exploded aboard a ferry on Tuesday, killing four "
        "sailors, the radio said.",
    )
    assert found  # the blast is still an attack, with no place struck (all() holds on none)
    assert all("CYP" not in whom for _, whom in found)


def test_a_plan_that_went_off_well_is_no_blast(extractor):
    assert not _attacks(
        extractor, "The Kenyan president said the summit in Nairobi went off without a hitch."
    )
