"""The relevance pre-filter and a town or region as the only party named, on sentences written
for the test: an armed act or a protest there passes and is read; other acts, a game or a bare
verb of many senses there still do not pass."""

from __future__ import annotations

from event_helpers import extract_events, side_countries

from stream.extract.lexicon import load_lexicon

PUBLISHED = "2005-01-20T12:00:00Z"


def test_a_blast_in_a_town_with_no_actor_word_is_read(extractor):
    text = "Three car bombs exploded in Lahore on Sunday, killing nine people."
    assert extractor.relevance.spans(text)
    assert ([], ["PAK"]) in side_countries(extract_events(extractor, text, PUBLISHED), "attack")


def test_a_town_opening_the_sentence_counts(extractor):
    text = "Peshawar was rocked by a suicide bombing on Friday."
    assert extractor.relevance.spans(text)
    assert ([], ["PAK"]) in side_countries(extract_events(extractor, text, PUBLISHED), "attack")


def test_a_strike_in_a_town_is_that_country_s_protest(extractor):
    text = "Port workers in Rotterdam went on strike over pay cuts."
    assert extractor.relevance.spans(text)
    assert (["NLD"], []) in side_countries(extract_events(extractor, text, PUBLISHED), "protest")


def test_a_town_alone_makes_no_candidate_of_other_acts_or_bare_verbs(extractor):
    # a game ('beat' needs no word besides itself), a trigger meeting its own object ('forced'
    # as the armed 'force'), a business effort, and an act of a type a place never stands for
    for text in (
        "Okafor beat Lindqvist in the final in Glasgow.",
        "The singer was forced to pull out of a concert in Glasgow.",
        "The firm began operations in Cebu last year.",
        "The carmaker signed a supply deal in Birmingham.",
    ):
        assert not extractor.relevance.spans(text), text


def test_typed_candidates_need_a_word_besides_the_trigger():
    lex = load_lexicon()
    armed = frozenset({"attack"})
    assert lex.is_candidate_of({"bomb", "exploded", "in"}, armed)
    assert not lex.is_candidate_of({"forced", "out", "of"}, armed)
    assert not lex.is_candidate_of({"beat", "in", "the"}, armed)
    assert not lex.is_candidate_of({"bomb", "exploded"}, frozenset({"protest"}))


def test_a_price_that_shot_up_is_no_shooting(extractor):
    rise = extract_events(
        extractor, "Shares in the Kuwaiti oil company shot up 9% on Monday.", PUBLISHED
    )
    assert not side_countries(rise, "attack")
    raid = extract_events(extractor, "Iraqi troops shot up the village.", PUBLISHED)
    assert (["IRQ"], []) in side_countries(raid, "attack")


def test_an_entry_whose_only_object_is_a_state_needs_a_state_named(extractor):
    # 'told X to …' and 'helped X' are events only with a state as X: with none named
    # anywhere in the sentence the pre-filter does not pass it on that entry alone
    for text in (
        "The minister told the audience that childcare costs had to come down.",
        "The minister said the new scheme had helped to cut waiting lists.",
    ):
        assert not extractor.relevance.spans(text), text
    for text in (
        "The minister told Jakarta to reopen the border crossing.",
        "The foreign minister said Norway had helped Mozambique rebuild its ports.",
    ):
        assert extractor.relevance.spans(text), text
