"""Where an armed act lands, and what kind of report a text is, on texts written for the test."""

from __future__ import annotations

import pytest
from event_helpers import side_countries

from stream.extract import Article
from stream.extract.relevance import is_sports_report


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1987-03-11T12:00:00Z"))


@pytest.mark.parametrize(
    ("text", "kind", "brief"),
    [
        (
            "Syrian warplanes bombed targets deep inside Turkey on Monday.",
            "airstrike",
            (["SYR"], ["TUR"]),
        ),
        ("Iraqi forces launched an offensive in northeast Iran.", "attack", (["IRQ"], ["IRN"])),
        ("Soviet troops attacked guerrilla positions near Kandahar.", "attack", (["RUS"], ["AFG"])),
    ],
)
def test_an_armed_act_landing_in_another_country_strikes_that_country(extractor, text, kind, brief):
    assert brief in side_countries(_extract(extractor, text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi jets bombed Kurdish rebel positions in northern Iraq.",  # the doer's own country
        "Iranian gunboats attacked a tanker off the coast of Dubai.",  # at sea
        "Iraqi jets hit a tanker in Iranian waters.",
    ],
)
def test_an_act_at_home_or_at_sea_names_no_country_struck(extractor, text):
    events = _extract(extractor, text)
    hostile = [e for e in events if e["type"] in ("attack", "airstrike", "shelling")]
    assert hostile, text
    assert all(e["targets"] == [] for e in hostile)


_MATCH_REPORT = (
    "Slovakia clinched the Hopman Cup for the second time by beating Argentina 3-0 in "
    "Saturday's final. The Slovakian coach said the squad had fought hard in every match "
    "of the tournament. Hantuchova routed the Argentine number one in straight sets before "
    "the doubles, and the champions will defend their title at next year's championship. "
    "The unseeded pair meet the Wimbledon semi-finalists in Sydney next week."
)


def test_a_sports_report_is_recognised_by_its_words():
    assert is_sports_report(_MATCH_REPORT)
    assert not is_sports_report(
        "Iraqi jets attacked an Iranian tanker on Monday, and Iran vowed revenge. "
        "The United Nations Security Council met to discuss the war."
    )


def test_in_a_sports_report_teams_and_players_wage_no_war(extractor):
    assert not [
        e for e in _extract(extractor, _MATCH_REPORT) if e["type"] in ("attack", "clash", "meeting")
    ]


def test_an_office_in_a_sports_report_still_acts(extractor):
    text = (
        _MATCH_REPORT
        + " Argentina's foreign minister met the Slovak ambassador in Buenos Aires on Sunday."
    )
    assert (["ARG"], ["SVK"]) in side_countries(_extract(extractor, text), "meeting")
