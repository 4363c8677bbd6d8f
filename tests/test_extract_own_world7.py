"""Classes of the seventh world-news precision study (issue 10: twelve more whole articles in
1987 wire style where real events are few, ``benchmarks/data/own_world7.*``): a clause of
its own joined by 'but' to a hope is no hope, forces moved in a dated 'after' clause are
news, a day opening the sentence before a plural subject dates the act, an attack verb with
an 'as' phrase of what its object is held to be is a charge in words, a tour hung on a band
or ballet is a performance, a union or party expelled is put out of a body, a march behind a
band or played by one is music, a congress of trade unions is no legislature, an armed noun
in scare quotes is a figure; and the set's score floor.
Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_a_clause_of_its_own_after_a_hope_is_no_hope(extractor):
    text = (
        "Growers had hoped for a good harvest, but Iraqi gunners have shelled the farms all week."
    )
    shelled = events_of_type(extract_events(extractor, text), "shelling")
    assert shelled and shelled[0]["date"]["status"] == "past"
    assert country_codes(shelled[0]["actors"]) == {"IRQ"}
    text = "Dealers had counted on calm, but fighting between Chadian and Libyan troops has flared."
    assert events_of_type(extract_events(extractor, text), "clash")
    text = "The minister hoped the talks would resume and the troops would go home."
    assert not [e for e in extract_events(extractor, text) if e["date"]["status"] == "past"]


def test_forces_moved_in_a_dated_after_clause_are_news(extractor):
    text = "Hotel bookings recovered after Syrian troops withdrew from the Bekaa valley in March."
    moved = events_of_type(extract_events(extractor, text), "withdrawal")
    assert moved and country_codes(moved[0]["actors"]) == {"SYR"}
    assert moved[0]["date"]["value"] == "1987-03"
    text = "Trade revived after French peacekeeping troops arrived in the south in April."
    kept = [
        e for e in extract_events(extractor, text) if e["type"] in ("peacekeeping", "deployment")
    ]
    assert kept and country_codes(kept[0]["actors"]) == {"FRA"}
    text = "Hotel bookings recovered after the soldiers left."
    assert not extract_events(extractor, text)


def test_a_day_opening_the_sentence_before_a_plural_subject_dates_the_act(extractor):
    text = "On Friday rebels shelled the airport at Kandahar, Afghan officials said."
    events = extract_events(extractor, text, published_at="1987-10-13T12:00:00Z")
    shelled = events_of_type(events, "shelling")
    assert shelled and shelled[0]["date"]["value"] == "1987-10-09"


def test_an_attack_with_an_as_phrase_of_what_it_is_is_a_charge(extractor):
    for text in (
        "The old general attacked the younger officers as cowards.",
        "Kohl attacked Lafontaine as a danger to the alliance.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    for text in (
        "Libyan jets attacked the oasis of Aouzou as part of a counter-offensive.",
        "Israeli gunboats shelled the port of Tyre as a reprisal for the raid.",
        "Iraqi helicopters attacked the convoy as it crossed the river.",
        "The guerrillas used the hostages as human shields near the border.",
    ):
        assert _armed(extract_events(extractor, text)), text


def test_a_tour_hung_on_a_band_or_ballet_is_a_performance(extractor):
    for text in (
        "The band of the Royal Marines, midway through a six-week tour of Canada, played in "
        "Ottawa tonight.",
        "The Kirov Ballet, on its first tour of Japan, danced Giselle in Osaka.",
    ):
        assert not events_of_type(extract_events(extractor, text), "visit"), text
    text = "The Chinese premier, on his first tour of Europe, arrived in Rome on Monday."
    assert events_of_type(extract_events(extractor, text), "visit")


def test_a_union_or_party_expelled_is_put_out_of_a_body(extractor):
    for text in (
        "The federation's leaders voted to expel the dockers' union over the deal.",
        "The congress decided to expel the party's youth league.",
    ):
        assert not events_of_type(extract_events(extractor, text), "coercion"), text
    text = "Malta threatened to expel the Libyan diplomats."
    assert events_of_type(extract_events(extractor, text), "threat")
    text = "Kenya expelled two British reporters on Monday."
    assert events_of_type(extract_events(extractor, text), "coercion")


def test_a_march_behind_a_band_or_played_by_one_is_music(extractor):
    for text in (
        "Old Polish soldiers marched behind a brass band through the streets of Breda.",
        "The regiment's band played marches as the president inspected the guard.",
        "The concert mixed Polish marches with folk songs.",
    ):
        events = extract_events(extractor, text)
        assert not [e for e in events if e["type"] in ("protest", "deployment")], text
    text = "Thousands of students marched through Seoul on Monday to demand free elections."
    assert events_of_type(extract_events(extractor, text), "protest")
    text = "Syrian troops marched into the town of Zahle on Sunday."
    assert events_of_type(extract_events(extractor, text), "deployment")


def test_a_congress_of_trade_unions_is_no_legislature(extractor):
    text = "The Trades Union Congress today urged the government to cut ties with Pretoria."
    events = extract_events(extractor, text)
    assert events and all("USA" not in country_codes(e["actors"]) for e in events)


def test_an_armed_noun_in_scare_quotes_is_a_figure(extractor):
    for text in (
        'The bishop told the synod that Irish farmers were "under siege" after years of low prices.',
        'The coach said his Brazilian team was "under attack" after two defeats.',
    ):
        assert not extract_events(extractor, text), text
    for text in (
        'Kabul said the rebels had mounted a "massive attack" on the garrison at Khost.',
        'Tehran radio said Iraqi troops had "invaded" Iranian soil near Mehran.',
    ):
        events = extract_events(extractor, text)
        assert _armed(events) or events_of_type(events, "occupation"), text


def test_own_world7_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world7")
    assert summary["articles"] == 12 and summary["required"] == 15
    assert summary["recall"] >= 0.93
    assert summary["precision"] >= 0.45
    assert summary["dates"] >= 0.85
