"""Classes of the eleventh world-news precision study (issue 10: ten more whole articles in 1987
wire style where real events are few, ``benchmarks/data/own_world11.*``): reporters,
collectors, autograph hunters or a counted field of runners who crowd a place lay no siege and
make no raid; a state news agency speaks for its state; an act told in what a film or book
depicts is its story; runners or cyclists arriving for a race make no visit; entries or a team
withdrawn from a contest are no troops pulled out; talks about contracts or pay are business;
a price war fought or a battle with examinations is no clash; household supplies cut are
rationing, no sanction; a ship 'that sank' was sunk by no one; and the set's score floor.
Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_reporters_collectors_and_runners_crowding_a_place_lay_no_siege(extractor):
    for text in (
        "ROME, June 3 - The actress flew in on Monday. Her hotel was besieged by autograph"
        " hunters until midnight.",
        "OSLO, June 3 - The prize was announced on Friday. Photographers besieged the writer's"
        " house all weekend.",
        "MADRID, June 3 - The coins went on sale on Monday. Collectors besieged the mint's shop.",
        "BOSTON, June 3 - The race began at noon. Some 6,000 runners invaded the old town.",
        "LIMA, June 3 - The wreck was found in May. Treasure hunters have invaded the bay.",
    ):
        events = extract_events(extractor, text)
        assert not _armed(events) and not events_of_type(events, "blockade"), text
    text = "BEIRUT, June 3 - The fighting went on. Some 2,000 Syrian troops besieged the camp."
    hit = events_of_type(extract_events(extractor, text), "blockade")
    assert hit and country_codes(hit[0]["actors"]) == {"SYR"}


def test_a_state_news_agency_speaks_for_its_state(extractor):
    for text, state in (
        (
            "VIENNA, June 3 - The talks ended on Monday. The news agency CTK accused Austria of"
            " meddling in Czechoslovak affairs.",
            "CZE",
        ),
        (
            "BONN, June 3 - The talks ended on Monday. The news agency PAP accused West Germany"
            " of reviving old claims.",
            "POL",
        ),
    ):
        hit = events_of_type(extract_events(extractor, text), "accusation")
        assert hit and country_codes(hit[0]["actors"]) == {state}, text


def test_an_act_told_in_what_a_work_depicts_is_its_story(extractor):
    for text in (
        "LONDON, June 3 - It opened on Friday. The new film tells of a British battalion that"
        " storms a fortress in Burma and holds it against Japanese attacks.",
        "PARIS, June 3 - The book came out on Monday. The novel depicts Soviet troops who"
        " storm the palace in Kabul.",
    ):
        events = extract_events(extractor, text)
        assert not _armed(events) and not events_of_type(events, "occupation"), text
    text = (
        "PARIS, June 3 - The book came out on Monday. The report depicts Soviet troops who"
        " stormed the palace in Kabul."
    )
    hit = events_of_type(extract_events(extractor, text), "attack")
    assert hit and country_codes(hit[0]["actors"]) == {"RUS"}


def test_runners_arriving_for_a_race_make_no_visit(extractor):
    for text in (
        "BERLIN, June 3 - The marathon is on Sunday. A team of Chinese runners arrived on"
        " Thursday for their first visit to the city.",
        "PARIS, June 3 - The tour starts on Saturday. Six East German cyclists arrived in Paris"
        " on Monday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "visit"), text
    text = (
        "BERLIN, June 3 - The talks begin on Sunday. The Chinese foreign minister arrived in"
        " Bonn on Thursday."
    )
    assert events_of_type(extract_events(extractor, text), "visit")


def test_entries_or_a_team_withdrawn_are_no_troops_pulled_out(extractor):
    for text in (
        "CANNES, June 3 - The festival opened on Friday. In 1984 Poland withdrew its entries"
        " over a French film.",
        "SEOUL, June 3 - The games open on Friday. Cuba withdrew its team from the tournament.",
    ):
        assert not events_of_type(extract_events(extractor, text), "withdrawal"), text
    text = "KABUL, June 3 - The fighting went on. Moscow withdrew its troops from the town."
    assert events_of_type(extract_events(extractor, text), "withdrawal")


def test_talks_about_contracts_or_pay_are_business(extractor):
    for text in (
        "PARIS, June 3 - The show opened on Monday. A Swedish shipyard said it was in talks"
        " about contracts with two Asian navies.",
        "MADRID, June 3 - The strike went on. The Spanish government said it was in talks on"
        " pay with the pilots of France.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    text = "ATHENS, June 3 - The show opened. Greece held talks with Turkey on the Aegean dispute."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_price_war_fought_or_a_battle_with_examinations_is_no_clash(extractor):
    for text in (
        "MALTA, June 3 - Bookings fell. Hotels said they were fighting a price war with Tunisia"
        " and Italy.",
        "TOKYO, June 3 - The term ends in July. Japanese students battled with their end-of-year"
        " examinations.",
    ):
        assert not events_of_type(extract_events(extractor, text), "clash"), text
    for text in (
        "BEIRUT, June 3 - Shells fell. Druze militiamen battled with Christian fighters in the"
        " hills.",
        "SEOUL, June 3 - Shells fell. Korean students battled with riot police in the streets.",
    ):
        assert events_of_type(extract_events(extractor, text), "clash"), text


def test_household_supplies_cut_are_rationing(extractor):
    text = (
        "MALTA, June 3 - The drought went on. The government cut household water supplies to"
        " six hours a day on Monday."
    )
    assert not events_of_type(extract_events(extractor, text), "sanction")
    text = "MALTA, June 3 - The drought went on. Libya cut oil supplies to Malta on Monday."
    hit = events_of_type(extract_events(extractor, text), "sanction")
    assert hit and country_codes(hit[0]["targets"]) == {"MLT"}


def test_a_ship_that_sank_was_sunk_by_no_one(extractor):
    text = (
        "LISBON, June 3 - The row grew. Spain claims the silver of a Spanish galleon that sank"
        " off the Cuban coast in 1656."
    )
    assert not _armed(extract_events(extractor, text))
    text = (
        "BAHRAIN, June 3 - The war went on. The Iraqi jets that sank a Greek tanker on Monday"
        " returned safely."
    )
    hit = events_of_type(extract_events(extractor, text), "attack")
    assert hit and country_codes(hit[0]["targets"]) == {"GRC"}


def test_own_world11_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world11")
    assert summary["articles"] == 10 and summary["required"] == 9
    assert summary["recall"] >= 0.88
    assert summary["precision"] >= 0.45
    assert summary["dates"] >= 0.9
