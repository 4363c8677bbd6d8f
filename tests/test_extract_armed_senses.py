"""Armed words in other senses (a firm's operations, a promotion campaign), each rule on
sentences written for the test."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))


def test_a_firm_beginning_or_stepping_up_operations_is_no_attack(extractor):
    for text in (
        "The Taiwanese shipbuilder has lost money since beginning operations in 1975.",
        "A Saudi bank is expected to step up its London operations.",
        "The new Thai airport should start operation by mid-1992.",
    ):
        assert not side_countries(_extract(extractor, text), "attack"), text


def test_a_campaign_with_no_arms_is_no_attack(extractor):
    promotion = "The Australian meat industry launched an aggressive promotion campaign in Japan."
    assert not side_countries(_extract(extractor, promotion), "attack")
    against_a_thing = "The Canadian minister will not wage a vigorous campaign against the plan."
    assert not side_countries(_extract(extractor, against_a_thing), "attack")


def test_armed_operations_and_campaigns_stay_attacks(extractor):
    cases = {
        "Iraqi troops launched a military operation near Basra.": ["IRQ"],
        "Syrian jets conducted operations over the Bekaa valley.": ["SYR"],
        "The Peruvian army began an operation against the rebels.": ["PER"],
    }
    for text, who in cases.items():
        assert any(a == who for a, _ in side_countries(_extract(extractor, text), "attack")), text


def test_attacking_a_forecast_or_a_policy_is_criticism(extractor):
    verb = _extract(extractor, "Japan has also attacked the IMF forecasts.")
    assert (["JPN"], []) in side_countries(verb, "accusation")
    assert not side_countries(verb, "attack")
    noun = _extract(extractor, "The United States joined in the attack on Japan's fiscal policy.")
    assert side_countries(noun, "accusation") and not side_countries(noun, "attack")


def test_an_attack_from_critics_is_their_criticism(extractor):
    minister = _extract(extractor, "The attack from the German farm minister came at a bad time.")
    assert side_countries(minister, "accusation") == [(["DEU"], [])]
    deputies = _extract(
        extractor, "The Egyptian minister came under attack from opposition deputies."
    )
    assert ["EGY"] not in [who for who, _ in side_countries(deputies, "attack")]
    assert not side_countries(deputies, "attack")


def test_a_person_under_attack_with_no_one_named_is_no_event(extractor):
    text = "The Brazilian finance minister has come under increasing attack in recent days."
    events = _extract(extractor, text)
    assert not side_countries(events, "attack") and not side_countries(events, "accusation")


def test_armed_attacks_on_things_and_from_forces_stay_attacks(extractor):
    tankers = _extract(extractor, "Two Syrian tankers came under attack from Iraqi warplanes.")
    assert (["IRQ"], ["SYR"]) in side_countries(tankers, "attack")
    national = _extract(extractor, "Kuwaiti tankers have come under repeated Iranian attack.")
    assert side_countries(national, "attack")


def test_fighting_a_sale_a_bid_or_proposals_is_no_clash(extractor):
    for text in (
        "Two American ministers fought the planned sale of the chip maker to a Japanese firm.",
        "In Japan, the British company is battling against proposals to merge two consortia.",
        "The Swedish group fought back a bid by a London financier.",
    ):
        assert not side_countries(_extract(extractor, text), "clash"), text


def test_armed_fights_over_a_stake_stay_clashes(extractor):
    police = _extract(extractor, "Rebels clashed with police over the control of the town.")
    assert side_countries(police, "clash")
    troops = _extract(extractor, "Iraqi troops fought Iranian forces near Basra on Monday.")
    assert (["IRQ"], ["IRN"]) in side_countries(troops, "clash")


def test_deaths_in_disasters_and_accidents_are_no_attacks(extractor):
    for text in (
        "A strong earthquake hit northern Peru on Monday, killing 12 people.",
        "Six children were killed in crashes of school buses last year.",
        "In recent years, 45 children were injured and six killed in crashes of school buses.",
        "Floods killed 40 people in southern Chile.",
        "Two workers were killed in a fire at the Scottish refinery.",
    ):
        assert not side_countries(_extract(extractor, text), "attack"), text


def test_deaths_in_attacks_and_blasts_stay_attacks(extractor):
    attack = _extract(extractor, "Twelve people were killed in an attack on a Peruvian village.")
    assert ([], ["PER"]) in side_countries(attack, "attack")
    blast = _extract(extractor, "Two soldiers were killed in an explosion at a Turkish army post.")
    assert side_countries(blast, "attack")


def test_words_fired_at_someone_are_no_armed_act(extractor):
    for text in (
        "The Greek premier fired a broadside at the European Commission over farm quotas.",
        "Angry farmers fired questions at the agriculture minister in Dublin.",
        "The Kenyan opposition fired a fresh volley of complaints at the electoral board.",
        "The senator fired an open letter at the Saudi ambassador.",
    ):
        events = _extract(extractor, text)
        assert not [e for e in events if e["type"] in ("clash", "attack")], text


def test_arms_fired_at_someone_stay_armed_acts(extractor):
    for text in (
        "Greek coastguards fired warning shots at a Turkish fishing boat.",
        "A British frigate fired a salvo of missiles at an unidentified submarine.",
        "Iraqi gunners fired at Iranian positions near Basra.",
    ):
        events = _extract(extractor, text)
        assert [e for e in events if e["type"] in ("clash", "attack", "shelling")], text
