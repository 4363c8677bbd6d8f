"""TIMEX3 tagger, round 45: classes found on the chronicle dev passages (yearbook and
Keesing's-style records, wire timelines and factboxes, look-back analyses,
``benchmarks/data/timex_dev_chronicle.jsonl``), the Wikinews-style passages and AQUAINT's
tune half.

- a day or month with no year in a chronicle of an earlier year takes the chronicle's year
  (that of the last day or month named, or the year after when it comes before it in the
  calendar): a timeline's entries always, running text told in the past when the DCT's
  reading would put the day after the DCT; a timeline's first entry is not ahead of the DCT;
- irregular past forms ("retook", "overran", "underwent") are past verbs;
- a weekday before "of" and a capitalised noun is a day's name ("the Friday of Anger");
- a weekday after an event called under an active present perfect ("have called a strike on
  Friday") is ahead; one after a wait under a past verb ("criticised for waiting until
  Sunday") or a state that lasted ("stayed shut until Monday") is behind;
- "the following weekend" after a weekday is the weekend of that day's week;
- a possessive month before an event under a future verb is ahead ("will not stand in
  September's election");
- a bare clock time told in the past a paragraph after the day the story told of is on that
  day, not on the DCT (not a plan, "was to land at 2 p.m.", nor after an event's possessive
  day, "Thursday's referendum").
"""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _tagged(text: str, dct: str) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dt.date.fromisoformat(dct))]


def _value(text: str, dct: str, span: str) -> str:
    return next(v for t, _, v, _ in _tagged(text, dct) if t == span)


@pytest.mark.parametrize(
    ("text", "dct", "span", "want"),
    [
        (
            "The reactor exploded on April 26, 1986. Crews fought the fire for days, and by "
            "May 6 the release of radioactivity had largely stopped.",
            "1987-02-10",
            "May 6",
            "1986-05-06",
        ),
        (
            "A quake struck at 2:46 p.m. on March 11, 2011. On April 12 the accident was "
            "raised to level 7.",
            "2012-03-10",
            "April 12",
            "2011-04-12",
        ),
        (
            "The withdrawal began on May 15, 1988, and half of the force had gone by mid-August.",
            "1989-03-25",
            "mid-August",
            "1988-08",
        ),
        # a schedule or a day of the DCT's year keeps the DCT's reading
        (
            "The jury took a year to reach a verdict after closing arguments in March 2011. "
            "Sentencing is set for May 30.",
            "2012-04-26",
            "May 30",
            "2012-05-30",
        ),
        (
            # a day the DCT's reading puts in the past stays there
            "The firm was fined on Oct. 2, 2022. It appealed on Dec. 28.",
            "2024-01-05",
            "Dec. 28",
            "2023-12-28",
        ),
    ],
)
def test_a_day_without_year_in_a_chronicle_takes_its_year(
    text: str, dct: str, span: str, want: str
) -> None:
    assert _value(text, dct, span) == want


def test_timeline_entries_take_the_year_of_the_entry_before() -> None:
    text = (
        "Factbox: the hostage crisis.\n\n"
        "April 7, 1980 - Washington breaks off relations with Tehran.\n\n"
        "April 24 - A rescue mission is abandoned in the desert.\n\n"
        "Jan. 19, 1981 - The two governments sign the accords.\n\n"
        "Jan. 20 - The hostages are freed."
    )
    assert _value(text, "1981-01-21", "April 24") == "1980-04-24"
    assert _value(text, "1981-01-21", "Jan. 20") == "1981-01-20"
    text = (
        "Key dates in the crisis, which ended on Feb. 12, 1990.\n\n"
        "Nov. 29 - The council sets a deadline.\n\n"
        "Jan. 9 - Talks in Geneva fail."
    )
    assert _value(text, "1990-03-04", "Jan. 9") == "1990-01-09"


def test_a_timelines_first_entry_is_not_ahead_of_the_dct() -> None:
    text = (
        "BAGHDAD (Reuters) - Factbox: key dates since the invasion on June 4.\n\n"
        "March 20 - The war begins with missile strikes.\n\n"
        "April 9 - The capital falls."
    )
    assert _value(text, "2003-12-15", "March 20") == "2003-03-20"
    assert _value(text, "2003-12-15", "April 9") == "2003-04-09"


def test_irregular_past_forms_are_past_verbs() -> None:
    assert _value("The rebels overran the town on April 25.", "1983-01-15", "April 25") == (
        "1982-04-25"
    )
    assert _value("Troops retook the island on April 25.", "1983-01-15", "April 25") == (
        "1982-04-25"
    )


def test_a_weekday_named_for_a_cause_is_no_date() -> None:
    got = _tagged('Jan. 28 - The "Friday of Rage". Roads are shut the night before.', "2011-02-12")
    assert [t for t in got if t[0] == "Friday"] == []
    assert ("the night before", "TIME", "2011-01-27TNI", None) in got
    assert ("Monday of next week", "DATE", "2011-02-14", None) in _tagged(
        "They meet on Monday of next week.", "2011-02-12"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Unions have called a strike on Friday over pay.", "2011-11-18"),
        ("Organisers have called for a day of action on Thursday.", "2011-11-17"),
        ("Two people have been killed in a protest on Monday.", "2011-11-14"),
        ("The mayor was criticised for waiting until Monday to act.", "2011-11-14"),
        ("The road stayed shut until Monday.", "2011-11-14"),
        ("He was remanded in custody until Friday.", "2011-11-18"),
    ],
)
def test_a_weekday_under_a_present_perfect_or_a_wait(text: str, want: str) -> None:
    assert [v for _, typ, v, _ in _tagged(text, "2011-11-16") if typ in ("DATE", "TIME")] == [want]


def test_a_clock_time_a_paragraph_after_the_storys_day_is_on_that_day() -> None:
    text = (
        "A painting was stolen from a museum early Sunday, police said yesterday. It is the "
        "second theft in the region this year.\n\n"
        "The thieves got in through a skylight at about 03:30, investigators said."
    )
    assert _value(text, "2010-09-14", "about 03:30") == "2010-09-12T03:30"
    text = "Voters backed independence in Thursday's referendum.\n\nThe result was declared after 6 a.m."
    assert _value(text, "2014-09-19", "6 a.m.") == "2014-09-19T06:00"
    text = "The president left Rome on Monday. He met the pope.\n\nHe was to land at 2 p.m. today."
    assert _value(text, "1999-01-26", "2 p.m. today") == "1999-01-26T14:00"


def test_the_following_weekend_after_a_weekday_is_that_weeks() -> None:
    text = "The wall was opened on Nov. 9, 1989. The following weekend two million visited."
    assert _value(text, "1990-10-02", "The following weekend") == "1989-W45-WE"
    text = "He left on Saturday, Nov. 11, 1989. The following weekend he returned."
    assert _value(text, "1990-10-02", "The following weekend") == "1989-W46-WE"


def test_a_possessive_month_before_an_event_under_a_future_verb_is_ahead() -> None:
    text = "The president says he will not stand in September's election."
    assert _value(text, "2011-02-12", "September") == "2011-09"
    assert _value("He lost September's election.", "2011-02-12", "September") == "2010-09"
