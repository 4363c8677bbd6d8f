"""False events of unannotated wire news by class, a twentieth study, on sentences written for
the test: real acts a negated verb of telling or meaning does not deny, an officer of a body
whose name runs on past its first noun, parties 'agreed' as a state of mind, hearsay put after
its verb, an absolute 'with' phrase read as an object, talks dated by a time phrase under a
verb of setting, a word withheld about talks, an attempt not made, what money is meant to
help a state do, and a halt a state is forced into."""

from __future__ import annotations

from event_helpers import assert_none_of as _none_of
from event_helpers import country_codes, events_of_type, extract_events, one_act

PUBLISHED = "1987-06-01T12:00:00Z"


def test_a_real_act_not_mentioned_or_not_meaning_more_stands(extractor):
    for text in (
        "Kessler did not mention the recent U.S. trade sanctions against Japanese steel in his"
        " speech to the committee.",
        "The minister said the U.S. imposition of tariffs on Japanese chips does not herald the"
        " start of a trade war.",
    ):
        found = events_of_type(extract_events(extractor, text), "sanction")
        assert len(found) == 1, text
        assert found[0]["negated"] is False, text
        assert country_codes(found[0]["targets"]) == {"JPN"}, text
    denied = events_of_type(
        extract_events(extractor, "Washington did not impose the sanctions on Japan."), "sanction"
    )
    assert len(denied) == 1 and denied[0]["negated"] is True


def test_an_officer_of_a_body_named_at_length_is_that_bodys(extractor):
    text = (
        "Sipho Dlamini, president of the Congress of South African Trade Unions, accused"
        " Britain of shielding Pretoria."
    )
    one_act(extractor, text, "accusation", PUBLISHED, {"ZAF"}, {"GBR"})


def test_parties_agreed_as_a_state_of_mind_make_no_agreement(extractor):
    _none_of(
        extractor,
        ("agreement",),
        "The oil minister said OPEC members were agreed on keeping output steady.",
        "Diplomats said the two sides were agreed that the border dispute was serious.",
    )
    text = "A ceasefire was agreed by Iran and Iraq on Tuesday."
    one_act(extractor, text, "agreement", PUBLISHED, {"IRN", "IRQ"})


def test_hearsay_put_after_its_verb_reports_no_act(extractor):
    _none_of(
        extractor,
        ("attack", "sanction"),
        "Speculation has grown in Tokyo this week that Japan would take steps to retaliate"
        " against the American tariffs.",
        "Rumours circulated in Beirut that Syria would expel the Iranian ambassador.",
    )


def test_an_absolute_with_phrase_is_no_object(extractor):
    text = "With the new minister in charge, Peru's relations with its creditors sank to a low."
    _none_of(extractor, ("attack",), text)
    text = "With its gunboats in the Gulf, Iran sank a Kuwaiti tanker."
    one_act(extractor, text, "attack", PUBLISHED, {"IRN"}, {"KWT"})


def test_talks_a_verb_of_setting_is_done_during_were_held(extractor):
    text = (
        "Chancellor Kohl said he and Soviet Premier Ryzhkov had set targets for trade between"
        " the two countries during talks earlier today."
    )
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert len(talks) == 1
    assert talks[0]["date"]["status"] == "past"
    text = "Shultz is expected to sign the accord during his visit to Moscow next week."
    visit = one_act(extractor, text, "visit", PUBLISHED, {"USA"}, {"RUS"})
    assert visit["date"]["status"] == "planned"


def test_details_withheld_of_talks_are_no_rejection(extractor):
    text = (
        "Bankers said Mexico had raised its offer, but the finance minister would not discuss"
        " details of the negotiations with Washington."
    )
    events = extract_events(extractor, text)
    assert not events_of_type(events, "rejection")
    talks = events_of_type(events, "meeting")
    assert len(talks) == 1 and talks[0]["negated"] is False


def test_an_attempt_not_made_is_no_refusal(extractor):
    text = "EC officials said the ministers had not sought to resolve their dispute with Spain."
    _none_of(extractor, ("rejection",), text)


def test_what_money_is_meant_to_help_a_state_do_is_no_act(extractor):
    text = (
        "Under a pact reached in 1979, Syria was to receive 1.8 billion dlrs a year from Saudi"
        " Arabia and Kuwait to help it resist Israel."
    )
    _none_of(extractor, ("rejection",), text)


def test_a_halt_a_state_is_forced_into_is_no_sanction(extractor):
    _none_of(
        extractor,
        ("sanction",),
        "Peru was obliged to suspend crude oil exports after floods damaged the pipeline.",
        "Nigeria was forced to suspend oil exports for two months because of damage to its"
        " main terminal.",
    )
    text = "Washington was forced to impose sanctions on Libya."
    one_act(extractor, text, "sanction", PUBLISHED, {"USA"}, {"LBY"})
