"""Acts expected of others, onlookers' guesses, forces' own stocks, business missions, labour
strikes and the 'secretary general' of a union read as events (issue 10, a sixth wire and BBC
study of false events), on sentences written for the test."""

from __future__ import annotations

from event_helpers import events_of_type, extract_events


def test_an_act_one_party_expects_or_wishes_of_another_is_no_event(extractor):
    for text in (
        "Canberra expects Jakarta to lift the import ban on Australian beef within weeks.",
        "The Kenyan government expects Uganda to reopen the border soon.",
        "Bonn would like Moscow to free the two journalists before the talks.",
    ):
        assert not extract_events(extractor, text), text
    text = "Jakarta lifted the import ban on Australian beef on Monday."
    assert events_of_type(extract_events(extractor, text), "concession")
    text = "Uganda reopened the border with Kenya on Monday."
    assert extract_events(extractor, text)


def test_an_act_given_a_deadline_is_not_done(extractor):
    for text in (
        "The Dutch chairman gave Spain and Portugal until Friday to drop their objections.",
        "The Dutch chairman gave Spain and Portugal a week to drop their objections.",
    ):
        assert not events_of_type(extract_events(extractor, text), "concession"), text
    text = "Spain and Portugal dropped their objections to the Dutch plan on Friday."
    assert events_of_type(extract_events(extractor, text), "concession")
    text = (  # a measure setting the time limit is the state's own act
        "The embargo, proposed by the Danish government, gives local firms until March to cut"
        " trade ties with Libya."
    )
    assert events_of_type(extract_events(extractor, text), "sanction")


def test_what_onlookers_say_may_happen_is_their_guess(extractor):
    for text in (
        "Oil analysts said Syria could recall its ambassador from Amman next week.",
        "Many analysts said the Greek prime minister might resign after the vote.",
    ):
        assert not extract_events(extractor, text), text
    text = "Syria could recall its ambassador from Amman, a Syrian spokesman said."
    assert extract_events(extractor, text)
    text = "Oil analysts said Syria had recalled its ambassador from Amman."
    assert extract_events(extractor, text)


def test_forces_destroying_their_own_stocks_attack_no_one(extractor):
    for text in (
        "The Angolan army blew up its own ammunition depot to keep it from the rebels.",
        "Retreating Iraqi forces set fire to their own fuel stores near the front.",
        "Government troops destroyed their own stockpile of chemical weapons before the town fell.",
    ):
        assert not extract_events(extractor, text), text
    text = "Iraqi jets bombed an Iranian ammunition depot near the border."
    assert events_of_type(extract_events(extractor, text), "airstrike")
    text = "The regime killed its own citizens in the main square, witnesses said."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_a_mission_of_business_people_pays_no_state_visit(extractor):
    for text in (
        "A trade mission of Swedish businessmen visited Beijing last week.",
        "A Swedish business delegation visited Beijing last week and met the trade minister.",
    ):
        assert not extract_events(extractor, text), text
    text = "A Chinese government delegation visited Stockholm last week."
    assert events_of_type(extract_events(extractor, text), "visit")


def test_a_strike_by_workers_or_on_a_railway_is_a_labour_strike(extractor):
    for text in (
        "A strike on the Lima underground has caused chaos in the Peruvian capital.",
        "A strike by Chilean dock workers closed the port of Valparaiso.",
    ):
        assert not events_of_type(extract_events(extractor, text), "attack"), text
    text = "The U.S. strike on Libya drew condemnation from Moscow."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_a_union_secretary_general_is_no_general(extractor):
    text = "Union secretary general Juan Perez met the labour minister of Bolivia."
    events = events_of_type(extract_events(extractor, text), "meeting")
    assert events
    codes = {a["code"] for e in events for a in e["actors"]}
    assert codes and not any(c.endswith("MIL") for c in codes), codes
    text = "Army general Juan Perez met the defence minister of Bolivia."
    events = events_of_type(extract_events(extractor, text), "meeting")
    assert any(a["code"].endswith("MIL") for e in events for a in e["actors"])


def test_a_trade_figure_cut_is_no_cut_of_trade(extractor):
    for text in (
        "Taiwan will lower tariffs on 40 goods to help reduce its trade surplus with the U.S.",
        "Any further fall of the yen would hinder Tokyo's efforts to cut its trade deficit.",
    ):
        assert not events_of_type(extract_events(extractor, text), "sanction"), text
        assert not events_of_type(extract_events(extractor, text), "threat"), text
    text = "Peru cut trade ties with Chile on Monday."
    assert events_of_type(extract_events(extractor, text), "sanction")


def test_killing_a_measure_is_no_attack(extractor):
    for text in (
        "Senators moved to kill the tax before the vote.",
        '"What we want now is to kill it once and for all," the Danish farm lobby chief said.',
    ):
        assert not extract_events(extractor, text), text
    text = "Gunmen killed two Turkish diplomats in Paris on Monday."
    assert extract_events(extractor, text)


def test_an_act_in_a_whether_clause_is_a_question(extractor):
    for text in (
        "A dispute over whether only Italy should be allowed to call its ham Parma has reached"
        " the court.",
        "It is unclear whether Chile and Peru will resume talks before June.",
    ):
        assert not extract_events(extractor, text), text
    text = "Japan is considering whether to lift its ban on beef imports from Canada."
    assert [e["cameo"] for e in extract_events(extractor, text)] == ["014"]
