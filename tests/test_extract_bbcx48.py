"""Error classes that recur across the BBC tuning sets (bbc_tune2-15 and own_bbc, round 48):
a lawsuit no state brings is no state's act; a state's measure told with its doer after 'by'
(a regulator, a court, a judge, a state) is news even at home and in a background clause.
Texts written for the test in the style of BBC News online."""

from __future__ import annotations

from event_helpers import events_of_type, extract_events

PUB = "2005-02-10T12:00:00Z"


def _events(extractor, text: str, etype: str) -> list[dict]:
    return events_of_type(extract_events(extractor, text, PUB), etype)


def _countries(parties: list[dict]) -> set[str]:
    return {p["country"] for p in parties if p["country"]}


def test_a_lawsuit_of_people_or_firms_is_no_states_act(extractor):
    for text in (
        "A Briton freed from Guantanamo Bay last month plans to sue the government, his "
        "solicitor said.",
        "Relatives of the passengers said they would sue the government for damages.",
        "The oil firm has already threatened to sue the Kazakh government for dollars 2bn.",
        '"Nobody can sue the Chinese state and win," said one fund manager in Hong Kong.',
    ):
        assert _events(extractor, text, "accusation") == [], text


def test_a_lawsuit_a_state_or_its_office_brings_stays_an_accusation(extractor):
    (sued,) = _events(
        extractor, "Iran said it would sue the United States over the downing.", "accusation"
    )
    assert _countries(sued["actors"]) == {"IRN"}
    assert _countries(sued["targets"]) == {"USA"}
    text = "A Kuwaiti shipowner is suing the United States for damages."
    (sued,) = _events(extractor, text, "accusation")
    assert _countries(sued["targets"]) == {"USA"}
    text = "The European Commission will sue Italy over its treatment of foreign lecturers."
    (sued,) = _events(extractor, text, "accusation")
    assert _countries(sued["targets"]) == {"ITA"}


def test_a_regulators_measure_told_after_by_is_news_at_home(extractor):
    text = (
        "Shares in US mortgage lender Freddie Mac fell sharply on Wall Street on Tuesday. "
        "The company has replaced its chief executive and faces a review of its accounts. "
        "On Monday the company was rebuked by the Securities and Exchange Commission over "
        "errors in its quarterly reports. "
        "Analysts in New York said the shares could fall further."
    )
    (censured,) = _events(extractor, text, "accusation")
    assert _countries(censured["actors"]) == {"USA"}


def test_a_states_measure_told_after_by_in_a_background_clause_is_news(extractor):
    text = (
        "Shares in the Australian airline rose on Thursday. "
        "The airline sought a merger with a smaller rival last year, but the deal was "
        "blocked by the Australian Federal Court on competition grounds."
    )
    blocked = [e for e in extract_events(extractor, text, PUB) if "blocked" in e["trigger"]]
    assert [_countries(e["actors"]) for e in blocked] == [{"AUS"}]
    text = (
        "Gazprom bought the refinery for dollars 2bn at an auction forced by Russia to "
        "recover unpaid taxes from its owner."
    )
    (forced,) = _events(extractor, text, "coercion")
    assert _countries(forced["actors"]) == {"RUS"}


def test_a_courts_ruling_or_released_figures_after_by_stay_as_they_were(extractor):
    text = (
        "Exports rose by 9% in January, according to figures released by Japan's Finance "
        "Ministry on Wednesday."
    )
    assert _events(extractor, text, "concession") == []


def test_a_trip_noun_to_another_place_is_a_visit_of_its_own(extractor):
    text = (
        "Brazil's trade minister raised the plan during a trip to Beijing last year, and it was "
        "discussed again during Chinese President Hu Jintao's visit to Brasilia in November."
    )
    visits = _events(extractor, text, "visit")
    assert sorted(tuple(sorted(_countries(e["targets"]))) for e in visits) == [("BRA",), ("CHN",)]
    # a trip noun naming the place the other visit goes to is the same visit
    text = "The Chinese premier's visit to Paris follows the trip to Paris he planned in May."
    assert len(_events(extractor, text, "visit")) == 1


def test_a_standing_charge_told_after_by_in_a_relative_clause_is_no_new_act(extractor):
    text = (
        "Jorge Ochoa Vasquez, who is accused by U.S. prosecutors of laundering 300 million dlrs "
        "for the cartel, was flown to Miami under heavy guard, the Justice Department said."
    )
    assert _events(extractor, text, "accusation") == []
