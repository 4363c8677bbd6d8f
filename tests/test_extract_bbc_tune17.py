"""Recall classes of BBC business and sport text: acts of a state's justice on people and firms
whose sentence names no country. A grand jury is a US body, and a role of two words is no plain
noun ('indicted by a federal grand jury'); 'federal' agents, prosecutors and judges are mostly
the US's, unless a dateline or an owner names another state; a raid or arrest told in a clause
of time with its doer is news of its own ('after federal agents raided its offices in March
2003'); prosecutors alleging of a person or firm what their clause says are the state's charge,
an event even at home ('Prosecutors allege that the company's top executives orchestrated
fraud'), while what they allege of a government stays words at home."""

from __future__ import annotations

from event_helpers import extract_events

PUB = "2005-01-12T12:00:00Z"


def _acts(events: list[dict]) -> list[tuple[str, list[str]]]:
    return [(e["type"], [a["country"] for a in e["actors"]]) for e in events]


def test_a_grand_jury_named_as_the_agent_indicts_for_the_us(extractor):
    text = (
        "The former sprinter was indicted in March by a federal grand jury on charges of lying"
        " to investigators."
    )
    acts = _acts(extract_events(extractor, text, PUB))
    assert [a for t, a in acts if t in ("accusation", "coercion")] == [["USA"]]


def test_federal_agents_are_the_us_unless_a_dateline_names_another_state(extractor):
    plain = _acts(extract_events(extractor, "Federal agents arrested the trader at his home.", PUB))
    assert plain == [("coercion", ["USA"])]
    text = "MEXICO CITY, May 3 - Federal agents arrested a drug trafficker on Monday."
    assert _acts(extract_events(extractor, text, PUB)) == [("coercion", ["MEX"])]
    owned = "German federal prosecutors charged two men with spying."
    assert _acts(extract_events(extractor, owned, PUB)) == [("accusation", ["DEU"])]


def test_a_raid_told_in_a_clause_of_time_with_its_doer_is_news(extractor):
    text = (
        "After federal agents raided the insurer's offices in June 2003, the firm restated its"
        " accounts."
    )
    assert ("coercion", ["USA"]) in _acts(extract_events(extractor, text, PUB))


def test_prosecutors_alleging_a_crime_of_people_or_firms_accuse_for_their_state(extractor):
    around = "The fraud trial of the bank's former chairman resumed in New York on Tuesday. "
    for clause in (
        "Prosecutors allege that the bank's senior executives hid losses from investors.",
        "Prosecutors have alleged that Mr Hartley, 58, ordered staff to shred the files.",
    ):
        acts = _acts(extract_events(extractor, around + clause, PUB))
        assert ("accusation", ["USA"]) in acts, clause


def test_prosecutors_alleging_something_of_a_government_stay_words_at_home(extractor):
    text = (
        "The fraud trial of the bank's former chairman resumed in New York on Tuesday. "
        "Prosecutors alleged that the government had misled the court."
    )
    assert "accusation" not in [t for t, _ in _acts(extract_events(extractor, text, PUB))]
