"""Regulators and the charges states bring against firms: the words of a state body's longer
name ('safety', 'trade') name it only written in capitals, and a state's charge of a firm is an
event only when a body, a court or the police brings it against a firm ('the Securities and
Exchange Commission accused the mortgage lender'), not a minister's or a chairman's words, nor
a charge against a government."""

from __future__ import annotations

from event_helpers import extract_events


def _events(extractor, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor codes, target texts) of each event of ``text``."""
    return [
        (e["type"], [a["code"] for a in e["actors"]], [a["text"] for a in e["targets"]])
        for e in extract_events(extractor, text, "2005-03-03T12:00:00Z")
    ]


def test_a_body_name_s_words_name_it_only_in_capitals(extractor):
    relevance = extractor.relevance
    assert not relevance.is_candidate("Hauliers have attacked the bridge's safety record.")
    assert not relevance.is_candidate("Shippers attacked the food and drug rules.")
    assert relevance.is_candidate("The Office of Fair Trading has attacked the plan.")


def test_a_regulator_s_charge_of_a_lender_is_an_event(extractor):
    text = (
        "WASHINGTON, March 3 - The Securities and Exchange Commission accused the mortgage"
        " lender of hiding its losses on Tuesday. The lender denied the charge. Its shares fell"
        " sharply in New York. Analysts said the case would go on for months. The lender"
        " reports its results next week."
    )
    assert _events(extractor, text) == [("accusation", ["USAGOV"], [])]


def test_a_minister_s_or_a_chairman_s_words_about_firms_are_no_charge(extractor):
    minister = (
        "WASHINGTON, March 3 - The Treasury Secretary accused the big banks of hiding their"
        " losses on Tuesday. The banks denied the charge. Shares in the banks fell sharply in"
        " New York. Analysts said the row would go on for months. The banks report their"
        " results next week."
    )
    assert _events(extractor, minister) == []
    chairman = (
        "HOUSTON, March 3 - Borex Corp filed for bankruptcy on Tuesday in its long legal battle"
        " with Calder Oil. Calder chairman John Hale accused Borex of hiding behind the court."
        " Calder's lawyers said they would appeal. Borex shares fell sharply. The case has run"
        " for three years."
    )
    assert _events(extractor, chairman) == []


def test_a_charge_against_a_government_is_no_charge_of_a_firm(extractor):
    text = (
        "PARIS, March 3 - Thousands of former soldiers marched through Paris on Tuesday to"
        " demand higher pensions. Their association says it speaks for two million veterans."
        " Its president accused the government of waging a war of attrition against old"
        " soldiers. The veterans minister promised talks next month. The march passed off"
        " peacefully."
    )
    assert "accusation" not in [etype for etype, _, _ in _events(extractor, text)]


def test_prosecutors_seeking_indictments_is_coercion(extractor):
    text = "Italian prosecutors are seeking indictments against the former chief executive."
    assert _events(extractor, text) == [("coercion", ["ITAJUD"], [])]
    court = "An Italian court issued an indictment against the former chief executive."
    assert _events(extractor, court) == [("coercion", ["ITAJUD"], ["former chief executive"])]
