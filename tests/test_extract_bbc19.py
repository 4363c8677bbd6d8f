"""Classes of the nineteenth BBC tuning set (business texts, ``benchmarks/data/bbc_tune19``) and
the earlier ones: a complaint filed against a firm by a regulator the actors read by its word; a
sum between a passive verb and its 'by' phrase; a firm 'destroyed' with no doer; a regulator's
measure on firms and a state's act on a firm in an article about one country; an auction or a
prosecution named by a noun with 'by'; an act an unsuccessful bid was made to avert; a relative
clause after an aside set off by dashes; a settlement with a watchdog named by its word.
Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.syntax import repair_dash_aside_relatives

PUB = "2005-02-01T12:00:00Z"


def _of_type(extractor, text: str, etype: str) -> list[dict]:
    return events_of_type(extract_events(extractor, text, PUB), etype)


def _doers(extractor, text: str, etype: str) -> set[str]:
    """The doers' countries of the one event of ``etype`` the text gives."""
    (found,) = _of_type(extractor, text, etype)
    return country_codes(found["actors"])


# ------------------------------------------- a complaint filed by a regulator read by its word


def test_a_regulator_files_complaints_against_a_firm(extractor):
    text = "The French regulator has filed complaints against General Electric."
    assert _doers(extractor, text, "accusation") == {"FRA"}
    # a minister's words about a firm stay as they were
    assert (
        _of_type(extractor, "The French minister has criticised General Electric.", "accusation")
        == []
    )


# ------------------------------------------------ a sum between a passive verb and its 'by'


def test_a_fine_with_the_sum_before_its_doer(extractor):
    assert _doers(extractor, "The company was fined 1m euros by the SEC.", "sanction") == {"USA"}
    text = (
        "Back in December, Vivendi and its former chief executive were each fined 1m euros "
        "(dollars 1.3m; pounds 690,000) by AMF."
    )
    assert _doers(extractor, text, "sanction") == {"FRA"}


# ------------------------------------------------------------------- a firm 'destroyed'


def test_a_firm_destroyed_with_no_doer_is_no_attack(extractor):
    text = "Russia's most efficient oil company has been destroyed, Mr Khodorkovsky said."
    assert _of_type(extractor, text, "attack") == []
    # a firm bombed is a blow
    (found,) = _of_type(extractor, "Iraq's oil company was bombed on Monday.", "attack")
    assert country_codes(found["targets"]) == {"IRQ"}


# --------------------------------------- a state's act on firms in an article about one country

ONE_COUNTRY = (
    "Foreign firms have been given an extra year to meet new rules set by the US stock market "
    "watchdog. The Securities and Exchange Commission has extended the deadline to get in line "
    "with the rules. Business groups in Washington had protested that the rules were too costly."
)


def test_a_regulator_easing_a_deadline_for_firms_is_no_politics_at_home(extractor):
    (found,) = _of_type(extractor, ONE_COUNTRY, "concession")
    assert country_codes(found["actors"]) == {"USA"}
    assert "extended" in found["trigger"]


AER_LINGUS = (
    "The Irish government has been considering the future of the state-owned airline Aer "
    "Lingus. That decision had followed an announcement by Irish Prime Minister Bertie Ahern - "
    "who is still considering the future of the airline - which ruled out a proposed "
    "management buy-out of Aer Lingus. Irish unions said they would fight any sale."
)


def test_a_state_ruling_out_a_firms_buy_out_is_no_politics_at_home(extractor):
    assert _doers(extractor, AER_LINGUS, "rejection") == {"IRL"}


def test_a_relative_clause_after_a_dash_aside_hangs_on_the_noun_before_it(nlp):
    doc = nlp(
        "It followed an announcement by Prime Minister Bertie Ahern - who is still considering "
        "the future of the airline - which ruled out a buy-out."
    )
    assert repair_dash_aside_relatives(doc[:]) == 1
    ruled = next(t for t in doc if t.text == "ruled")
    assert ruled.head.text == "Ahern"
    doc = nlp("It followed an announcement by Mr Ahern, which ruled out a buy-out.")
    assert repair_dash_aside_relatives(doc[:]) == 0


# ------------------------------------------------------- an auction or prosecution with 'by'


def test_an_auction_named_with_a_state_by_is_a_forced_sale(extractor):
    text = "The 19 December auction of its top unit by the Russian government was illegal."
    assert _doers(extractor, text, "coercion") == {"RUS"}
    # the state selling its own licences is no forced sale
    text = "The auction of mobile phone licences by the government raised 22bn pounds."
    assert _of_type(extractor, text, "coercion") == []


def test_a_prosecution_named_with_a_state_by_is_the_states(extractor):
    text = (
        "The broker faces an inquiry by New York's top law officer and a separate prosecution "
        "of five insurers by the State of California."
    )
    found = [e for e in _of_type(extractor, text, "coercion") if e["trigger"] == "prosecution"]
    assert [country_codes(e["actors"]) for e in found] == [{"USA"}]


# ------------------------------------------------ an act an unsuccessful bid was made to avert


def test_an_act_an_unsuccessful_bid_was_made_to_avert_was_done(extractor):
    text = (
        "Yukos filed for bankruptcy in a desperate and unsuccessful bid to stave off the "
        "auction of its top unit by the Russian government."
    )
    assert _doers(extractor, text, "coercion") == {"RUS"}
    text = "Yukos filed for bankruptcy to stave off the auction of its top unit by the Russian government."
    assert _of_type(extractor, text, "coercion") == []


# ------------------------------------------------- a settlement with a watchdog by its word


def test_a_settlement_with_a_watchdog_named_by_its_word(extractor):
    text = (
        "A US defence company has agreed to pay dollars 28.5m after admitting bribery in Benin. "
        "It agreed to pay dollars 13m in criminal penalties, as well as dollars 15.5m to settle "
        "a civil lawsuit brought by the US financial watchdog."
    )
    assert _doers(extractor, text, "agreement") == {"USA"}


def test_a_settlement_with_a_regulator_at_home_is_an_event(extractor):
    text = (
        "The SEC has fined the fund manager's subsidiaries. Three former executives agreed "
        "settlements with the SEC. The company said it was pleased."
    )
    found = [e for e in _of_type(extractor, text, "agreement") if e["trigger"] == "agreed"]
    assert [country_codes(e["targets"]) for e in found] == [{"USA"}]
