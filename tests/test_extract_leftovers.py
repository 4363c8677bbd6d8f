"""Defects of several kinds found in review: reassurances read as threats, words the
tokenizer splits, currency signs, partners named by nationality, givers of support."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events
from test_cameo_own import _codes


def test_an_assurance_that_a_state_will_not_attack_is_no_threat(extractor):
    for text in (
        "Saudi Arabia assured Kuwait that Iraq would not attack it.",
        "Egypt guaranteed Israel that its troops would never cross the border.",
        "Baghdad promised not to attack tankers bound for Kuwait.",
    ):
        codes = _codes(extractor, text)
        assert not any(cameo.startswith("13") for _, cameo in codes), (text, codes)
        assert any(cameo.startswith("03") for _, cameo in codes), (text, codes)


def test_an_assurance_that_sanctions_will_not_come_is_no_threat(extractor):
    codes = _codes(extractor, "Washington assured Islamabad that it would not cut off aid.")
    assert not any(cameo.startswith("13") for _, cameo in codes)


def test_a_vow_to_attack_stays_a_threat(extractor):
    events = events_of_type(
        extract_events(extractor, "Tehran vowed to attack Kuwaiti ports."), "threat"
    )
    assert events and country_codes(events[0]["actors"]) == {"IRN"}


def _shows_of_force(extractor, text: str) -> list[dict]:
    return events_of_type(extract_events(extractor, text), "military_exercise")


def test_a_country_owning_the_guarded_place_leaves_the_authorities_as_doers(extractor):
    for text, iso in (
        ("Security was tightened in Amman near the Iraqi embassy.", "JOR"),
        ("Police tightened security outside the American consulate in Karachi.", "PAK"),
    ):
        shows = _shows_of_force(extractor, text)
        assert shows and country_codes(shows[0]["actors"]) == {iso}, text


def test_a_country_helping_with_a_show_of_force_leaves_its_doer_open(extractor):
    # the Soviet advisers may be the ones who tightened it: Kabul's authorities are no
    # certain doer
    shows = _shows_of_force(
        extractor, "Security was tightened in Kabul with the help of Soviet advisers."
    )
    assert not any(country_codes(e["actors"]) == {"AFG"} for e in shows)


def test_british_hyphenated_co_words_are_read_as_the_lexicon_words(extractor):
    for text, iso in (
        ("The Kenyan and Ugandan police co-operated closely on the border.", "KEN"),
        ("Turkey is co-operating with Greece on refugees.", "TUR"),
        ("The ambushes were co-ordinated by Libyan officers.", "LBY"),
    ):
        found = events_of_type(extract_events(extractor, text), "cooperation")
        assert found and iso in country_codes(found[0]["actors"]), text
    offered = extract_events(extractor, "Oman offered naval co-operation to Qatar.")
    assert offered and all(e["trigger"] != "operation" for e in offered)
    assert country_codes(offered[0]["targets"]) == {"QAT"}


def test_an_amount_written_with_a_currency_sign_is_aid_as_one_in_words(extractor):
    for text in (
        "Tokyo gave Cairo $75 million in aid.",
        "Tokyo gave $75 million in aid to Cairo.",
        "Britain gave Zambia £4 million in drought aid.",
    ):
        aid = [e for e in extract_events(extractor, text) if e["cameo"].startswith(("07", "033"))]
        assert aid, text
        assert country_codes(aid[0]["targets"]) in ({"EGY"}, {"ZMB"}), text


def test_the_prefilter_reads_a_currency_sign_before_an_amount(extractor):
    assert extractor.relevance.spans("The minister said Tokyo would lend Manila $75 million.")
