"""A state or an international body lending or giving a named recipient a sum, a loan or a
credit is aid (CAMEO 071), told with two objects ('gave Kenya a loan', 'lent Peru 40 mln
dlrs') or with 'to' ('extended a loan to Chad'); commercial banks' loans are business news."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-12T12:00:00Z"))


def _aid(extractor, text: str) -> list[tuple[list[str], list[str]]]:
    return side_countries(_extract(extractor, text), "aid")


def test_a_loan_given_to_a_recipient_named_first_is_aid(extractor):
    assert (["NOR"], ["MOZ"]) in _aid(
        extractor, "Norway gave Mozambique a 40 mln dlr loan to repair its railways."
    )
    assert (["SWE"], ["TZA"]) in _aid(
        extractor, "Sweden granted Tanzania a loan of dollars 25m for new clinics."
    )


def test_a_sum_lent_to_a_recipient_named_first_is_aid(extractor):
    assert (["FRA"], ["SEN"]) in _aid(
        extractor, "France lent Senegal 90 mln francs after the harvest failed."
    )


def test_a_loan_extended_to_a_state_is_aid(extractor):
    assert (["ITA"], ["TCD"]) in _aid(
        extractor, "Italy extended a 30 mln dlr loan to Chad for water projects."
    )


def test_commercial_lenders_give_no_aid(extractor):
    assert not _aid(
        extractor,
        "A Swiss official said a majority of Swiss bank creditors are unwilling to provide "
        "any new credits to Zambia.",
    )


def test_a_loan_a_phrase_on_lenders_names_is_theirs(nlp):
    from stream.extract.lenders import lent_by_lenders

    doc = nlp(
        "Canada is pressing commercial banks, increasingly weary of providing large loans "
        "to poor nations, to find new ways of lending."
    )
    providing = next(t for t in doc if t.lower_ == "providing")
    assert lent_by_lenders(providing)
    doc = nlp("Canada is weary of providing large loans to poor nations.")
    assert not lent_by_lenders(next(t for t in doc if t.lower_ == "providing"))


def test_credit_for_a_success_is_no_loan(extractor):
    assert not _aid(extractor, "Voters in Ghana gave the government credit for the recovery.")
