"""Classes of the first own BBC study (ten whole articles written in the style of BBC News
online's politics section of 2004-2005, ``benchmarks/data/own_bbc.*``): a speaker's second act
after 'and' is the speaker's whether the parser tags its verb as a simple past or as a
participle ('said the report was false and accused Indonesian officials of …'); a ban or an
asset freeze renewed, reimposed or prolonged is a sanction as one imposed is; troops refused
('will not accept foreign troops') are a refusal, troops accepted a concession; an act named as
what an inquiry looks into or what victims, a funeral or an anniversary follow was told before,
no event of its own and never the investigator's ('the UN should lead the inquiry into the
bombing', 'the funeral of the victims of the Madrid bombings'); the Royal Navy, the RAF, the
Royal Marines and Scotland Yard are Britain's; asylum seekers or migrants returned, removed or
flown to a country are expelled; a request, plea or invitation that 'came from' a party is that
party's appeal; an area lies where its own 'in' phrase places it ('a British base in Basra':
Iraq); and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_a_speakers_second_act_after_and_is_the_speakers_whatever_its_tag(extractor):
    for text, doer, taker in (
        (
            "The Malaysian embassy said the report was false and accused Indonesian officials "
            "of stalling.",
            "MYS",
            "IDN",
        ),
        (
            "The Kenyan high commission in London said the men deported had not been mistreated "
            "and accused British charities of spreading rumours.",
            "KEN",
            "GBR",
        ),
    ):
        found = events_of_type(extract_events(extractor, text), "accusation")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
        assert taker in country_codes(found[0]["targets"]), text
        assert not found[0]["negated"], text  # 'had not been mistreated' denies no accusation
    # the act told in the reported clause stays its own subject's
    text = "Iraq said Iran had shelled the port and accused Kuwait of helping Tehran."
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}


def test_a_ban_or_freeze_renewed_is_a_sanction(extractor):
    for text, doer, taker in (
        ("The EU renewed its travel ban on Belarus's leaders for another year.", None, "BLR"),
        ("Washington reimposed its asset freeze on Syrian officials.", "USA", "SYR"),
        ("Canada prolonged its ban on imports from Burma.", "CAN", "MMR"),
    ):
        found = events_of_type(extract_events(extractor, text), "sanction")
        assert found, text
        assert taker in country_codes(found[0]["targets"]), text
        if doer:
            assert country_codes(found[0]["actors"]) == {doer}, text
    for text in (
        "The council renewed its ban on smoking in pubs.",
        "The club renewed the contract of its coach.",
    ):
        assert not events_of_type(extract_events(extractor, text), "sanction"), text


def test_foreign_troops_refused_or_accepted(extractor):
    text = (
        "Chad's interior minister said after the meeting that his country would not accept "
        "any foreign troops on its soil."
    )
    found = events_of_type(extract_events(extractor, text), "rejection")
    assert found and country_codes(found[0]["actors"]) == {"TCD"}
    text = "Mali accepted French troops on its territory on Sunday."
    found = events_of_type(extract_events(extractor, text), "concession")
    assert found and country_codes(found[0]["actors"]) == {"MLI"}
    text = "He said he could not accept the force of the argument."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "rejection") and not events_of_type(events, "concession")


def test_an_act_looked_into_or_mourned_is_told_before_and_not_the_onlookers(extractor):
    for text in (
        "The opposition said Interpol should lead the investigation into the bombing.",
        "Spain will head the inquiry into the attack on the convoy.",
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "threat") and not events_of_type(events, "attack"), text
    text = (
        "The prime minister flew on to Turkey, where he will attend the funeral of the victims "
        "of the Istanbul bombings on Friday."
    )
    events = extract_events(extractor, text)
    assert not events_of_type(events, "threat") and not events_of_type(events, "attack")
    assert events_of_type(events, "visit")
    # an act whose doer a nation's adjective names stays news
    text = "Mourners buried the victims of Sunday's Israeli air strike on the camp."
    found = [e for e in extract_events(extractor, text) if e["type"] in ("attack", "airstrike")]
    assert found and country_codes(found[0]["actors"]) == {"ISR"}
    # an attack still to come stays a threat
    text = "Iraq will attack Kuwait on the anniversary of the invasion."
    assert events_of_type(extract_events(extractor, text), "threat")


def test_britains_services_and_police_are_british(extractor):
    for text, etype in (
        ("The Royal Navy sent two minesweepers to the Gulf.", "deployment"),
        ("RAF jets bombed a bridge in northern Iraq.", "airstrike"),
        ("Scotland Yard arrested two Algerian men in Leicester.", "coercion"),
    ):
        found = events_of_type(extract_events(extractor, text), etype)
        assert found, text
        assert country_codes(found[0]["actors"]) == {"GBR"}, text


def test_an_area_lies_where_its_own_phrase_places_it(extractor):
    for text, place in (
        ("Gunmen fired rockets at a British base in Basra on Tuesday.", "IRQ"),
        ("A car bomb exploded outside the American consulate in Karachi.", "PAK"),
    ):
        events = extract_events(extractor, text)
        assert events, text
        assert events[0]["location"] and events[0]["location"]["country"] == place, text
    text = "Iraqi jets bombed an Iranian base on Monday."
    found = events_of_type(extract_events(extractor, text), "airstrike")
    assert found and found[0]["location"]["country"] == "IRN"


def test_migrants_sent_back_are_expelled(extractor):
    for text, doer, taker in (
        ("Britain returned 40 failed asylum seekers to Kabul on Tuesday.", "GBR", "AFG"),
        ("Italy flew 300 migrants to Tripoli last week.", "ITA", "LBY"),
    ):
        found = events_of_type(extract_events(extractor, text), "coercion")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
        assert taker in country_codes(found[0]["targets"]), text
    text = "France has halted the removal of failed asylum seekers to Algeria."
    assert events_of_type(extract_events(extractor, text), "coercion")
    # prisoners handed back are released, not expelled
    text = "Iraq returned 40 Iranian prisoners of war to Iran on Monday."
    events = extract_events(extractor, text)
    assert events_of_type(events, "concession") and not events_of_type(events, "coercion")


def test_a_request_that_came_from_a_party_is_its_appeal(extractor):
    for text, doer in (
        ("The defence secretary said the request had come from American generals.", "USA"),
        ("The invitation to the talks came from Moscow.", "RUS"),
    ):
        found = events_of_type(extract_events(extractor, text), "appeal")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
    assert not events_of_type(
        extract_events(extractor, "The request came from a local farmer."), "appeal"
    )


def test_own_bbc_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_bbc")
    assert summary["recall"] >= 0.85
    assert summary["precision"] >= 0.65
