"""False events of unannotated wire news by class, a fourteenth study (issue 10), on sentences
written for the test: hunts, abstract things seized, words blown out of proportion, the
wounded as people, acts named as causes, the lifting of sanctions told by a noun, one
strike told twice on the same day, a country's figures under 'must', 'rest assured', and a
day still ahead dating an act told as done."""

from __future__ import annotations

from datetime import date

from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.pipeline import _no_deed_ahead

_ARMED = ("attack", "airstrike", "shelling", "clash", "threat")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in _ARMED]


def test_animals_killed_in_a_hunt_are_no_armed_act(extractor):
    text = (
        "More than 150 hunts went out on Saturday and killed a total of 60 hares - only two"
        " were killed by hounds, the alliance said."
    )
    assert not _armed(extract_events(extractor, text))
    text = "Rebels shot forty soldiers near the border on Sunday, the army said."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_seizing_an_advantage_is_no_seizure(extractor):
    text = (
        "Opposition strategists saw the Liberals seizing a clear advantage in the polls on Tuesday."
    )
    assert not events_of_type(extract_events(extractor, text), "coercion")
    text = "Iranian guards seized a Kuwaiti tanker on Monday."
    seized = events_of_type(extract_events(extractor, text), "coercion")
    assert seized and "KWT" in country_codes(seized[0]["targets"])


def test_comments_blown_out_of_proportion_are_no_blast(extractor):
    text = (
        'The minister said on Monday: "I think his comment was unwise - but his comments have'
        " been blown out of all proportion by the press and they misrepresent our policy in"
        ' Wales."'
    )
    assert not _armed(extract_events(extractor, text))


def test_the_wounded_cared_for_are_people_not_an_attack(extractor):
    text = "Doctors treated the wounded at a hospital in Basra on Tuesday."
    assert not _armed(extract_events(extractor, text))
    text = (
        "Relief workers planned to evacuate wounded from the besieged camps near Sidon,"
        " Palestinian sources said."
    )
    assert not _armed(extract_events(extractor, text))
    text = "Troops killed 20 guerrillas and wounded 40 on Monday, the army said."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_an_act_named_as_a_cause_is_done_not_threatened(extractor):
    text = (
        "Gulf states will feel less safe as a result of the Iraqi raid and fear Iranian"
        " reprisals, a Kuwaiti banker said."
    )
    events = extract_events(extractor, text)
    assert not events_of_type(events, "threat")
    assert all(e["date"]["status"] == "past" for e in _armed(events))


def test_the_lifting_of_sanctions_told_by_a_noun_is_a_concession(extractor):
    text = "After the lifting of U.S. sanctions against Nicaragua, Managua said trade would grow."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "sanction")
    lifted = events_of_type(events, "concession")
    assert lifted and country_codes(lifted[0]["actors"]) == {"USA"}
    assert "NIC" in country_codes(lifted[0]["targets"])
    assert lifted[0]["date"]["status"] == "past"
    text = "Jakarta welcomed the easing of the Dutch embargo on Friday."
    assert not events_of_type(extract_events(extractor, text), "sanction")


def test_one_strike_told_again_the_same_day_with_a_bare_noun_is_one_event(extractor):
    text = (
        "Oil prices rose after an Iraqi air raid on an Iranian oil terminal early on Tuesday,"
        " traders said. Brokers said demand was thin. Prices fell later after confirmation of"
        " an Iraqi air raid on an Iranian oil terminal by the Iraqi military command."
    )
    assert len(_armed(extract_events(extractor, text))) == 1
    text = (
        "Iraqi jets struck an Iranian oil terminal on Tuesday, Baghdad said. Oil prices rose in"
        " London. Iraqi jets also struck an Iranian power station on Tuesday, the command said."
    )
    assert len(_armed(extract_events(extractor, text))) == 2  # two things struck: two acts


def test_a_countrys_figures_that_must_change_are_a_goal_no_demand(extractor):
    text = (
        "Japan's surplus with the United States can and must fall over the next two years,"
        " said a senior Japanese trade official."
    )
    assert not events_of_type(extract_events(extractor, text), "demand")
    text = "The Sudanese government must free the hostages at once, Cairo said."
    demands = events_of_type(extract_events(extractor, text), "demand")
    assert demands and "SDN" in country_codes(demands[0]["targets"])


def test_resting_assured_is_no_assurance_given(extractor):
    text = (
        "Any hostile regime in Tunis can rest assured that it will never sleep in peace, the"
        " Libyan leader said in a speech."
    )
    assert not events_of_type(extract_events(extractor, text), "pledge")
    text = "Egypt assured Israel on Monday that its troops would stay out of Sinai."
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_a_day_still_ahead_does_not_date_an_act_told_as_done():
    ahead = {
        "value": "1987-07-14",
        "start": "1987-07-14",
        "end": "1987-07-14",
        "granularity": "day",
        "text": "July 14",
        "basis": "text",
        "mod": None,
        "status": "past",
    }
    today = date(1987, 6, 29)
    assert _no_deed_ahead(ahead, today)["value"] is None  # the threatened ban's day
    assert _no_deed_ahead(ahead, today)["basis"] == "publication"
    before = dict(ahead, value="1987-06-26", start="1987-06-26", end="1987-06-26")
    assert _no_deed_ahead(before, today) == before  # a day gone by dates the act itself
    planned = dict(ahead, status="planned")
    assert _no_deed_ahead(planned, today) == planned  # a threat still to come keeps its day
