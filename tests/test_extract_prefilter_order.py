"""The relevance pre-filter reads what an entry's structural test asks for, on sentences written
for the test: a state named after the trigger meets an object or preposition-object list with
'@country' ('sat down with Minsk'); an entry whose preposition object can only be a state needs
one named ('on his way to Khartoum'); a preposition or particle must stand after its trigger
word, as it does when it is the trigger's own ('all the way through' is no journey); a self-wish
('wants to stay') asks nothing of anyone, so an appeal's wishing verb right before 'to' lets no
sentence through; an entry whose only object is a state needs it named after the trigger word,
or before it as a passive participle's subject ('Cairo was told to …'), or anywhere in a lead."""

from __future__ import annotations

from stream.extract.relevance import SentenceOrder


def _types(extractor, text: str) -> set[str]:
    from stream.extract import Article

    events = extractor.extract(Article(id="t", text=text, published_at="2011-03-02T12:00:00Z"))
    return {e["type"] for e in events if not e["negated"]}


def test_a_state_after_the_trigger_meets_a_country_list(extractor):
    # 'sit down with' takes '@country' among its partners, 'drive … across the border' among
    # the people driven: no word of the lists is there, the state is
    for text, etype in (
        (
            "Lithuania is willing to sit down with Belarus without preconditions, the foreign "
            "minister said.",
            "meeting",
        ),
        ("Burma drove thousands of Rohingya across the border into Bangladesh.", "coercion"),
    ):
        assert extractor.relevance.spans(text), text
        assert etype in _types(extractor, text), text


def test_a_state_before_the_trigger_does_not_meet_a_country_list(extractor):
    # 'defended' takes '@country' as its object; here the state is its subject (a team)
    text = "Ireland defended stoutly in the second half."
    assert not extractor.relevance.spans(text)


def test_a_journey_with_a_state_as_its_only_end_needs_a_state(extractor):
    text = "The Egyptian foreign minister was on his way to Khartoum for talks on the dam."
    assert extractor.relevance.spans(text)
    assert "visit" in _types(extractor, text)
    # no state at the end of the way: no journey, whatever the actor words
    assert not extractor.relevance.spans(
        "The treasury minister said the budget was on its way to balance by the spring."
    )


def test_a_preposition_must_follow_its_trigger(extractor):
    # 'way' (a journey 'to'), 'due' (a visit 'in'): the preposition comes before the word
    for text in (
        "To be fair, the minister has been a careful treasurer all the way through.",
        "Elections in Ghana are due by the end of the year, the minister said.",
    ):
        assert not extractor.relevance.spans(text), text


def test_a_preposition_far_after_its_trigger_is_not_its_own(extractor):
    text = (
        "The minister said he was due to give a long speech about pensions, schools and the "
        "health service in March."
    )
    assert not extractor.relevance.spans(text)


def test_sentence_order_reads_words_after_a_form_within_the_window():
    order = SentenceOrder("The envoy headed back on Monday to Lima.", frozenset({"lima"}))
    assert order.follows("headed", frozenset({"to"}))
    assert not order.follows("to", frozenset({"headed"}))
    assert order.state_follows("headed")
    assert not order.state_follows("lima")


def test_a_self_wish_is_no_candidate(extractor):
    for text in (
        "The Norwegian premier wants to spend more time on schools next year.",
        "Officials in Oslo said the minister had wanted to retire before the election.",
    ):
        assert not extractor.relevance.spans(text), text


def test_a_wish_of_another_still_passes_and_gives_its_appeal(extractor):
    text = "The Norwegian premier wants Sweden to reopen the border crossing."
    assert extractor.relevance.spans(text)
    assert "appeal" in _types(extractor, text)


def test_a_state_before_a_telling_verb_is_not_the_one_told(extractor):
    for text in (
        "Norway's prime minister told a room of students that the exams would be easier.",
        "Finland's foreign minister told the committee that lunch would be served at noon.",
    ):  # after a lead, which reads a state anywhere as the one told
        assert not extractor.relevance.spans("It rained all day. " + text), text


def test_a_state_told_after_the_verb_or_as_a_passive_subject_passes(extractor):
    for text in (
        "The Norwegian prime minister told Sweden to close its embassy within a week.",
        "Sweden was told to close its embassy within a week, the Norwegian minister said.",
    ):
        assert extractor.relevance.spans(text), text
        assert "demand" in _types(extractor, text), text


def test_sentence_order_reads_infinitives_and_passives():
    order = SentenceOrder("Chile wants to talk but was told to wait.")
    assert order.always_before("wants", "to")
    assert order.state_placed("told")
    assert not SentenceOrder("Chile wants Peru to talk.").always_before("wants", "to")
    assert not SentenceOrder("Peru's envoy told reporters it would wait.").passive_reading("told")
    assert SentenceOrder("Peru's envoy told reporters.", lead=True).state_placed("told")


def test_an_object_word_before_a_finite_trigger_is_not_its_object(extractor):
    # 'signs' takes 'accord' as its object; here the accord is the subject of another verb
    text = "The accord is showing signs of strain, the Peruvian minister said."
    assert not extractor.relevance.spans(text)


def test_an_object_after_the_trigger_or_before_a_relative_clause_passes(extractor):
    text = "Peru signs the accord with Chile on Monday."
    assert extractor.relevance.spans(text)
    assert "agreement" in _types(extractor, text)
    # the object of a relative clause stands before it
    assert extractor.relevance.spans(
        "The accord that Peru signs on Monday will end the border dispute with Chile."
    )


def test_no_made_up_inflection_is_a_word_of_another_lemma(extractor):
    from stream.extract.lexicon import inflections

    assert "band" not in inflections("ban", "verb")
    assert "aides" not in inflections("aid", "noun")
    assert {"bans", "banned", "reaches", "taxes", "agreed"} <= (
        inflections("ban", "verb")
        | inflections("reach", "verb")
        | inflections("tax", "noun")
        | inflections("agree", "verb")
    )
    assert not extractor.relevance.spans("A Peruvian band played to a crowd in Lima on Monday.")
    text = "Peru banned the opposition party on Monday."
    assert extractor.relevance.spans(text)
    assert "coercion" in _types(extractor, text)


def test_sentence_order_places_objects():
    order = SentenceOrder("The accord that Peru signs is showing signs of strain.")
    assert order.object_placed("signs", frozenset({"accord"}))  # a relative clause
    assert order.object_placed("showing", frozenset({"strain"}))
    assert not SentenceOrder("The accord is showing signs of strain.").object_placed(
        "signs", frozenset({"accord"})
    )


def test_a_word_right_before_to_does_not_own_a_later_preposition(extractor):
    # 'due' is a visit with its own 'in' ('due in Santiago'); in 'due to take effect in
    # March' the 'in' is the infinitive's
    text = "The new tariff is due to take effect in March, the Peruvian minister said."
    assert not extractor.relevance.spans(text)
    text = "The Peruvian president is due in Santiago on Monday."
    assert extractor.relevance.spans(text)
    assert "visit" in _types(extractor, text)


def test_a_state_anywhere_in_a_lead_may_be_the_one_told(extractor):
    # parsed, the lead gives the story's later sentences their actors ('the envoys')
    told = "Norway's foreign minister told envoys from 20 countries that lunch was served."
    assert extractor.relevance.spans("OSLO, March 3 - " + told)
    assert not extractor.relevance.spans("The weather in the capital was fine. " + told)


def test_a_verb_right_before_to_keeps_its_preposition(extractor):
    # after a verb 'to' may be a preposition: 'turned to Beijing for a loan' is an appeal 'for'
    text = "It rained all day. Cairo has turned to Beijing for a large loan."
    assert extractor.relevance.spans(text)
