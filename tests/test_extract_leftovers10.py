"""Defects of several kinds found in review, a tenth round: summonses of envoys (an
accusation, CAMEO 110) and protest notes (the vocabulary's formal protest), a note sent by 'the
government' to a capital."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _all, _countries, _of_type

# ------------------------------------------- a summons of an envoy is an accusation (110)


@pytest.mark.parametrize(
    ("text", "doer", "envoy"),
    [
        (
            "The Kenyan foreign minister summoned the Libyan charge d'affaires on Monday.",
            "KEN",
            "LBY",
        ),
        ("Sweden's foreign ministry summoned the Iraqi ambassador over the arrests.", "SWE", "IRQ"),
        (
            "Austria's foreign minister called in the Soviet ambassador on Monday and handed "
            "him a note asking for compensation.",
            "AUT",
            "RUS",
        ),
        (
            "BUDAPEST, May 4 - Foreign Minister Janos Horvath called in the Romanian envoy on Monday.",
            "HUN",
            "ROU",
        ),
    ],
)
def test_a_summons_of_a_foreign_envoy_is_an_accusation(extractor, text, doer, envoy):
    found = _of_type(extractor, text, "accusation")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert doer in _countries(found[0]["actors"]), found[0]["actors"]
    assert _countries(found[0]["targets"]) == {envoy}, found[0]["targets"]
    assert found[0]["cameo"].startswith("11"), found[0]["cameo"]
    assert not _of_type(extractor, text, "protest")


def test_a_summons_and_the_protest_lodged_with_it_are_one_act(extractor):
    for text in (
        "The State Department summoned Libya's ambassador and lodged a formal protest.",
        "Oman summoned the Iranian charge d'affaires and handed him a strong protest.",
    ):
        kinds = [e["type"] for e in _all(extractor, text)]
        assert kinds == ["protest"], (text, kinds)  # one act, the formal protest delivered


def test_calling_in_others_than_envoys_is_no_summons(extractor):
    for text in (
        "The governor called in the army to restore order in the capital.",
        "The bank called in its loans to the shipping firm.",
    ):
        assert not _of_type(extractor, text, "protest"), text
        assert not _of_type(extractor, text, "accusation"), text


def test_an_envoy_summoned_home_is_still_recalled(extractor):
    text = "Kenya summoned its ambassador home from Tripoli on Monday."
    assert [e["type"] for e in _all(extractor, text) if "summoned" in e["trigger"]] == ["sanction"]


# ------------------------------------------------------------ a protest note is a protest


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "SAN JOSE, May 4 - The cabinet met in emergency session, and the government sent a "
            "sharply worded protest note to Managua demanding compensation.",
            "CRI",
            "NIC",
        ),
        (
            "BANGKOK, May 4 - The government handed a protest note to Vientiane on Monday.",
            "THA",
            "LAO",
        ),
        ("Honduras sent a formal protest note to Nicaragua over the shooting.", "HND", "NIC"),
    ],
)
def test_a_protest_note_is_a_protest_to_the_capitals_state(extractor, text, doer, target):
    found = _of_type(extractor, text, "protest")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {target}, found[0]["targets"]


def test_a_bill_sending_nothing_is_no_light_verb_doer(extractor):
    text = "The bill made concessions to the farm lobby."
    assert not _of_type(extractor, text, "concession")


# ---------------------------------------------- a visit or meeting told in a 'when' clause


@pytest.mark.parametrize(
    ("text", "kind", "doer", "host"),
    [
        (
            "When he visited Cairo last week, the Israeli prime minister urged Egypt to send "
            "its ambassador back.",
            "visit",
            "ISR",
            "EGY",
        ),
        (
            "When the Iraqi foreign minister visited Moscow in May, he asked for more tanks.",
            "visit",
            "IRQ",
            "RUS",
        ),
        (
            "When she met the Kenyan president on Friday, the British minister promised more "
            "food aid.",
            "meeting",
            "GBR",
            "KEN",
        ),
    ],
)
def test_a_visit_or_meeting_in_a_when_clause_is_told(extractor, text, kind, doer, host):
    found = _of_type(extractor, text, kind)
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {doer}, found[0]["actors"]
    assert _countries(found[0]["targets"]) == {host}, found[0]["targets"]


def test_other_acts_in_a_when_clause_stay_as_before(extractor):
    text = "Kenya accused Ugandan soldiers of shooting a farmer when he refused to leave his land."
    assert not _of_type(extractor, text, "rejection")
    text = "Exiles say dozens were killed when troops broke up protests in the capital in 1981."
    assert not _of_type(extractor, text, "protest")


def test_a_pronoun_in_an_opening_clause_needs_a_person_ahead(extractor):
    text = (
        "The Syrian envoy left Beirut on Monday. When he visited Amman, the talks "
        "collapsed within an hour."
    )
    visits = _of_type(extractor, text, "visit")
    assert all(_countries(v["actors"]) <= {"SYR"} for v in visits), visits


# ------------------------------------- 'it' looks back to the main subject, not a clause's


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        (
            "Libya's news agency said the Chadian army had overrun its positions at Maaten. It "
            "accused France of arming Chad.",
            "LBY",
        ),
        (
            "The Syrian defence ministry said the Israeli army had shelled its posts near the "
            "border. It accused Washington of encouraging the raids.",
            "SYR",
        ),
    ],
)
def test_it_is_the_last_sentences_main_subject(extractor, text, accuser):
    found = _of_type(extractor, text, "accusation")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {accuser}, found[0]["actors"]


def test_it_after_a_person_speaking_stays_as_before(extractor):
    text = (
        "The Iranian Foreign Ministry said Kuwait had let U.S. warships use its ports. It "
        "accused Kuwait of joining the war."
    )
    found = _of_type(extractor, text, "accusation")
    assert found and _countries(found[0]["actors"]) == {"IRN"}, found


# ------------------------------------------ an act told as what would have happened is none


@pytest.mark.parametrize(
    "text",
    [
        '"Had the Senate refused, the Saudis would simply have bought the jets from France," '
        "an official said.",
        "Without the loan, Egypt would have bought the tanks from Moscow, a diplomat said.",
        "An official said Jordan would have attacked the camp if the rebels had stayed.",
        "Critics said Turkey should have consulted its allies before the raid.",
    ],
)
def test_what_would_have_happened_is_no_event(extractor, text):
    found = [e for e in _all(extractor, text) if e["date"]["status"] in ("planned", "possible")]
    assert not found, [(e["type"], e["trigger"]) for e in found]


def test_a_deadline_told_in_the_perfect_stays_planned(extractor):
    text = "Hanoi said its troops would have left Cambodia by September 1989."
    found = [e for e in _all(extractor, text) if e["type"] in ("withdrawal", "pledge")]
    assert found and found[0]["date"]["status"] == "planned", found
