"""Visits told in a time or circumstance phrase of another event ('during a visit to …', 'on a
visit to …', 'here on a visit'), each rule on sentences written for the test."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))


def test_a_visit_during_a_deal_is_a_visit_of_its_own(extractor):
    events = _extract(
        extractor, "The Dutch prime minister signed a trade accord during a visit to Japan."
    )
    assert (["NLD"], ["JPN"]) in side_countries(events, "visit")
    assert side_countries(events, "agreement"), "the deal is still reported"


def test_a_visit_below_a_passive_or_a_participle_keeps_its_named_visitor(extractor):
    loan = "The loan, agreed during a visit to Sweden by the Kenyan trade minister, will be repaid."
    assert (["KEN"], ["SWE"]) in side_countries(_extract(extractor, loan), "visit")
    fund = "The fund was proposed by the Kenyan trade minister during a trip to Sweden last year."
    assert (["KEN"], ["SWE"]) in side_countries(_extract(extractor, fund), "visit")


def test_a_visit_during_a_future_demand_is_kept(extractor):
    text = (
        "The two Chilean ministers, during a visit to Japan next month, will demand lower tariffs."
    )
    events = _extract(extractor, text)
    assert (["CHL"], ["JPN"]) in side_countries(events, "visit")
    assert side_countries(events, "demand")


def test_on_a_visit_beside_a_meeting_is_a_visit_too(extractor):
    text = "The Australian foreign minister, on a visit to Jakarta, met Indonesian officials."
    events = _extract(extractor, text)
    assert (["AUS"], ["IDN"]) in side_countries(events, "visit")
    assert (["AUS"], ["IDN"]) in side_countries(events, "meeting")


def test_a_visit_here_is_to_the_dateline_country(extractor):
    lead = "NAIROBI, March 3 - The Swedish trade minister, here on a three-day visit, said exports would grow."
    assert side_countries(_extract(extractor, lead), "visit") == [(["SWE"], ["KEN"])]
    during = "NAIROBI, March 3 - The Swedish trade minister said during a visit here that trade would grow."
    assert side_countries(_extract(extractor, during), "visit") == [(["SWE"], ["KEN"])]
    arrived = "NAIROBI, March 3 - The Swedish trade minister arrived here on Tuesday for talks."
    assert (["SWE"], ["KEN"]) in side_countries(_extract(extractor, arrived), "visit")


def test_here_without_a_dateline_or_at_home_is_no_visit(extractor):
    bare = "The Swedish trade minister arrived here on Tuesday for talks."
    assert not side_countries(_extract(extractor, bare), "visit")
    home = "NAIROBI, March 3 - The Kenyan trade minister, here on a visit, said exports would grow."
    assert not side_countries(_extract(extractor, home), "visit")
    rain = "NAIROBI, March 3 - Heavy rains arrived here on Tuesday."
    assert not side_countries(_extract(extractor, rain), "visit")


def test_a_place_named_before_a_trip_noun_is_where_it_goes(extractor):
    text = "The British minister spoke at a dinner during a United States lecture tour."
    assert (["GBR"], ["USA"]) in side_countries(_extract(extractor, text), "visit")
    assert not any("USA" in who for who, _ in side_countries(_extract(extractor, text), "visit"))


def test_a_trip_to_a_named_city_is_not_to_the_visitors_own_country(extractor):
    text = "The British minister said that during his Tokyo visit he would raise the issue."
    assert side_countries(_extract(extractor, text), "visit") == [(["GBR"], ["JPN"])]
