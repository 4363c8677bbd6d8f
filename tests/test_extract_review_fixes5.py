"""Rules of one round that fired wider than their purpose: talks called a marathon or held on
a sport, trade sanctions read as controls, a state's charge read as a labour dispute, a maker
read as a taker, answers given in kind, alerts lifted, commanders killed in battle, acts of
others contemplated, places near an act, journeys to talks. Sentences written for the test."""

from __future__ import annotations

from stream.extract import Article

ARMED = ("attack", "shelling", "airstrike", "clash", "mass_violence")


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1993-04-12T08:00:00Z"))


def _of_type(extractor, text: str, *types: str) -> list[dict]:
    return [e for e in _extract(extractor, text) if e["type"] in types and not e["negated"]]


def _codes(parties: list[dict]) -> set[str]:
    return {(p.get("code") or "")[:3] for p in parties}


# ------------------------------------------------------------ sport words that are no sport


def test_marathon_talks_and_talks_on_a_sport_are_meetings(extractor):
    for text in (
        "Greece and Turkey closed marathon talks in Davos on Sunday with no accord.",
        "Spain and Portugal held talks in Lisbon on Tuesday on rugby crowd violence.",
        "Dutch and Belgian ministers met in Breda to discuss football riots.",
    ):
        assert _of_type(extractor, text, "meeting"), text


def test_a_tour_of_a_team_is_still_a_fixture(extractor):
    text = "The rugby union picked a new captain for the tour of New Zealand in June."
    assert not _of_type(extractor, text, "meeting", "visit")


# ------------------------------------------------------------ sanctions of trade are no controls


def test_trade_sanctions_threatened_are_a_threat_made(extractor):
    text = "Canada threatened trade reprisals against Brazil over aircraft subsidies on Monday."
    events = _of_type(extractor, text, "threat")
    assert events and events[0]["trigger"].startswith("threatened")
    assert events[0]["date"]["status"] == "past"


def test_export_controls_promised_are_no_threat(extractor):
    text = "Tokyo promised to tighten its export controls on computer parts."
    assert not _of_type(extractor, text, "threat", "coercion")


# ------------------------------------------------------------ a state's charge is no labour dispute


def test_a_state_accusing_workers_or_staff_accuses(extractor):
    for text in (
        "Syria accused the U.N. staff of spying for Israel on Monday.",
        "Ethiopia accused the aid workers of helping Eritrean rebels.",
    ):
        assert _of_type(extractor, text, "accusation"), text


def test_a_union_accusing_owners_is_a_labour_dispute(extractor):
    text = "The miners' union accused the pit owners of waging war on their workers."
    assert not _of_type(extractor, text, "accusation")


# ------------------------------------------------------------ a maker is no taker


def test_a_country_named_on_goods_sent_to_another_takes_nothing(extractor):
    text = "Israel quietly agreed to ship U.S. military spare parts to Iran in 1985."
    for event in _extract(extractor, text):
        assert "USA" not in _codes(event["targets"]), event


def test_a_country_right_after_a_verb_of_selling_takes_the_goods(extractor):
    text = "The administration agreed to sell Egypt advanced early warning aircraft."
    assert any("EGY" in _codes(e["targets"]) for e in _extract(extractor, text))


# ------------------------------------------------------------ an answer given in kind


def test_an_answer_given_in_kind_is_the_act_not_a_threat(extractor):
    for text in (
        "Iran answered in kind on Tuesday, shelling Iraqi border villages.",
        "Baghdad hit back in kind, firing missiles at Tehran on Sunday.",
    ):
        assert not _of_type(extractor, text, "threat"), text
        assert _of_type(extractor, text, *ARMED), text


def test_regarding_a_state_as_an_enemy_is_no_threat(extractor):
    text = "Libya regards Egypt as an enemy, Qaddafi told the newspaper."
    assert not _of_type(extractor, text, "threat")


def test_an_answer_in_kind_promised_is_a_threat(extractor):
    text = "Syria said it would respond in kind to any Israeli raid on its territory."
    assert _of_type(extractor, text, "threat")


# ------------------------------------------------------------ an alert lifted is ended


def test_an_alert_level_lifted_is_no_alert_raised(extractor):
    text = "The Thai army lifted the alert level along the Cambodian border on Friday."
    assert not [e for e in _extract(extractor, text) if e.get("cameo") == "151"]


def test_an_alert_level_raised_is_an_alert(extractor):
    text = "The Thai army raised the alert level along the Cambodian border on Friday."
    assert [e for e in _extract(extractor, text) if e.get("cameo") == "151"]


# ------------------------------------------------------------ one of many commanders


def test_a_commander_killed_in_battle_is_no_assassination(extractor):
    for text in (
        "Sudanese troops killed a rebel commander near Juba on Monday.",
        "Guerrillas killed an army general in an ambush on the highway.",
    ):
        events = _of_type(extractor, text, *ARMED)
        assert events and all(e["cameo"] != "186" for e in events), text


def test_the_leader_of_a_group_killed_is_an_assassination(extractor):
    text = "Israel killed the Hezbollah military chief in Damascus on Tuesday."
    assert [e for e in _extract(extractor, text) if e.get("cameo") == "186"]


# ------------------------------------------------------------ another's act contemplated


def test_an_act_of_another_contemplated_is_the_act(extractor):
    text = "Hussein, who contemplated the Syrian invasion of Jordan with alarm, met Assad."
    events = _of_type(extractor, text, *ARMED)
    assert events and "SYR" in _codes(events[0]["actors"])
    assert not [e for e in _extract(extractor, text) if e.get("cameo") == "014"]


def test_sanctions_being_weighed_are_an_option(extractor):
    text = "The European Community is weighing sanctions against Burma."
    assert [e for e in _extract(extractor, text) if e.get("cameo") == "014"]


# ------------------------------------------------------------ places near an act


def test_an_act_a_place_is_near_is_news(extractor):
    text = "Families from towns close to the Iraqi raids fled to Tabriz on Sunday."
    assert _of_type(extractor, text, *ARMED)


def test_an_act_a_source_is_close_to_describes_the_source(extractor):
    text = "Diplomats close to the negotiations said Syria would not sign."
    assert not _of_type(extractor, text, "meeting")


# ------------------------------------------------------------ a journey to talks


def test_talks_someone_is_on_the_way_to_are_a_meeting(extractor):
    text = "The envoy was on his way to talks with King Hussein when the plane was diverted."
    assert _of_type(extractor, text, "meeting")


def test_talks_a_step_opens_the_door_to_are_no_meeting(extractor):
    text = "The release could open the door to new talks between Iran and Britain."
    assert not _of_type(extractor, text, "meeting")
