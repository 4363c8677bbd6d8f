"""Roles on whole articles, second round (issue 10): whose side 'our' is, what an offer
targets, who does an act that another party reacts to, the 'by' doer of a victim noun, names
the dictionaries do not know, a bare 'the government', closing embassies and '-led' doers. All
sentences are written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events
from test_extract_wire_roles import _by_trigger

from stream.extract.actors import DocumentActors
from stream.extract.syntax import repair_noun_roots


def test_our_forces_in_a_quotation_are_the_speakers_side(extractor):
    for text, trigger, side in (
        ('"Our forces stormed Iraqi positions near Fao," Iran said.', "stormed", "IRN"),
        ('"Our jets hit a tanker off the Saudi coast," the Iranian communique said.', "hit", "IRN"),
        ('"Our navy will guard Kuwaiti ships," a Pentagon spokesman said.', "guard", "USA"),
    ):
        events = _by_trigger(extract_events(extractor, text), trigger)
        assert events, text
        assert country_codes(events[0]["actors"]) == {side}, text


def test_our_forces_of_a_speaker_of_no_country_stay_unknown(extractor):
    text = '"Our forces stormed Iraqi positions near Fao," the communique said.'
    events = _by_trigger(extract_events(extractor, text), "stormed")
    assert events
    assert "IRQ" not in country_codes(events[0]["actors"])  # the nearest country named is the foe


def test_our_forces_outside_quotation_marks_take_no_country_from_around_them(nlp):
    doc = nlp("Our forces stormed Iraqi positions near Fao, Iran said.")
    forces = next(t for t in doc if t.text == "forces")
    assert [a["country"] for a in DocumentActors(doc).resolve(forces)] == [None]


def test_what_a_state_offers_of_its_own_is_no_target(extractor):
    for text, doer in (
        ("Denmark offered its frigates to escort convoys in the Gulf.", "DNK"),
        ("Italy offered its minesweepers to clear the channel.", "ITA"),
    ):
        events = _by_trigger(extract_events(extractor, text), "offered")
        assert events, text
        assert country_codes(events[0]["actors"]) == {doer}, text
        assert doer not in country_codes(events[0]["targets"]), text
    text = "Chile encouraged its exporters to seek markets in Bolivia."  # people: a target
    appeals = _by_trigger(extract_events(extractor, text), "encouraged")
    assert appeals and country_codes(appeals[0]["targets"]) == {"CHL"}
    text = "Iraq said Iran had shelled its oil wells."  # 'its' is another party's: a target
    attacks = _by_trigger(extract_events(extractor, text), "shelled")
    assert attacks and country_codes(attacks[0]["targets"]) == {"IRQ"}


def test_who_reacts_to_an_act_gives_its_doer_no_country(extractor):
    text = "Jordan protested to the Arab League after troops shelled a Jordanian border post."
    shellings = _by_trigger(extract_events(extractor, text), "shelled")
    assert shellings and shellings[0]["actors"]
    assert "JOR" not in country_codes(shellings[0]["actors"])  # not the protester's troops
    text = "Jordan protested after Syrian troops shelled a Jordanian border post."
    shellings = _by_trigger(extract_events(extractor, text), "shelled")
    assert shellings and country_codes(shellings[0]["actors"]) == {"SYR"}


def test_a_by_phrase_hung_on_the_victim_names_the_doer(extractor):
    text = "The abduction of a Dutch engineer by bandits in Somalia was confirmed on Friday."
    events = _by_trigger(extract_events(extractor, text), "abduction")
    assert events
    assert [a["text"] for a in events[0]["actors"]] == ["bandits"]
    assert country_codes(events[0]["targets"]) == {"NLD"}


def test_a_group_of_no_country_is_not_the_country_of_a_foreigner_it_seizes(extractor):
    text = "The kidnapping of an Austrian teacher by masked gunmen was reported on Friday."
    events = _by_trigger(extract_events(extractor, text), "kidnapping")
    assert events and events[0]["actors"]
    assert not country_codes(events[0]["actors"])  # not Austrian gunmen
    assert country_codes(events[0]["targets"]) == {"AUT"}


def test_a_dictionary_acronym_spelled_as_part_of_a_name_is_no_body(nlp):
    doc = nlp("Soldiers seized Roberto Mena, a farm leader, near the river.")
    mena = next(t for t in doc if t.text == "Mena")
    assert all(a["country"] != "EGY" for a in DocumentActors(doc).resolve(mena))
    doc = nlp("The Egyptian agency MENA said the talks had failed.")
    agency = next(t for t in doc if t.text == "MENA")
    assert {a["country"] for a in DocumentActors(doc).resolve(agency)} == {"EGY"}


def test_a_bare_government_after_two_states_is_neither_of_them(extractor):
    text = (
        "DHAKA, June 3 - Floods swept the delta on Monday. Britain and Japan pledged relief. "
        "The government later accused India of releasing water from the dam."
    )
    accusations = events_of_type(extract_events(extractor, text), "accusation")
    assert accusations
    assert country_codes(accusations[0]["actors"]) == {"BGD"}


def test_embassies_of_no_owner_closed_are_the_announcers(extractor):
    text = "OTTAWA, June 3 - Six embassies will close next year, the foreign minister announced."
    events = _by_trigger(extract_events(extractor, text), "close")
    assert events
    assert country_codes(events[0]["actors"]) == {"CAN"}


def test_a_verb_after_a_led_compound_is_the_sentence_verb(extractor, nlp):
    doc = nlp("The Egyptian-led coalition bombed Tobruk on Sunday.")
    assert repair_noun_roots(next(iter(doc.sents))) == 1
    verb = next(t for t in doc if t.text == "bombed")
    assert verb.dep_ == "ROOT" and verb.tag_ == "VBD"
    assert next(t for t in doc if t.text == "coalition").head == verb
    text = "The Egyptian-led coalition bombed Tobruk on Sunday."
    events = _by_trigger(extract_events(extractor, text), "bombed")
    assert events and country_codes(events[0]["actors"]) == {"EGY"}
    doc = nlp("The French-led force shelled rebel camps.")  # parsed as a clause: left alone
    assert repair_noun_roots(next(iter(doc.sents))) == 0
    doc = nlp("Ships damaged in the raid.")  # a headline's participle with no object
    assert repair_noun_roots(next(iter(doc.sents))) == 0
