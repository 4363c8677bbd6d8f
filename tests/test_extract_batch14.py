"""Wordings that the fourteenth own-wording batch (benchmarks/data/cameo_own13.jsonl) showed
misread: a clause read as a noun phrase with a phrase on its subject, relief goods handed out,
civilians protected, proceedings against a state, power handed to civilians, hackers' acts,
deadlines given until a date, conditional guesses of onlookers, elections called at home,
protests drawn from a party, deeds admitted. Sentences written for these tests."""

from __future__ import annotations

from test_cameo_own import _codes, _extract, _types


def _cameos(extractor, text: str) -> set[str]:
    return {c for _, c in _codes(extractor, text)}


def test_a_clause_read_as_a_noun_phrase_with_a_phrase_on_its_subject(extractor):
    """'Gunmen on motorbikes killed at least 20 villagers': the parser hangs 'killed' on
    'motorbikes' as a participle; with an object of its own it is the sentence's verb, also
    before a trailing attribution ('…, the army said')."""
    for text in (
        "Gunmen on camels killed at least 14 herders near Agadez.",
        "Bandits on motorcycles killed at least 30 farmers in Zamfara, the police said.",
        "The Saudi-led coalition bombed Hodeidah, residents said.",
    ):
        assert _types(extractor, text) & {"attack", "airstrike", "clash"}, text
    assert not _types(extractor, "Ships damaged in the storm, officials said.")


def test_proceedings_instituted_against_a_state_are_a_lawsuit(extractor):
    """'instituted proceedings against Myanmar at the World Court' (115); a company's suit
    against its former chairman is none."""
    suit = "Gambia instituted proceedings against Myanmar at the World Court."
    assert ("accusation", "115") in _codes(extractor, suit)
    firm = "The brewer started court proceedings against its former chairman for recovery."
    assert "accusation" not in _types(extractor, firm)


def test_relief_goods_handed_out_to_people_are_humanitarian_aid(extractor):
    """'distributed tents to displaced families', 'airdropped rice to villages': relief goods
    given to people (073); 'dropped bombs on villages' stays an air strike."""
    for text in (
        "Turkish aid teams distributed tarpaulins to displaced families in Idlib.",
        "Indian air force helicopters airdropped rice to villages cut off in Sri Lanka.",
    ):
        assert ("aid", "073") in _codes(extractor, text), text
    assert "aid" not in _types(extractor, "Syrian jets dropped bombs on villages near Idlib.")


def test_troops_protecting_civilians_give_protection(extractor):
    """'protected civilians in Darfur': forces protecting a population (074)."""
    codes = _codes(extractor, "Nigerian troops protected civilians in northern Liberia.")
    assert ("peacekeeping", "074") in codes, codes
    assert "peacekeeping" not in _types(extractor, "The new law protects civilians from fraud.")


def test_more_people_freed(extractor):
    """Officers, agents and doctors freed are people released (0841)."""
    codes = _codes(extractor, "Mali freed three Algerian customs officers.")
    assert ("concession", "0841") in codes, codes


def test_power_handed_to_civilians_is_a_change_of_leadership(extractor):
    """'would give up power to an elected government' (an intent) and 'handed power to a
    civilian government' (done)."""
    said = "The Guinean junta said it would give up power to an elected government."
    assert any(c.startswith("03") for c in _cameos(extractor, said)), _codes(extractor, said)
    done = "The Sudanese generals handed power to a civilian government."
    assert ("concession", "0831") in _codes(extractor, done)


def test_hackers_crippling_a_network_is_a_cyber_attack(extractor):
    """Hackers as the doers of 'disrupted', 'crippled', 'attacked': a cyber attack (176), no
    armed one."""
    events = _codes(extractor, "Iranian hackers crippled the Albanian government's network.")
    assert ("coercion", "176") in events and "attack" not in {t for t, _ in events}, events


def test_weapons_paraded_are_a_show_of_force(extractor):
    assert ("military_exercise", "150") in _codes(
        extractor, "North Korea paraded new ballistic missiles through Pyongyang."
    )


def test_a_deadline_until_a_date_with_or_face_is_an_ultimatum(extractor):
    """'gave the militias until the end of the week to withdraw or face an assault': the
    act hangs on the date of the 'until' phrase; a threat, no withdrawal."""
    text = "Baghdad gave the Kurdish militias until the end of the week to withdraw or face an assault."
    types = _types(extractor, text)
    assert "threat" in types and "withdrawal" not in types, types


def test_an_onlookers_conditional_is_a_guess(extractor):
    """'if Seoul raised tariffs, Tokyo would retaliate, analysts said': a guess; a party's
    own 'would retaliate' stays a threat."""
    guess = "If Seoul raised tariffs, Tokyo would retaliate, analysts said."
    assert "threat" not in _types(extractor, guess)
    own = "Tokyo would retaliate against any tariffs, the Japanese minister said."
    assert "threat" in _types(extractor, own)


def test_an_election_called_at_home_is_no_appeal(extractor):
    """A leader calling an election is home politics; a call for early elections stays an
    appeal."""
    assert not _codes(extractor, "The Greek prime minister called an early election for June.")
    call = _codes(extractor, "The opposition called on the Greek premier to hold early elections.")
    assert "appeal" in {t for t, _ in call}, call


def test_a_protest_drawn_from_a_party_is_its_complaint(extractor):
    """'drew a formal protest from Seoul': Seoul's complaint (114), no demonstration."""
    events = _extract(extractor, "The Japanese textbook drew a formal protest from Seoul.")
    codes = {(e["type"], e["cameo"]) for e in events}
    assert ("accusation", "114") in codes and "protest" not in {t for t, _ in codes}, codes
    assert any(a["country"] == "KOR" for e in events for a in e["actors"]), events


def test_fighters_handing_their_weapons_to_the_army_demobilise(extractor):
    codes = _codes(extractor, "Rebel fighters in Casamance handed their rifles to the army.")
    assert ("withdrawal", "0873") in codes, codes


def test_looted_art_returned_to_a_state(extractor):
    codes = _codes(extractor, "Belgium returned a looted royal mask to Congo.")
    assert ("concession", "0842") in codes, codes


def test_an_acknowledged_deed_is_an_admission(extractor):
    codes = _codes(extractor, "Kenya acknowledged that its jets had struck a Somali village.")
    assert ("statement", "015") in codes, codes


def test_a_deed_admitted_in_a_clause_stays_news(extractor):
    """'admitted it had acquired Soviet-made missiles': the admission (015) and the deed it
    admits, of any type; a state of affairs admitted is no deed."""
    for verb in ("acknowledged", "admitted"):
        text = f"Libya {verb} it had acquired Soviet-made Scud missiles."
        codes = _codes(extractor, text)
        assert ("statement", "015") in codes and "arms_transfer" in {t for t, _ in codes}, codes
    assert not _codes(extractor, "The minister acknowledged that inflation was high.")
