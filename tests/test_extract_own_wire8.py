"""Classes of the eighth own-wire study (twelve more whole articles written in 1987 wire style
on events of 1985-1989, ``benchmarks/data/own_wire8.*``): a finite verb after 'and' that the
parser hung on a participle clause is the speaker's; a verb joined to a passive clause shares
its subject; a subject joined to a month or day name in an opening phrase of time is the
verb's; a date in one of two clauses with subjects of their own dates that clause's act only;
a noun watched is no act; a noun hung as an adjective ('warning shots') is no act; ties told
as harmed with no doer are no act; an 'until' clause on what a party says it will keep doing
is a condition; 'all but two of' counts the noun after it; a speaker's audience at home is no
meeting; an act in the infinitive of 'likely' or 'unlikely' is a guess; 'planes' is no plural
of 'plan'; a missile 'fired by' a party names the doer; and the set's score floor. Sentences
written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_a_verb_after_a_participle_clause_is_the_speakers(extractor):
    text = (
        'The official Kenya News Agency said the raid was "an outrage", meaning the army '
        "of Uganda, and accused President Museveni of arming bandits."
    )
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"KEN"}


def test_a_verb_joined_to_a_passive_clause_shares_its_subject(extractor):
    text = (
        "The Foreign Office said in London it was alarmed by accounts of the killings and "
        "called on Uganda to punish those responsible."
    )
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["actors"]) == {"GBR"}
    assert country_codes(found[0]["targets"]) == {"UGA"}


def test_a_subject_after_an_opening_month_is_the_verbs(extractor):
    text = "Relations cooled last year, and in April Tanzania accused Malawian troops of a raid."
    found = events_of_type(extract_events(extractor, text, "1988-06-10T12:00:00Z"), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"TZA"}
    assert country_codes(found[0]["targets"]) == {"MWI"}
    assert found[0]["date"]["value"] == "1988-04"


def test_a_date_in_a_later_joined_clause_is_that_clauses_own(extractor):
    text = (
        "Lagos accused Accra of harbouring plotters, and the foreign ministry recalled its "
        "ambassador from Ghana on Tuesday."
    )
    events = extract_events(extractor, text, "1987-05-08T12:00:00Z")
    accused = events_of_type(events, "accusation")
    assert accused and accused[0]["date"]["value"] is None


def test_an_act_in_the_perfect_is_not_dated_by_the_clause_beside_it(extractor):
    text = (
        "Libya massed tanks near the border in June, and Egypt has warned that it will "
        "answer any incursion."
    )
    warned = events_of_type(extract_events(extractor, text, "1987-08-03T12:00:00Z"), "threat")
    assert warned and warned[0]["date"]["value"] is None
    text = (
        "Officials said the talks collapsed on Monday because Ghana had rejected a Togolese "
        "offer on the frontier."
    )
    rejected = events_of_type(extract_events(extractor, text, "1987-08-05T12:00:00Z"), "rejection")
    assert rejected and rejected[0]["date"]["value"] is None


def test_an_act_named_as_what_is_watched_is_no_act(extractor):
    for text in (
        "Thailand said it would watch the visit of the Vietnamese envoy closely.",
        "The aircraft fly daily to monitor Libyan troop deployments near the strip.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "visit") and not events_of_type(events, "deployment"), (
            text
        )


def test_a_noun_hung_as_an_adjective_is_no_act(extractor):
    text = "Soldiers had fired only warning shots, the news agency said."
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_ties_told_as_harmed_with_no_doer_are_no_act(extractor):
    text = "Relations have been strained since Egypt expelled two Libyan diplomats in March."
    events = extract_events(extractor, text, "1987-06-01T12:00:00Z")
    assert all(country_codes(e["actors"]) for e in events)
    assert events_of_type(events, "sanction") or events_of_type(events, "coercion")


def test_an_until_clause_on_what_a_party_will_keep_doing_is_a_condition(extractor):
    text = (
        "Honduras said its troops would stay on the border until Nicaragua pulled back its forces."
    )
    found = events_of_type(extract_events(extractor, text), "withdrawal")
    assert not found or found[0]["date"]["status"] == "possible"
    text = "The shelling went on until Israeli troops withdrew from the village on Monday."
    assert all(
        e["date"]["status"] == "past"
        for e in events_of_type(extract_events(extractor, text), "withdrawal")
    )


def test_all_but_a_count_of_things_counts_the_things(extractor):
    text = "Guatemala has closed all but one of the nine crossings on its border with Mexico."
    found = [e for e in extract_events(extractor, text) if e["type"] in ("sanction", "coercion")]
    assert found and country_codes(found[0]["actors"]) == {"GTM"}


def test_a_speakers_audience_at_home_is_no_meeting(extractor):
    text = "President Moi told a meeting of party officials on Friday that Kenya would not yield."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "The Nigerian oil minister told a meeting of OPEC ministers in Vienna that prices would rise."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_an_act_in_the_infinitive_of_likely_is_a_guess(extractor):
    text = "Diplomats in Kampala said the exiled general was unlikely to be allowed to return home."
    assert not extract_events(extractor, text)
    text = "Aides said Uganda's pledge of aid to Sudan is unlikely to end the quarrel."
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_own_wire8_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire8")
    assert summary["recall"] >= 0.72
    assert summary["precision"] >= 0.70
    assert summary["dates"] >= 0.92


def test_planes_shot_down_are_no_plans_criticised(extractor):
    text = "Chadian gunners shot down two Libyan planes over Faya, the army said."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "accusation")
    found = [e for e in events if e["type"] in ("attack", "airstrike")]
    assert found and country_codes(found[0]["actors"]) == {"TCD"}


def test_a_missile_fired_by_a_party_names_the_doer(extractor):
    text = "Officials said the airliner was hit by a missile fired by Angolan rebels."
    found = [e for e in extract_events(extractor, text) if e["type"] == "attack"]
    assert found and country_codes(found[0]["actors"]) == {"AGO"}


def test_a_participle_joined_to_a_passive_stays_passive(extractor):
    text = "Libyans guarding the depot were warned in advance and allowed to leave."
    assert not events_of_type(extract_events(extractor, text), "concession")
