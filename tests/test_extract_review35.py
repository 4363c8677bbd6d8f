"""Second looks at event rules: a noun in -ing is no gerund to pair with one after 'and'; an
international assembly is no state's nameless body; a passive crush with no crowd is no crowd
crush; a verb is no currency word; an armed group's full name wins over a shorter name inside
it; an armed group named earlier in the doer's own sentence is its group; a doer defending its
own stance on or toward a state backs no one. Sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import country_codes, events_of_type, extract_events


def test_a_noun_in_ing_is_no_gerund_to_pair_with_one_after_and(extractor):
    text = "Syrian gunners were firing at a building and shelling the village near Zahle."
    shellings = events_of_type(extract_events(extractor, text), "shelling")
    assert len(shellings) == 1
    assert country_codes(shellings[0]["actors"]) == {"SYR"}


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA - The U.N. General Assembly will meet on Friday to debate the border war.",
        "BRUSSELS - The European Parliament will meet on Friday to debate the border war.",
    ],
)
def test_an_international_assembly_is_no_states_nameless_body(extractor, text):
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert len(meetings) == 1
    assert meetings[0]["date"]["value"] == "1987-06-05"


def test_a_nameless_cabinet_still_sits_at_home(extractor):
    text = "The cabinet will meet again on Friday to discuss the budget."
    assert events_of_type(extract_events(extractor, text), "meeting") == []


def test_a_passive_crush_with_no_crowd_named_is_an_assault(extractor):
    text = "A farmer was crushed to death under a police jeep in Lahore on Friday."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert [e["date"]["value"] for e in attacks] == ["1987-05-29"]


def test_a_passive_crush_in_a_stampede_is_no_assault(extractor):
    text = "Twelve pilgrims were trampled to death in a stampede at the shrine on Friday."
    assert extract_events(extractor, text) == []


def test_a_verb_before_a_number_is_no_currency(extractor):
    text = "Egypt and Sudan signed a treaty that marks 30 years of cooperation."
    agreements = events_of_type(extract_events(extractor, text), "agreement")
    assert len(agreements) == 1
    assert agreements[0]["quantities"] == []
    text = "Bonn pledged 30 million marks in aid to Poland."
    pledges = events_of_type(extract_events(extractor, text), "pledge")
    assert [(q["value"], q["unit"]) for q in pledges[0]["quantities"]] == [(30000000, "marks")]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Jammu and Kashmir Liberation Front claimed the ambush of the convoy.",
            "Jammu and Kashmir Liberation Front",
            "INDREB",
        ),
        (
            "The Popular Front for the Liberation of Palestine (PFLP) attacked a settlement.",
            "The Popular Front for the Liberation of Palestine",
            "PSEREB",
        ),
    ],
)
def test_an_armed_groups_full_name_wins(extractor, text, name, code):
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert [(a["text"], a["code"]) for e in attacks for a in e["actors"]] == [(name, code)]


def test_a_counted_band_is_the_group_named_before_it_in_its_own_sentence(extractor):
    text = (
        "NAIROBI - Guerrillas of the Sudan People's Liberation Army ambushed a convoy on "
        "Monday, and about 300 guerrillas later attacked a police post."
    )
    attacks = [
        e
        for e in events_of_type(extract_events(extractor, text), "attack")
        if e["trigger"] == "attacked"
    ]
    assert [(a["country"], a["code"]) for e in attacks for a in e["actors"]] == [("SDN", "SDNREB")]


@pytest.mark.parametrize("prep", ["on", "toward", "over"])
def test_a_doer_defending_its_own_stance_about_a_state_backs_no_one(extractor, prep):
    text = f"Kohl defended his policy {prep} Libya at a news conference on Friday."
    assert events_of_type(extract_events(extractor, text), "support") == []
