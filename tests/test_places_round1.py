"""Where an event happened, first round: where a trip goes rather than the dateline it was
filed under, the town an armed act struck or was near although the tagger took its name for
no place, and the country of a town the gazetteer does not know (a known place inside its
name, the country struck, the dateline's country); seas stay in no country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stream.extract import Article


def _first_place(extractor, text: str, wanted: Callable[[dict], bool]) -> str | None:
    """The location country of the first event ``wanted`` picks among those the text gives."""
    events = extractor.extract(Article(id="t", text=text, published_at="1988-06-03T12:00:00Z"))
    found = [e for e in events if wanted(e)]
    assert found, [(e["type"], e["trigger"]) for e in events]
    return (found[0]["location"] or {}).get("country")


def _placed(extractor, text: str, kind: str | tuple[str, ...]) -> str | None:
    """The location country of the first event of ``kind`` (or of one of them) the text gives."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return _first_place(extractor, text, lambda e: e["type"] in kinds)


def _placed_by(extractor, text: str, trigger: str) -> str | None:
    """The location country of the event the word ``trigger`` gives."""
    return _first_place(extractor, text, lambda e: e["trigger"] == trigger)


# ------------------------------------------------------------ where a trip goes


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "OSLO, June 3 - Norway's trade minister flew to Ottawa today for talks with "
            "Canadian officials on a fishing dispute.",
            "CAN",
        ),
        (
            "CANBERRA, June 3 - Australia's foreign minister will fly to Wellington on Monday "
            "for talks with New Zealand officials, his office said.",
            "NZL",
        ),
        (
            "The Polish foreign minister prepared to head to Bonn to meet leaders of the West "
            "German government on Monday.",
            "DEU",
        ),
    ],
)
def test_a_trip_is_placed_where_it_goes_not_where_it_was_filed(extractor, text, country):
    assert _placed(extractor, text, ("visit", "meeting")) == country


# ---------------------------------------- the town an armed act struck or was near


def test_a_town_struck_is_the_place_not_the_dateline(extractor):
    text = (
        "KHARTOUM, June 3 - Ugandan jets bombed the northern Sudanese town of Kajo Keji "
        "today, killing five civilians, officials said."
    )
    assert _placed(extractor, text, "airstrike") == "SDN"


def test_a_name_after_near_is_a_place_the_tagger_missed(extractor):
    text = (
        "MAPUTO, June 3 - Government troops were on patrol today. Rebels ambushed an army "
        "truck near Marromeu on Sunday, killing six soldiers, the news agency said."
    )
    assert _placed(extractor, text, "attack") == "MOZ"


# ---------------------------------------------------- the country of an unknown town


def test_a_known_city_inside_a_name_gives_its_country(extractor):
    text = "Gunmen attacked a Syrian army checkpoint in west Beirut on Tuesday, police said."
    assert _placed(extractor, text, "attack") == "LBN"


def test_an_unknown_town_of_a_blow_lies_in_the_country_struck(extractor):
    text = (
        "BANGKOK, June 3 - Thai artillery shelled Laotian positions near the border "
        "village of Ban Na Kok today, a Thai army spokesman said."
    )
    assert _placed(extractor, text, "shelling") == "LAO"


def test_an_unknown_town_lies_in_the_datelines_country(extractor):
    text = (
        "COLOMBO, June 3 - Sri Lanka's president met Indian envoys today. On Sunday Tamil "
        "guerrillas ambushed a bus near Kebitigollewa, killing nine passengers, police said."
    )
    assert _placed(extractor, text, "attack") == "LKA"


def test_a_sea_is_in_no_datelines_country(extractor):
    text = (
        "MANAMA, June 3 - Iranian gunboats attacked a Norwegian tanker in the southern Gulf "
        "today, shipping sources said."
    )
    assert _placed(extractor, text, "attack") is None


def test_an_unknown_town_of_a_blow_is_not_in_the_doers_dateline(extractor):
    text = (
        "JERUSALEM, June 3 - Israeli helicopters raided targets near the village of Kfar "
        "Tebnit today, the army said."
    )
    assert _placed(extractor, text, ("airstrike", "attack")) != "ISR"


def test_an_unknown_place_of_a_meeting_is_not_in_a_datelines_country_of_no_party(extractor):
    text = (
        "BONN, June 3 - Chancellor Kohl left for Rome today. Earlier Thatcher held talks with "
        "French President Francois Mitterrand at Chequerville in Normandy on Monday."
    )
    assert _placed(extractor, text, "meeting") != "DEU"


# --------------------------------------------- the purpose of a trip, air and deeper objects


def test_what_a_trip_is_made_for_is_done_where_it_goes(extractor):
    text = (
        "KUALA LUMPUR, June 3 - Tin producers agreed today to cut exports. The Malaysian "
        "minister said he would fly to La Paz next month to urge the Bolivian government to "
        "join the pact."
    )
    assert _placed(extractor, text, ("appeal", "visit")) == "BOL"


def test_jets_shot_down_over_a_valley_are_placed_there(extractor):
    text = (
        "DAMASCUS, June 3 - Syrian fighters shot down two Israeli jets over Lebanon's Bekaa "
        "Valley today, the army said."
    )
    assert _placed(extractor, text, ("attack", "airstrike")) == "LBN"


def test_a_place_near_the_positions_an_assault_was_launched_against(extractor):
    text = (
        "KABUL, June 3 - Afghan troops launched an assault on Sunday against rebel positions "
        "near Jalalabad, the news agency said."
    )
    assert _placed(extractor, text, ("attack", "clash")) == "AFG"


# ------------------------------------------------- an encounter at the dateline that day


def test_a_meeting_that_day_no_phrase_places_is_at_the_dateline(extractor):
    text = (
        "VIENNA, June 3 - Delegates from 30 nations opened a conference on nuclear safety "
        "today. Austrian Foreign Minister Alois Mock met Soviet Deputy Foreign Minister "
        "Vladimir Petrovsky for an hour this afternoon, an official said."
    )
    assert _placed_by(extractor, text, "met") == "AUT"


def test_a_meeting_of_another_day_is_not_placed_at_the_dateline(extractor):
    text = (
        "VIENNA, June 3 - Delegates from 30 nations opened a conference on nuclear safety "
        "today. Austrian Foreign Minister Alois Mock met Soviet Deputy Foreign Minister "
        "Vladimir Petrovsky last month, an official said."
    )
    assert _placed_by(extractor, text, "met") is None


def test_a_meeting_of_no_party_of_the_datelines_country_is_not_placed_there(extractor):
    text = (
        "VIENNA, June 3 - Delegates from 30 nations opened a conference on nuclear safety "
        "today. Swedish Foreign Minister Sten Andersson met Soviet Deputy Foreign Minister "
        "Vladimir Petrovsky for an hour this afternoon, an official said."
    )
    assert _placed_by(extractor, text, "met") is None
