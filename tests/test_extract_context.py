"""Actors named by sentences the pre-filter never sends to the parser: pronouns, titles and
pairs in the parsed sentences after them may stand for them."""

from __future__ import annotations

from stream.extract import Article
from stream.extract.actors import Gazetteer, context_mentions
from stream.extract.normalize import normalize


def _extract(extractor, text: str) -> list[tuple[str, list, list]]:
    events = extractor.extract(Article(id="t", text=text, published_at="1987-05-04T12:00:00Z"))
    return [
        (e["type"], [a["country"] for a in e["actors"]], [a["country"] for a in e["targets"]])
        for e in events
    ]


def test_a_sentence_without_trigger_names_actors_from_its_words_alone():
    gaz = Gazetteer.default()
    found = context_mentions(
        "WARSAW, May 4 - Defence Minister Florian Siwicki inspected Polish and Hungarian "
        "troops in Krakow.",
        gaz,
    )
    assert [(m.actor["kind"], m.actor["country"]) for m in found] == [
        ("person", None),  # a title with no country before it: someone, of no country
        ("military", "POL"),
        ("military", "HUN"),
    ]
    assert found[0].subject and not found[1].subject  # named before any lower-case word
    kohl = context_mentions("Chancellor Helmut Kohl spoke about the budget in Bonn.", gaz)
    assert [(m.actor["country"], m.actor["role"]) for m in kohl] == [("DEU", "chancellor")]
    assert kohl[0].person is not None  # remembered for a later 'Mr Kohl' or 'the chancellor'


def test_a_pronoun_after_an_unparsed_lead_stands_for_the_person_it_names(extractor):
    text = (
        "Polish Prime Minister Zbigniew Messner opened a new steel plant on Monday.\n\n"
        "He then flew to Moscow for talks with Soviet leaders."
    )  # another paragraph: not parsed with the pronoun's sentence (relevance.py)
    first = normalize(text).text.split(".")[0]
    assert all(a > len(first) for a, _ in extractor.relevance.spans(normalize(text).text))
    found = _extract(extractor, text)  # the trip for talks: a visit, as when he is named
    assert ("visit", ["POL"], ["RUS"]) in found or ("meeting", ["POL"], ["RUS"]) in found


def test_the_two_sides_after_an_unparsed_sentence_are_the_pair_it_names(extractor):
    text = (
        "Polish and Czechoslovak officials spent Monday going over old grievances. "
        "The two sides signed a border accord."
    )
    agreements = [e for e in _extract(extractor, text) if e[0] == "agreement"]
    assert agreements and sorted(agreements[0][1]) == ["CZE", "POL"]


def test_an_unparsed_sentence_sets_no_topic_for_a_stranger_with_a_title(extractor):
    text = (
        "Britain's Prince Andrew opened a hospital in Oman in March. "
        "King Hussein visited Iraq in 1985 and King Hassan in 1986."
    )
    visits = [e for e in _extract(extractor, text) if e[0] == "visit"]
    assert all("GBR" not in actors for _, actors, _ in visits)


def test_a_portfolio_before_minister_keeps_the_country_of_an_unparsed_title(extractor):
    gaz = Gazetteer.default()
    found = context_mentions(
        "Peruvian Energy Minister Carlos Ruizmendez opened a new refinery on Monday.", gaz
    )
    assert [(m.actor["country"], m.actor["role"]) for m in found] == [("PER", "minister")]
    assert found[0].person is not None
    two = context_mentions("Japanese Foreign Trade Minister Ken Ota toured the port.", gaz)
    assert [m.actor["code"] for m in two] == ["JPNGOV"]
    text = (
        "Chilean Trade Minister Pablo Arrendo inaugurated a fair in the capital. "
        "Arrendo also criticised the Argentine import duties."
    )
    assert ("accusation", ["CHL"], ["ARG"]) in _extract(extractor, text)
