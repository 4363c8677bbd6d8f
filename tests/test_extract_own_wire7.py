"""Classes of the seventh own-wire study (fifteen more whole articles written in 1987 wire
style on events of 1986-1989, ``benchmarks/data/own_wire7.*``): a day named with 'last year'
is that year's; a 'by telephone' phrase is no doer; a ceasefire 'in' a war takes the war's
parties; warplanes sent over a place and troops flown into a country are deployed; border
checks eased are a concession; aid withheld by its giver is a sanction; an act called a
'criminal act' is condemned; a date in a clause on the noun of an 'after' phrase, or in a
'worth' phrase, is not the act's; places of the Gulf war and West Berlin have their country; a
city's radio speaks for its government; a past verb after 'and' read as a modifier of its
object is a second verb; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_a_day_named_with_last_year_is_that_years(extractor):
    text = "Iraqi jets attacked a Greek tanker in the Gulf on March 3 last year."
    found = [
        e
        for e in extract_events(extractor, text, "1987-06-01T12:00:00Z")
        if e["type"] in ("attack", "airstrike")
    ]
    assert found and found[0]["date"]["value"] == "1986-03-03"


def test_a_means_of_talking_after_by_is_no_doer(extractor):
    text = (
        "Officials said the ship left the bay on Monday after President Virgilio Barco spoke "
        "by telephone with President Jaime Lusinchi."
    )
    found = events_of_type(extract_events(extractor, text, "1987-06-03T12:00:00Z"), "call")
    assert found and country_codes(found[0]["actors"]) == {"COL"}
    assert country_codes(found[0]["targets"]) == {"VEN"}


def test_a_ceasefire_in_a_war_takes_the_wars_parties(extractor):
    text = "A truce in the border war between Ethiopia and Somalia took effect on Sunday."
    found = events_of_type(extract_events(extractor, text), "ceasefire")
    assert found and country_codes(found[0]["actors"]) == {"ETH", "SOM"}
    # a truce in a place names no party
    text = "A truce in the southern provinces took effect on Sunday."
    found = events_of_type(extract_events(extractor, text), "ceasefire")
    assert not found or not country_codes(found[0]["actors"])


def test_warplanes_sent_over_a_place_are_deployed_not_sold(extractor):
    text = "Guyana sent warplanes over the disputed Essequibo region on Friday."
    events = extract_events(extractor, text)
    found = events_of_type(events, "deployment")
    assert found and country_codes(found[0]["actors"]) == {"GUY"}
    assert not events_of_type(events, "arms_transfer")
    # warplanes sent to a country still go to it
    text = "Libya sent warplanes to Uganda last year."
    assert not events_of_type(extract_events(extractor, text), "deployment")


def test_troops_flown_into_a_country_are_deployed(extractor):
    text = "Belgian paratroopers flew into Zaire on Tuesday to protect foreigners."
    found = events_of_type(extract_events(extractor, text), "deployment")
    assert found and country_codes(found[0]["actors"]) == {"BEL"}
    assert "COD" in country_codes(found[0]["targets"])
    text = "The soldiers flew home on leave on Monday."
    assert not events_of_type(extract_events(extractor, text), "deployment")


def test_border_checks_eased_are_a_concession(extractor):
    text = "Pretoria eased its border checks on Botswana on Friday."
    found = [e for e in extract_events(extractor, text) if e["type"] in ("concession", "pledge")]
    assert found and country_codes(found[0]["actors"]) == {"ZAF"}
    text = "The bank will relax its internal controls next year."
    assert not events_of_type(extract_events(extractor, text), "concession")


def test_aid_withheld_by_its_giver_is_a_sanction(extractor):
    text = "Sweden said it would not approve new loans to Ethiopia until the fighting stopped."
    events = extract_events(extractor, text)
    found = events_of_type(events, "sanction")
    assert found and country_codes(found[0]["actors"]) == {"SWE"}
    assert "ETH" in country_codes(found[0]["targets"])
    assert not events_of_type(events, "rejection")


def test_an_act_called_a_criminal_act_is_condemned(extractor):
    text = 'Nicaragua called the raid a "criminal act".'
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"NIC"}
    text = "The minister called the treaty a historic act."
    assert not events_of_type(extract_events(extractor, text), "accusation")


def test_a_date_in_a_clause_on_an_after_phrase_is_the_other_things(extractor):
    text = (
        "BANJUL, May 8 - Senegal has sent 300 soldiers to Gambia at the request of President "
        "Dawda Jawara after an attempt to overthrow him on Monday night, officials said today."
    )
    found = events_of_type(extract_events(extractor, text, "1987-05-08T12:00:00Z"), "deployment")
    assert found and found[0]["date"]["value"] != "1987-05-04"


def test_a_date_in_a_worth_phrase_is_the_values(extractor):
    text = (
        "Canada said it had frozen its aid to Haiti, worth about 20 million dollars this "
        "year, after the killings."
    )
    found = events_of_type(extract_events(extractor, text, "1987-12-01T12:00:00Z"), "sanction")
    assert found and found[0]["date"]["value"] != "1987"


def test_places_of_the_gulf_war_have_their_country(extractor):
    text = "Iraqi artillery shelled the Iranian border town of Mehran on Monday."
    found = [e for e in extract_events(extractor, text) if e["type"] in ("shelling", "attack")]
    assert found and found[0]["location"] and found[0]["location"]["country"] == "IRN"
    text = "Gunmen attacked a bus in West Berlin on Saturday."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and found[0]["location"] and found[0]["location"]["country"] == "DEU"


def test_a_citys_radio_is_a_body_that_it_stands_for(extractor):
    text = (
        "ADEN, Jan 14 - The official Saudi Press Agency said Saudi ships sank two boats. "
        "Aden radio said three Yemeni boats were sunk by Saudi warships. It accused Riyadh "
        "of piracy."
    )
    found = events_of_type(extract_events(extractor, text, "1987-01-14T12:00:00Z"), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"YEM"}


def test_a_past_verb_after_and_read_as_a_modifier_is_a_second_verb(extractor):
    text = (
        "Laos lodged a strong protest with the Thai embassy in Vientiane on Friday and "
        "proposed talks to end the dispute, the Laotian news agency said."
    )
    events = extract_events(extractor, text)
    found = events_of_type(events, "pledge")
    assert found and country_codes(found[0]["actors"]) == {"LAO"}
    assert events_of_type(events, "protest") or events_of_type(events, "accusation")
    # a noun phrase with its own determiner after 'and' stays an object
    text = "Iraq bought tanks and the armoured cars from Egypt."
    assert not events_of_type(extract_events(extractor, text), "pledge")


def test_own_wire7_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire7")
    assert summary["recall"] >= 0.85
    assert summary["precision"] >= 0.79
    assert summary["dates"] >= 0.93
