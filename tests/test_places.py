"""Event locations: locative phrases, possessive regions, institutions and datelines."""

from __future__ import annotations

from stream.extract.actors import Gazetteer
from stream.extract.places import dateline, dateline_location, find_location


def _loc(nlp, text: str, trigger: str):
    doc = nlp(text)
    sent = next(s for s in doc.sents if any(t.text == trigger for t in s))
    tok = next(t for t in sent if t.text == trigger)
    return find_location(sent, tok, Gazetteer.default())


def test_capital_city(nlp):
    loc = _loc(nlp, "Stubb met Chinese President Xi Jinping in Beijing on Tuesday.", "met")
    assert loc == {"text": "Beijing", "name": "Beijing", "country": "CHN"}


def test_fronted_place_phrase(nlp):
    loc = _loc(
        nlp,
        "In Washington, national security adviser Jake Sullivan met Tuesday with Yermak.",
        "met",
    )
    assert loc is not None and loc["name"] == "Washington" and loc["country"] == "USA"


def test_institution_as_place(nlp):
    loc = _loc(
        nlp, "At the Pentagon on Tuesday, spokesman Pat Ryder said the troops had left.", "said"
    )
    assert loc is not None and loc["name"] == "the Pentagon" and loc["country"] == "USA"


def test_possessive_region(nlp):
    loc = _loc(nlp, "North Korean troops are now in Russia's Kursk region, officials said.", "are")
    assert loc is not None
    assert loc["name"] == "Kursk" and loc["country"] == "RUS"
    assert "Kursk region" in loc["text"]


def test_known_city_outside_the_capitals(nlp):
    loc = _loc(nlp, "Insurgents bombarded a district in Aleppo overnight.", "bombarded")
    assert loc is not None and loc["country"] == "SYR"


def test_dates_and_manners_are_not_places(nlp):
    assert _loc(nlp, "The president will leave office in January.", "leave") is None
    assert _loc(nlp, "Seoul could send arms in retaliation.", "send") is None


def test_dateline_locates_the_first_sentence_only(nlp):
    text = "KYIV, Ukraine — The president said Tuesday that talks failed.\n\nHe left early."
    doc = nlp(text)
    assert dateline(doc) == {"text": "KYIV, Ukraine", "name": "Kyiv", "country": "UKR"}
    sents = list(doc.sents)
    said = next(t for t in sents[0] if t.text == "said")
    assert find_location(sents[0], said, Gazetteer.default())["country"] == "UKR"
    left = next(t for t in doc if t.text == "left")
    assert find_location(left.sent, left, Gazetteer.default()) is None


def test_no_dateline_in_plain_text(nlp):
    assert dateline(nlp("The president said on Tuesday that talks failed.")) is None


def test_a_hyphenated_opening_is_not_a_dateline(nlp):
    text = "Turkish-Austrian consortium TAV was chosen to run the airport - but the army closed it."
    assert dateline(nlp(text)) is None


def test_areas_named_by_an_of_phrase(nlp):
    loc = _loc(nlp, "A tanker was attacked off the coast of Yemen on Sunday.", "attacked")
    assert loc is not None and loc["country"] == "YEM"
    loc = _loc(nlp, "Drones struck a depot on the outskirts of Kyiv.", "struck")
    assert loc is not None and loc["name"] == "Kyiv" and loc["country"] == "UKR"


def test_area_noun_with_apposition(nlp):
    loc = _loc(nlp, "Protesters gathered in the capital, Kyiv, on Sunday.", "gathered")
    assert loc is not None and loc["name"] == "Kyiv" and loc["country"] == "UKR"


def test_dateline_location_from_the_place_text():
    assert dateline_location("KYIV, Ukraine") == {
        "text": "KYIV, Ukraine",
        "name": "Kyiv",
        "country": "UKR",
    }
    assert dateline_location("BEIRUT")["country"] == "LBN"
    assert dateline_location(" ") is None


def test_both_dateline_readers_agree(nlp):
    doc = nlp("SEOUL, South Korea (AP) — North Korea fired a missile on Tuesday.")
    assert dateline(doc) == dateline_location("SEOUL, South Korea")


def test_possessor_places_an_unknown_site(nlp):
    text = "Iraqi planes destroyed oil installations at Iran's southwestern Ahvaz field today."
    loc = _loc(nlp, text, "destroyed")
    assert loc is not None and loc["country"] == "IRN" and "Ahvaz" in loc["text"]


def test_place_of_an_of_phrase_on_a_landmark(nlp):
    loc = _loc(
        nlp, "Iran attacked across snow-capped peaks of northeastern Iraq last week.", "attacked"
    )
    assert loc is not None and loc["country"] == "IRQ"


def test_the_sentence_places_an_event_when_they_agree(nlp):
    text = (
        "Later, the thrust followed fierce battles near Basra, Iraq's second city, "
        "after an Iranian offensive launched on January 9."
    )
    loc = _loc(nlp, text, "offensive")
    assert loc is not None and loc["country"] == "IRQ"
    mixed = "Later, talks in Geneva followed fighting near Basra after an offensive began."
    assert _loc(nlp, mixed, "offensive") is None


def test_a_distance_from_a_place_locates(nlp):
    loc = _loc(nlp, "Iraq said it had foiled a thrust some 10 km (six miles) from Basra.", "foiled")
    assert loc is not None and loc["name"] == "Basra" and loc["country"] == "IRQ"
    assert _loc(nlp, "Iran withdrew its troops from Basra.", "withdrew") is None


def test_a_dateline_date_is_no_part_of_the_place(nlp):
    doc = nlp("UNITED NATIONS, Oct 20 - The secretary general proposed an inquiry.")
    assert dateline(doc)["text"] == "UNITED NATIONS"
    doc = nlp("BAGHDAD, April 8 - Iraq said its troops advanced.")
    assert dateline(doc) == {"text": "BAGHDAD", "name": "Baghdad", "country": "IRQ"}


def test_the_place_left_after_an_event_is_its_place(nlp):
    text = "Thatcher left Bonn yesterday evening after talks with Chancellor Helmut Kohl."
    loc = _loc(nlp, text, "talks")
    assert loc is not None and loc["name"] == "Bonn" and loc["country"] == "DEU"
    assert _loc(nlp, "Thatcher left Bonn to hold talks with Mitterrand.", "talks") is None


def test_every_place_name_is_listed_once_in_the_place_table():
    """A name on two rows of places.tsv would let the later row's country be silently lost."""
    from collections import Counter
    from pathlib import Path

    import stream.extract as extract

    table = Path(extract.__file__).parent / "data" / "places.tsv"
    names = Counter(
        name
        for line in table.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
        for name in line.split("\t")[0].split("|")
    )
    assert [name for name, n in names.items() if n > 1] == []
