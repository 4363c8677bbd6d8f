"""Events the extractor made with the wrong side's country (round 49): a speaker takes no
country from the side the act he reports strikes; 'they' stands for a plural object with a
country word before it."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

DATE = "1987-05-12T12:00:00Z"


def test_a_speaker_is_not_of_the_side_the_act_he_reports_strikes(extractor):
    text = (
        "TEL AVIV, July 4 (Reuter) - Israeli commandos flew 2,500 miles to Uganda overnight"
        " and freed more than 100 hostages held by pro-Palestinian hijackers at Entebbe"
        " airport, the Israeli army said on Sunday. An army spokesman said the airborne force"
        " killed all seven hijackers and about 20 Ugandan soldiers who tried to stop the rescue."
    )
    killed = [e for e in extract_events(extractor, text, DATE) if e["trigger"] == "killed"]
    assert [[a["country"] for a in e["actors"]] for e in killed] == [["ISR"]]


def test_they_after_a_national_plural_object_stands_for_it_not_the_speaking_state(extractor):
    text = (
        "Iran accused Iraqi forces of using chemical weapons and said they had attacked"
        " Iranian positions near Basra."
    )
    assert side_countries(extract_events(extractor, text, DATE), "attack") == [(["IRQ"], ["IRN"])]


def test_they_with_no_such_object_is_still_the_speaking_state(extractor):
    text = "Iran said they had attacked Iraqi positions near Basra."
    assert side_countries(extract_events(extractor, text, DATE), "attack") == [(["IRN"], ["IRQ"])]
