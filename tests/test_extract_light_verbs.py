"""Light verb + event noun (issue 10): the noun decides the type, the verb makes it an act
of its subject; nominal acts whose 'of' and 'by' phrases the parser hangs lower; duties put
on a country's goods. Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_warning_sent_or_given_is_the_subject_s_threat_to_the_addressee(extractor):
    for text in (
        "Denmark sent a stern warning to Iceland on Tuesday over the fishing limits.",
        "Egypt gave a clear warning to Israel about the settlements.",
    ):
        threats = events_of_type(extract_events(extractor, text), "threat")
        assert threats, text
        assert country_codes(threats[0]["actors"]) == ({"DNK"} if "Denmark" in text else {"EGY"})
        assert country_codes(threats[0]["targets"]) == ({"ISL"} if "Iceland" in text else {"ISR"})


def test_every_light_verb_of_the_class_works_inflected(extractor):
    """'renew', 'level', 'direct' are light verbs only: their past forms must be known."""
    for text, actor, target in (
        ("Syria renewed its warning to Israel on Tuesday.", "SYR", "ISR"),
        ("Egypt directed a stern warning at Libya.", "EGY", "LBY"),
    ):
        threats = events_of_type(extract_events(extractor, text), "threat")
        assert threats and country_codes(threats[0]["actors"]) == {actor}, text
        assert country_codes(threats[0]["targets"]) == {target}, text
    text = "Cuba levelled fresh accusations at Washington."
    accusations = events_of_type(extract_events(extractor, text), "accusation")
    assert accusations and country_codes(accusations[0]["targets"]) == {"USA"}


def test_a_complaint_is_an_act_only_when_made_or_lodged(extractor):
    text = "Pakistan made a formal complaint to Afghanistan about the shelling of its villages."
    complaints = [e for e in events_of_type(extract_events(extractor, text), "accusation")]
    assert complaints and complaints[0]["cameo"] == "114"
    assert country_codes(complaints[0]["actors"]) == {"PAK"}
    assert country_codes(complaints[0]["targets"]) == {"AFG"}
    text = "Complaints from French farmers about Spanish wine rose in March."
    assert not events_of_type(extract_events(extractor, text), "accusation")


def test_a_light_verb_keeps_negation_and_hedges(extractor):
    events = events_of_type(
        extract_events(extractor, "Japan did not send any warning to China."), "threat"
    )
    assert events and all(e["negated"] for e in events)
    text = "Iraq said it would make no concessions to Iran."
    assert not events_of_type(extract_events(extractor, text), "pledge")


def test_a_visit_paid_is_the_subject_s_visit(extractor):
    visits = events_of_type(
        extract_events(extractor, "Italy's premier paid a visit to Tunisia."), "visit"
    )
    assert visits and country_codes(visits[0]["actors"]) == {"ITA"}
    assert country_codes(visits[0]["targets"]) == {"TUN"}


def test_a_nominal_capture_takes_its_of_and_by_phrases_past_a_day(extractor):
    for text in (
        "The capture on Monday of Iran's island outpost by Iraqi marines shocked Tehran.",
        "The capture of the Iranian outpost by Iraqi marines on Monday shocked Tehran.",
    ):
        taken = events_of_type(extract_events(extractor, text), "occupation")
        assert taken, text
        assert country_codes(taken[0]["actors"]) == {"IRQ"}, text
        assert country_codes(taken[0]["targets"]) == {"IRN"}, text


def test_a_by_phrase_hung_on_the_victim_names_the_doer(extractor):
    for text, doer, victim in (
        ("The murder of dozens of villagers by Peruvian guerrillas angered Bolivia.", "PER", None),
        ("The kidnapping of two Danish nurses by Somali gunmen shocked Copenhagen.", "SOM", "DNK"),
    ):
        attacks = events_of_type(extract_events(extractor, text), "attack")
        assert attacks and country_codes(attacks[0]["actors"]) == {doer}, text
        assert country_codes(attacks[0]["targets"]) == ({victim} if victim else set()), text


def test_duties_put_on_a_country_s_goods_are_a_sanction_on_it(extractor):
    text = "Canada put duties on imports of Italian pasta on Friday."
    sanctions = events_of_type(extract_events(extractor, text), "sanction")
    assert sanctions and country_codes(sanctions[0]["actors"]) == {"CAN"}
    assert country_codes(sanctions[0]["targets"]) == {"ITA"}
    text = "Canada lifted the duties on imports of Italian pasta on Friday."
    assert not events_of_type(extract_events(extractor, text), "sanction")


def test_retaliatory_measures_taken_are_a_sanction_and_promised_ones_a_threat(extractor):
    text = "Norway took retaliatory measures against Denmark on Monday."
    sanctions = events_of_type(extract_events(extractor, text), "sanction")
    assert sanctions and country_codes(sanctions[0]["actors"]) == {"NOR"}
    assert country_codes(sanctions[0]["targets"]) == {"DNK"}
    text = "Norway is ready to take retaliatory measures if Denmark goes ahead with the quota."
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"NOR"}
    assert country_codes(threats[0]["targets"]) == {"DNK"}
    for text in (
        "Norway took steps to cut interest rates on Monday.",
        "Ministers discussed possible retaliatory measures on Monday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "sanction"), text
        assert not events_of_type(extract_events(extractor, text), "threat"), text


def test_not_hesitating_to_act_is_a_vow_not_a_negation(extractor):
    text = "Norway said it would not hesitate to impose sanctions on Denmark."
    events = extract_events(extractor, text)
    threats = events_of_type(events, "threat")
    assert threats and not threats[0]["negated"]
    assert country_codes(threats[0]["actors"]) == {"NOR"}
    assert not any(e["negated"] for e in events)
    text = "Norway said it would not impose sanctions on Denmark."
    events = extract_events(extractor, text)
    assert events and all(e["negated"] for e in events)


def test_a_light_verb_s_subject_must_be_able_to_act(extractor):
    text = "Some senators said the farm bill made too many concessions to Canada."
    assert not events_of_type(extract_events(extractor, text), "concession")
    text = "Ottawa made several concessions to Washington on Friday."
    assert events_of_type(extract_events(extractor, text), "concession")


def test_an_act_put_off_is_not_done_nor_threatened(extractor):
    text = "In return, Norway agreed to hold off imposing duties on Danish cheese shipments."
    assert not events_of_type(extract_events(extractor, text), "threat")
    events = events_of_type(
        extract_events(extractor, "Norway will delay imposing sanctions on Denmark."), "sanction"
    )
    assert events and all(e["negated"] for e in events)


def test_regret_over_a_party_s_decision_to_strike_is_aimed_at_that_party(extractor):
    text = "Sweden expressed regret over the Danish decision to impose duties on imports of Swedish timber."
    statements = events_of_type(extract_events(extractor, text), "statement")
    assert statements and country_codes(statements[0]["actors"]) == {"SWE"}
    assert country_codes(statements[0]["targets"]) == {"DNK"}
