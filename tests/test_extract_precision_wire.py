"""False events of unannotated wire news by class: dealings among the offices of one state,
a source's wish to stay unnamed, campaign tours at home and fights against moods (issue 10,
a seventh study of false events), on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_two_offices_of_one_state_dealing_with_each_other_are_politics_at_home(extractor):
    for text in (
        "Officials in Ottawa and Washington spoke of new trade barriers this week. The Canadian"
        " finance department sharply criticised the Bank of Canada for its interest rate"
        " policy, bankers in Toronto said. Dealers said the plan would not help exports.",
        "Tokyo and Seoul traded sharp words over fishing rights this week. The Japanese"
        " finance ministry and the Bank of Japan have worked closely together on interest rates"
        " since last year, economists said. The yen rose against the dollar.",
    ):
        events = extract_events(extractor, text)
        assert not any(
            len(country_codes(e["actors"]) | country_codes(e["targets"])) == 1
            and e["type"] in ("accusation", "cooperation")
            for e in events
        ), (text, events)
    text = (  # two states' offices: foreign relations
        "The Canadian finance department sharply criticised the U.S. Treasury for its interest"
        " rate policy, bankers in Toronto said."
    )
    assert events_of_type(extract_events(extractor, text), "accusation")
    text = (  # a meeting's other side is often named only around it
        "Officials in Ottawa and Washington spoke of new trade barriers this week. The Canadian"
        " trade minister met the Canadian ambassador to Washington on Monday, aides said."
        " Dealers said the plan would not help exports."
    )
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_source_asking_not_to_be_named_asks_nothing_of_anyone(extractor):
    for text in (
        "A Japanese trade official, who asked not to be identified, said Tokyo was ready.",
        "One Egyptian diplomat, who asked not to be named, said Cairo would wait.",
        "A senior Kuwaiti official who requested anonymity said the ships would sail.",
    ):
        assert not events_of_type(extract_events(extractor, text), "appeal"), text
    text = "Egypt asked Israel not to close the border crossing at Taba."
    assert events_of_type(extract_events(extractor, text), "appeal")


def test_a_campaign_tour_of_ones_own_country_is_no_visit(extractor):
    for text in (
        "The Greek prime minister began a nationwide tour on Monday to rally support.",
        "The Indian prime minister ended a week-long tour of the country on Sunday.",
        "The Turkish president will make a countrywide tour next week.",
    ):
        assert not events_of_type(extract_events(extractor, text), "visit"), text
    text = "The Greek prime minister began a tour of Egypt and Jordan on Monday."
    assert events_of_type(extract_events(extractor, text), "visit")


def test_fighting_a_mood_of_the_markets_is_no_clash(extractor):
    for text in (
        "The Bundesbank raised interest rates to fight inflationary fears in West Germany.",
        "The French central bank has stopped trying to fight the bearish sentiment of the"
        " currency markets.",
    ):
        assert not events_of_type(extract_events(extractor, text), "clash"), text
    text = "Iraqi troops fought Iranian forces near Basra on Monday."
    assert events_of_type(extract_events(extractor, text), "clash")


def test_one_blow_told_by_two_verbs_of_a_sentence_is_one_event(extractor):
    text = (
        "Uganda's army said its troops killed 300 Sudanese soldiers in routing a 2,000-strong"
        " force to capture Khartoum's base near Gulu on Sunday."
    )
    assert len(events_of_type(extract_events(extractor, text), "attack")) == 1
    text = (  # two blows, each with its own target
        "Ugandan troops killed 300 Sudanese rebels and shelled a Kenyan border post on Sunday."
    )
    events = extract_events(extractor, text)
    assert {c for e in events for c in country_codes(e["targets"])} >= {"SDN", "KEN"}
