"""False events of unannotated world news by class, a seventeenth study (issue 10), on sentences
written for the test: declining to say or foretell something, firms or banks as the only other
side of a state's words and dealings, speaking to the press, an act's noun talked over, an act
someone thinks 'should' be done by no one named, a body of one state sitting alone, a reform
drive called an offensive, a warning of a state to come, a negation that stays in its own
clause of a 'but', payments stopped on a sum owed, and market talk read as talks."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_declining_to_say_or_foretell_is_no_rejection(extractor):
    for text in (
        "The Dutch finance minister declined to predict the size of next year's deficit.",
        "A Canadian spokesman declined to state Ottawa's position on the embargo.",
        "The Iraqi envoy declined to detail the new measures.",
    ):
        assert not events_of_type(extract_events(extractor, text), "rejection"), text
    refused = events_of_type(
        extract_events(extractor, "Iran refused to release the French hostages."), "rejection"
    )
    assert refused and country_codes(refused[0]["actors"]) == {"IRN"}


def test_firms_or_banks_as_the_only_other_side_are_business(extractor):
    for text, etype in (
        ("Moscow has invited Western companies to set up joint ventures in Siberia.", "appeal"),
        (
            "Polish officials said 12 cooperation agreements had been signed with foreign firms"
            " this year.",
            "agreement",
        ),
        ("Ecuador agreed to make monthly interest payments to its creditor banks.", "agreement"),
    ):
        assert not events_of_type(extract_events(extractor, text), etype), text
    invited = events_of_type(
        extract_events(extractor, "Libya invited Italy to send a trade delegation."), "appeal"
    )
    assert invited and country_codes(invited[0]["targets"]) == {"ITA"}
    agreed = events_of_type(
        extract_events(extractor, "Iraq agreed to pay compensation to Iran."), "agreement"
    )
    assert agreed and country_codes(agreed[0]["targets"]) == {"IRN"}


def test_speaking_to_the_press_is_no_call(extractor):
    assert not extract_events(extractor, "The minister spoke to the news agency on Tuesday.")
    called = events_of_type(
        extract_events(extractor, "Shultz spoke to Shevardnadze by telephone."), "call"
    )
    assert called and country_codes(called[0]["targets"]) == {"RUS"}


def test_an_act_talked_over_is_no_act(extractor):
    for text in (
        "The cabinet will discuss possible sanctions against Libya on Friday.",
        "The opposition said sanctions should be imposed on Chile at once.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "sanction") and not events_of_type(events, "threat"), text
    text = "The foreign ministers discussed Iraqi attacks on Gulf shipping."
    attacked = events_of_type(extract_events(extractor, text), "attack")
    assert attacked and country_codes(attacked[0]["actors"]) == {"IRQ"}
    text = "Sanctions were imposed on Chile on Monday, officials said."
    assert events_of_type(extract_events(extractor, text), "sanction")


def test_a_body_of_one_state_sitting_alone_is_no_meeting(extractor):
    text = (
        "The White House Trade Policy Council is expected to consider possible tariffs on"
        " Canadian lumber at a meeting scheduled for Thursday."
    )
    assert not extract_events(extractor, text)
    text = "Pakistani officials held talks with Afghan envoys in Geneva on Monday."
    met = events_of_type(extract_events(extractor, text), "meeting")
    assert met and country_codes(met[0]["targets"]) == {"AFG"}


def test_a_reform_offensive_is_no_threat(extractor):
    text = (
        "Officials said the government was preparing to carry its reform offensive into the"
        " farm sector."
    )
    assert not extract_events(extractor, text)


def test_a_warning_of_a_state_to_come_is_no_threat(extractor):
    text = (
        "The Commission president warned that the Community would have a budget deficit of four"
        " billion Ecus next year."
    )
    assert not events_of_type(extract_events(extractor, text), "threat")
    text = "The Soviet Union warned that Pakistan would face consequences."
    assert events_of_type(extract_events(extractor, text), "threat")


def test_a_negation_stays_in_its_own_clause_of_a_but(extractor):
    text = (
        '"We do not want a confrontation with Iraq but we will meet any aggression with force,"'
        " the Iranian president said."
    )
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and not threats[0]["negated"]
    text = "Iraq did not attack the tanker and Iran did not retaliate."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and all(e["negated"] for e in attacks)


def test_stopping_payments_on_a_sum_owed_is_a_moratorium(extractor):
    text = "Peru halted payments on 9 billion dollars owed to foreign creditors on Monday."
    assert not events_of_type(extract_events(extractor, text), "sanction")
    text = "Iran suspended payments to Britain for the tanks."
    assert events_of_type(extract_events(extractor, text), "sanction")


def test_talk_with_no_one_named_is_hearsay(extractor):
    text = "London cocoa closed firmer on trade talk Ghana would hold back its crop."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Reagan had a long talk with Gorbachev in Geneva on Tuesday."
    met = events_of_type(extract_events(extractor, text), "meeting")
    assert met and country_codes(met[0]["targets"]) == {"RUS"}


def test_talks_between_two_states_resumed_or_held_are_their_meeting(extractor):
    for text, pair in (
        ("Border talks between India and China resumed in Peking on Tuesday.", {"IND", "CHN"}),
        ("Talks between Morocco and Algeria were held in Rabat on Sunday.", {"MAR", "DZA"}),
    ):
        met = events_of_type(extract_events(extractor, text), "meeting")
        assert met, text
        assert country_codes(met[0]["actors"]) | country_codes(met[0]["targets"]) == pair, text


def test_talk_on_an_agenda_stays_a_meeting(extractor):
    text = "British and Irish negotiators return to Dublin this week for talk on border security."
    assert events_of_type(extract_events(extractor, text), "meeting")
