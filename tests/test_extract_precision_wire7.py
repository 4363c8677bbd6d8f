"""False events of unannotated wire news by class, a thirteenth study (issue 10), on sentences
written for the test: talks with one state's officials by a doer no dictionary names, 'meet'
and 'commit' in other senses, views agreed on, powers to act, blows dealt by things."""

from __future__ import annotations

from test_extract_wire_recall import _countries, _extract, _of_type

_RICE = (
    "The United States wants Japan to buy more rice. Tokyo has promised to open its market."
    " Japan's farmers oppose any change. {} Japanese farm leaders staged a rally."
)


def test_talks_with_one_states_officials_by_no_doer_resolved_stay_events(extractor):
    text = _RICE.format("Robert Kane held talks with senior Japanese officials on Tuesday.")
    talks = _of_type(_extract(extractor, text), "meeting")
    assert talks and "JPN" in _countries(talks[0]["targets"])
    text = _RICE.format("Robert Kane's discussions with Japanese trade officials ended on Friday.")
    talks = _of_type(_extract(extractor, text), "meeting")
    assert talks and "JPN" in _countries(talks[0]["targets"])
    text = _RICE.format("Robert Kane telephoned the Japanese farm minister on Tuesday.")
    assert _of_type(_extract(extractor, text), "call")
    text = _RICE.format("Robert Kane criticised senior Japanese officials on Tuesday.")
    assert not _of_type(_extract(extractor, text), "accusation")  # words at home, as before


def test_meeting_pressure_or_concerns_is_no_meeting(extractor):
    text = "Bonn said it would meet growing pressure from its steel workers with new subsidies."
    assert not _of_type(_extract(extractor, text), "meeting")
    text = "Ottawa hopes to meet the worries of its fishermen, a spokesman said."
    assert not _of_type(_extract(extractor, text), "meeting")
    text = "The Dutch foreign minister will meet his Belgian counterpart on Friday."
    talks = _of_type(_extract(extractor, text), "meeting")
    assert talks and "BEL" in _countries(talks[0]["targets"])


def test_committing_a_blunder_is_no_pledge(extractor):
    text = '"Washington has committed a grave error in the Gulf," the Libyan leader said.'
    assert not _of_type(_extract(extractor, text), "pledge")
    text = "Syria committed itself to a truce in Lebanon on Sunday."
    assert _of_type(_extract(extractor, text), "pledge")


def test_agreeing_on_what_is_so_is_a_view_no_agreement(extractor):
    text = "Dutch and Belgian experts agreed that the chief difficulty was the cost of credit."
    assert not _of_type(_extract(extractor, text), "agreement")
    text = "The Nordic ministers agree there is a need for a new fishing regime."
    assert not _of_type(_extract(extractor, text), "agreement")
    text = "Chad and Libya agreed that the talks would resume in Algiers next month."
    assert _of_type(_extract(extractor, text), "agreement")
    text = "Peru and Ecuador agreed that the frontier post is to be reopened in May."
    assert _of_type(_extract(extractor, text), "agreement")


def test_an_act_named_as_a_right_or_power_is_no_act(extractor):
    text = "Canada gave up its right to impose countervailing duties on American lumber."
    assert not _of_type(_extract(extractor, text), "sanction")
    text = "Egypt reserves the right to retaliate against Libya, the minister said."
    threats = _of_type(_extract(extractor, text), "threat")
    assert threats and "LBY" in _countries(threats[0]["targets"])  # a right claimed


def test_a_thing_that_deals_a_blow_blames_no_one(extractor):
    text = "The slump in copper prices dealt a severe blow to Zambia in 1986."
    assert not _of_type(_extract(extractor, text), "accusation")
