"""Classes of the eighteenth BBC tuning set (business texts, ``benchmarks/data/bbc_tune18``) and
the earlier ones: a state's body named as the doer of an act on a firm ('The SEC criticised the
company', 'The SEC fined the company'); prosecutors' allegation of a firm named with an
apposition or a coordinated subject; a verdict told with no doer, done by the one state its
sentence names or by the judged people's own; a deal of a sum written the BBC's way ('a dollars
6bn deal'); speaking out against something, criticism. Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

PUB = "2005-02-01T12:00:00Z"
FED_FIRES_BACK = (
    "If the Germans and the Japanese keep tightening, the Fed will be forced to fire back, "
    "and the markets will be the casualties."
)


def _of_type(extractor, text: str, etype: str) -> list[dict]:
    return events_of_type(extract_events(extractor, text, PUB), etype)


# --------------------------------------------- a state's body named as the doer of an act on a firm


def test_a_regulator_named_as_the_doer_criticises_a_firm(extractor):
    (found,) = _of_type(extractor, "The SEC criticised the company.", "accusation")
    assert country_codes(found["actors"]) == {"USA"}
    (found,) = _of_type(
        extractor, "The Securities and Exchange Commission criticised the company.", "accusation"
    )
    assert country_codes(found["actors"]) == {"USA"}
    # shareholders or a bank quarrelling with a firm stay business news
    assert _of_type(extractor, "Shareholders criticised the company.", "accusation") == []
    assert _of_type(extractor, "Deutsche Bank criticised the company.", "accusation") == []


def test_a_regulator_named_meets_a_list_of_doers(extractor):
    (found,) = _of_type(extractor, "The SEC fined the company on Tuesday.", "sanction")
    assert country_codes(found["actors"]) == {"USA"}
    # a central bank named is no ministry giving a retort
    assert _of_type(extractor, FED_FIRES_BACK, "accusation") == []


# ------------------------------------------------- prosecutors' allegation of a firm named


def test_an_allegation_of_a_firm_named_with_an_apposition_is_an_event_at_home(extractor):
    text = (
        "Prosecutors allege that Marsh - the world's biggest insurance broker - and other US "
        "insurance firms may have fixed bids for corporate cover. The firm has replaced its "
        "chief executive. Its shares fell sharply in New York on Monday."
    )
    (found,) = _of_type(extractor, text, "accusation")
    assert country_codes(found["actors"]) == {"USA"}


# ---------------------------------------------------------- a verdict told with no doer


def test_a_verdict_with_no_doer_is_the_judged_peoples_own_state(extractor):
    text = "Two Kenyan men have been found guilty of fraud. They said they would appeal."
    (found,) = _of_type(extractor, text, "coercion")
    assert country_codes(found["actors"]) == {"KEN"}


def test_a_verdict_with_no_doer_is_the_state_its_sentence_names(extractor):
    text = (
        "A former FBI agent and a stock picker have been found guilty of using confidential US "
        "government information to manipulate share prices. The Egyptian-born trader would "
        "extort money from the companies he attacked in his newsletter, prosecutors said. "
        '"They used the FBI\'s tools to defraud the public," said US Attorney Roslynn '
        "Mauskopf. The former agent was convicted of racketeering and securities fraud."
    )
    found = [e for e in _of_type(extractor, text, "coercion") if "found" in e["trigger"]]
    assert [country_codes(e["actors"]) for e in found] == [{"USA"}]


# -------------------------------------------------------------- a sum written the BBC's way


def test_a_deal_of_a_sum_written_currency_first_is_signed(extractor):
    text = (
        "Shell has signed a dollars 6bn (pounds 3.12bn) deal with the Middle Eastern sheikhdom "
        "of Qatar."
    )
    (found,) = _of_type(extractor, text, "agreement")
    assert country_codes(found["targets"]) == {"QAT"}


# ------------------------------------------------------------------------ spoken out against


def test_speaking_out_against_is_criticism(extractor):
    text = "The French foreign minister spoke out against the Israeli raid."
    (found,) = _of_type(extractor, text, "accusation")
    assert country_codes(found["actors"]) == {"FRA"}
    assert country_codes(found["targets"]) == {"ISR"}
    # speaking out in support stays support
    assert _of_type(extractor, "He spoke out in support of the plan.", "accusation") == []
