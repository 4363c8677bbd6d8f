"""Classes of the fourth own-wire study (fifteen more whole articles written in 1987 wire
style, ``benchmarks/data/own_wire4.*``): a demand or claim given up is a concession, an armed
act someone is only charged with is no act of its own, a ship named after its kind ('the
tanker Sea Isle City') is that kind of target, a missile that slams into or hits something is
an attack (not shelling, and not told twice), harm that only befalls people, told in the
passive with no party on either side, is a casualty count, no event, a vow joined to a report
of what forces did is the reporter's, and 'it' stands for no plural force; and the set's
score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

ARMED = ("attack", "airstrike", "shelling", "clash", "mass_violence")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in ARMED]


def test_a_demand_or_claim_given_up_is_a_concession(extractor):
    for text, doer in (
        ("Peking abandoned its demand for a Vietnamese pullout before any talks on Friday.", "CHN"),
        ("Bonn has dropped its claim to compensation for the seized freighter.", "DEU"),
        ("Manila shelved its insistence on a referendum on the U.S. bases, officials said.", "PHL"),
    ):
        events = extract_events(extractor, text)
        found = events_of_type(events, "concession")
        assert found and country_codes(found[0]["actors"]) == {doer}, text
        assert not events_of_type(events, "demand"), text
    # a demand made or renewed stays a demand
    text = "Iraq renewed its demand for a withdrawal of all forces to the border."
    assert events_of_type(extract_events(extractor, text), "demand")


def test_an_armed_act_someone_is_only_charged_with_is_no_act(extractor):
    for text in (
        "Eritrean rebels accused the Ethiopian government of genocide in the north.",
        "Lebanon's Druze leader charged the militia with massacres in the Chouf.",
        "Kabul accused Islamabad of aggression along the frontier on Sunday.",
    ):
        events = extract_events(extractor, text)
        assert events_of_type(events, "accusation"), text
        assert not _armed(events), text
    # the act keeps its own doer when the noun names one
    text = "Tehran accused Baghdad of its chemical attacks on Kurdish villages."
    assert _armed(extract_events(extractor, text))


def test_a_ship_named_after_its_kind_is_struck_as_that_kind(extractor):
    # a name with a place word in it ('City') is still the ship the kind names
    text = "A Silkworm hit the Kuwaiti tanker Bay City on Friday, shipping sources said."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and "KWT" in country_codes(found[0]["targets"])
    text = "Iranian gunboats struck the Norwegian freighter Berge Lord near Abu Musa on Monday."
    found = _armed(extract_events(extractor, text))
    assert found and "NOR" in country_codes(found[0]["targets"])


def test_a_missile_that_slams_into_a_target_is_one_attack(extractor):
    text = "An Iraqi missile slammed into an Iranian oil terminal at Lavan on Tuesday."
    events = _armed(extract_events(extractor, text))
    assert [e["type"] for e in events] == ["attack"]
    assert country_codes(events[0]["actors"]) == {"IRQ"}
    assert country_codes(events[0]["targets"]) == {"IRN"}
    text = "A Syrian missile struck the Israeli patrol boat off Tyre on Friday."
    events = _armed(extract_events(extractor, text))
    assert len(events) == 1 and events[0]["type"] == "attack"
    # shells and rockets that slam into a town stay shelling
    text = "Iraqi shells slammed into the Iranian border town of Mehran overnight."
    assert events_of_type(extract_events(extractor, text), "shelling")


def test_casualties_counted_with_no_party_are_no_event(extractor):
    for text in (
        "Hospital sources said at least 19 people were killed and 40 wounded.",
        "Residents said several guerrillas had been shot dead during the night.",
    ):
        assert not _armed(extract_events(extractor, text)), text
    # a thing shot down is no casualty count
    text = "Officials said the cargo plane had been shot down near the border on Sunday."
    assert _armed(extract_events(extractor, text))
    # a victim of a named country, or a doer named by 'by', keeps the event
    text = "Two French soldiers were killed in Beirut on Sunday, the army said."
    found = _armed(extract_events(extractor, text))
    assert found and "FRA" in country_codes(found[0]["targets"])
    text = "Three villagers were killed by Sudanese troops near the border on Monday."
    found = _armed(extract_events(extractor, text))
    assert found and "SDN" in country_codes(found[0]["actors"])


def test_a_vow_after_a_report_of_forces_is_the_reporters(extractor):
    text = (
        "Baghdad said Iranian gunboats had attacked two tankers near Bubiyan, killing a "
        "sailor, and vowed to punish the aggressors."
    )
    found = events_of_type(extract_events(extractor, text), "threat")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}
    # a person reported as the doer keeps his own vow
    text = "Reagan said Gorbachev had accepted the plan and promised to visit Washington."
    found = events_of_type(extract_events(extractor, text), "pledge")
    assert not found or country_codes(found[0]["actors"]) == {"RUS"}


def test_it_stands_for_no_plural_force(extractor):
    text = (
        "The Kurdish Democratic Party of Iraq said Turkish warplanes had bombed its bases. "
        "It called on the United Nations to condemn the raids."
    )
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and "TUR" not in country_codes(found[0]["actors"])
    # a country named before is still what 'it' stands for
    text = "Iraq said its forces had repulsed an Iranian attack. It called on Iran to end the war."
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}


def test_own_wire4_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire4")
    assert summary["recall"] >= 0.70
    assert summary["precision"] >= 0.56
    assert summary["dates"] >= 0.89
