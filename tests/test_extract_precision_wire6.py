"""False events of unannotated wire news by class, a twelfth study (issue 10), on sentences
written for the test: dealings only guessed at, acts judged unlikely, words at home with no doer
named."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

_2005 = "2005-01-10T12:00:00Z"


def test_a_dealing_someone_only_guesses_at_is_no_event(extractor):
    text = "France and Spain may agree to put off the fishing quotas for another week."
    assert not events_of_type(extract_events(extractor, text), "agreement")
    text = (
        "Lopez said a fresh OPEC meeting could only take place once the quarrel over quotas had"
        " been settled."
    )
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Canada said it might resume talks with Denmark on the boundary next month."
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert talks and "DNK" in country_codes(talks[0]["targets"])  # in its own voice
    text = "Canada may impose sanctions on Denmark, a government spokesman said."
    assert events_of_type(extract_events(extractor, text), "threat")  # a hostile act stays a threat
    text = "Poland could sell tanks to Ukraine."
    sales = events_of_type(extract_events(extractor, text), "arms_transfer")
    assert sales and sales[0]["date"]["status"] == "possible"  # one side's own act
    text = "France and Spain agreed to put off the fishing quotas for another week."
    assert events_of_type(extract_events(extractor, text), "agreement")  # done, not guessed


def test_an_act_judged_unlikely_under_a_verb_of_belief_is_a_guess(extractor):
    text = (
        "It is considered very unlikely that France and Germany will agree on the removal of"
        " the border controls."
    )
    assert not events_of_type(extract_events(extractor, text), "agreement")
    text = "It is widely thought improbable that Spain will sign the treaty this year."
    assert not events_of_type(extract_events(extractor, text), "agreement")
    text = "Spain signed the treaty on Monday, and it is thought unlikely that Portugal will wait."
    assert events_of_type(extract_events(extractor, text), "agreement")  # the act beside the guess


def test_words_aimed_at_a_states_office_by_no_one_resolved_are_home_politics(extractor):
    text = (
        "Its leaflets praise the approach of Australia and Canada. The party leader met the"
        " Labour chairman on Monday. Robert Kane has attacked the home secretary over asylum,"
        " saying low-paid workers suffer. The Tory leader criticised the Labour government on"
        " Tuesday."
    )
    assert not events_of_type(extract_events(extractor, text, _2005), "accusation")
    text = (
        "The party leader met the Labour chairman on Monday. Robert Kane has attacked the home"
        " secretary over asylum during a visit to Paris."
    )
    blames = events_of_type(extract_events(extractor, text, _2005), "accusation")
    assert blames and "GBR" in country_codes(blames[0]["targets"])  # abroad named beside it
    text = (
        "Iran and Iraq have fought for seven years. Iraq accepted the plan last week. The"
        " council met on Friday. Tehran was urged to accept the truce. Its radio called the"
        " plan unfair. The government has not replied."
    )
    appeals = events_of_type(extract_events(extractor, text), "appeal")
    assert appeals and "IRN" in country_codes(appeals[0]["targets"])  # the state named itself
