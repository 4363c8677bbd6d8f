"""False events of unannotated wire news by class, a tenth study (issue 10), on sentences
written for the test: the state a thing met or dealt with belongs to is not its doer's."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_the_owner_of_the_other_side_is_not_the_doers_state(extractor):
    text = "The delegates met officials of Brazil on Tuesday."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and "BRA" not in country_codes(meetings[0]["actors"])
    text = "The envoys will open two days of talks on Friday with officials of Chile and Peru."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and not country_codes(meetings[0]["actors"]) & {"CHL", "PER"}
    text = (
        "The ministers begin talks next week with officials of Italy and Greece, including"
        " Foreign Minister Giulio Andreotti."
    )
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and not country_codes(meetings[0]["actors"]) & {"ITA", "GRC"}
    text = "The ministers criticised proposals made by Norwegian officials on fishing quotas."
    blames = events_of_type(extract_events(extractor, text), "accusation")
    assert blames and "NOR" not in country_codes(blames[0]["actors"])


def test_a_doer_named_with_its_state_keeps_it_beside_the_other_sides_owner(extractor):
    text = "Spanish ministers met officials of Portugal in Madrid on Tuesday."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and country_codes(meetings[0]["actors"]) == {"ESP"}
    assert "PRT" in country_codes(meetings[0]["targets"])


def test_what_a_step_opens_the_way_to_is_no_act(extractor):
    text = "The Bolivian offer could open the door to new negotiations between Chile and Peru."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Last week's ceasefire paved the way for Syria to withdraw its troops from Lebanon."
    assert not events_of_type(extract_events(extractor, text), "withdrawal")
    text = "The crisis has led to moves for a summit of Gulf leaders."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Syria withdrew its troops from Lebanon on Monday, the way the accord required."
    assert events_of_type(extract_events(extractor, text), "withdrawal")  # done, only likened


def test_an_act_only_rumoured_is_no_act(extractor):
    text = "There was speculation Egypt would recall its ambassador from Israel."
    assert not events_of_type(extract_events(extractor, text), "sanction")
    text = "Rumours that Syria would expel the Jordanian envoy spread through Damascus on Monday."
    assert not events_of_type(extract_events(extractor, text), "sanction")
    text = "There had been speculation Jordan would expel the Syrian envoy."
    assert not events_of_type(extract_events(extractor, text), "sanction")
    text = "Egypt recalled its ambassador from Israel on Monday, ending speculation about the move."
    assert events_of_type(extract_events(extractor, text), "sanction")  # done, the rumour ended


def test_an_act_one_office_of_a_state_aims_at_another_is_politics_at_home(extractor):
    lead = "WASHINGTON, June 1 - A French group has offered to buy a Texas grain firm. "
    end = " The firm's shares rose on Monday. French officials declined to comment."
    text = lead + (
        "Agriculture Secretary Richard Lyng has asked the White House to block the sale of the"
        " firm to the French group, U.S. officials said."
    )
    assert not events_of_type(extract_events(extractor, text + end), "appeal")
    text = lead + (
        "Agriculture Secretary Richard Lyng has asked the French embassy to explain the"
        " offer, U.S. officials said."
    )
    assert events_of_type(extract_events(extractor, text + end), "appeal")  # aimed abroad


_2005 = "2005-01-10T12:00:00Z"


def test_an_armed_act_someone_is_punished_for_is_a_crime(extractor):
    text = (
        "In one of Britain's best known cases, Kent shopkeeper John Hale was jailed for life for"
        " stabbing 17-year-old robber Mark Dunn in 2001. The Conservatives want the law on"
        " self-defence changed. Ministers say it is clear enough."
    )
    assert not events_of_type(extract_events(extractor, text, _2005), "attack")
    text = "Guerrillas killed a Peruvian judge who had jailed their leader, police said."
    assert events_of_type(extract_events(extractor, text), "attack")  # the killing is done


def test_a_fight_of_party_politicians_is_words(extractor):
    lead = "The election campaign entered its second week on Monday. "
    end = " Polls show Labour ahead. The Iraq war remains an issue for many voters in Spain."
    text = lead + "Tory leader Michael Howard went on the offensive over hospital waiting lists."
    assert not events_of_type(extract_events(extractor, text + end, _2005), "attack")
    text = lead + "The two political leaders clashed over school budgets on Sunday."
    assert not events_of_type(extract_events(extractor, text + end, _2005), "clash")
    text = "Rebel leader Joseph Kony's fighters clashed with Ugandan troops near Gulu on Sunday."
    assert events_of_type(extract_events(extractor, text, _2005), "clash") or events_of_type(
        extract_events(extractor, text, _2005), "attack"
    )  # an armed fight


def test_an_appeal_to_voters_is_no_appeal_between_states(extractor):
    text = (
        "Tory leader Michael Howard said the country was heading the wrong way. He praised aid"
        " sent to Indonesia. Mr Blair will have to defend his record, he said, urging voters to"
        " punish him."
    )
    assert not events_of_type(extract_events(extractor, text, _2005), "appeal")
    text = "Iran urged Gulf states to expel U.S. warships from the region on Monday."
    assert events_of_type(extract_events(extractor, text), "appeal")  # states urged


def test_whom_an_armed_act_befalls_is_not_whom_a_stance_on_it_is_taken_towards(extractor):
    stances = events_of_type(
        extract_events(extractor, "Jordan opposed the invasion of Kuwait."), "rejection"
    )
    assert stances and "KWT" not in country_codes(stances[0]["targets"])
    text = "The Senate backed the bombing of Libyan airfields, officials said."
    stances = events_of_type(extract_events(extractor, text), "support")
    assert stances and "LBY" not in country_codes(stances[0]["targets"])
    stances = events_of_type(
        extract_events(extractor, "Egypt backed Iraq in its war with Iran."), "support"
    )
    assert stances and country_codes(stances[0]["targets"]) == {"IRQ"}  # a party backed
