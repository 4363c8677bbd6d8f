"""Classes of the fortieth own-wire study (ten broadcast-monitoring reports written in the style
of the BBC Summary of World Broadcasts and the FBIS Daily Report, ``benchmarks/data/own_wire40.*``):
a report cut into its monitored items at their source lines, each read as published on its
broadcast day and in the voice of the state whose station speaks ('our forces', 'I', 'we' and a
bare office are that state's, 'the enemy' the other side the item names, 'the secessionist
clique' its own rebels); a place 'liberated'; and the set's score floor. Sentences written for
the test."""

from __future__ import annotations

from datetime import date

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.monitoring import monitored_items, station_state

PUB = "1986-02-14T09:00:00Z"  # the service prints its items days after the broadcasts
STATES = {"Tehran": "IRN", "Kabul": "AFG", "Chad": "TCD", "Managua": "NIC", "ITAR-TASS": "RUS"}


def _doers(events: list[dict], etype: str) -> list[set[str]]:
    return [country_codes(e["actors"]) for e in events_of_type(events, etype)]


def test_a_report_is_cut_at_its_source_lines():
    text = (
        "IRAN-IRAQ WAR\n\n"
        "Source: Tehran home service in Persian 1030 gmt 11 Feb 86\n\n"
        "[Text] Our forces captured the port.\n\n"
        "Kabul Domestic Service in Dari 1530 GMT 9 Mar 89\n\n"
        "[Excerpts] The extremists fired rockets."
    )
    items = monitored_items(text, STATES.get)
    assert items is not None
    assert [(i.day, i.voice) for i in items] == [
        (date(1986, 2, 11), "IRN"),
        (date(1989, 3, 9), "AFG"),
    ]
    assert text[items[0].start : items[0].end].startswith("IRAN-IRAQ WAR")  # a heading joins
    assert text[items[1].start :].startswith("Kabul Domestic Service")
    assert items[0].published_at == "1986-02-11T10:30:00Z"
    # source lines closing their items, SWB style
    tail = (
        "[Text] Honduran aircraft bombed our positions. (Managua home service in Spanish "
        "1800 gmt 7 Dec 86)\n\nHeading\n\n[Text] The ministry protested. (Managua home "
        "service in Spanish 2300 gmt 7 Dec 86)"
    )
    items = monitored_items(tail, STATES.get)
    assert items is not None and len(items) == 2
    assert tail[items[1].start :].startswith("Heading")
    assert {i.voice for i in items} == {"NIC"}
    # a story that only names a radio has no source line
    assert monitored_items("TEHRAN, Feb 11 - Tehran radio said 1,000 died.", STATES.get) is None
    assert station_state("ITAR-TASS news agency, Moscow", STATES.get) == "RUS"
    assert station_state("Radio Chad, N'Djamena", STATES.get) == "TCD"


def test_the_first_person_of_a_broadcast_is_its_state(extractor):
    for source, body, etype, doer in (
        (
            "Kabul Domestic Service in Dari 1530 GMT 9 Mar 89",
            "Our air force carried out strikes against concentrations of the extremists in "
            "Kama district, destroying their depots, he said.",
            "attack",
            {"AFG"},
        ),
        (
            "Source: Radio Chad, N'Djamena, in French 1830 gmt 8 Aug 87",
            "This afternoon our forces shot down a Libyan MiG-23 over Aozou.",
            "attack",
            {"TCD"},
        ),
        (
            "Source: Radio Chad, N'Djamena, in French 2000 gmt 8 Aug 87",
            "But I warn the Tripoli regime that any attempt to retake Aozou will receive the "
            "firm response it deserves.",
            "threat",
            {"TCD"},
        ),
    ):
        events = extract_events(extractor, f"{source}\n\n[Text] {body}", PUB)
        assert doer in _doers(events, etype), (body, events)
    # with no source line the first person stays the speaker's only
    plain = "Our air force carried out strikes against concentrations of the extremists."
    assert all(not d for d in _doers(extract_events(extractor, plain, PUB), "attack"))


def test_the_enemy_of_a_broadcast_is_the_other_side_and_its_rebels_are_its_own(extractor):
    text = (
        "Hanoi Domestic Service in Vietnamese 1100 GMT 29 Apr 84\n\n"
        "[Text] On 28 April the Chinese aggressors attacked many areas of Vi Xuyen District. "
        "The enemy also occupied several hills in our territory, the report said."
    )
    events = extract_events(extractor, text, PUB)
    assert {"CHN"} in _doers(events, "occupation")
    text = (
        "Source: Republic of Yemen Radio, Sanaa, in Arabic 1800 gmt 5 May 94\n\n"
        "[Text] The treacherous secessionist clique fired a Scud missile at a residential "
        "district of the capital, Sanaa, at dawn today."
    )
    attacks = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"YEM"}


def test_a_broadcasts_force_of_no_country_is_its_of_owners(extractor):
    for source, body, doer in (
        (
            "Managua home service in Spanish 1800 gmt 7 Dec 86",
            "The communique said that a helicopter of the Honduran army also fired rockets at "
            "the village of El Hormiguero.",
            {"HND"},
        ),
        (
            "Source: Tehran home service in Persian 1030 gmt 11 Feb 86",
            "The aircraft of the criminal regime of Baghdad bombed residential areas of Abadan "
            "this morning.",
            {"IRQ"},
        ),
    ):
        events = extract_events(extractor, f"{source}\n\n[Text] {body}", PUB)
        assert doer in _doers(events, "airstrike"), (body, events)


def test_a_broadcasts_bare_office_and_days_are_its_own(extractor):
    text = (
        "Source: Tehran home service in Persian 1630 gmt 11 Feb 86\n\n"
        "[Text] The Foreign Ministry summoned the Kuwaiti charge d'affaires in Tehran this "
        "afternoon.\n\n"
        "IRNA reported that Iraqi long-range artillery shelled the town of Dezful yesterday."
    )
    events = extract_events(extractor, text, PUB)
    summoned = [e for e in events if e["trigger"].startswith("summoned")]
    assert summoned and country_codes(summoned[0]["actors"]) == {"IRN"}
    assert summoned[0]["date"]["value"] == "1986-02-11"  # the broadcast's day, not the print's
    shelling = events_of_type(events, "shelling")
    assert shelling and shelling[0]["date"]["value"] == "1986-02-10"
    assert country_codes(shelling[0]["actors"]) == {"IRQ"}  # IRNA only tells it
    for e in events:  # each event keeps the article's own publication time and offsets
        assert e["published_at"] == PUB
        assert text[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["sentence"]


def test_a_place_liberated_is_taken(extractor):
    source = "Source: Radio Chad, N'Djamena, in French 1830 gmt 8 Aug 87\n\n[Text] "
    text = "Our valiant forces liberated the town of Aozou this morning after fierce fighting."
    taken = events_of_type(extract_events(extractor, source + text, PUB), "occupation")
    assert taken and country_codes(taken[0]["actors"]) == {"TCD"}
    assert taken[0]["date"]["value"] == "1987-08-08"
    # outside a state's own broadcast the verb is rhetoric: 'would liberate every inch'
    assert not events_of_type(extract_events(extractor, text, PUB), "occupation")
    noun = "The army completed the liberation of the port of Massawa on Saturday."
    assert events_of_type(extract_events(extractor, noun, PUB), "occupation")
    # a people's liberation, a movement's name or prisoners freed take no ground
    for text in (
        "The Eritrean People's Liberation Front said its fighters were ready.",
        "The rebels liberated 40 prisoners on Saturday.",
    ):
        assert not events_of_type(extract_events(extractor, text, PUB), "occupation"), text


def test_own_wire40_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire40")
    assert summary["recall"] >= 0.72
    assert summary["precision"] >= 0.68
    assert summary["dates"] >= 0.92
