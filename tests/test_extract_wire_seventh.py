"""Classes of a seventh study of unseen wire copy (issue 10): visits told by a return or a
journey under way, the same visit named again, backing told with 'stand by', acts a party
lacks the power to do or no longer does, a title with its portfolio before a name, and the US
state of Georgia before 1991, on sentences written for the test."""

from __future__ import annotations

import spacy
from event_helpers import country_codes, events_of_type, extract_events
from spacy.tokens import Doc

from stream.extract.syntax import repair_titled_names


def test_a_return_from_abroad_is_the_visit_it_ends(extractor):
    for text, who, where in (
        ("The Danish trade minister returned from Ottawa on Friday.", "DNK", "CAN"),
        ("The Chilean delegation returned home from Lima after the talks.", "CHL", "PER"),
    ):
        visits = events_of_type(extract_events(extractor, text), "visit")
        assert visits and country_codes(visits[0]["actors"]) == {who}, text
        assert country_codes(visits[0]["targets"]) == {where}, text
    for text in (  # things come back, and an envoy coming home visits no one
        "The freighter returned from Oslo with its cargo on Monday.",
        "Copper prices returned from their lows in London.",
        "The Chilean ambassador returned from Santiago on Friday.",
        "Cuban troops returned from Angola in March.",
    ):
        assert not events_of_type(extract_events(extractor, text), "visit"), text


def test_a_journey_under_way_is_a_visit(extractor):
    text = "The Danish premier is on his way to Ottawa for two days of talks."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["actors"]) == {"DNK"}
    assert country_codes(visits[0]["targets"]) == {"CAN"}
    assert not events_of_type(
        extract_events(extractor, "The accord is a step on the way to peace."), "visit"
    )


def test_a_visit_named_again_by_a_noun_is_not_a_second_visit(extractor):
    for text in (
        "The Danish premier visited Ottawa on Monday. "
        "After his Canadian trip, he flew to Mexico. "
        "Critics said the trip to Canada had achieved little.",
        "The Danish premier visited Ottawa on Monday for talks on fishing. "  # a meeting
        "Critics said his trip to Canada had achieved little.",
    ):
        events = extract_events(extractor, text)
        assert not [e for e in events if e["trigger"] == "trip"], text
        assert [e for e in events if e["trigger"] == "visited"], text
    text = (  # another country is another visit
        "The Danish premier visited Ottawa on Monday. He will also make a trip to Mexico."
    )
    assert len(events_of_type(extract_events(extractor, text), "visit")) == 2


def test_a_nations_adjective_on_a_trip_with_its_traveller_named_is_where_it_went(extractor):
    text = "After her Canadian trip, the Danish premier flew home."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["targets"]) == {"CAN"}
    assert country_codes(visits[0]["actors"]) == {"DNK"}


def test_standing_by_a_party_is_support(extractor):
    for text, whom in (
        ("Tripoli stood by the Sudanese rebels after the defeat.", "SDN"),
        ("Moscow will stand behind its Ethiopian allies, the envoy said.", "ETH"),
    ):
        found = events_of_type(extract_events(extractor, text), "support")
        assert found and country_codes(found[0]["targets"]) == {whom}, text
    for text in (
        "The Norwegian minister said Oslo stands by its decision on whaling.",
        "The Danish premier stood behind the lectern in Ottawa.",
    ):
        assert not events_of_type(extract_events(extractor, text), "support"), text


def test_an_act_a_party_cannot_do_or_no_longer_does_is_negated(extractor):
    for text in (
        "Bolivia was unable to block the Chilean proposal.",
        "Bolivia's votes are insufficient to block a Chilean membership bid.",
        "Bolivia no longer opposes the Chilean proposal.",
        "Bolivia is no longer opposed to Chilean membership.",
    ):
        events = extract_events(extractor, text)
        assert events and all(e["negated"] for e in events), text
    events = events_of_type(
        extract_events(extractor, "Bolivia opposes the Chilean proposal."), "rejection"
    )
    assert events and not events[0]["negated"]


def test_what_is_unable_or_powerless_took_place_itself(extractor):
    for text, etype in (  # the inability negates the act below it, not its subject
        ("Syrian raids on the border posts were unable to halt the smuggling.", "attack"),
        ("The talks between Chile and Peru are powerless, the minister said.", "meeting"),
    ):
        events = events_of_type(extract_events(extractor, text), etype)
        assert events and not any(e["negated"] for e in events), text


def test_a_title_with_its_portfolio_keeps_the_name_after_it(extractor):
    text = "Japan's Vice Minister of Finance Kenzo Arai met Canadian officials in Ottawa."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings
    assert meetings[0]["actors"][0]["name"] == "Kenzo Arai"
    assert country_codes(meetings[0]["actors"]) == {"JPN"}


def _titled(words: list[str], name_at: int) -> Doc:
    """'Minister of Finance <name> met officials.' parsed as the parser often does: the
    title the subject, the name (from ``name_at`` to the verb) the object of its 'of'."""
    verb = len(words) - 3
    heads = [verb, 0, name_at, *([verb - 1] * (verb - name_at - 1)), 1, verb, verb, verb]
    deps = ["nsubj", "prep", "compound", *(["compound"] * (verb - name_at - 1))]
    deps += ["pobj", "ROOT", "dobj", "punct"]
    ents = ["O"] * len(words)
    ents[name_at:verb] = ["B-PERSON"] + ["I-PERSON"] * (verb - name_at - 1)
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)


def test_a_title_is_re_hung_only_on_a_name_of_two_words_or_more():
    doc = _titled(["Minister", "of", "Finance", "Taro", "Mori", "met", "officials", "."], 3)
    assert repair_titled_names(doc[:]) == 1
    assert doc[4].dep_ == "nsubj" and doc[0].head.i == 4
    doc = _titled(["Minister", "of", "Finance", "Mori", "met", "officials", "."], 3)
    assert repair_titled_names(doc[:]) == 0  # one word: the portfolio's end is unsure
    assert doc[0].dep_ == "nsubj" and doc[3].head.i == 1


def test_georgia_before_1991_is_the_us_state(extractor):
    text = "Senator Ann Webb, a Georgia Democrat, accused Japan of dumping steel."
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"USA"}
    found = events_of_type(
        extract_events(extractor, "Georgia accused Russia of shelling its villages.", "2008-08-10"),
        "accusation",
    )
    assert found and country_codes(found[0]["actors"]) == {"GEO"}
