"""Classes of BBC misses and false events read on the seventh BBC tuning set and the sets
before it: blasts that rock a place, closures of cafes and websites, the singular 'arm' and
goods put to civilian use, British offices and police forces, detention in prison or without
trial, and deals sought. Each rule on sentences written for the test, beside one that must
keep (or not give) the event."""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types


def test_blasts_that_rock_a_place_are_bombings_of_its_country(extractor):
    for text, iso in (
        ("Three explosions rocked the Kenyan port of Mombasa on Saturday.", "KEN"),
        ("Pakistani officials said two blasts shook Karachi on Friday.", "PAK"),
    ):
        events = [e for e in _extract(extractor, text) if e["type"] == "attack"]
        assert any(t["country"] == iso for e in events for t in e["targets"]), text
    for text in (
        "The bribery scandal rocked the Kenyan government last year.",
        "News of the explosion shook markets in Karachi.",
    ):
        assert "attack" not in _types(extractor, text), text


def test_authorities_closing_cafes_websites_and_magazines_coerce(extractor):
    for text in (
        "Vietnamese police closed 800 internet cafes in Hanoi last month.",
        "The Iranian authorities shut two reformist magazines on Sunday.",
    ):
        assert "coercion" in _types(extractor, text), text
    assert "coercion" not in _types(extractor, "The owner closed the cafe early on Sunday.")


def test_a_singular_arm_is_a_branch_not_a_weapon(extractor):
    sold = "The Kremlin sold the company's refining arm to a state-run bank last year."
    assert "arms_transfer" not in _types(extractor, sold)
    kept = "Moscow sold arms to Syria last year."
    assert (["RUS"], ["SYR"]) in side_countries(_extract(extractor, kept), "arms_transfer")


def test_goods_for_civilian_use_are_aid_or_trade_not_arms(extractor):
    sent = "Germany sent medical equipment and farm vehicles to Ethiopia on Monday."
    events = _extract(extractor, sent)
    assert "arms_transfer" not in {e["type"] for e in events}
    assert (["DEU"], ["ETH"]) in side_countries(events, "aid")
    traded = "His firm will export building materials to Chile and Peru next year."
    assert "arms_transfer" not in _types(extractor, traded)
    kept = "Germany sent military equipment to Turkey on Monday."
    assert (["DEU"], ["TUR"]) in side_countries(_extract(extractor, kept), "arms_transfer")


def test_the_home_secretary_and_county_police_are_british(extractor):
    said = "The home secretary has criticised the Syrian government over the arrests."
    assert (["GBR"], ["SYR"]) in side_countries(_extract(extractor, said), "accusation")
    owned = "Pakistan's home secretary criticised the Indian government on Monday."
    assert (["PAK"], ["IND"]) in side_countries(_extract(extractor, owned), "accusation")
    police = "Lancashire police arrested two Syrian diplomats on Tuesday."
    assert (["GBR"], ["SYR"]) in side_countries(_extract(extractor, police), "coercion")


def test_people_held_in_prison_or_without_trial_are_detained(extractor):
    for text, pair in (
        ("Egypt is holding three Sudanese students in a prison near Cairo.", (["EGY"], ["SDN"])),
        ("Britain has held the Algerian suspects without charge since May.", (["GBR"], ["DZA"])),
        ("Iran is holding two Iraqi pilots in a jail in Tehran.", (["IRN"], ["IRQ"])),
    ):
        assert pair in side_countries(_extract(extractor, text), "coercion"), text
    for text in (
        "The two presidents held talks in the prison governor's old office.",
        "The bank holds the Iraqi shares in custody for its clients.",
    ):
        assert "coercion" not in _types(extractor, text), text


def test_detention_without_trial_as_a_practice_is_no_arrest(extractor):
    for text in (
        "The minister tried to justify detention without trial for foreign nationals.",
        "Ministers must now rewrite the system of internment without charge.",
    ):
        assert "coercion" not in _types(extractor, text), text
    kept = "The detention of six Tunisians without trial angered Tunis."
    assert "coercion" in _types(extractor, kept)


def test_a_deal_sought_with_a_country_is_an_intended_agreement(extractor):
    sought = "Britain is seeking agreements with Jordan and Tunisia on the suspects."
    events = [e for e in _extract(extractor, sought) if e["type"] == "agreement"]
    assert events and events[0]["cameo"].startswith("03")
    assert {t["country"] for t in events[0]["targets"]} == {"JOR", "TUN"}
    allowed = "Deals are being sought to allow France to send the suspects back to Algeria."
    assert "threat" not in _types(extractor, allowed)
    vowed = "Iraq agreed to expel the Iranian diplomats."
    assert "threat" in _types(extractor, vowed)


def test_a_home_secretary_named_with_his_title_is_british(extractor):
    named = "Home Secretary Tom Fenwick criticised the Syrian government over the arrests."
    assert (["GBR"], ["SYR"]) in side_countries(_extract(extractor, named), "accusation")
    owned = "Pakistan's Home Secretary Ali Raza criticised the Indian government on Monday."
    assert (["PAK"], ["IND"]) in side_countries(_extract(extractor, owned), "accusation")


def test_a_home_secretary_named_in_an_unparsed_sentence_is_british(extractor):
    from stream.extract.actors import context_mentions

    mentions = context_mentions("Home Secretary Tom Fenwick spoke on Monday.", extractor.gazetteer)
    people = [m.person for m in mentions if m.person is not None]
    assert [(p.name, p.country) for p in people] == [("Tom Fenwick", "GBR")]
