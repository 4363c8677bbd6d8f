"""Classes of the ninth own-wire study (twelve more whole articles written in 1987 wire style
on events of 1985-1990, ``benchmarks/data/own_wire9.*``): weapons bought from a supplier are
an arms transfer; 'Sandinista' names Nicaragua; 'the first of', 'the last of', 'the rest of'
a force are that force; ships bumped or rammed are attacked; an accord honoured is a pledge;
captives freed in an assault are rescued, not released; a thing given to no one is not
given; an act watched in the progressive is no act; a verb of speaking after 'and' joined to
a past perfect in a told clause is the speaker's; and the set's score floor. Sentences
written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_weapons_bought_from_a_supplier_are_an_arms_transfer(extractor):
    text = "Egypt bought 40 Mirage fighters from France last year, officials said."
    found = events_of_type(extract_events(extractor, text), "arms_transfer")
    assert found and country_codes(found[0]["actors"]) == {"FRA"}
    assert country_codes(found[0]["targets"]) == {"EGY"}
    text = "Jordan purchased a large quantity of missiles from Britain in 1986."
    assert events_of_type(extract_events(extractor, text), "arms_transfer")


def test_goods_that_are_no_weapons_bought_are_no_arms_transfer(extractor):
    for text in (
        "The national airline bought three Boeing jets from the United States.",
        "Kenya bought new computer equipment from Japan on Monday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "arms_transfer"), text


def test_sandinista_names_nicaragua(extractor):
    text = "Sandinista troops shelled a rebel camp near the Coco river on Tuesday."
    found = [e for e in extract_events(extractor, text) if e["type"] in ("shelling", "attack")]
    assert found and country_codes(found[0]["actors"]) == {"NIC"}
    text = "The Sandinista government rejected the peace proposal on Monday."
    found = events_of_type(extract_events(extractor, text), "rejection")
    assert found and country_codes(found[0]["actors"]) == {"NIC"}


def test_the_first_or_last_of_a_force_is_that_force(extractor):
    text = "The first of 800 Belgian troops landed in Kinshasa on Sunday."
    found = events_of_type(extract_events(extractor, text), "deployment")
    assert found and country_codes(found[0]["actors"]) == {"BEL"}
    text = "The last of the Cuban soldiers left Angola on Friday, the radio said."
    found = events_of_type(extract_events(extractor, text), "withdrawal")
    assert found and country_codes(found[0]["actors"]) == {"CUB"}


def test_ships_bumped_or_rammed_are_attacked(extractor):
    text = "A Soviet destroyer rammed a Norwegian trawler in the Barents Sea on Friday."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) & {"RUS", "SUN"}
    text = "Two Turkish gunboats bumped a Greek survey vessel near Lesbos."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"TUR"}


def test_an_accord_honoured_is_a_pledge(extractor):
    text = "Angola's foreign minister said his country would honour the ceasefire agreement."
    found = events_of_type(extract_events(extractor, text), "pledge")
    assert found and country_codes(found[0]["actors"]) == {"AGO"}


def test_captives_freed_in_an_assault_are_rescued(extractor):
    for text in (
        "Egyptian commandos stormed the airliner at Luqa and freed 20 hostages.",
        "Italian police raided a farmhouse near Nuoro, freeing two kidnapped hostages.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "concession"), text
    text = "Iraq freed 60 Iranian prisoners of war on Tuesday, the Red Cross said."
    assert events_of_type(extract_events(extractor, text), "concession")
    text = "Chad pardoned and released 40 Libyan prisoners on Sunday."  # two verbs of freeing
    assert events_of_type(extract_events(extractor, text), "concession")


def test_a_thing_given_to_no_one_is_not_given(extractor):
    text = '"Spain keeps its promises, but it has given its word to nobody," the minister said.'
    assert not events_of_type(extract_events(extractor, text), "pledge")
    text = "Spain has given its word to Morocco that it will not arm the rebels."
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_an_act_watched_in_the_progressive_is_no_act(extractor):
    for text in (
        "Pakistan said it was watching Indian troop deployments along the border closely.",
        "Western navies are monitoring the visit of the Soviet squadron to Libya.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "deployment") and not events_of_type(events, "visit"), (
            text
        )


def test_a_speech_act_after_a_past_perfect_in_a_told_clause_is_the_speakers(extractor):
    text = (
        "Radio Kabul said Pakistan had shelled border posts and accused Islamabad of arming "
        "the rebels."
    )
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"AFG"}
    text = (
        "The Syrian news agency SANA said Israel had violated the truce and demanded an "
        "emergency session of the Security Council."
    )
    found = events_of_type(extract_events(extractor, text), "demand")
    assert found and country_codes(found[0]["actors"]) == {"SYR"}


def test_an_armed_act_after_a_past_perfect_stays_in_the_told_clause(extractor):
    text = "Iran said Iraqi jets had bombed Dezful and killed 20 civilians."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}


def test_own_wire9_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire9")
    assert summary["recall"] >= 0.72
    assert summary["precision"] >= 0.67
    assert summary["dates"] >= 0.95


def test_a_purchase_put_off_from_no_one_named_is_no_refusal(extractor):
    text = "The Danish navy has postponed plans to buy new patrol frigates."
    assert not extract_events(extractor, text)
    text = "The Danish navy bought three patrol frigates from Sweden."
    assert events_of_type(extract_events(extractor, text), "arms_transfer")
