"""Classes of the thirteenth own-wire study (ten more whole articles written in 1987 wire style
on events of 1987-1989 outside the Gulf, ``benchmarks/data/own_wire13.*``): a particle after
the verb's object ('handed the strip back to Ecuador') is still the verb's; 'asked for the men
to be returned' asks for something as 'asked for the return of the men' does; inspectors are
officials whose arrival abroad, also at a site ('arrived at a missile base'), is a visit; a
country named in a relative clause after a speaker is not the speaker's; people handed over by
pronoun to another state's police are judicial cooperation; a group calling itself a name is
of the country the name gives; supplying or arming an armed group is an arms transfer; rebel
soldiers are of where they rise, not of the last country named; and the set's score floor.
Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_a_particle_after_the_object_is_still_the_verbs(extractor):
    for text, doer, taker in (
        ("Peru gave the disputed strip back to Ecuador on Friday.", "PER", "ECU"),
        ("Britain handed the two islands back to Argentina on Monday.", "GBR", "ARG"),
    ):
        found = events_of_type(extract_events(extractor, text), "concession")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
        assert taker in country_codes(found[0]["targets"]), text


def test_asking_for_someone_to_be_dealt_with_is_an_appeal(extractor):
    for text, doer in (
        ("Spain asked for the two suspects to be handed over.", "ESP"),
        ("Kenya has appealed through the Red Cross for the prisoners to be freed.", "KEN"),
    ):
        found = events_of_type(extract_events(extractor, text), "appeal")
        assert found and country_codes(found[0]["actors"]) == {doer}, text


def test_inspectors_arriving_abroad_make_a_visit(extractor):
    for text, doer in (
        ("A group of American inspectors arrived at a Soviet missile base on Tuesday.", "USA"),
        ("Soviet arms inspectors arrived in Utah on Monday.", {"RUS", "SUN"}),
    ):
        found = events_of_type(extract_events(extractor, text), "visit")
        assert found, text
        want = doer if isinstance(doer, set) else {doer}
        assert country_codes(found[0]["actors"]) & want, text
    text = "The two sides arrived at an agreement on Monday."
    assert not events_of_type(extract_events(extractor, text), "visit")


def test_own_wire13_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire13")
    assert summary["recall"] >= 0.83
    assert summary["precision"] >= 0.74


def test_a_relative_clause_after_a_speaker_names_no_owner_of_the_speaker(extractor):
    text = (
        "ROME, May 3 - Italian police arrested 30 men, the Interior Ministry said today.\n\n"
        "Interior Minister Carlo Rossi said the raids, which followed a tip Swiss officials "
        "passed on, had broken the ring.\n\n"
        "Rossi praised the Swiss police for their help."
    )
    found = events_of_type(extract_events(extractor, text, "1988-05-03T12:00:00Z"), "support")
    assert found and country_codes(found[0]["actors"]) == {"ITA"}
    assert country_codes(found[0]["targets"]) == {"CHE"}


def test_people_handed_over_to_another_states_police_by_pronoun(extractor):
    for text in (
        "Dutch police arrested three men and handed them over to Belgian police on Sunday.",
        "Dutch police arrested ten men and handed six of them over to Belgian police.",
    ):
        found = events_of_type(extract_events(extractor, text), "cooperation")
        assert found, text
        assert country_codes(found[0]["actors"]) == {"NLD"}, text
        assert country_codes(found[0]["targets"]) == {"BEL"}, text
    text = "Police caught the two boys and handed them over to their parents."
    assert not events_of_type(extract_events(extractor, text), "cooperation")


def test_a_group_calling_itself_a_name_is_of_the_named_country(extractor):
    text = (
        "NAIROBI, May 3 - Kenya closed its border with Uganda today. A group calling itself "
        "the Democratic Front of Uganda said in a statement issued in Nairobi that it had "
        "attacked the border town of Busia."
    )
    events = extract_events(extractor, text, "1988-05-03T12:00:00Z")
    found = [e for e in events if "calling itself" in e["evidence"]["sentence"]]
    assert found and all(country_codes(e["actors"]) == {"UGA"} for e in found)


def test_supplying_an_armed_group_is_an_arms_transfer(extractor):
    for text, doer in (
        ("Pakistan said it would go on supplying the guerrillas.", "PAK"),
        ("Libya armed the rebels in 1986, the report said.", "LBY"),
    ):
        found = events_of_type(extract_events(extractor, text), "arms_transfer")
        assert found and country_codes(found[0]["actors"]) == {doer}, text


def test_rebel_soldiers_are_of_where_they_rise_not_of_the_last_country_named(extractor):
    lead = "LIMA, May 5 - Two Argentine jets flew over the capital today, officials said.\n\n"
    for rising, state in (
        ("Rebel soldiers seized an air base and fought loyal troops on Friday.", "PER"),
        ("Mutinous troops attacked a barracks in Bolivia on Friday.", "BOL"),
    ):
        events = extract_events(extractor, lead + rising, "1987-05-05T12:00:00Z")
        found = [e for e in events if e["evidence"]["sentence"] == rising]
        assert found, rising
        assert all(country_codes(e["actors"]) == {state} for e in found), rising


def test_not_letting_a_country_become_something_is_a_vow_no_refusal(extractor):
    text = '"We will never let Britain become a haven for terrorists," the minister said.'
    assert not events_of_type(extract_events(extractor, text), "rejection")
    text = "Reagan said he will not allow Japan to flood the American market with chips."
    found = events_of_type(extract_events(extractor, text), "rejection")
    assert found and country_codes(found[0]["targets"]) == {"JPN"}
