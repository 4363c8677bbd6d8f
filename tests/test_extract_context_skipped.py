"""What sentences the pre-filter skips still tell the parsed sentences after them: the state a
story is about, the home country of an office named bare ('the chancellor'), whose government
'the government' is. Each story below opens with sentences no trigger word passes."""

from __future__ import annotations

from stream.extract import Article
from stream.extract.normalize import normalize


def _events(extractor, text: str) -> list[tuple[str, list, list]]:
    events = extractor.extract(Article(id="t", text=text, published_at="2005-03-14T09:00:00Z"))
    return [
        (e["type"], [a["country"] for a in e["actors"]], [a["country"] for a in e["targets"]])
        for e in events
    ]


def _skipped(extractor, text: str, sentence: str) -> bool:
    """Whether the pre-filter leaves ``sentence`` of ``text`` unparsed."""
    clean = normalize(text).text
    at = clean.index(sentence)
    return all(not (a <= at < b) for a, b in extractor.relevance.spans(clean))


def test_a_title_named_sentences_before_the_run_keeps_its_country(extractor):
    lead = "Austrian Chancellor Ulrich Moosbrugger spent the weekend at his lakeside home."
    text = (
        f"{lead} The weather there was mild for March. Local papers printed photographs "
        "of the garden. A spokesman described the mood as relaxed. "
        "The chancellor condemned the Slovak decision to close the border crossing."
    )
    assert _skipped(extractor, text, lead)
    condemned = [e for e in _events(extractor, text) if e[0] == "accusation"]
    assert condemned and condemned[0][1] == ["AUT"]


def test_the_government_of_a_skipped_lead_is_the_state_it_names(extractor):
    lead = "Paraguay's cattle ranchers spent the week arguing over a new land law."
    text = (
        f"{lead} Large estates cover much of the plains.\n\n"
        "Under the new law, the government can seize unused farm land."
    )
    assert _skipped(extractor, text, lead)
    seized = [e for e in _events(extractor, text) if e[0] == "occupation"]
    assert seized and seized[0][1] == ["PRY"]


def test_the_prime_minister_after_many_skipped_sentences_is_the_one_they_named(extractor):
    lead = "Norwegian Prime Minister Eirik Sandvold opened a new ferry terminal on Monday."
    text = (
        f"{lead} The terminal cost 400 million crowns. It will serve four islands. "
        "Local business owners welcomed the new timetable. Some fishermen were less pleased. "
        "The prime minister urged Russia to reopen the fishing talks."
    )
    assert _skipped(extractor, text, lead)
    appeals = [e for e in _events(extractor, text) if e[0] == "appeal"]
    assert appeals and appeals[0][1] == ["NOR"] and appeals[0][2] == ["RUS"]
