"""Classes of the sixth own-wire study (fifteen more whole articles written in 1987 wire
style, ``benchmarks/data/own_wire6.*``): an 'Assistant Secretary of State' is American; an
act told in a 'since' clause with a date of its own is news, dated by it; a participle of going
before a verb's object modifies the object ('sink intruding submarines'); ordering envoys or
officials to leave expels them; money given to rebuild or repair is aid; answering 'in kind'
and being treated as an enemy are threats; 'and that X must …' is a demand like 'that X must
…'; a charge told before 'a charge X denied' is news and the denial answers its maker; 'last
month of <gerund>' is a date; talks 'arranged by' a third party are its mediation between the
parties; verbs of one type with different named doers are different acts; bare police are the
dateline state's; offering a plan is a pledge; a gerund talks are held on is no act;
reinforcing border posts is a deployment; and the set's score floor. Sentences written for
the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_an_assistant_secretary_of_state_is_american(extractor):
    text = (
        "ISLAMABAD, March 2 - Assistant Secretary of State Richard Pell met Pakistani "
        "officials on Sunday. Pell later flew to Kabul."
    )
    events = extract_events(extractor, text, "1987-03-02T12:00:00Z")
    found = events_of_type(events, "meeting")
    assert found and country_codes(found[0]["actors"]) == {"USA"}
    assert "PAK" in country_codes(found[0]["targets"])
    visits = events_of_type(events, "visit")
    assert visits and country_codes(visits[0]["actors"]) == {"USA"}


def test_an_act_in_a_since_clause_with_its_own_date_is_news(extractor):
    text = (
        "It was the first meeting of the two foreign ministers since Ghana broke off talks "
        "with Togo in 1983."
    )
    found = events_of_type(extract_events(extractor, text), "sanction")
    assert found and country_codes(found[0]["actors"]) == {"GHA"}
    assert found[0]["date"]["value"] == "1983"
    text = "The clash was the worst since Syria invaded the Bekaa valley in 1976."
    found = [e for e in extract_events(extractor, text) if "SYR" in country_codes(e["actors"])]
    assert found and found[0]["date"]["value"] == "1976"
    # a 'since' phrase of comparison still dates nothing
    text = "Iraq staged its largest exercise since 1982 on Monday."
    found = events_of_type(extract_events(extractor, text), "military_exercise")
    assert not found or found[0]["date"]["value"] != "1982"


def test_a_participle_of_going_before_an_object_modifies_it(extractor):
    text = "The defence minister said Norway would sink intruding submarines if necessary."
    found = events_of_type(extract_events(extractor, text), "threat")
    assert found and country_codes(found[0]["actors"]) == {"NOR"}
    text = "Iraqi helicopters strafed fleeing Kurdish villagers near the border on Monday."
    found = events_of_type(extract_events(extractor, text), "airstrike")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}
    # a verb after 'began' stays the verb
    text = "Iran began attacking ships in the Gulf on Monday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_ordering_envoys_or_officials_to_leave_expels_them(extractor):
    text = "Kenya ordered a Ugandan trade official to leave the country within a week on Monday."
    found = events_of_type(extract_events(extractor, text), "sanction")
    assert found and country_codes(found[0]["actors"]) == {"KEN"}
    assert "UGA" in country_codes(found[0]["targets"])
    # staff told to leave early is no expulsion
    text = "The company told its sales staff to leave early on Friday."
    assert not events_of_type(extract_events(extractor, text), "sanction")


def test_money_given_to_rebuild_or_repair_is_aid(extractor):
    for text in (
        "Japan said it would provide 30 million dollars to rebuild the port of Beira.",
        "Britain will give 4 million sterling to repair the railway, the embassy said.",
    ):
        found = [e for e in extract_events(extractor, text) if e["type"] in ("aid", "pledge")]
        assert found, text
    # a firm's donation is none
    text = "The company will give 2 million dollars to fund research at Stanford."
    assert not [e for e in extract_events(extractor, text) if e["type"] in ("aid", "pledge")]


def test_answering_in_kind_and_being_treated_as_an_enemy_are_threats(extractor):
    text = "The envoy told reporters that Libya would respond in kind to any French measures."
    found = events_of_type(extract_events(extractor, text), "threat")
    assert found and country_codes(found[0]["actors"]) == {"LBY"}
    text = "Tehran said any warship entering its waters would be regarded as a legitimate target."
    found = events_of_type(extract_events(extractor, text), "threat")
    assert found and country_codes(found[0]["actors"]) == {"IRN"}
    # answering in kind that was done is no threat
    text = "Israel responded in kind on Monday, shelling Lebanese villages."
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_a_must_clause_joined_by_and_that_is_a_demand(extractor):
    text = (
        "The minister said Ankara wanted calm in the Aegean and that Greece must stop "
        "its oil search there."
    )
    found = events_of_type(extract_events(extractor, text), "demand")
    assert found and country_codes(found[0]["actors"]) == {"TUR"}
    assert country_codes(found[0]["targets"]) == {"GRC"}


def test_a_charge_told_before_its_denial_is_news(extractor):
    text = "Kenya accused Uganda on Monday of shelling its border posts, a charge Kampala denied."
    events = extract_events(extractor, text)
    accused = events_of_type(events, "accusation")
    assert accused and country_codes(accused[0]["actors"]) == {"KEN"}
    denied = events_of_type(events, "rejection")
    assert denied and country_codes(denied[0]["actors"]) == {"UGA"}
    assert country_codes(denied[0]["targets"]) == {"KEN"}


def test_last_month_before_the_gerund_of_a_charge_is_a_date(extractor):
    text = "CAIRO, May 5 - Egypt accused Libya last month of training the gunmen."
    found = events_of_type(extract_events(extractor, text, "1987-05-05T12:00:00Z"), "accusation")
    assert found and found[0]["date"]["value"] == "1987-04"


def test_talks_arranged_by_a_third_party_are_its_mediation(extractor):
    text = "Iraqi and Iranian envoys met in Geneva on Monday in talks brokered by Algeria."
    found = events_of_type(extract_events(extractor, text), "mediation")
    assert found and country_codes(found[0]["actors"]) == {"DZA"}
    assert country_codes(found[0]["targets"]) == {"IRQ", "IRN"}
    text = "The company's managers met in talks arranged by the bank."
    assert not events_of_type(extract_events(extractor, text), "mediation")


def test_verbs_of_one_type_with_other_doers_are_acts_apart(extractor):
    text = (
        "SUVA, May 5 - Tonga expelled the Fijian consul today, and Fiji suspended its "
        "trade with the island kingdom in response."
    )
    found = events_of_type(extract_events(extractor, text, "1987-05-05T12:00:00Z"), "sanction")
    assert {c for e in found for c in country_codes(e["actors"])} == {"TON", "FJI"}


def test_bare_police_are_the_dateline_state(extractor):
    text = (
        "SEOUL, June 3 - Washington urged restraint on Tuesday. Police fired tear gas at "
        "students in the capital on Wednesday."
    )
    found = [
        e
        for e in extract_events(extractor, text, "1987-06-03T12:00:00Z")
        if "fired" in e["trigger"]
    ]
    assert found and country_codes(found[0]["actors"]) == {"KOR"}


def test_offering_a_plan_is_a_pledge(extractor):
    text = "The foreign minister said the government had offered a new plan for a settlement."
    assert events_of_type(extract_events(extractor, text), "pledge")


def test_a_gerund_that_talks_are_held_on_is_no_act(extractor):
    text = (
        "NATO and Warsaw Pact envoys met today in an effort to set terms for talks on "
        "reducing their troops in Europe."
    )
    assert not events_of_type(extract_events(extractor, text), "withdrawal")
    # a withdrawal begun after talks stays one
    text = "Vietnam began withdrawing troops from Cambodia after talks on Monday."
    assert events_of_type(extract_events(extractor, text), "withdrawal")


def test_reinforcing_border_posts_is_a_deployment(extractor):
    text = "Honduras reinforced its border posts near Choluteca last week."
    found = events_of_type(extract_events(extractor, text), "deployment")
    assert found and country_codes(found[0]["actors"]) == {"HND"}


def test_a_place_retaken_in_a_since_clause_is_news(extractor):
    text = (
        "LIMA, July 14 - It was the heaviest fighting since Peruvian troops retook the town "
        "of Ayacucho from the guerrillas in March."
    )
    found = events_of_type(extract_events(extractor, text, "1987-07-14T12:00:00Z"), "occupation")
    assert found and country_codes(found[0]["actors"]) == {"PER"}
    assert found[0]["date"]["value"] == "1987-03"


def test_own_wire6_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire6")
    assert summary["recall"] >= 0.76
    assert summary["precision"] >= 0.80
    assert summary["dates"] >= 0.88
