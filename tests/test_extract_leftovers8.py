"""Defects of several kinds found in review, an eighth round: a preposition left before a
conjoined verb, outcomes of talks and acceptances told by nouns, meetings agreed on, harm
done by diseases and pests."""

from __future__ import annotations

import pytest

from stream.extract import Article


def _all(extractor, text: str, published: str | None = "1987-06-01") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _of_type(extractor, text: str, kind: str) -> list[dict]:
    return [e for e in _all(extractor, text) if e["type"] == kind]


def _countries(people: list[dict]) -> set[str]:
    return {p["country"] for p in people if p.get("country")}


_ARMED = {"attack", "clash", "shelling", "airstrike", "mass_violence"}


# ------------------------------------------------------- a preposition before a conjoined verb


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iranian gunboats fired on and seized a Kuwaiti tanker in the Gulf on Monday.", "KWT"),
        ("Moroccan border guards shot at and wounded two Algerian smugglers on Tuesday.", "DZA"),
        (
            "Vietnamese patrol boats fired upon and captured a Chinese trawler near the islands.",
            "CHN",
        ),
    ],
)
def test_an_empty_preposition_shares_the_next_verbs_object(extractor, text, target):
    found = [e for e in _all(extractor, text) if e["type"] in _ARMED]
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert target in _countries(found[0]["targets"]), found[0]["targets"]


def test_a_seizure_told_with_the_firing_stays(extractor):
    text = "Iranian gunboats fired on and seized a Kuwaiti tanker in the Gulf on Monday."
    assert _of_type(extractor, text, "coercion")


# ------------------------------------------------------------------ outcomes of talks


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Soviet negotiators closed their talks in Beijing on Friday with an accord "
        "on border trade.",
        "The Greek and Turkish foreign ministers concluded their meeting in Davos with a pact "
        "to reopen air links.",
    ],
)
def test_talks_ended_with_an_accord_are_a_meeting_and_an_agreement(extractor, text):
    kinds = {e["type"] for e in _all(extractor, text)}
    assert {"meeting", "agreement"} <= kinds, kinds


def test_talks_ended_with_a_dinner_are_only_a_meeting(extractor):
    text = "The Greek and Turkish foreign ministers concluded their meeting with a dinner in Davos."
    kinds = {e["type"] for e in _all(extractor, text)}
    assert "meeting" in kinds and "agreement" not in kinds, kinds


def test_a_deal_with_a_state_needs_no_talks_ended(extractor):
    text = "Iceland ended its fishing season early with a quota deal in place."
    assert not _of_type(extractor, text, "agreement")


# --------------------------------------------------------------------------- acceptances


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The talks followed Syria's acceptance of the Saudi proposal on Monday.", "SYR"),
        ("The visit came after Iran's acceptance on Tuesday of the UN truce plan.", "IRN"),
    ],
)
def test_an_acceptance_of_a_plan_is_the_acceptors_act(extractor, text, doer):
    found = [e for e in _all(extractor, text) if e["trigger"].startswith("acceptance")]
    assert found and doer in _countries(found[0]["actors"]), [
        (e["type"], e["trigger"], e["actors"]) for e in _all(extractor, text)
    ]


def test_an_acceptance_of_an_award_is_none(extractor):
    text = "The Kenyan runner's acceptance of the award in Paris drew cheers."
    assert not [e for e in _all(extractor, text) if e["trigger"].startswith("acceptance")]


# ----------------------------------------------------------------------- meetings agreed on


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to meet again in Nairobi in March.",
        "Chile and Argentina agreed to hold further talks next month, officials said.",
    ],
)
def test_an_agreement_to_meet_is_a_planned_meeting(extractor, text):
    found = _all(extractor, text)
    assert [e["type"] for e in found] == ["meeting"], [(e["type"], e["trigger"]) for e in found]
    assert found[0]["date"]["status"] == "planned"


def test_an_agreement_to_withdraw_stays_an_agreement(extractor):
    text = "Kenya and Uganda agreed to withdraw their troops from the border in March."
    assert _of_type(extractor, text, "agreement") or _of_type(extractor, text, "withdrawal")
    assert not _of_type(extractor, text, "meeting")


# -------------------------------------------------------------------- diseases and pests


@pytest.mark.parametrize(
    "text",
    [
        "British veterinary officials have warned that the bridge could let rabies invade Britain.",
        "Danish farm officials warned that the new bridge could let swine fever invade Denmark.",
    ],
)
def test_a_warning_of_a_disease_is_no_threat(extractor, text):
    found = _all(extractor, text)
    assert not [e for e in found if e["type"] in _ARMED | {"threat"}], [
        (e["type"], e["trigger"]) for e in found
    ]


def test_a_warning_of_an_invasion_stays_a_threat(extractor):
    text = "Iraq warned that its troops could invade Kuwait within days."
    assert _of_type(extractor, text, "threat")


# ------------------------------------------------------------- unarmed victims of soldiers


@pytest.mark.parametrize(
    "text",
    [
        "Burmese soldiers killed 14 civilians in a village near Hpakant on Friday.",
        "Libyan coastguards fired on African migrants in a rubber boat on Monday.",
    ],
)
def test_soldiers_killing_unarmed_people_is_unconventional_violence(extractor, text):
    found = [e for e in _all(extractor, text) if e["type"] == "attack"]
    assert found and found[0]["cameo"] == "180", [(e["type"], e["cameo"]) for e in found]


def test_soldiers_firing_on_soldiers_stay_a_battle(extractor):
    text = "Indian troops fired on Pakistani positions along the Line of Control on Friday."
    found = [e for e in _all(extractor, text) if e["type"] in _ARMED]
    assert found and found[0]["cameo"].startswith("19"), [(e["type"], e["cameo"]) for e in found]


# ---------------------------------------------------------------- intents and options


@pytest.mark.parametrize(
    "text",
    [
        "Portugal is weighing whether to join the sanctions on Venezuelan gold.",
        "Japan is debating whether to join the embargo against Libya.",
    ],
)
def test_an_act_noun_in_a_weighed_option_is_not_done(extractor, text):
    assert not _of_type(extractor, text, "sanction")


def test_an_act_noun_joined_is_done(extractor):
    assert _of_type(
        extractor, "Portugal joined the sanctions on Venezuelan gold on Monday.", "sanction"
    )


def test_a_signalled_easing_is_a_pledge(extractor):
    text = "Ottawa signalled on Monday that it would lift the trade embargo on Cuba."
    found = _all(extractor, text)
    assert [e["type"] for e in found] == ["pledge"], [(e["type"], e["cameo"]) for e in found]


def test_patrols_with_another_navy_ahead_are_an_intent_to_cooperate(extractor):
    text = "Dutch frigates will patrol the Gulf of Aden with French warships, The Hague said."
    found = _of_type(extractor, text, "cooperation")
    assert found and found[0]["cameo"].startswith("03"), [(e["type"], e["cameo"]) for e in found]
    assert "FRA" in _countries(found[0]["targets"])


def test_police_patrolling_with_dogs_is_no_cooperation(extractor):
    assert not _of_type(
        extractor, "Police will patrol the streets with dogs on Saturday.", "cooperation"
    )


# ------------------------------------------------------------------- fights breaking out


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Fighting erupted between Armenian and Azerbaijani forces along the border on Sunday.",
            {"ARM", "AZE"},
        ),
        ("Fighting flared between Thai and Laotian troops near the disputed hill.", {"THA", "LAO"}),
    ],
)
def test_a_fight_erupting_between_sides_is_their_clash(extractor, text, sides):
    found = [e for e in _all(extractor, text) if e["type"] in _ARMED]
    assert [e["type"] for e in found] == ["clash"], [(e["type"], e["trigger"]) for e in found]
    assert sides <= _countries(found[0]["actors"]) | _countries(found[0]["targets"])


def test_violence_erupting_stays_told(extractor):
    text = "Violence erupted in the Kashmir valley after Indian troops killed two protesters."
    assert [e for e in _all(extractor, text) if e["type"] in _ARMED]


# --------------------------------------------------------------- groups named by their base


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Syrian-based guerrillas fired rockets into northern Israel on Monday.", "SYR"),
        ("Pakistan-based militants attacked an Indian army camp in Kashmir on Sunday.", "PAK"),
    ],
)
def test_an_armed_group_with_no_nationality_is_of_its_base(extractor, text, base):
    found = [e for e in _all(extractor, text) if e["type"] in _ARMED]
    assert found and _countries(found[0]["actors"]) == {base}, found and found[0]["actors"]


def test_an_armed_group_with_a_nationality_keeps_it(extractor):
    text = "Lebanon-based Palestinian guerrillas fired rockets into northern Israel on Monday."
    found = [e for e in _all(extractor, text) if e["type"] in _ARMED]
    assert found and "LBN" not in _countries(found[0]["actors"]), found[0]["actors"]


def test_a_group_backed_by_a_state_is_not_that_states(extractor):
    text = "Iran-backed militants attacked a Saudi border post on Monday."
    found = [e for e in _all(extractor, text) if e["type"] in _ARMED]
    assert found and "IRN" not in _countries(found[0]["actors"]), found[0]["actors"]


# ------------------------------------------------------------- a firm's office, 'it', sport


def test_a_firms_chief_holds_no_state_office(extractor):
    text = "Volkswagen's former currency chief was arrested in Brunswick on Tuesday."
    for event in _all(extractor, text):
        for party in event["actors"] + event["targets"]:
            assert not (party.get("code") or "").endswith("GOV"), party


def test_a_groups_chief_keeps_the_group(extractor):
    text = "Hamas's military chief was arrested by Israeli troops in Hebron on Tuesday."
    found = _of_type(extractor, text, "coercion")
    assert found and "PSE" in _countries(found[0]["targets"]), found and found[0]["targets"]


def test_it_stands_for_a_thing_not_a_person(extractor):
    text = (
        "Chile's negotiators drafted a fisheries treaty with Peru, and the president signed it "
        "on Monday."
    )
    assert _of_type(extractor, text, "agreement")


def test_a_sport_in_another_clause_leaves_a_meeting(extractor):
    text = (
        "Mubarak met Peres in Alexandria on Monday, and the Egyptian football team flew to Tel "
        "Aviv for a friendly."
    )
    assert _of_type(extractor, text, "meeting")


@pytest.mark.parametrize(
    "text",
    [
        "The Indian cricket team flew to Karachi on Monday to play a test match.",
        "The Pakistani cricket board said the team would tour England next summer.",
    ],
)
def test_a_team_on_tour_is_no_visit(extractor, text):
    assert not _of_type(extractor, text, "visit")


def test_aircraft_killing_unarmed_people_stay_an_air_attack(extractor):
    text = "Soviet helicopter gunships killed 30 Afghan villagers near Herat on Monday."
    found = [e for e in _all(extractor, text) if e["type"] in _ARMED]
    assert found and found[0]["cameo"].startswith("19"), [(e["type"], e["cameo"]) for e in found]
