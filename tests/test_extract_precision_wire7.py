"""False events of unannotated wire news by class, a thirteenth study (issue 10), on sentences
written for the test: talks with one state's officials by a doer no dictionary names, 'meet'
and 'commit' in other senses, views agreed on, powers to act, blows dealt by things."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

_RICE = (
    "The United States wants Japan to buy more rice. Tokyo has promised to open its market."
    " Japan's farmers oppose any change. {} Japanese farm leaders staged a rally."
)


def test_talks_with_one_states_officials_by_no_doer_resolved_stay_events(extractor):
    text = _RICE.format("Robert Kane held talks with senior Japanese officials on Tuesday.")
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert talks and "JPN" in country_codes(talks[0]["targets"])
    text = _RICE.format("Robert Kane's discussions with Japanese trade officials ended on Friday.")
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert talks and "JPN" in country_codes(talks[0]["targets"])
    text = _RICE.format("Robert Kane telephoned the Japanese farm minister on Tuesday.")
    assert events_of_type(extract_events(extractor, text), "call")
    text = _RICE.format("Robert Kane criticised senior Japanese officials on Tuesday.")
    assert not events_of_type(
        extract_events(extractor, text), "accusation"
    )  # words at home, as before


def test_meeting_pressure_or_concerns_is_no_meeting(extractor):
    text = "Bonn said it would meet growing pressure from its steel workers with new subsidies."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Ottawa hopes to meet the worries of its fishermen, a spokesman said."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "The Dutch foreign minister will meet his Belgian counterpart on Friday."
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert talks and "BEL" in country_codes(talks[0]["targets"])


def test_committing_a_blunder_is_no_pledge(extractor):
    text = '"Washington has committed a grave error in the Gulf," the Libyan leader said.'
    assert not events_of_type(extract_events(extractor, text), "pledge")
    text = "Syria committed itself to a truce in Lebanon on Sunday."
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_agreeing_on_what_is_so_is_a_view_no_agreement(extractor):
    text = "Dutch and Belgian experts agreed that the chief difficulty was the cost of credit."
    assert not events_of_type(extract_events(extractor, text), "agreement")
    text = "The Nordic ministers agree there is a need for a new fishing regime."
    assert not events_of_type(extract_events(extractor, text), "agreement")
    text = "Chad and Libya agreed that the talks would resume in Algiers next month."
    assert events_of_type(extract_events(extractor, text), "agreement")
    text = "Peru and Ecuador agreed that the frontier post is to be reopened in May."
    assert events_of_type(extract_events(extractor, text), "agreement")


def test_an_act_named_as_a_right_or_power_is_no_act(extractor):
    text = "Canada gave up its right to impose countervailing duties on American lumber."
    assert not events_of_type(extract_events(extractor, text), "sanction")
    text = "Egypt reserves the right to retaliate against Libya, the minister said."
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and "LBY" in country_codes(threats[0]["targets"])  # a right claimed


def test_a_thing_that_deals_a_blow_blames_no_one(extractor):
    text = "The slump in copper prices dealt a severe blow to Zambia in 1986."
    assert not events_of_type(extract_events(extractor, text), "accusation")
