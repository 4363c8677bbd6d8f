"""Rules of one round that fired wider than their purpose: an offensive opened is no vow, a
fight against police is a clash, a judged act keeps the doer 'by' names, drones with 'suicide'
on them stay aircraft, and new entries keep to their own kind of sentence."""

from __future__ import annotations

from stream.extract import Article


def _events(extractor, text: str) -> list[tuple[str, str, list]]:
    events = extractor.extract(Article(id="t", text=text, published_at="1991-05-06T09:00:00Z"))
    return [(e["type"], e["cameo"], [a["country"] for a in e["actors"]]) for e in events]


def test_an_offensive_opened_is_an_attack_not_a_vow(extractor):
    got = _events(
        extractor, "Ethiopia opened a fresh offensive against Somali positions on Friday."
    )
    assert [t for t, _, _ in got] == ["attack"]


def test_open_to_dialogue_stays_a_readiness_to_meet(extractor):
    got = _events(extractor, "Pakistan said it was open to talks with India on Kashmir.")
    assert ("meeting", "036", ["PAK"]) in got


def test_a_fight_against_riot_police_is_a_clash(extractor):
    got = _events(extractor, "Miners fought against riot police in Bucharest on Thursday.")
    assert [t for t, _, _ in got] == ["clash"]


def test_a_person_or_bank_fighting_against_a_thing_is_no_clash(extractor):
    for text in (
        "The jailed publisher Anton Weller is still fighting against extradition to France.",
        "The Bundesbank fought against currency market pressure for a cut in rates.",
    ):
        assert not any(t == "clash" for t, _, _ in _events(extractor, text)), text


def test_an_act_judged_with_its_doer_named_by_by_stays_that_doers(extractor):
    text = "Jordan described the raid by Israeli commandos on the village as an outrage."
    got = _events(extractor, text)
    assert any(t == "attack" and actors == ["ISR"] for t, _, actors in got)


def test_suicide_drones_still_strike_from_the_air(extractor):
    got = _events(extractor, "Iranian suicide drones hit a Saudi pumping station on Sunday.")
    assert [(t, c) for t, c, _ in got] == [("airstrike", "195")]


def test_a_team_travelling_to_a_country_pays_no_visit(extractor):
    assert not _events(extractor, "The Kenyan team went to Japan for the marathon season.")


def test_rifles_turned_over_to_a_militia_are_no_disarmament(extractor):
    text = "They turned over the rifles to Druze fighters in the Chouf mountains."
    assert not any(c == "0873" for _, c, _ in _events(extractor, text))


def test_briefing_a_cabinet_on_a_home_inquiry_shares_no_intelligence(extractor):
    text = "The labour minister briefed the government on the investigation into the mine blast."
    assert not any(c == "064" for _, c, _ in _events(extractor, text))


def test_a_report_about_a_third_state_rejected_is_no_denial(extractor):
    text = "Paris rejected the World Bank report on Chad's finances."
    assert not any(c == "016" for _, c, _ in _events(extractor, text))
