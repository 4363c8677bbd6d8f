"""Classes of the thirty-fifth own-wire study (ten whole articles written in 2021-2024 Reuters
and AP wire style on world diplomacy and conflict of 2021-2024, ``benchmarks/data/own_wire35.*``):
a party pulling out of, withdrawing from or quitting a deal is a rejection; a warning that the
thing warned about would be targeted is a threat, and 'cautioned' reports as 'warned' does; the
brokering of a deal in a participle on it is mediation; a bare 'the junta' of a datelined story
is the dateline state's; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, no_act, one_act

PUB = "2023-07-17T12:00:00Z"


def _act(extractor, text: str, etype: str, *parties: set[str]) -> dict:
    """The one event of ``etype`` in ``text``, its doers' (and targets') states checked."""
    return one_act(extractor, text, etype, PUB, *parties)


def _none(extractor, text: str, etype: str) -> None:
    """``text`` gives no event of ``etype``."""
    no_act(extractor, text, etype, PUB)


def test_leaving_a_deal_is_a_rejection(extractor):
    for text, doer in (
        ("Russia on Monday pulled out of the Black Sea grain deal.", {"RUS"}),
        ("The United States withdrew from the nuclear accord in May.", {"USA"}),
        ("Moscow quit the arms control treaty on Monday.", {"RUS"}),
    ):
        _act(extractor, text, "rejection", doer)
        _none(extractor, text, "concession")
        _none(extractor, text, "agreement")
    # leaving a treaty only if another acts is a threat
    text = "Iran said it would pull out of the treaty if the Security Council imposed sanctions."
    _act(extractor, text, "threat", {"IRN"})
    _none(extractor, text, "rejection")
    # forces leaving a town under an accord still withdraw
    text = "Armenian troops withdrew from the town under the accord on Monday."
    _act(extractor, text, "withdrawal", {"ARM"})
    _none(extractor, text, "rejection")
    # firms leaving a purchase are business news
    _none(extractor, "Two firms pulled out of the deal to buy the airline.", "rejection")


def test_a_warning_that_a_thing_would_be_targeted_is_a_threat(extractor):
    text = "Iran warned Washington that its bases would be targeted if it took part."
    _act(extractor, text, "threat", {"IRN"}, {"USA"})
    # 'cautioned' reports what will be done as 'warned' does
    text = "Iran's army chief cautioned Washington that its bases would be targeted."
    _act(extractor, text, "threat", {"IRN"}, {"USA"})
    # struck by someone else named: a forecast, no threat of the warner
    text = "Britain warned that aid convoys could be targeted by militants."
    _none(extractor, text, "threat")


def test_the_brokering_of_a_deal_in_a_participle_is_mediation(extractor):
    text = (
        "The agreement, brokered by Saudi Arabia and the United States after two weeks of "
        "talks, is the first truce signed by both sides."
    )
    _act(extractor, text, "mediation", {"SAU", "USA"})
    _act(
        extractor, "The ceasefire, brokered by Egypt, took effect on Sunday.", "mediation", {"EGY"}
    )


def test_a_bare_junta_is_the_dateline_states(extractor):
    text = (
        "NIAMEY, Niger (AP) — Ivory Coast's president said his country would contribute a "
        "battalion. The junta has refused to meet envoys from the bloc. The junta's leader "
        "has vowed to resist any foreign interference."
    )
    events = extract_events(extractor, text, PUB)
    rejection = events_of_type(events, "rejection")
    assert [{a["country"] for a in e["actors"]} for e in rejection] == [{"NER"}]
    # juntas of other states, named in the plural, stay theirs
    text = (
        "NIAMEY, Niger (AP) — Mali and Burkina Faso, both run by military juntas, have warned "
        "that any intervention in Niger would be considered a declaration of war."
    )
    threats = events_of_type(extract_events(extractor, text, PUB), "threat")
    assert threats and all("NER" not in {a["country"] for a in e["actors"]} for e in threats)


def test_forces_seizing_a_plant_or_dam_occupy_it(extractor):
    text = "Russian forces seized the Chernobyl nuclear power plant after fierce fighting."
    _act(extractor, text, "occupation", {"RUS"})
    _none(extractor, text, "coercion")
    # a government taking over a company's plant stays a seizure of property
    text = "The Venezuelan government seized the cement plant owned by a Mexican company."
    _none(extractor, text, "occupation")


def test_aircraft_sent_to_monitor_are_deployed_not_peacekeepers(extractor):
    text = (
        "Taiwan dispatched aircraft and put its missile systems on alert to monitor the situation."
    )
    _act(extractor, text, "deployment", {"TWN"})
    _none(extractor, text, "peacekeeping")
    _act(extractor, "Germany sent 50 monitors to the border on Monday.", "peacekeeping", {"DEU"})


def test_ending_evacuation_flights_is_no_sanction(extractor):
    _none(extractor, "Belgium and Canada said they had ended their evacuation flights.", "sanction")
    _act(extractor, "Kuwait suspended flights to Iran on Monday.", "sanction", {"KWT"}, {"IRN"})


def test_asking_ones_own_commanders_is_no_appeal(extractor):
    text = "Biden said he had asked his commanders to develop plans to strike ISIS-K assets."
    _none(extractor, text, "appeal")
    # the allies one asks are other states
    text = "The United States would ask its allies in Western Europe to join the embargo."
    assert events_of_type(extract_events(extractor, text, PUB), "appeal")


def test_tanks_sent_into_a_country_are_deployed(extractor):
    text = "Russia sent tanks into eastern Ukraine on Monday."
    _act(extractor, text, "deployment", {"RUS"})
    _none(extractor, text, "arms_transfer")
    _act(extractor, "Russia sent tanks to Syria on Monday.", "arms_transfer", {"RUS"}, {"SYR"})


def test_arriving_in_a_capital_named_by_its_state_visits_that_state(extractor):
    text = "Yemeni President Abd-Rabbu Mansour Hadi arrived in the Saudi capital on Thursday."
    _act(extractor, text, "visit", {"YEM"}, {"SAU"})
    text = "The Iranian foreign minister arrived in the Syrian capital on Monday."
    _act(extractor, text, "visit", {"IRN"}, {"SYR"})


def test_own_wire35_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire35")
    assert summary["recall"] >= 0.69
    assert summary["precision"] >= 0.70
    assert summary["dates"] >= 0.89
