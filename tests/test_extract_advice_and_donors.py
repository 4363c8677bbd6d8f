"""Recall classes of BBC diplomatic news: a reported 'should' is an appeal and 'must' a
demand, a warning whose hedged content names a penalty is a threat, donor countries act as a
group, an amount given again in other currencies in brackets does not split the phrase,
leaders among those attending attend, and a pledge naming a region abroad ('relief from
Africa') is no politics at home."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article
from stream.extract.normalize import normalize


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-12T12:00:00Z"))


def _types(events: list[dict]) -> set[str]:
    return {e["type"] for e in events}


def test_a_reported_should_is_an_appeal_and_must_a_demand(extractor):
    advised = _extract(
        extractor, "Kenya's foreign minister said Uganda should pull its troops back."
    )
    assert (["KEN"], ["UGA"]) in side_countries(advised, "appeal")
    assert not side_countries(advised, "demand")
    ordered = _extract(extractor, "Kenya's foreign minister said Uganda must pull its troops back.")
    assert (["KEN"], ["UGA"]) in side_countries(ordered, "demand")
    assert not side_countries(ordered, "appeal")
    levy = _extract(extractor, "The Dutch government said that Belgium should drop the levy.")
    assert (["NLD"], ["BEL"]) in side_countries(levy, "appeal")


def test_a_warning_that_a_penalty_could_follow_is_a_threat(extractor):
    boycott = _extract(
        extractor, "Chile may soon face a boycott of its salmon, Peru's trade minister warned."
    )
    assert (["PER"], ["CHL"]) in side_countries(boycott, "threat")
    hedged = _extract(
        extractor,
        "Serbia could be taken before the Security Council, a move that might bring "
        "sanctions, the EU cautioned on Tuesday.",
    )
    assert side_countries(hedged, "threat")
    forecast = _extract(extractor, "Fuel prices could climb again, the Irish minister warned.")
    assert not side_countries(forecast, "threat")  # harm no one inflicts stays a forecast
    harm = _extract(
        extractor, "Sanctions could hit the poorest families hardest, Sweden's minister warned."
    )
    assert not side_countries(harm, "threat")  # the penalty is what does the harm, not what follows


def test_donor_countries_are_a_party_of_their_own(extractor):
    pledged = _extract(
        extractor, "Donor nations have promised to give dollars 90m for flood relief in Mozambique."
    )
    assert any(e["type"] in ("pledge", "aid") and e["actors"] for e in pledged)
    [donors] = [e["actors"][0] for e in pledged if e["type"] in ("pledge", "aid")]
    assert donors["country"] is None  # a group of states, none of them named
    met = _extract(extractor, "Donor governments met on Tuesday to discuss aid for Sudan.")
    assert any(a["text"] == "Donor governments" for e in met for a in e["actors"])


def test_money_given_again_in_brackets_stays_out_of_the_parse(extractor):
    clean = normalize("It will send 4m euros (pounds 2.8m; dollars 5.2m) of aid, he said.")
    assert clean.text == "It will send 4m euros of aid, he said."
    assert clean.to_original(clean.text.index(" of aid")) == clean.original.index(" of aid")
    kept = normalize("The Red Cross (ICRC) said shares fell to 40p (dollars 0.77) on Monday.")
    assert "(ICRC)" in kept.text and "(dollars" not in kept.text
    events = _extract(
        extractor,
        "The European Union said it would send 4m euros (pounds 2.8m; dollars 5.2m) of aid "
        "to Haiti.",
    )
    assert any(e["type"] in ("aid", "pledge") for e in events)
    event = next(e for e in events if e["type"] in ("aid", "pledge"))
    assert event["evidence"]["sentence"].endswith("of aid to Haiti.")


def test_leaders_among_those_attending_a_meeting_attend_it(extractor):
    named = _extract(
        extractor,
        "Spain's prime minister and the Moroccan king were among the dozen leaders "
        "attending the summit in Rabat.",
    )
    assert any(
        e["type"] == "meeting" and {a["country"] for a in e["actors"]} >= {"ESP", "MAR"}
        for e in named
    )
    plural = _extract(
        extractor, "The Swedish and Finnish foreign ministers were among those attending the talks."
    )
    assert any(
        e["type"] == "meeting" and {a["country"] for a in e["actors"]} == {"SWE", "FIN"}
        for e in plural
    )


def test_a_pledge_naming_a_region_abroad_is_no_politics_at_home(extractor):
    opening = (
        "The Swedish prime minister spoke to reporters in Stockholm on Monday. "
        "He said the country's schools would get more money next year. "
    )
    abroad = opening + (
        "Help for the flood victims will not take money away from Africa, the prime "
        "minister promised."
    )
    assert (["SWE"], []) in side_countries(_extract(extractor, abroad), "pledge")
    home = opening + "The prime minister also promised to cut taxes for families."
    assert not side_countries(_extract(extractor, home), "pledge")  # one country, nothing abroad


def test_a_meeting_of_a_bodys_ministers_has_them_as_its_doers(extractor):
    council = _extract(
        extractor, "The budget rules were the main topic at a meeting of Nato defence ministers."
    )
    assert any(e["type"] == "meeting" and e["actors"] for e in council)
    unnamed = _extract(extractor, "Tax rules were discussed at a meeting of ministers.")
    assert not any(e["type"] == "meeting" for e in unnamed)  # whose ministers, no one says
