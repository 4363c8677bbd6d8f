"""Rules for classes of wire-story errors (dates, places), each on sentences written for the test."""

from __future__ import annotations

import pytest

from stream.extract import Article
from stream.extract.normalize import dated_dateline_end


def _extract(extractor, text: str, published_at: str = "1995-06-01T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published_at))


def _of_type(events: list[dict], etype: str) -> list[dict]:
    return [e for e in events if e["type"] == etype]


def test_a_since_phrase_dates_no_single_event(extractor):
    text = (
        "The Egyptian president will hold talks with the Jordanian king during the visit, "
        "his first to Jordan since he took office in June 1993."
    )
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert meetings
    assert all(e["date"]["value"] != "1993-06" for e in meetings)
    text = "Greek warships staged the largest exercise in the Aegean since 1988, Ankara said."
    assert all(e["date"]["value"] != "1988" for e in _extract(extractor, text))


def test_a_blow_by_another_side_keeps_no_earlier_date(extractor):
    text = (
        "Iraqi warplanes hit an Iranian tanker on May 8. "
        "An Iranian warship set a Greek freighter on fire with a missile."
    )
    attacks = _extract(extractor, text)
    iranian = [e for e in attacks if [a["country"] for a in e["actors"]] == ["IRN"]]
    iraqi = [e for e in attacks if [a["country"] for a in e["actors"]] == ["IRQ"]]
    assert iraqi and iraqi[0]["date"]["value"] == "1995-05-08"
    assert iranian and iranian[0]["date"]["value"] != "1995-05-08"


def test_the_struck_striking_back_is_another_blow(extractor):
    text = (
        "An Iranian tanker was hit by a missile on May 8. "
        "Shipping sources said an Iranian warship set a Greek freighter on fire."
    )
    iranian = [
        e for e in _extract(extractor, text) if [a["country"] for a in e["actors"]] == ["IRN"]
    ]
    assert iranian and iranian[0]["date"]["value"] != "1995-05-08"


def test_a_national_adjective_places_an_area_in_its_country(extractor):
    text = "Libyan warplanes bombed two ships off the Tunisian coast on Monday."
    places = [e["location"] for e in _of_type(_extract(extractor, text), "airstrike")]
    assert places and places[0]["country"] == "TUN"


def test_a_compass_point_on_the_object_says_where(extractor):
    text = "Turkish troops seized several Syrian border posts north of Syria's city of Aleppo."
    places = [e["location"] for e in _extract(extractor, text) if e["location"]]
    assert places and places[0]["country"] == "SYR"


def test_each_story_of_a_news_digest_has_its_own_dateline(extractor):
    text = (
        "CAIRO - Egypt's foreign minister met his Jordanian counterpart on Monday.\n\n"
        "ROME - Greece's foreign minister met his Turkish counterpart at a meeting here."
    )
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert [e["location"]["country"] for e in meetings if e["location"]] == ["EGY", "ITA"]


def test_an_as_clause_under_a_warning_is_a_fact_of_its_own(extractor):
    text = (
        "Greece warned Turkey that it was ready to respond to any provocation "
        "as Greek warships began escorting a tanker convoy."
    )
    events = _extract(extractor, text)
    assert [[a["country"] for a in e["actors"]] for e in _of_type(events, "cooperation")] == [
        ["GRC"]
    ]
    assert any(e["trigger"] == "warned" for e in events)


def test_an_attack_guarded_against_is_no_event_and_guarding_ships_is_cooperation(extractor):
    text = "France made plans to protect six Lebanese freighters from Syrian attack."
    events = _extract(extractor, text)
    assert not [e for e in events if e["trigger"] == "attack"]
    assert [[a["country"] for a in e["actors"]] for e in _of_type(events, "cooperation")] == [
        ["FRA"]
    ]
    text = "The tankers will gain naval protection against Iranian attacks."
    assert not _extract(extractor, text)
    text = "The missile would help protect Dutch ground forces from Russian helicopters."
    assert not _of_type(_extract(extractor, text), "cooperation")


def test_an_act_done_overnight_is_dated_the_night_before(extractor):
    text = "CAIRO, May 9 - Sudan said its troops repulsed rebel attacks in overnight fighting."
    events = [e for e in _extract(extractor, text) if e["trigger"].startswith("repulsed")]
    assert events and events[0]["date"]["value"] == "1995-05-08"
    text = "CAIRO, May 9 - Sudan said its troops repulsed rebel attacks."
    events = [e for e in _extract(extractor, text) if e["trigger"].startswith("repulsed")]
    assert events and events[0]["date"]["basis"] == "publication"


def test_should_be_able_to_is_a_hope_not_a_demand(extractor):
    text = 'Blair said "we should be able to reach a deal" with France.'
    assert not _of_type(_extract(extractor, text), "demand")
    assert not _of_type(_extract(extractor, text), "appeal")
    text = "Blair said France should return the prisoners."
    assert _of_type(_extract(extractor, text), "appeal")  # 'should': advice


def test_halting_fighting_is_a_ceasefire_and_the_fighting_its_object(extractor):
    text = "Egypt intervened to halt weeks of fighting between rival Sudanese militias."
    events = _extract(extractor, text)
    assert [[a["country"] for a in e["actors"]] for e in _of_type(events, "ceasefire")] == [["EGY"]]
    assert not _of_type(events, "clash")


@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "MADRID, Feb 4 - The European Community (EC) today urged Morocco and Spain to "
            "settle their fishing dispute.",
            "IGOEUREEC",
        ),
        (
            "LISBON, July 7 - Portugal, the poorest member of the bloc, yesterday criticised "
            "the French farm plan.",
            "PRT",
        ),
        (
            "VIENNA, June 3 - OPEC, the oil producers' cartel, today rejected the Mexican "
            "proposal.",
            "IGOBUSOPC",
        ),
        (
            "LAGOS, Jan 30 - The Organisation of African Unity (OAU) yesterday called on Chad "
            "and Libya to halt the fighting.",
            "IGOAFRAFU",
        ),
        (
            "MANILA, Nov 14 - Japan's trade minister met President Aquino for an hour today.",
            "JPNGOV",
        ),
    ],
)
def test_a_dateline_naming_its_day_leaves_the_lead_its_subject(extractor, text, doer):
    events = _extract(extractor, text)
    assert events
    assert [a["code"] for a in events[0]["actors"]] == [doer]
    assert not events[0]["evidence"]["sentence"].startswith(text.split(",")[0])


def test_a_lead_read_apart_from_its_dateline_stays_one_sentence_and_takes_its_place(extractor):
    text = "GENEVA, Nov 2 - Envoys of Iran and Iraq met for two hours today. Later they parted."
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert meetings
    assert sorted(a["country"] for a in meetings[0]["actors"]) == ["IRN", "IRQ"]
    assert meetings[0]["evidence"]["sentence"].startswith("Envoys of Iran and Iraq met")
    assert meetings[0]["location"]["country"] == "CHE"


def test_dated_dateline_end():
    text = "TAUPO, New Zealand, March 24 - Ministers met."
    assert text[dated_dateline_end(text) :] == "Ministers met."
    assert dated_dateline_end("NICOSIA, Oct 19 - Iran said.") == len("NICOSIA, Oct 19 - ")
    assert dated_dateline_end("KYIV, Ukraine - Leaders met.") is None  # no day: cut off instead
    assert dated_dateline_end("Leaders met on March 24 - again.") is None
