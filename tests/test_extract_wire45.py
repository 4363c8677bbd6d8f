"""Wire-copy event classes of round 45: a warning issued by the one named in the sentence
before, an envoy's title before his name,
expulsions told in the passive with no doer, a sale cut off to a state, and naming states as
the worst offenders."""

from __future__ import annotations

from event_helpers import extract_events


def _sides(extractor, text: str, etype: str) -> list[tuple[str, list[str], list[str]]]:
    """(trigger, actor countries, target countries) of each event of ``etype`` in ``text``."""
    return [
        (
            e["trigger"],
            [a["country"] for a in e["actors"]],
            [t["country"] for t in e["targets"]],
        )
        for e in extract_events(extractor, text, "1987-06-01T12:00:00Z")
        if e["type"] == etype
    ]


def test_an_ultimatum_warns_for_the_subject_of_the_sentence_before(extractor):
    text = (
        "MOSCOW, Dec 12 (AFP) - The Defence Ministry in Moscow said leaflets would again be"
        " dropped on the capital urging civilians to leave by a safe corridor before Saturday."
        " An ultimatum issued on Monday had warned that those who stayed would be treated as"
        " terrorists."
    )
    assert [s[1] for s in _sides(extractor, text, "threat")] == [["RUS"]]


def test_an_owned_warning_keeps_its_owner(extractor):
    text = (
        "BEIRUT - Syria said its troops would stay in Lebanon. Israel's warning had said that"
        " any advance would be met with force."
    )
    assert all(s[1] != ["SYR"] for s in _sides(extractor, text, "threat"))


def test_an_envoy_titled_before_his_name_is_summoned(extractor):
    text = (
        "BONN, June 11 - West Germany ordered a Soviet trade official to leave the country"
        " within a week, the Foreign Ministry said today.\n\nA ministry spokesman said the"
        " decision was final. Soviet Ambassador Yuli Kvitsinsky was summoned to the ministry"
        " on Wednesday and told of the decision, he said."
    )
    assert ("Kvitsinsky summoned", ["DEU"], ["RUS"]) in _sides(extractor, text, "accusation")


def test_an_expulsion_in_the_passive_is_the_hosts(extractor):
    text = "LONDON - Two Soviet diplomats were expelled on Friday for spying."
    assert [s[1:] for s in _sides(extractor, text, "sanction")] == [(["GBR"], ["RUS"])]


def test_persona_non_grata_in_the_passive_is_the_hosts(extractor):
    text = (
        "BONN, June 11 - A ministry spokesman said the official, a deputy head of the Soviet"
        " trade mission in Cologne, had been declared persona non grata."
    )
    assert [s[1:] for s in _sides(extractor, text, "sanction")] == [(["DEU"], ["RUS"])]


def test_a_recall_in_the_passive_is_not_the_hosts(extractor):
    text = "LONDON - The Soviet ambassador was recalled for consultations."
    assert all(s[1] != ["GBR"] for s in _sides(extractor, text, "sanction"))


def test_a_sale_cut_off_to_a_state_is_an_embargo(extractor):
    text = (
        "WASHINGTON - President Carter has cut off the sale of 17 million tons of American"
        " grain to the Soviet Union."
    )
    events = [
        (e["cameo"], [t["country"] for t in e["targets"]])
        for e in extract_events(extractor, text)
        if e["type"] == "sanction"
    ]
    assert events == [("163", ["RUS"])]


def test_an_arms_sale_cut_off_stays_a_military_aid_halt(extractor):
    text = "WASHINGTON - Washington cut off arms sales to Iran in 1979."
    events = [e["cameo"] for e in extract_events(extractor, text) if e["type"] == "sanction"]
    assert events == ["1622"]


def test_states_named_as_the_worst_offenders_are_accused(extractor):
    text = (
        "VIENNA, Sept 9 - Delegates said Nazer named the United Arab Emirates and Kuwait as"
        " the worst offenders."
    )
    assert _sides(extractor, text, "accusation") == [("named", ["SAU"], ["ARE", "KWT"])]


def test_a_person_named_to_a_post_is_no_accusation(extractor):
    text = "LONDON - The minister named Peter Smith as the new ambassador to Kuwait."
    assert _sides(extractor, text, "accusation") == []


def test_commandos_freeing_hostages_is_a_rescue_by_force(extractor):
    text = (
        "TEL AVIV, July 4 (Reuter) - Israeli commandos flew 2,500 miles to Uganda overnight"
        " and freed more than 100 hostages held by pro-Palestinian hijackers at Entebbe"
        " airport, the Israeli army said on Sunday."
    )
    assert _sides(extractor, text, "attack") == [("freed hostages", ["ISR"], [])]
    assert _sides(extractor, text, "concession") == []


def test_a_state_freeing_hostages_still_concedes(extractor):
    text = "BEIRUT - Syria freed two French hostages on Friday."
    assert _sides(extractor, text, "concession") == [("freed hostages", ["SYR"], ["FRA"])]
