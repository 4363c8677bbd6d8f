"""Defects of several kinds found in review, a fourteenth round: rules of the round before
narrowed so that the sets they hurt hold again (former officials, passives joined to an
active verb), and classes left over."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------------------- a former official titled by what he is now


def test_a_former_official_called_opposition_leader_is_the_opposition(extractor):
    text = "Opposition leader Juan Ponce Enrile accused the United States of meddling."
    found = _all(extractor, text)
    assert found and found[0]["actors"][0]["code"] == "PHLOPP", found


def test_a_former_official_by_his_old_title_stays_a_former_official(extractor):
    text = "Former defence minister Juan Ponce Enrile accused the United States of meddling."
    found = _of_type(extractor, text, "accusation")
    assert found and found[0]["actors"][0]["code"] == "PHLELI", found


def test_the_opposition_accusing_the_government_in_an_article_is_politics_at_home(extractor):
    text = (
        "MANILA, May 14 - Ruling party candidates won most Senate seats today, and opposition "
        "leader Juan Ponce Enrile accused the government of rigging the count. Police said "
        "the capital was calm. Counting went on through the night."
    )
    assert not _of_type(extractor, text, "accusation")


# ------------------------------------------------- a papal envoy, and 'him' after a refusal


def test_the_papal_nuncio_is_the_holy_sees(extractor):
    text = "The papal nuncio refused to hand over the fugitive general."
    found = _of_type(extractor, text, "rejection")
    assert found and _countries(found[0]["actors"]) == {"VAT"}, _all(extractor, text)


def test_him_after_a_refusal_is_not_the_one_refusing(extractor):
    text = (
        "Manuel Noriega took refuge in the mission on Sunday. Washington asked the Vatican to "
        "give him up, but the papal nuncio refused to expel him."
    )
    found = _of_type(extractor, text, "rejection")
    assert found, _all(extractor, text)
    assert _countries(found[0]["actors"]) == {"VAT"}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {"PAN"}, found[0]["targets"]


# ------------------------------------------------- passives joined to an active verb


def test_a_passive_pair_with_one_agent_is_one_act_of_that_agent(extractor):
    text = (
        "About 40 students marched through the square and were beaten and arrested by "
        "Chinese police."
    )
    found = _all(extractor, text)
    assert any(e["type"] == "coercion" and _countries(e["actors"]) == {"CHN"} for e in found)
    assert all(_countries(e["actors"]) == {"CHN"} for e in found), found


def test_units_driven_back_are_attacked_not_withdrawing(extractor):
    text = "Syrian units tried to cross the river at night and were driven back by artillery."
    assert not _of_type(extractor, text, "withdrawal"), _all(extractor, text)
    found = _of_type(extractor, text, "attack")
    assert found and _countries(found[0]["targets"]) == {"SYR"}, _all(extractor, text)


def test_a_visitor_expelled_after_his_trip_still_suffers_it(extractor):
    text = "The French diplomat had travelled to Tehran and had been expelled after a week."
    found = [e for e in _all(extractor, text) if e["type"] in ("coercion", "sanction")]
    assert found and not _countries(found[0]["actors"]) & {"FRA"}, found


# ------------------------------------------------- 'approve' and curbs, narrowed


def test_terms_or_conditions_approved_are_no_concession(extractor):
    text = "The Thai cabinet approved the conditions of the loan from Japan on Tuesday."
    assert not _of_type(extractor, text, "concession"), _all(extractor, text)


def test_a_request_approved_stays_a_concession(extractor):
    text = "The IMF approved Ghana's request for a new loan."
    found = _of_type(extractor, text, "concession")
    assert found and _countries(found[0]["targets"]) == {"GHA"}, _all(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Burmese junta imposed curbs on the press on Monday.",
        "Beijing put curbs on religious activity in Tibet.",
    ],
)
def test_curbs_on_freedoms_at_home_are_no_sanction(extractor, text):
    assert not _of_type(extractor, text, "sanction"), _all(extractor, text)


# ------------------------------------------------- sums of money in aid, pledges and loans


@pytest.mark.parametrize(
    ("text", "kinds", "value", "unit"),
    [
        (
            "The Asian Development Bank gave Laos a loan of $1.5bn on Friday.",
            {"aid"},
            1_500_000_000,
            "dollars",
        ),
        (
            "Norway pledged 40 million dollars in aid to Haiti.",
            {"pledge", "aid"},
            40_000_000,
            "dollars",
        ),
        ("Denmark gave Malawi £8m in food aid.", {"aid"}, 8_000_000, "pounds"),
        (
            "Mali is asking for about dollars 90m from the World Bank.",
            {"appeal"},
            90_000_000,
            "dollars",
        ),
    ],
)
def test_a_sum_of_money_given_or_asked_is_the_events_quantity(extractor, text, kinds, value, unit):
    found = [e for e in _all(extractor, text) if e["type"] in kinds]
    assert found, _all(extractor, text)
    sums = [(q["value"], q["unit"]) for q in found[0]["quantities"]]
    assert (value, unit) in sums, sums


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi jets dropped 500 pounds of explosives on the Iranian town on Monday.",
        "Syrian troops, paid $300 a month, attacked the camp on Monday.",
    ],
)
def test_money_or_weights_are_no_quantity_of_an_armed_act(extractor, text):
    for e in _all(extractor, text):
        assert all(q["unit"] not in ("dollars", "pounds") for q in e["quantities"]), e


# ------------------------------------------------- towns the gazetteer lacked


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Iraqi warplanes bombed Ahvaz on Tuesday.", "IRN"),
        ("NAIROBI, June 2 - Government jets bombed Hargeisa on Monday.", "SOM"),
        ("Iraqi jets raided Shiraz and Kermanshah on Sunday.", "IRN"),
    ],
)
def test_a_town_struck_names_its_state(extractor, text, state):
    found = [e for e in _all(extractor, text) if e["type"] in ("airstrike", "attack")]
    assert found and state in _countries(found[0]["targets"]), _all(extractor, text)
    assert (found[0]["location"] or {}).get("country") == state, found[0]["location"]


# ------------------------------------------------- two promises joined in one sentence


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Kuwait pledged aid to Jordan and promised to send doctors.", "pledge", 2),
        ("Libya demanded compensation and insisted that Chad free its soldiers.", "demand", 2),
        ("Canada promised and pledged to help Haiti.", "pledge", 1),
    ],
)
def test_two_joined_promises_with_things_of_their_own_are_two_acts(extractor, text, kind, count):
    found = _of_type(extractor, text, kind)
    assert len(found) == count, [(e["type"], e["trigger"]) for e in _all(extractor, text)]


# ------------------------------------------------- words told under a dateline abroad


@pytest.mark.parametrize(
    "text",
    [
        "NICOSIA, March 2 - Iran warned Saudi Arabia today that it would pay for helping Iraq.",
        "NICOSIA, March 2 - Iraq's foreign minister said today Iraq would never talk to Iran.",
    ],
)
def test_words_of_a_state_are_not_placed_at_a_dateline_abroad(extractor, text):
    found = [e for e in _all(extractor, text) if e["type"] in ("threat", "rejection", "statement")]
    assert found, _all(extractor, text)
    assert all((e["location"] or {}).get("country") != "CYP" for e in found), found


def test_talks_under_a_dateline_abroad_are_held_there(extractor):
    text = "GENEVA, March 2 - Iran and Iraq held talks today."
    found = _of_type(extractor, text, "meeting")
    assert found and found[0]["location"]["country"] == "CHE", found


# ------------------------------------------------- a call told in an opening phrase


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("In a telephone call on Friday, Mitterrand told Gonzalez that France backed him.", "ESP"),
        (
            "In a telephone conversation on Sunday, the Saudi king said to Assad that he wanted calm.",
            "SYR",
        ),
    ],
)
def test_a_call_in_an_opening_phrase_is_made_to_whom_the_verb_tells(extractor, text, other):
    found = _of_type(extractor, text, "call")
    assert found and _countries(found[0]["targets"]) == {other}, _all(extractor, text)
