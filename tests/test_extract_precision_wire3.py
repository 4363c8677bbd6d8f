"""False events of unannotated wire news by class, a ninth study (issue 10): a people's name
that is a person's given name, a war's name read as a party abroad, acts told again by a
definite noun or a quotation, goals ahead, things named, and shots of a game, on sentences
written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

_2005 = "2005-01-10T12:00:00Z"


def test_a_given_name_that_is_also_a_peoples_name_names_no_people(extractor):
    text = (
        "Labour will keep its school reforms, the party's campaign chief Alan Milburn said. He"
        " pledged Labour would help more families own their homes. Backbench Labour MP Karen"
        " Hill warned against cuts to benefits. Mr Milburn insisted that the reforms must go on."
    )
    assert not events_of_type(
        extract_events(extractor, text, _2005), "pledge"
    )  # no Karen people abroad
    text = "Karen guerrillas attacked a Burmese army camp near the Thai border on Sunday."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"MMR"}


def test_a_country_that_only_names_a_war_is_no_party_abroad(extractor):
    lead = (
        "Home Secretary Charles Clarke has appealed for calm in the party. Mr Clarke said he"
        " had discussed the asylum bill with the prime minister on Friday and promised to back"
        " it. Critics say Mr Blair has lost support "
    )
    end = " Labour's poll lead fell again this week."
    events = extract_events(extractor, lead + "because of the Iraq war." + end, _2005)
    assert not events_of_type(events, "meeting") and not events_of_type(events, "pledge")
    events = extract_events(extractor, lead + "in Iraq." + end, _2005)  # a place abroad named
    assert events_of_type(events, "meeting") and events_of_type(events, "pledge")


def test_an_act_named_again_by_a_definite_noun_is_told_once(extractor):
    text = (
        "Washington imposed sanctions on Brazilian coffee on Friday. A White House aide said"
        " the sanctions would stay until Brasilia changed course. A settlement was unlikely"
        " before the sanctions took effect."
    )
    assert len(events_of_type(extract_events(extractor, text), "sanction")) == 1
    text = (
        "Chancellor Kohl will hold talks with French President Mitterrand this week. Kohl said"
        " his meeting with Mitterrand would cover the farm budget."
    )
    assert len(events_of_type(extract_events(extractor, text), "meeting")) == 1
    text = (  # another pair of states: a meeting apart
        "Chancellor Kohl will hold talks with French President Mitterrand this week. Kohl said"
        " his meeting with Italian Prime Minister Craxi would cover the farm budget."
    )
    assert len(events_of_type(extract_events(extractor, text), "meeting")) == 2


def test_a_quotation_telling_again_what_was_reported_is_told_once(extractor):
    lead = (
        "Greek Foreign Minister Karolos Papoulias on Monday called on Turkey to end its oil"
        " survey in the Aegean. "
    )
    text = lead + '"We call on Turkey to end the survey and come to the table," he told reporters.'
    assert len(events_of_type(extract_events(extractor, text), "appeal")) == 1
    text = lead + '"We call on Bulgaria to keep out of the dispute," he told reporters.'
    assert (
        len(events_of_type(extract_events(extractor, text), "appeal")) == 2
    )  # another party asked


def test_an_act_named_as_a_goal_ahead_is_not_done(extractor):
    for text in (
        "Pakistan and India are moving towards talks on their river dispute, a minister said.",
        "Both governments said they were working toward starting negotiations on the border.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    text = "Pakistan and India held talks on their river dispute on Monday."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_verb_that_names_a_thing_asks_nothing(extractor):
    text = (
        "Syria's foreign minister on Monday called the Israeli raids on two of its border"
        " posts a provocation."
    )
    assert not events_of_type(extract_events(extractor, text), "appeal")
    for text in (
        "Syria's foreign minister on Monday called on Israel to halt the raids.",
        "Syria on Monday called on the United Nations to condemn the raids.",
        "Syria called for an end to the raids on Monday.",
    ):
        assert events_of_type(extract_events(extractor, text), "appeal"), text


def test_shots_of_a_game_are_no_shooting(extractor):
    for text in (
        "The prime minister shot basketball hoops with pupils at a London school on Friday.",
        "The minister shot a few goals with the national youth team in Rome on Sunday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "attack"), text
    text = "Gunmen shot two soldiers at a checkpoint in Rome on Sunday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_a_document_released_is_no_concession(extractor):
    for text in (
        "The OECD is expected to release a study of farm subsidies in May.",
        "The ministry will release its forecast of the trade balance on Friday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "concession"), text
    text = "Iran released two British sailors on Monday."
    assert events_of_type(extract_events(extractor, text), "concession")


def test_forces_annihilated_are_beaten_in_battle_no_massacre(extractor):
    for text in (
        "Baghdad said the Iranian troops that stormed the front were annihilated.",
        "Iraqi forces annihilated an Iranian brigade east of Basra on Monday, Baghdad said.",
    ):
        events = extract_events(extractor, text)
        assert events_of_type(events, "attack") and not events_of_type(events, "mass_violence"), (
            text
        )
    text = "Government troops massacred 40 villagers in the south on Monday."
    assert events_of_type(extract_events(extractor, text), "mass_violence")


def test_ammunition_among_the_politicians_of_one_state_is_a_figure_of_speech(extractor):
    text = "The home secretary's figures gave Tory MPs fresh ammunition against the government."
    assert not events_of_type(extract_events(extractor, text, _2005), "arms_transfer")
    text = "The Soviet Union gave the Nicaraguan army new rifles on Monday."
    assert events_of_type(extract_events(extractor, text), "arms_transfer")
