"""Wordings of modern news and of CAMEO's example sentences that the eleventh own-wording batch
(benchmarks/data/cameo_own10.jsonl) showed missed or misread: meeting and telling idioms,
drones flown at targets, forces that move into a place, villages emptied of their people,
rallies whose participle says what they want, calls for someone to act, and amounts written
with a currency sign. Sentences written for these tests."""

from __future__ import annotations

from test_cameo_own import _codes, _extract


def _from(extractor, text: str, etype: str) -> list[tuple[str | None, str | None]]:
    """(first doer's country, first target's country) of each event of ``etype``."""
    return [
        (
            e["actors"][0]["country"] if e["actors"] else None,
            e["targets"][0]["country"] if e["targets"] else None,
        )
        for e in _extract(extractor, text)
        if e["type"] == etype and not e["negated"]
    ]


def test_sitting_down_with_envoys_or_commanders_is_a_meeting(extractor):
    text = "Kenya's foreign minister sat down with envoys of the Ethiopian government in Nairobi."
    assert ("KEN", "ETH") in _from(extractor, text, "meeting")
    text = "The Colombian negotiators sat down with guerrilla commanders in Havana."
    assert ("meeting", "040") in _codes(extractor, text)


def test_briefing_named_envoys_or_a_counterpart_is_a_statement_to_them(extractor):
    text = "The Finnish president briefed his Swedish counterpart about the border incidents."
    assert ("FIN", "SWE") in _from(extractor, text, "statement")
    text = "India's foreign secretary briefed Nepalese diplomats on the new visa rules."
    assert ("IND", "NPL") in _from(extractor, text, "statement")


def test_drones_launched_or_flown_at_a_target_are_an_air_attack(extractor):
    text = "Militia fighters launched a wave of drones at an American base in eastern Syria."
    assert ("airstrike", "195") in _codes(extractor, text)
    text = "Ukrainian forces flew drones at an oil depot in the Russian city of Belgorod."
    assert ("UKR", "RUS") in _from(extractor, text, "airstrike")


def test_forces_that_move_into_a_town_or_country_occupy_it_not_into_position(extractor):
    text = "Turkish troops moved into the Syrian town of Afrin on Sunday."
    assert ("occupation", "192") in _codes(extractor, text)
    text = "Vietnamese forces moved into Cambodia in December."
    assert ("VNM", "KHM") in _from(extractor, text, "occupation")
    text = "Pakistani troops moved into position along the frontier."
    assert "occupation" not in {t for t, _ in _codes(extractor, text)}


def test_villages_depopulated_or_emptied_by_armed_men_are_a_mass_expulsion(extractor):
    text = "Government-backed militias depopulated a string of Darfur villages last year."
    assert ("mass_violence", "201") in _codes(extractor, text)
    text = "Rebel fighters emptied four hamlets near the Burundian border."
    assert ("mass_violence", "201") in _codes(extractor, text)


def test_a_rally_whose_participle_says_what_it_wants_is_a_protest(extractor):
    text = "Tens of thousands of Serbs rallied in Belgrade on Friday, demanding a new government."
    assert "protest" in {t for t, _ in _codes(extractor, text)}
    text = (
        "Hundreds of nurses gathered outside the Manila health ministry, chanting for higher pay."
    )
    assert "protest" in {t for t, _ in _codes(extractor, text)}


def test_a_party_calling_for_someone_to_resign_asks_it_and_concedes_nothing(extractor):
    text = "The Malawian opposition parties called for the finance minister to step down."
    codes = _codes(extractor, text)
    assert "appeal" in {t for t, _ in codes}
    assert "concession" not in {t for t, _ in codes}
    text = "A Kenyan teachers' union called for the government to free the jailed strike leaders."
    assert "appeal" in {t for t, _ in _codes(extractor, text)}


def test_a_contract_calling_for_payment_asks_nothing(extractor):
    text = "The Brazilian contract calls for the buyers to pay in dollars."
    assert "appeal" not in {t for t, _ in _codes(extractor, text)}


def test_an_amount_written_with_a_currency_sign_is_money_given(extractor):
    text = "Sweden donated $35 million to Mozambique for flood relief."
    assert ("SWE", "MOZ") in _from(extractor, text, "aid")
    text = "The Asian Development Bank lent Laos $80 million."
    assert "aid" in {t for t, _ in _codes(extractor, text)}
    text = "The Swiss drug maker paid $40 million for a stake in the Indian firm."
    assert "aid" not in {t for t, _ in _codes(extractor, text)}


def test_deliveries_of_relief_resumed_are_aid_but_halted_ones_are_not(extractor):
    text = "UNICEF resumed deliveries of medicine to Yemen after a three-week pause."
    assert ("aid", "073") in _codes(extractor, text)
    text = "Moscow halted deliveries of gas to Bulgaria on Wednesday."
    assert "aid" not in {t for t, _ in _codes(extractor, text)}
