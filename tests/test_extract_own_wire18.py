"""Classes of the eighteenth own-wire study (ten more whole articles written in 1987 wire style
on the Gulf war and the Middle East of 1986-1989, ``benchmarks/data/own_wire18.*``): not ruling
out force is a threat, no refusal; a 'where' clause on a place tells what happens there, never
what an agreement above it is about; a crowd's crush told with no doer is no assault; calling
for someone's death is a threat; 'occupied' after a preposition names a place's state; a bare
force in the occupied territories is the holder's; opposition parties named by their family
('Social Democrats') are the dateline state's, no namesake abroad; a fight named in a
'throughout' phrase is a time; the landing of raiders told in a relative clause on them is the
raid's; a munition's blow with no doer takes the doer of the act that fired it; an act told
in a 'when' clause on a 'since' date is of that day; 'a six-month end to' is no month's end;
the leaders of the Palestinian fronts of the 1980s are known; and the set's score floor.
Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_not_ruling_out_force_is_a_threat(extractor):
    text = "The defence minister said Egypt would not rule out military action against Libya."
    events = extract_events(extractor, text)
    threats = events_of_type(events, "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"EGY"}
    assert not events_of_type(events, "rejection")
    # ruling out force (no 'not') stays a refusal
    text = "The defence minister said Egypt ruled out military action against Libya."
    assert events_of_type(extract_events(extractor, text), "rejection")


def test_a_where_clause_on_a_place_is_no_content_of_the_deal_above_it(extractor):
    text = (
        "Qatar has agreed to hire two Greek freighters to take its gas across the Gulf, "
        "where Iraqi jets have bombed several ships since March."
    )
    events = extract_events(extractor, text)
    deals = events_of_type(events, "agreement")
    assert deals and country_codes(deals[0]["actors"]) == {"QAT"}
    assert not [
        e for e in events_of_type(events, "threat") if country_codes(e["actors"]) == {"QAT"}
    ]


def test_a_crowd_crush_with_no_doer_is_no_assault(extractor):
    text = "Eleven pilgrims were trampled to death in a stampede near the shrine, officials said."
    assert not events_of_type(extract_events(extractor, text), "attack")
    text = "Eleven pilgrims were trampled to death by police horses near the shrine."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_calling_for_someones_death_is_a_threat(extractor):
    text = "The ayatollah called on Friday for the death of the Egyptian writer."
    events = extract_events(extractor, text)
    assert events_of_type(events, "threat")
    assert not events_of_type(events, "appeal")


def test_occupied_after_a_preposition_names_a_place(extractor):
    text = "The rebel chief said his fighters had struck inside occupied Lebanon."
    assert not events_of_type(extract_events(extractor, text), "occupation")
    text = "Turkish troops occupied the northern third of Cyprus in 1974."
    assert events_of_type(extract_events(extractor, text), "occupation")


def test_a_bare_force_in_the_occupied_territories_is_the_holders(extractor):
    text = "JERUSALEM, March 3 - Soldiers detained 40 youths in a refugee camp in the Gaza Strip."
    held = events_of_type(extract_events(extractor, text, "1988-03-03T12:00:00Z"), "coercion")
    assert held and country_codes(held[0]["actors"]) == {"ISR"}


def test_a_party_family_name_is_of_the_dateline_state(extractor):
    text = "COPENHAGEN, May 4 - The Social Democrats accused Moscow of spying on the navy."
    found = events_of_type(extract_events(extractor, text, "1988-05-04T12:00:00Z"), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"DNK"}


def test_a_fight_in_a_throughout_phrase_is_a_time(extractor):
    text = "Syrian helicopters hovered over the town throughout the fighting, witnesses said."
    assert not events_of_type(extract_events(extractor, text), "clash")


def test_the_raiders_landing_told_of_them_is_the_raids(extractor):
    text = (
        "Egyptian marines who landed on the island before dawn fought a six-hour battle "
        "with Libyan troops, Cairo radio said."
    )
    events = extract_events(extractor, text)
    assert events_of_type(events, "clash")
    assert not events_of_type(events, "deployment")


def test_a_munitions_blow_with_no_doer_takes_the_doer_that_fired_it(extractor):
    text = (
        "ANKARA, May 2 - Syria said its forces fired two rockets at a Turkish border post on "
        "Monday.\n\nTurkish officials said the rockets fell on open ground, killing four "
        "farmers."
    )
    events = extract_events(extractor, text, "1988-05-02T12:00:00Z")
    killed = [e for e in events if e["trigger"].startswith("killing")]
    assert killed and country_codes(killed[0]["actors"]) == {"SYR"}


def test_an_act_in_a_when_clause_on_a_since_date_is_of_that_day(extractor):
    text = (
        "ROME, March 3 - Tension has grown since Tuesday, when Syrian gunners shelled two "
        "Israeli border villages."
    )
    found = events_of_type(extract_events(extractor, text, "1988-03-03T12:00:00Z"), "shelling")
    assert found and found[0]["date"]["value"] == "1988-03-01"


def test_a_length_before_end_is_no_month_end(extractor):
    text = "The king proposed a two-month end to the raids on shipping, Amman radio said."
    events = extract_events(extractor, text, "1988-03-03T12:00:00Z")
    assert events and all(e["date"]["value"] != "1988-03" for e in events)


def test_palestinian_front_leaders_and_fronts_are_known(extractor):
    text = "DAMASCUS, May 3 - George Habash vowed to strike back at Israel for the raid."
    found = events_of_type(extract_events(extractor, text, "1988-05-03T12:00:00Z"), "threat")
    assert found and country_codes(found[0]["actors"]) == {"PSE"}
    text = "DAMASCUS, May 3 - Ahmed Jibril vowed to strike back at Israel for the raid."
    found = events_of_type(extract_events(extractor, text, "1988-05-03T12:00:00Z"), "threat")
    assert found and country_codes(found[0]["actors"]) == {"PSE"}


def test_own_wire18_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire18")
    assert summary["recall"] >= 0.78
    assert summary["precision"] >= 0.70
