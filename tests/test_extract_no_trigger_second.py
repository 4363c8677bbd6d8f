"""Wordings with no trigger, second round (issue 10): views conveyed by a passive verb of
telling, materiel captured, a place that fell to a force, blame laid 'on' a party, measures
that 'are to be' taken, meetings and trips named as the setting of another act, and blows
stated in an 'after' clause. Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_view_conveyed_to_a_party_is_the_holder_s_disapproval_of_it(extractor):
    for text, holder, told in (
        ("Lisbon has been told of Madrid's concern about the fishing quotas.", "ESP", "PRT"),
        ("Hanoi was informed of Beijing's strong objections to the border posts.", "CHN", "VNM"),
        ("Canada informed Norway of its protest over the seal hunt.", "CAN", "NOR"),
    ):
        told_of = events_of_type(extract_events(extractor, text), "accusation")
        assert told_of, text
        assert country_codes(told_of[0]["actors"]) == {holder}, text
        assert country_codes(told_of[0]["targets"]) == {told}, text
    text = "The treasurer was told of the bank's concern about rising costs."
    assert not events_of_type(extract_events(extractor, text), "accusation")
    text = "Lisbon was told of Madrid's plans for the fishing fleet."
    assert not events_of_type(extract_events(extractor, text), "accusation")


def test_weapons_captured_or_stocks_of_them_seized_are_a_confiscation(extractor):
    for text in (
        "Army units captured big stocks of ammunition from the guerrillas near the border.",
        "Rebel fighters said they had seized a large quantity of weapons at the depot.",
        "Salvadorean troops captured two rebel arms caches on Thursday.",
    ):
        seized = [e for e in extract_events(extractor, text) if e["cameo"] == "1711"]
        assert seized and not seized[0]["negated"], text
    text = "Angolan troops captured the town and large stocks of rifles."
    events = extract_events(extractor, text)
    assert events_of_type(events, "occupation") and not [e for e in events if e["cameo"] == "1711"]
    text = "The new chip maker captured a large share of the memory market."
    assert not [e for e in extract_events(extractor, text) if e["cameo"] == "1711"]


def test_a_place_that_fell_to_a_force_was_taken_by_that_force(extractor):
    for text, taker, held in (
        ("The fall of Jalalabad to Afghan guerrillas alarmed Moscow.", "AFG", "AFG"),
        ("The Iraqi town of Mehran fell to Iranian troops on Sunday.", "IRN", "IRQ"),
    ):
        taken = events_of_type(extract_events(extractor, text), "occupation")
        assert taken, text
        assert country_codes(taken[0]["actors"]) == {taker}, text
        assert country_codes(taken[0]["targets"]) == {held}, text
    for text in (
        "The job of rebuilding the port fell to the army.",
        "Sales of Japanese cars fell to 40,000 in May.",
        "The dollar fell to 142 yen in Tokyo.",
    ):
        assert not events_of_type(extract_events(extractor, text), "occupation"), text


def test_blame_laid_on_a_party_names_it_and_makes_the_act_its_own(extractor):
    text = "Lebanon blamed the weekend bombings on Israeli agents."
    events = extract_events(extractor, text)
    blamed = events_of_type(events, "accusation")
    assert blamed and country_codes(blamed[0]["actors"]) == {"LBN"}
    assert country_codes(blamed[0]["targets"]) == {"ISR"}
    bombs = events_of_type(events, "attack")
    assert bombs and country_codes(bombs[0]["actors"]) == {"ISR"}
    assert "ISR" not in country_codes(bombs[0]["targets"])


def test_measures_that_are_to_be_taken_are_planned(extractor):
    text = "Duties are to be imposed on 150 mln dlrs of Taiwanese goods from July."
    events = [e for e in extract_events(extractor, text) if e["type"] in ("threat", "sanction")]
    assert events and events[0]["date"]["status"] == "planned"
    assert country_codes(events[0]["targets"]) == {"TWN"}
    text = "Duties were imposed on 150 mln dlrs of Taiwanese goods."
    sanctions = events_of_type(extract_events(extractor, text), "sanction")
    assert sanctions and sanctions[0]["date"]["status"] == "past"
    assert country_codes(sanctions[0]["targets"]) == {"TWN"}
    text = "Sanctions are not to be imposed on Cuba this year."
    assert all(e["negated"] for e in extract_events(extractor, text))


def test_talks_and_trips_named_as_the_setting_of_an_act_took_place(extractor):
    text = "The Greek minister, in talks with Turkey's premier on Friday, proposed a summit."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and country_codes(meetings[0]["actors"]) == {"GRC"}
    assert country_codes(meetings[0]["targets"]) == {"TUR"}
    assert meetings[0]["date"]["value"] == "1987-05-29"
    text = "On his return from a visit to Brazil, the Spanish premier praised the accord."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["actors"]) == {"ESP"}
    assert country_codes(visits[0]["targets"]) == {"BRA"}
    text = "The Greek minister, in a speech in Athens, proposed a summit with Turkey."
    assert not events_of_type(extract_events(extractor, text), "meeting")


def test_a_blow_stated_in_an_after_clause_with_its_doer_is_an_event(extractor):
    text = "Sudan asked for help after Ethiopian jets bombed a market town."
    blows = [e for e in extract_events(extractor, text) if e["type"] in ("attack", "airstrike")]
    assert blows and country_codes(blows[0]["actors"]) == {"ETH"}
    for text in (
        "Sudan asked for help after Ethiopian jets failed to bomb the bridge.",
        "Sudan asked for help after Ethiopian jets did not bomb the bridge.",
        "Sudan asked for help after the bridge was bombed.",
    ):
        blows = [e for e in extract_events(extractor, text) if e["type"] in ("attack", "airstrike")]
        assert not [e for e in blows if not e["negated"] and e["actors"]], text


def test_only_be_to_itself_arranges_an_act(extractor):
    text = "Egypt and Sudan are to hold talks on the Nile waters."
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert talks and talks[0]["date"]["status"] == "planned"
    text = "The Swiss envoy said it was important to meet Iranian officials in Geneva."
    assert not [
        e
        for e in events_of_type(extract_events(extractor, text), "meeting")
        if e["date"]["status"] == "planned"
    ]


def test_a_meeting_still_to_come_is_no_setting_of_an_act(extractor):
    text = "The premier was urged to raise the tariffs at his first meeting with Japan's leader."
    assert not events_of_type(extract_events(extractor, text), "meeting")
