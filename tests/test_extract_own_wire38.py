"""Classes of the thirty-eighth own-wire study (ten whole articles written in the style of
1962-1972 AP, UPI and Reuters world-desk copy, ``benchmarks/data/own_wire38.*``): the names of
states and towns of the day ('Northern Rhodesia', 'the United Arab Republic', 'Nationalist
China', 'Leopoldville', 'Katangese'); names whose country changed more than once ('Congo'
before Zaire, 'Salisbury' before Harare, 'Dacca' before Bangladesh); the period's leaders and
ministers by surname, dated ('President Johnson' in 1968, 'Mr. Smith' of Rhodesia); and the
set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events, one_act

PUB = "1966-06-01T12:00:00Z"


def _doers(extractor, text: str, etype: str, published_at: str = PUB) -> list[set[str]]:
    found = events_of_type(extract_events(extractor, text, published_at), etype)
    return [country_codes(e["actors"]) for e in found]


def test_the_states_of_the_day_go_by_their_names_of_the_day(extractor):
    for text, doer in (
        ("Northern Rhodesia accused Portugal of aggression.", "ZMB"),
        ("The United Arab Republic accused Israel of aggression.", "EGY"),
        ("Nationalist China accused Japan of aggression.", "TWN"),
        ("The Tanganyika government accused Portugal of aggression.", "TZA"),
        ("Katangese gendarmes attacked U.N. troops near the airport.", "COD"),
        ("Troops from Leopoldville attacked the rebels.", "COD"),
    ):
        etype = "attack" if "attacked" in text else "accusation"
        assert _doers(extractor, text, etype) == [{doer}], text


def test_a_name_whose_country_changed_twice_has_the_country_of_its_day(extractor):
    text = "Congo accused France of aggression."
    assert _doers(extractor, text, "accusation", "1962-12-29T12:00:00Z") == [{"COD"}]
    assert _doers(extractor, text, "accusation", "1985-06-01T12:00:00Z") == [{"COG"}]
    assert _doers(extractor, text, "accusation", "2005-06-01T12:00:00Z") == [{"COD"}]
    text = "Salisbury accused Zambia of aggression."
    assert _doers(extractor, text, "accusation", "1976-06-01T12:00:00Z") == [{"ZWE"}]
    assert _doers(extractor, text, "accusation", "2018-06-01T12:00:00Z") == [{"GBR"}]
    text = "Indian jets bombed the airfield at Dacca."
    one_act(extractor, text, "airstrike", "1971-12-04T12:00:00Z", {"IND"}, {"PAK"})


def test_the_periods_leaders_are_known_by_surname_on_their_days(extractor):
    text = "President Johnson called on the Soviet Union to withdraw its forces."
    one_act(extractor, text, "appeal", "1968-08-21T12:00:00Z", {"USA"}, {"RUS"})
    text = "Kosygin accused the United States of aggression."
    one_act(extractor, text, "accusation", "1968-01-24T12:00:00Z", {"RUS"}, {"USA"})
    text = "Mr. Smith accused Britain of betrayal."
    one_act(extractor, text, "accusation", "1966-06-01T12:00:00Z", {"ZWE"}, {"GBR"})
    # out of office the surname names no one of his state
    assert _doers(extractor, text, "accusation", "1995-06-01T12:00:00Z") != [{"ZWE"}]
    text = "Premier Alexei N. Kosygin met President Ayub Khan in Tashkent."
    one_act(extractor, text, "meeting", "1966-01-04T12:00:00Z", {"RUS"}, {"PAK"})


def test_own_wire38_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire38")
    assert summary["recall"] >= 0.62
    assert summary["precision"] >= 0.63
    assert summary["dates"] >= 0.94
