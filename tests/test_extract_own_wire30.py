"""Classes of the thirtieth own-wire study (ten whole articles written in 1973-1980 AP, UPI
and Reuter wire style on world diplomacy and conflict of 1973-1980,
``benchmarks/data/own_wire30.*``): names of the 1970s (Rhodesian, ZAPU, the MPLA, the Viet
Cong); the 'from' phrase on a munition or a volley in a passive's 'by' doer; a list of one
subject's verbs whose middle verb the parser left unlabelled; measures of one list, each
with an object of its own, as measures apart; a trade flow's destination as the measure's
target; curtailing privileges; shuttling between two
capitals; ordering forces on alert; a war or campaign 'of' a condemning label, a threat
and terror among the labels; 'launched what it called a counter-attack'; a clause of 'as
long as'; striking bases and camps; and the set's score floor. Sentences written for the
test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, no_act, one_act

PUB = "1978-10-20T12:00:00Z"


def _act(extractor, text: str, etype: str, *parties: set[str]) -> dict:
    """The one event of ``etype`` in ``text``, its doers' (and targets') states checked."""
    return one_act(extractor, text, etype, PUB, *parties)


def _none(extractor, text: str, etype: str) -> None:
    """``text`` gives no event of ``etype``."""
    no_act(extractor, text, etype, PUB)


def test_names_of_the_seventies_have_their_states(extractor):
    _act(
        extractor,
        "Rhodesian jets bombed guerrilla camps in Zambia on Thursday.",
        "airstrike",
        {"ZWE"},
        {"ZMB"},
    )
    _act(extractor, "ZAPU guerrillas attacked a farm on Monday.", "attack", {"ZWE"})
    _act(extractor, "Viet Cong guerrillas shelled the base on Monday.", "shelling", {"VNM"})


def test_a_munition_from_a_national_force_names_the_doer(extractor):
    for text, doers in (
        ("The airliner was shot down by a missile from a Soviet interceptor on Monday.", "RUS"),
        # a munition with its own nationality keeps it
        ("The patrol boat was hit by an Iraqi missile from the north on Monday.", "IRQ"),
    ):
        _act(extractor, text, "attack", {doers})


def test_a_listed_verb_left_unlabelled_takes_the_first_verbs_subject(extractor):
    text = (
        "President Carter broke diplomatic relations with Iran today, ordered all Iranian "
        "diplomats out of the country by midnight Tuesday and imposed a formal embargo on "
        "American exports to Iran."
    )
    events = extract_events(extractor, text, PUB)
    # diplomats ordered out of the country are expelled (166, a sanction by the guide)
    expulsion = [e for e in events_of_type(events, "sanction") if e["cameo"] == "166"]
    assert [a["country"] for a in expulsion[0]["actors"]] == ["USA"]
    # the embargo is a measure apart from the break, hitting Iran, not America
    sanctions = events_of_type(events, "sanction")
    assert len(sanctions) == 3
    assert all({t["country"] for t in s["targets"]} == {"IRN"} for s in sanctions)


def test_a_trade_flows_destination_is_the_measures_target(extractor):
    text = "Washington imposed a formal embargo on American exports to Iran on Monday."
    _act(extractor, text, "sanction", {"USA"}, {"IRN"})


def test_curtailing_privileges_is_a_sanction(extractor):
    text = "Washington curtailed Soviet fishing privileges in American waters on Friday."
    _act(extractor, text, "sanction", {"USA"}, {"RUS"})


def test_shuttling_between_two_capitals_is_mediation(extractor):
    text = "Saudi Arabia's Prince Bandar has been shuttling between Damascus and Beirut."
    _act(extractor, text, "mediation", {"SAU"}, {"SYR", "LBN"})


def test_ordering_forces_on_alert_is_a_deployment(extractor):
    text = "President Kaunda ordered the army and air force on full alert on Friday."
    _act(extractor, text, "deployment", {"ZMB"})


def test_a_war_of_a_condemning_label_and_a_threat_to_peace_are_accusations(extractor):
    _act(
        extractor,
        "The Vietnamese government called the Chinese attack a war of aggression.",
        "accusation",
        {"VNM"},
    )
    text = "Carter called the Soviet intervention a serious threat to peace."
    _act(extractor, text, "accusation", {"USA"}, {"RUS"})
    # a war of no condemning label is no accusation
    _none(
        extractor,
        "Israeli officials called the fighting in Lebanon a war of attrition.",
        "accusation",
    )


def test_launching_what_a_doer_calls_an_act_launches_the_act(extractor):
    said = "On Saturday China launched what it called a counter-attack along the border."
    assert _act(extractor, said, "attack", {"CHN"})["date"]["value"] == "1978-10-14"
    said = "Israel launched what it described as a punitive raid on bases in Lebanon."
    _act(extractor, said, "attack", {"ISR"})
    # a name another gives, or a verb of no launching, leaves the relative alone
    said = "Aircraft makers began what one executive called an all-out assault on the market."
    _none(extractor, said, "attack")


def test_a_clause_of_as_long_as_tells_a_condition(extractor):
    text = (
        "Carter said the United States would not send arms to Somalia as long as Somali "
        "troops remained in the Ogaden."
    )
    _none(extractor, text, "deployment")


def test_striking_bases_is_an_attack(extractor):
    text = "Smith told reporters that Rhodesia would strike guerrilla bases in Zambia."
    _act(extractor, text, "threat", {"ZWE"})
    # workers striking at a base make no attack
    text = "Workers at the base struck for higher pay on Monday."
    _none(extractor, text, "attack")


def test_own_wire30_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire30")
    assert summary["recall"] >= 0.80
    assert summary["precision"] >= 0.77
    assert summary["dates"] >= 0.91
