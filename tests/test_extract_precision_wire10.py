"""False events of unannotated world news by class, a sixteenth study (issue 10), on sentences
written for the test: an attack told as one of words by its adverb, an attempt at something
that is no attack, a view observers share read as an accord, a pledge received from no one
named read as the receiver's own, words at home of a person named by 'he' between sentences
naming nothing abroad, an act said not to follow from something, and a charge whose 'that'
clause names the accused as its subject."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_an_attack_told_by_an_adverb_of_words_is_no_armed_act(extractor):
    for text in (
        "The Dutch foreign minister verbally attacked Libya at the conference on Monday.",
        "The Spanish premier said he would attack the Moroccan government politically.",
    ):
        assert not events_of_type(extract_events(extractor, text), "attack"), text
    text = "Syrian jets attacked Israeli positions in the Bekaa valley on Monday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_an_attempt_at_something_is_an_effort_not_an_attack(extractor):
    text = (
        "Hours later, the Belgian prime minister called the Dutch premier back to Brussels in a"
        " last attempt at a compromise."
    )
    assert not events_of_type(extract_events(extractor, text), "attack")
    text = "Gunmen made an attempt on the life of the Pakistani interior minister on Sunday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_observers_agreeing_in_a_view_make_no_accord(extractor):
    for text in (
        "Western banking sources in Lagos agreed that a rescue package for Nigeria could be"
        " settled within weeks.",
        "Most economists in Bonn agreed that West Germany and France would cooperate more"
        " closely after the summit.",
    ):
        agreed = events_of_type(extract_events(extractor, text), "agreement")
        assert not [e for e in agreed if e["trigger"] == "agreed"], text
    text = "Chad and Libya agreed that African observers would monitor the ceasefire line."
    agreed = events_of_type(extract_events(extractor, text), "agreement")
    assert agreed and country_codes(agreed[0]["actors"]) == {"TCD", "LBY"}


def test_a_pledge_received_is_the_givers(extractor):
    text = (
        "The Egyptian government said it had received assurances that the aircraft would not be"
        " used against its neighbours."
    )
    assert not events_of_type(extract_events(extractor, text), "pledge")
    text = "Pakistan won a promise from China to supply two nuclear reactors, officials said."
    pledged = events_of_type(extract_events(extractor, text), "pledge")
    assert pledged and country_codes(pledged[0]["actors"]) == {"CHN"}
    assert country_codes(pledged[0]["targets"]) == {"PAK"}


_HOME_BUDGET = (
    "Gordon Brown defended his spending plans in the Commons on Monday. He had decided to"
    " support the identity card plans. The minister said the cards would cost 3bn pounds."
    " Opposition leaders criticised the cost of the cards. British troops will stay in Iraq"
    " until the end of the year, the minister said."
)
_HOME_TAX = (
    "Charles Clarke defended the new asylum rules on Tuesday. He urged the government to scrap"
    " the council tax completely. The minister said the tax was unfair. Opposition leaders"
    " criticised the plans. British troops will stay in Iraq until the end of the year, the"
    " minister said."
)


def test_words_at_home_of_a_person_named_by_he_are_politics_at_home(extractor):
    assert not events_of_type(extract_events(extractor, _HOME_BUDGET), "support")
    assert not events_of_type(extract_events(extractor, _HOME_TAX), "appeal")
    text = (
        "Tony Blair arrived in Washington on Monday. He urged Syria to release the hostages."
        " Officials said the visit would last two days."
    )
    urged = events_of_type(extract_events(extractor, text), "appeal")
    assert urged and country_codes(urged[0]["targets"]) == {"SYR"}


def test_an_act_said_not_to_follow_is_no_event(extractor):
    text = "That did not mean the Community would support Washington, the Dutch minister said."
    assert not events_of_type(extract_events(extractor, text), "support")
    text = "The spokesman said the talks did not mean Italy would lift its sanctions on Libya."
    events = extract_events(extractor, text)
    assert not [e for e in events if e["trigger"].startswith("lift")]
    text = "The spokesman said the accord means Italy will lift its sanctions on Libya."
    events = extract_events(extractor, text)
    assert [e for e in events if e["trigger"].startswith("lift")]


def test_a_charge_noun_with_a_that_clause_accuses_the_clauses_subject(extractor):
    text = (
        "Bahrain is not a party to the war despite Iraqi charges that Bahrain is helping Iran"
        " in the conflict, the official said."
    )
    charged = events_of_type(extract_events(extractor, text), "accusation")
    assert charged and country_codes(charged[0]["actors"]) == {"IRQ"}
    assert country_codes(charged[0]["targets"]) == {"BHR"}
