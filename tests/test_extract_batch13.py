"""Wordings that the thirteenth own-wording batch (benchmarks/data/cameo_own12.jsonl) showed
misread: a march with a place phrase before its 'against', fires fanned by wind, an 'of' the
parser hangs on the one warned, answers told by what was done, what an act would bring, and
sport's attacks on players. Sentences written for these tests."""

from __future__ import annotations

from test_cameo_own import _codes, _types


def _cameos(extractor, text: str) -> set[str]:
    return {c for _, c in _codes(extractor, text)}


def test_a_place_phrase_does_not_void_the_protest_of_a_march_against_someone(extractor):
    """'marched in the capital against the president': the words that exclude a military
    march ('against the capital') look only at the object of 'against'."""
    for text in (
        "Thousands of Peruvians marched in the capital against the interim president.",
        "Hundreds of Kenyan nurses demonstrated in the city centre against the health minister.",
    ):
        assert "protest" in _types(extractor, text), text
    assert "protest" not in _types(extractor, "Rebel columns marched against the capital.")


def test_damage_done_by_fire_and_wind_is_no_attack(extractor):
    """'wildfires fanned by strong winds burned thousands of hectares': the parser reads the
    wind as the doer; weather is a cause of mishaps, no attacker."""
    for text in (
        "Bushfires whipped up by fierce winds have burned 300 homes in New South Wales.",
        "Gale-force winds destroyed dozens of fishing boats along the Bangladeshi coast.",
    ):
        assert not _types(extractor, text) & {"attack", "clash", "airstrike"}, text
    assert "attack" in _types(extractor, "Militiamen burned dozens of homes in the village.")


def test_a_warning_of_an_act_hung_on_the_one_warned_is_a_threat(extractor):
    """'warned the rebel fighters of an imminent offensive': the parser hangs the 'of' on the
    object; the offensive is what is threatened, not an attack made. An 'of' that names who
    or where stays the object's ('warned the leaders of the Gulf states')."""
    text = "The Sudanese army warned the paramilitary fighters of an imminent offensive."
    types = _types(extractor, text)
    assert "threat" in types and "attack" not in types, types
    assert "threat" not in _types(extractor, "Ankara warned the leaders of the Gulf states.")


def test_an_answer_told_by_what_was_done_is_that_act_alone(extractor):
    """'retaliated by expelling two diplomats': the act is the expulsion, no armed reprisal;
    an answer with arms or against a state is still one."""
    text = "Algiers retaliated by expelling two French consular officials."
    types = _types(extractor, text)
    assert "attack" not in types and types, types
    text = "Beijing hit back by halting imports of Lithuanian timber."
    assert "attack" not in _types(extractor, text)
    assert "attack" in _types(extractor, "Iran retaliated against Israel on Saturday.")


def test_what_an_act_would_bring_is_no_threat(extractor):
    """'a Chinese blockade of Taiwan would trigger a global slump': the act is a supposition
    about what would follow, no one threatens or plans it."""
    text = "Economists said a Chinese blockade of Taiwan would trigger a global slump."
    assert not _types(extractor, text) & {"threat", "attack", "blockade"}, _codes(extractor, text)
    text = "Seoul said a North Korean strike on the islands would spark a wider war."
    assert not _types(extractor, text) & {"threat", "attack", "airstrike"}
    assert "attack" in _types(extractor, "The Russian missile strike on the port sparked a fire.")


def test_attacks_on_players_are_sport(extractor):
    """'would attack the English bowlers': the objects are players of a game."""
    text = "The Pakistani captain said his openers would attack the English bowlers early."
    assert not _types(extractor, text) & {"threat", "attack"}, _codes(extractor, text)
    text = "The Argentine forwards attacked the Brazilian goalkeeper relentlessly."
    assert not _types(extractor, text) & {"threat", "attack"}


def test_a_strike_of_arms_on_a_port_is_no_stoppage(extractor):
    """'the drone strike on the docks': a weapon's name on the strike makes it a blow, never a
    labour stoppage, whatever it hit; a strike by dockers stays one."""
    text = "The Russian drone strike on the docks of Izmail set a grain silo ablaze."
    types = _types(extractor, text)
    assert "protest" not in types and types & {"attack", "airstrike"}, types
    text = "A strike by Belgian dockers at the port of Antwerp halted shipments for a week."
    assert "protest" in _types(extractor, text)


def test_money_handed_over_with_or_into_a_bank_is_aid(extractor):
    """'provided Jordan with 800 million dollars' names the money in a 'with' phrase;
    'deposited 2 billion dollars in Egypt's central bank' props up a state's reserves. A
    supplier's goods priced in dollars and savers' deposits stay business."""
    text = "Kuwait provided Jordan with 800 million dollars last month."
    assert _types(extractor, text) & {"aid", "pledge"}, _codes(extractor, text)
    text = "The Emirates deposited 2 billion dollars in Egypt's central bank."
    assert "aid" in _types(extractor, text)
    text = "Pension funds deposited 5 billion dollars in the bank over the quarter."
    assert not _types(extractor, text) & {"aid", "pledge"}


def test_training_guards_and_recruits_is_military_cooperation(extractor):
    """'trained Kosovar border guards', 'instructed Somali recruits': those trained are men
    under arms, as soldiers and police are."""
    for text in (
        "Italian carabinieri trained Libyan border guards.",
        "Turkish officers instructed Somali army recruits at a base in Mogadishu.",
    ):
        assert "cooperation" in _types(extractor, text), text


def test_a_rebuke_drawn_from_a_state_is_its_criticism(extractor):
    """'drew a sharp rebuke from Ottawa': a rebuke, reprimand or denunciation named as a noun
    is criticism by whoever gave it, as 'criticism' and 'condemnation' are."""
    for text in (
        "The Saudi prince's remarks drew a sharp rebuke from Ottawa.",
        "The jailing of the Uzbek blogger earned a stern reprimand from Washington.",
    ):
        assert "accusation" in _types(extractor, text), text


def test_the_un_rights_council_by_its_short_name_is_a_party(extractor):
    """'the UN rights council' is the Human Rights Council, an international body whose
    inquiry is an investigation."""
    text = "The UN rights council opened an inquiry into killings in Belarus."
    assert "accusation" in _types(extractor, text), _codes(extractor, text)
