"""Classes of errors read off CAMEO batch 35 (benchmarks/data/cameo_own34.jsonl) and the
batches before it, each on sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import country_codes, live_events, type_cameos

PUB = "2001-05-20T12:00:00Z"
_live = partial(live_events, published_at=PUB)
_codes = partial(type_cameos, published_at=PUB)


def test_a_host_receiving_a_titled_guest_is_read(extractor):
    # the guest's capitalised title is the object the visit entry needs
    text = "Latvian President Guntis Ulmanis received Estonian Prime Minister Mart Laar in Riga."
    visits = [e for e in _live(extractor, text) if e["cameo"] == "043"]
    assert visits and country_codes(visits[0]["actors"]) == {"LVA"}, _codes(extractor, text)


def test_weapons_put_beyond_use_are_decommissioned(extractor):
    text = "The loyalist paramilitaries put their arms beyond use on Tuesday, the commission said."
    assert ("withdrawal", "0873") in _codes(extractor, text)


def test_a_verdict_the_parser_hung_as_a_clause_is_the_courts(extractor):
    text = "A court in Tbilisi found the former security minister guilty of treason."
    assert ("accusation", "116") in _codes(extractor, text)


def test_a_verdict_told_with_its_sentence_is_the_sentence(extractor):
    text = (
        "The former minister was sentenced to ten years in prison on Monday after a court in "
        "Baku found him guilty of organising riots."
    )
    codes = _codes(extractor, text)
    assert ("coercion", "173") in codes and ("accusation", "116") not in codes, codes


def test_a_truce_that_holds_is_no_ceasefire_declared(extractor):
    text = "Albanian refugees returned to Tetovo on Saturday as the ceasefire with the rebels held."
    assert not [c for c in _codes(extractor, text) if c[0] == "ceasefire"]
    text = "The Abkhaz leadership declared a ceasefire on Monday."
    assert ("ceasefire", "0871") in _codes(extractor, text)
    text = "The truce between Georgia and the Abkhaz separatists has held since May, U.N. observers said."
    assert ("ceasefire", "0871") in _codes(extractor, text)


def test_a_contest_for_a_post_is_no_fighting(extractor):
    texts = (
        "The battle for the leadership of the Social Democrats was settled at a congress.",
        "The battle for the Communist Party's nomination in Moldova ended at a primary.",
    )
    found = {text: _codes(extractor, text) for text in texts}
    assert not [c for codes in found.values() for c in codes if c[0] in ("clash", "attack")], found


def test_a_battle_for_a_town_stays_fighting(extractor):
    text = "Rebels fought government troops for control of the town of Tetovo."
    assert [c for c in _codes(extractor, text) if c[0] in ("clash", "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "A gunman fired at the motorcade of the Armenian president in Yerevan on Tuesday.",
        "Gunmen fired at President Shevardnadze's car on Monday.",
        "Gunmen fired at Prime Minister Zoran Djindjic on Friday.",
    ],
)
def test_shots_at_a_leader_are_an_attempted_assassination(extractor, text):
    assert ("attack", "185") in _codes(extractor, text)


def test_forces_rolling_into_a_country_invade_it(extractor):
    for text in (
        "Russian tanks rolled into Georgia on Friday.",
        "Iraqi tanks and troops rolled into Kuwait at dawn.",
    ):
        codes = _codes(extractor, text)
        assert ("occupation", "192") in codes and ("deployment", "154") not in codes, codes


def test_forces_marching_into_a_town_stay_deployed(extractor):
    text = "Serbian troops marched into the town of Vucitrn on Sunday."
    assert ("deployment", "154") in _codes(extractor, text)


def test_a_protest_ended_by_a_resignation_is_no_withdrawal(extractor):
    text = "The Kyrgyz prime minister resigned on Monday, ending two weeks of street protests."
    codes = _codes(extractor, text)
    assert ("withdrawal", "087") not in codes and [c for c in codes if c[0] == "concession"]


def test_protesters_ending_their_own_strike_still_withdraw(extractor):
    text = "Romanian miners ended their strike on Monday."
    assert ("withdrawal", "087") in _codes(extractor, text)


def test_a_bomb_planted_by_a_group_is_the_groups(extractor):
    text = "A car bomb planted by ETA killed two policemen in Bilbao on Sunday."
    bombs = [e for e in _live(extractor, text) if e["cameo"] == "183"]
    assert bombs and country_codes(bombs[0]["actors"]) == {"ESP"}, bombs


def test_the_real_ira_is_britains_armed_group(extractor):
    text = "The Real IRA planted a bomb outside the BBC in London on Sunday."
    bombs = [e for e in _live(extractor, text) if e["type"] == "attack"]
    assert bombs and country_codes(bombs[0]["actors"]) == {"GBR"}, bombs


def test_a_crowd_of_a_persons_followers_is_of_the_town_it_rallies_in(extractor):
    for text, country in (
        ("Thousands of supporters of Alexander Milinkevich rallied in Minsk on Sunday.", "BLR"),
        ("Hundreds of thousands of supporters of Viktor Yushchenko rallied in Kiev.", "UKR"),
    ):
        protests = [e for e in _live(extractor, text) if e["type"] == "protest"]
        assert protests and country_codes(protests[0]["actors"]) == {country}, protests


def test_forces_put_on_alert_along_a_line_are_alerted(extractor):
    text = "Armenia put its troops along the ceasefire line with Azerbaijan on full combat alert."
    assert ("deployment", "152") in _codes(extractor, text)


def test_captives_read_as_a_clause_are_freed(extractor):
    text = "The rebels said on Sunday they would free the Russian soldiers captured near Bamut."
    assert [c for c in _codes(extractor, text) if c[0] in ("pledge", "concession")]


def test_peacekeepers_taking_up_positions_keep_the_peace(extractor):
    text = "CIS peacekeepers took up positions in the security zone on Thursday."
    assert ("peacekeeping", "074") in _codes(extractor, text)
