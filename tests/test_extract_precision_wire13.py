"""False events of unannotated wire news by class, a nineteenth study, on sentences written
for the test: a freeze of wages and prices, talks that made no progress, meetings held by
habit, a visitor the parser takes for the object of 'visiting', talks only thought likely, a
refusal joined to an act of pressing, an accord being kept, an act done 'without' another, and
a visit under way dated by the day its visitor leaves."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def test_a_freeze_of_wages_and_prices_is_no_sanction(extractor):
    for text in (
        "Peru announced a wage and price freeze on Tuesday to fight inflation.",
        "The government imposed a freeze on wages and prices last week.",
    ):
        assert not events_of_type(extract_events(extractor, text), "sanction"), text
    frozen = events_of_type(
        extract_events(extractor, "Washington announced a freeze on Libyan assets on Tuesday."),
        "sanction",
    )
    assert len(frozen) == 1
    assert country_codes(frozen[0]["actors"]) == {"USA"}
    assert country_codes(frozen[0]["targets"]) == {"LBY"}


def test_talks_that_made_no_progress_were_held(extractor):
    text = "Officials said no progress was made in talks with Brazil on the coffee dispute."
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert len(talks) == 1
    assert talks[0]["negated"] is False
    assert country_codes(talks[0]["targets"]) == {"BRA"}
    denied = events_of_type(
        extract_events(extractor, "Iran and Iraq did not reach agreement."), "agreement"
    )
    assert len(denied) == 1 and denied[0]["negated"] is True


def test_a_meeting_held_by_habit_is_no_event(extractor):
    for text in (
        "Chinese and Indian officials usually meet in the autumn to review border trade.",
        "Greek and Turkish diplomats normally hold talks before each NATO summit.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    text = (
        "Greek and Turkish officials normally meet in the spring, but the meeting between"
        " Greek and Turkish officials was held in March this year."
    )
    held = events_of_type(extract_events(extractor, text), "meeting")
    assert len(held) == 1
    assert held[0]["date"]["value"] == "1987-03"
    assert country_codes(held[0]["actors"]) == {"GRC", "TUR"}


def test_a_visitor_after_visiting_is_met_not_the_host(extractor):
    text = "Kohl met visiting Soviet Foreign Minister Eduard Shevardnadze on Monday."
    events = extract_events(extractor, text)
    met = events_of_type(events, "meeting")
    assert len(met) == 1
    assert country_codes(met[0]["actors"]) == {"DEU"}
    assert country_codes(met[0]["targets"]) == {"RUS"}
    assert not [e for e in events_of_type(events, "visit") if country_codes(e["actors"]) == {"DEU"}]
    told = "Nakasone told visiting U.S. Commerce Secretary Malcolm Baldrige that Japan would act."
    visits = events_of_type(extract_events(extractor, told), "visit")
    assert [e for e in visits if "JPN" in country_codes(e["actors"])] == []


def test_a_meeting_whose_prospects_are_slim_is_no_event(extractor):
    for text in (
        "Prospects look dim for a spring meeting between Chinese and Soviet officials.",
        "Israel said the prospects for talks with Jordan were poor.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text


def test_pressing_joined_to_a_refusal_is_done(extractor):
    text = "Britain had refused to renew the credits and was pressing Nigeria to cut its spending."
    pressed = events_of_type(extract_events(extractor, text), "appeal")
    assert len(pressed) == 1
    assert pressed[0]["negated"] is False
    assert country_codes(pressed[0]["actors"]) == {"GBR"}


def test_an_accord_being_kept_is_no_pledge(extractor):
    for text in (
        "Tokyo said the five nations are abiding by the Plaza accord.",
        "The two Koreas still comply with the armistice agreement, officials said.",
    ):
        assert not events_of_type(extract_events(extractor, text), "pledge"), text
    vowed = events_of_type(
        extract_events(extractor, "Syria said it would abide by the truce."), "pledge"
    )
    assert len(vowed) == 1
    assert country_codes(vowed[0]["actors"]) == {"SYR"}
    assert vowed[0]["date"]["status"] == "planned"


def test_an_act_done_without_another_leaves_that_one_undone(extractor):
    text = "Chile cannot reschedule its debt without first negotiating with the Paris Club."
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert len(talks) == 1 and talks[0]["negated"] is True


def test_a_visit_under_way_is_not_dated_by_the_day_the_visitor_leaves(extractor):
    text = (
        "New Zealand Foreign Minister Russell Marshall is on a three-day visit to Thailand"
        " and leaves for Singapore on Friday."
    )
    visits = events_of_type(extract_events(extractor, text), "visit")
    to_thailand = [v for v in visits if country_codes(v["targets"]) == {"THA"}]
    assert len(to_thailand) == 1
    assert to_thailand[0]["date"]["value"] is None
    assert country_codes(to_thailand[0]["actors"]) == {"NZL"}
