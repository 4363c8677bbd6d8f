"""Classes of the thirty-sixth own-wire study (ten whole articles written in 1982-1986 Reuter
world-desk style on world diplomacy and conflict of 1982-1986, ``benchmarks/data/own_wire36.*``):
a dated dateline signed '(Reuter)' with a country after its town; a subject with a participle's
phrase before its verb; two blows of one subject on places named apart; forces coming ashore
or landing; 'due to' with a bare verb; guerrillas leaving a city; making a foe pay; a trial to come; agents of a state's service; a verb
the parser hung on the subject's apposition; a party challenged to
act; an irregular simple past read as a modifier; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, no_act, one_act

PUB = "1985-05-15T12:00:00Z"


def test_a_dated_dateline_signed_reuter_is_parted_from_its_lead(extractor):
    text = (
        "KOMATIPOORT, South Africa, March 16 (Reuter) - South Africa and Mozambique signed a "
        "non-aggression pact today under which each pledged not to allow its territory to be "
        "used for attacks on the other."
    )
    event = one_act(extractor, text, "agreement", "1984-03-16T12:00:00Z", {"ZAF", "MOZ"})
    assert event["date"]["value"] == "1984-03-16"


def test_a_subject_with_a_participles_phrase_keeps_its_verb(extractor):
    text = (
        "COLOMBO, May 15 (Reuter) - Tamil guerrillas dressed in army uniforms killed at least "
        "146 people in Anuradhapura on Tuesday."
    )
    event = one_act(extractor, text, "attack", PUB, {"LKA"})
    assert event["date"]["value"] == "1985-05-14"
    text = "Gunmen armed with rifles seized two buses near Sidon on Monday."
    assert extract_events(extractor, text, PUB)
    # a participle with a phrase and no verb after it is still the clause's own verb
    text = "Egyptian commandos drilled alongside Sudanese units near Khartoum."
    assert events_of_type(extract_events(extractor, text, PUB), "cooperation")


def test_two_blows_of_one_subject_on_places_named_apart_are_two(extractor):
    text = "Iraqi warplanes bombed Tehran on Wednesday and raided Isfahan, Shiraz and Tabriz."
    found = events_of_type(extract_events(extractor, text, PUB), "airstrike")
    assert [e["trigger"] for e in found] == ["bombed", "raided"]
    # one blow told by two passives stays one act of each verb, as before
    text = "Iraqi jets attacked and bombed the Kharg terminal."
    assert len(extract_events(extractor, text, PUB)) == 2


def test_forces_coming_ashore_or_landing_are_deployed(extractor):
    one_act(
        extractor,
        "Some 350 men of the French Foreign Legion came ashore this morning.",
        "deployment",
        PUB,
        {"FRA"},
    )
    text = "The guerrillas sailed under the protection of French paratroops who landed at dawn."
    one_act(extractor, text, "deployment", PUB, {"FRA"})
    no_act(extractor, "Two fishermen came ashore at Dover.", "deployment", PUB)


def test_a_bare_verb_after_due_to_is_what_is_awaited(extractor):
    text = "About 800 U.S. Marines are due to land on Wednesday."
    event = one_act(extractor, text, "deployment", PUB, {"USA"})
    assert event["date"]["status"] == "planned"
    assert not extract_events(extractor, "The delay was due to rain.", PUB)


def test_guerrillas_leaving_a_city_withdraw(extractor):
    text = "The first 400 Palestinian guerrillas left west Beirut by sea today."
    one_act(extractor, text, "withdrawal", PUB, {"PSE"}, {"LBN"})


def test_making_a_foe_pay_is_a_threat(extractor):
    text = 'Baghdad radio vowed that Iran would pay "a hundredfold."'
    one_act(extractor, text, "threat", PUB, {"IRQ"})
    no_act(extractor, text, "pledge", PUB)


def test_a_trial_to_come_is_coercion_planned(extractor):
    event = one_act(extractor, "Craxi said Italy would try the four men.", "coercion", PUB, {"ITA"})
    assert event["date"]["status"] == "planned"
    text = "Lange said New Zealand would press ahead with the trial of two French agents."
    one_act(extractor, text, "coercion", PUB, {"NZL"}, {"FRA"})
    no_act(extractor, "Italy tried to find a solution.", "coercion", PUB)
    no_act(extractor, "Italy would try the four men.", "threat", PUB)


def test_agents_of_a_states_service_act_for_the_state(extractor):
    text = "Agents of the French secret service sank the ship in Auckland harbour in July."
    one_act(extractor, text, "attack", PUB, {"FRA"})
    no_act(extractor, "Travel agents of the city protested.", "protest", PUB)


def test_a_verb_hung_on_the_subjects_apposition_is_the_clauses(extractor):
    text = (
        "The Soviet Union, Iraq's main arms supplier, called through Tass for an end to the "
        "fighting, while Syria and Libya, Iran's Arab allies, said nothing."
    )
    one_act(extractor, text, "appeal", PUB, {"RUS"})


def test_a_party_challenged_to_act_is_a_demand(extractor):
    text = "Nicaragua challenged the United States to let its Central American allies sign."
    one_act(extractor, text, "demand", PUB, {"NIC"}, {"USA"})
    no_act(extractor, "He challenged the decision in court.", "demand", PUB)


def test_an_irregular_simple_past_read_as_a_modifier_is_the_verb(extractor):
    text = "New Zealand froze aid to Fiji on Tuesday."
    event = one_act(extractor, text, "sanction", PUB, {"NZL"}, {"FJI"})
    assert event["date"]["value"] == "1985-05-14"


def test_own_wire36_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire36")
    assert summary["recall"] >= 0.67
    assert summary["precision"] >= 0.75
    assert summary["dates"] >= 0.95
