"""Frames and word senses of the twentieth own-wording CAMEO batch (agency reports of the
1990s), each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("1997-03-12T12:00:00Z")


def _fights(extractor, text: str) -> set[str]:
    """CAMEO codes of fighting (19x but blockades and occupations) in the sentence."""
    return {c for _, c in _codes(extractor, text) if c[:2] == "19" and c[:3] not in ("191", "192")}


def test_forces_fighting_for_control_of_a_town_fight(extractor):
    """A fight 'for control of' a place by troops against fighters is a battle, not a contest
    for a company, even when the parser takes the town's name for an organisation; a fight
    for control of a bank by shareholders stays business."""
    assert _fights(extractor, "Russian troops battled separatist fighters for control of Gudermes.")
    assert _fights(extractor, "Bosnian Serb troops fought government forces for control of Brcko.")
    assert not _fights(extractor, "Two groups of shareholders fought for control of the bank.")


def test_gunners_duelling_across_a_frontier_clash(extractor):
    """Duelling with guns across a front is an exchange of fire; a duel of words is not."""
    assert "clash" in _types(extractor, "Serb and Croat gunners duelled across the Sava river.")
    assert "clash" in _types(
        extractor, "Indian and Pakistani troops duelled across the border in Punjab."
    )
    assert "clash" not in _types(
        extractor, "The two candidates duelled over taxes in a televised debate."
    )


def test_an_accord_named_with_a_capital_is_signed(extractor):
    """An accord named by its proper name ('the Lusaka Protocol', 'the Erdut Agreement')
    is still an accord signed; the sentence is read although its accord word is capitalised."""
    assert ("agreement", "057") in _codes(
        extractor, "Liberia's warring factions signed the Abuja Accord on Saturday."
    )
    assert ("agreement", "057") in _codes(
        extractor, "Croatia and the local Serbs signed the Erdut Agreement on eastern Slavonia."
    )


def test_a_suspension_of_hostilities_is_a_ceasefire(extractor):
    """Suspending or announcing a suspension or cessation of hostilities is a ceasefire,
    not an attack ('hostilities' alone stays an armed word)."""
    for text in (
        "The rebels announced a suspension of hostilities against the army.",
        "The Burundian army declared a cessation of hostilities in the north.",
        "The Tamil rebels suspended hostilities for the New Year holiday.",
    ):
        assert ("ceasefire", "0871") in _codes(extractor, text), text
        assert "attack" not in _types(extractor, text), text
    assert "attack" in _types(extractor, "The rebels resumed hostilities against the army.")


def test_an_assassination_attempt_is_an_attempt_on_a_life(extractor):
    """An assassination attempt is CAMEO 185 (attempt to assassinate), not a battle."""
    assert ("attack", "185") in _codes(
        extractor, "The Azerbaijani president survived an assassination attempt in Baku."
    )
    assert ("attack", "185") in _codes(
        extractor, "Gunmen carried out an assassination attempt on the Tajik mayor."
    )


def test_found_guilty_with_the_adjective_hung_on_the_object(extractor):
    """'found a former militia leader guilty of murder': the parser hangs 'guilty' on the
    object; it is still the verdict (116), not the murder; 'found the guilty man' is none."""
    for text in (
        "A Kigali court found a former militia leader guilty of murder.",
        "The Hague tribunal found a Bosnian Serb commander guilty of war crimes in Foca.",
    ):
        assert _codes(extractor, text) == {("accusation", "116")}, text
    assert ("accusation", "116") not in _codes(
        extractor, "A Moscow court found the guilty man in contempt."
    )


def test_calling_a_leader_or_capital_to_talk_is_a_telephone_call(extractor):
    """'called his Russian counterpart to discuss …': calling a leader or a capital with a
    purpose of talk is a call (041); calling parties to act stays no call."""
    assert ("call", "041") in _codes(
        extractor, "The Kazakh president called his Russian counterpart to discuss the lease."
    )
    assert ("call", "041") in _codes(
        extractor, "The Uzbek leader called Dushanbe to discuss the border incidents."
    )
    assert ("call", "041") not in _codes(
        extractor, "The president called the factions to negotiate."
    )


def test_fertiliser_and_seed_shipped_to_a_country_are_aid(extractor):
    """Fertiliser and seed sent or shipped to a country are aid, as food and tents are;
    grain shipped is trade."""
    assert "aid" in _types(extractor, "Japan shipped 50,000 tonnes of fertiliser to North Korea.")
    assert "aid" in _types(extractor, "Seoul sent seed and fertilizer to the North.")
    assert "aid" not in _types(extractor, "Argentina shipped wheat to Russia.")


def test_a_state_or_alliance_that_bombs_strikes_from_the_air(extractor):
    """A state, a capital or a military alliance that bombs strikes from the air (195), as
    its jets do; militants, separatists or a people that bomb set off bombs (183)."""
    for text in (
        "Russia bombed rebel bases in the Chechen mountains.",
        "NATO bombed bridges across Serbia for a fifth night.",
        "Baghdad bombed Kurdish villages near the Iranian border.",
    ):
        assert ("airstrike", "195") in _codes(extractor, text), text
    for text in (
        "Militants bombed a market in Peshawar.",
        "Chechen separatists bombed a bus in Moscow.",
    ):
        assert ("attack", "183") in _codes(extractor, text), text
