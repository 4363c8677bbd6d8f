"""Classes of the twenty-third own-wire study (ten whole articles written in 1987-89 wire style
on East-West relations and Europe, ``benchmarks/data/own_wire23.*``): a month named for what
parties agreed or decided to do lies ahead of the accord; a past act 'later in the day' is not
on a day ahead named just before it; a pullout, an occupation or an armed act named only to be
judged ('called the pullout a historic step', 'declared the annexation illegal') is no act of
the judge; a people travelling in hundreds or thousands pays no official visit; warplanes
striking an aircraft attack it, no air raid; troops taking things along 'with them' capture
nothing; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

PUB = "1988-02-10T12:00:00Z"


def _only(extractor, text: str, etype: str) -> dict:
    """The one event of ``etype`` the text gives."""
    found = events_of_type(extract_events(extractor, text, PUB), etype)
    assert len(found) == 1, text
    return found[0]


def test_a_month_named_for_what_parties_agreed_to_do_lies_ahead(extractor):
    text = "GENEVA, Feb 10 - Howe and Shevardnadze agreed to meet again in Stockholm in April."
    assert _only(extractor, text, "meeting")["date"]["value"] == "1988-04"
    # a month under a past verb of its own stays behind
    text = "GENEVA, Feb 10 - Howe and Shevardnadze met in Stockholm in April."
    assert _only(extractor, text, "meeting")["date"]["value"] == "1987-04"


def test_a_past_act_later_in_the_day_is_not_on_a_day_ahead_named_before(extractor):
    text = (
        "BRUSSELS, Feb 10 - Howe said the alliance would table its own proposal on Friday "
        "calling for deep cuts in tanks.\n\n"
        "Howe met the Polish foreign minister later in the day."
    )
    meeting = _only(extractor, text, "meeting")
    assert country_codes(meeting["actors"]) | country_codes(meeting["targets"]) == {"GBR", "POL"}
    assert meeting["date"]["value"] == "1988-02-10"


def test_a_pullout_or_annexation_named_only_to_be_judged_is_no_act_of_the_judge(extractor):
    for text in (
        "KABUL, Feb 10 - The Afghan foreign minister called the pullout a turning point.",
        "RIGA, Feb 10 - The Latvian writers' union declared the 1940 annexation unlawful.",
        "HANOI, Feb 10 - The Vietnamese army newspaper described the occupation as a crime.",
    ):
        events = extract_events(extractor, text, PUB)
        assert not events_of_type(events, "withdrawal"), text
        assert not events_of_type(events, "occupation"), text
    # a pullout told as done stays
    text = "KABUL, Feb 10 - Soviet troops began their pullout from Kandahar today."
    assert events_of_type(extract_events(extractor, text, PUB), "withdrawal")


def test_a_people_travelling_in_hundreds_or_thousands_pays_no_official_visit(extractor):
    for text in (
        "VIENNA, Feb 10 - Some 300,000 Hungarians visited Austria last year.",
        "ATHENS, Feb 10 - Thousands of Turks visited Greece during the holiday.",
    ):
        assert not events_of_type(extract_events(extractor, text, PUB), "visit"), text
    # officials counted by the number visit
    text = "VIENNA, Feb 10 - Two Hungarian ministers visited Austria last week."
    visit = _only(extractor, text, "visit")
    assert country_codes(visit["actors"]) == {"HUN"}
    assert country_codes(visit["targets"]) == {"AUT"}


def test_warplanes_striking_an_aircraft_attack_it_no_air_raid(extractor):
    text = "TOKYO, Feb 10 - A Soviet fighter hit a Japanese reconnaissance plane over the sea."
    events = extract_events(extractor, text, PUB)
    assert not events_of_type(events, "airstrike")
    found = events_of_type(events, "attack")
    assert len(found) == 1
    assert country_codes(found[0]["actors"]) == {"RUS"}
    assert country_codes(found[0]["targets"]) == {"JPN"}
    # warplanes striking ground stay an air raid
    text = "TOKYO, Feb 10 - Soviet fighters hit a Japanese radar station on the island."
    assert events_of_type(extract_events(extractor, text, PUB), "airstrike")


def test_troops_taking_things_along_with_them_capture_nothing(extractor):
    text = (
        "KABUL, Feb 10 - The last Soviet troops left Kunduz today, taking with them their "
        "artillery and about 200 trucks."
    )
    events = extract_events(extractor, text, PUB)
    assert not events_of_type(events, "occupation")
    # troops taking a town capture it
    text = "KABUL, Feb 10 - Afghan government troops took the town of Kunduz today."
    assert events_of_type(extract_events(extractor, text, PUB), "occupation")


def test_own_wire23_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire23")
    assert summary["recall"] >= 0.7
    assert summary["precision"] >= 0.6
