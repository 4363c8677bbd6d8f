"""TIMEX3 tagger, round 46: classes found on the news-agency dev passages (the English
services of Xinhua, TASS, IRNA, KCNA, MENA, Anadolu, Kyodo, Yonhap, PTI and APS,
``benchmarks/data/timex_dev_agencies.jsonl``), the chronicle passages and AQUAINT's tune half.

- a bare day of the month after a preposition of time ("launched on the 10th", "from the
  18th to the 22nd") is a day of the month in view;
- a part of the day before "of" and a day ("the morning of March 25", "the afternoon of the
  24th", "the early hours of Tuesday") is one TIME, that part of that day;
- the first or last days or half of a month ("the last ten days of June", "the first half
  of next month") are that month with START or END;
- a four-digit clock time read with "hours" after a preposition of time ("at 0300 hours
  local time") is a TIME, not a length;
- a day of history named after the story's day ("on October 6, 1973") dates no clock time in
  the next sentence; the story's day does;
- a bare "dawn", "dusk", "nightfall" after a preposition of time ("began at dawn", "By dawn
  the square had been cleared") or before a raid ("dawn raids on Tuesday") is that part of
  the day in view (the next morning after "the night of"); "as dawn broke", "pre-dawn" and
  "dusk-to-dawn" are left alone;
- "By the evening" in a later paragraph, told in the past, is on the day the story told of
  when no other day came between;
- "noon the next day" is one expression; "the year to March 2002" is one length (P1Y);
- "spent the night" is the night of the day in view (last night under a past verb);
- a day after "in 2008, during the earthquake of May 12" takes the year the phrase narrows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _tagged(text: str, dct: str) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dt.date.fromisoformat(dct))]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "A satellite was launched in the Soviet Union on the 10th, TASS said.",
            "1985-07-12",
            ("the 10th", "DATE", "1985-07-10", None),
        ),
        (
            "The won closed at 1,171.5 on the 3rd, down from 1,099.",
            "1997-12-04",
            ("the 3rd", "DATE", "1997-12-03", None),
        ),
        # a day after the DCT's, told in the past: last month's
        (
            "The army had staged exercises from the 18th to the 22nd.",
            "1990-07-12",
            ("the 18th", "DATE", "1990-06-18", None),
        ),
        # told ahead, a day before the DCT's: next month's
        (
            "The delegation will arrive on the 3rd.",
            "1990-07-12",
            ("the 3rd", "DATE", "1990-08-03", None),
        ),
        # the month of a day named before it in the sentence
        (
            "Talks opened on May 30 and ended on the 2nd.",
            "1985-07-12",
            ("the 2nd", "DATE", "1985-05-02", None),
        ),
    ],
)
def test_bare_day_of_the_month(text: str, dct: str, expected: tuple) -> None:
    assert expected in _tagged(text, dct)


@pytest.mark.parametrize(
    "text",
    [
        "He lives on the 3rd floor.",
        "They marked the 10th anniversary of the accord.",
        "The 10th Army crossed the river.",
    ],
)
def test_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert not [t for t in _tagged(text, "1990-07-12") if t[0].startswith("the ")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Premier Zhao will deliver the report on the morning of March 25.",
            "1987-03-03",
            ("the morning of March 25", "TIME", "1987-03-25TMO", None),
        ),
        (
            "A preparatory meeting will be held on the afternoon of the 24th.",
            "1987-03-03",
            ("the afternoon of the 24th", "TIME", "1987-03-24TAF", None),
        ),
        (
            "Iraqi warplanes attacked Ahvaz in the early hours of Tuesday, IRNA said.",
            "1988-07-20",
            ("the early hours of Tuesday", "TIME", "1988-07-19TMO", None),
        ),
        (
            "Troops began shelling the building in the morning of October 4.",
            "1993-10-05",
            ("the morning of October 4", "TIME", "1993-10-04TMO", None),
        ),
    ],
)
def test_part_of_a_named_day(text: str, dct: str, expected: tuple) -> None:
    assert expected in _tagged(text, dct)


def test_night_of_a_day_keeps_its_date_alone() -> None:
    tagged = _tagged("He was shot on the night of Oct. 23 in his kitchen.", "1998-11-20")
    assert ("Oct. 23", "DATE", "1998-10-23", None) in tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rainfall in the last ten days of June and the first ten days of July doubled.",
            [
                ("the last ten days of June", "DATE", "1991-06", "END"),
                ("the first ten days of July", "DATE", "1991-07", "START"),
            ],
        ),
        (
            "Ministers will meet in the first half of next month.",
            [("the first half of next month", "DATE", "1991-08", "START")],
        ),
        (
            "The rainy season will end in the latter half of this month.",
            [("the latter half of this month", "DATE", "1991-07", "END")],
        ),
        # a count of months stays a length, as TimeBank writes it
        (
            "Output in the first nine months of the year rose.",
            [
                ("the first nine months", "DURATION", "P9M", None),
                ("the year", "DATE", "1991", None),
            ],
        ),
    ],
)
def test_start_or_end_of_a_month(text: str, expected: list) -> None:
    assert _tagged(text, "1991-07-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The headquarters said in a communique issued at 0300 hours local time today.",
            ("0300 hours local time today", "TIME", "1988-07-20T03:00", None),
        ),
        (
            "The tests were carried out at 1545 hours on Monday.",
            ("1545 hours on Monday", "TIME", "1988-07-18T15:45", None),
        ),
        ("He had flown for 1200 hours.", ("1200 hours", "DURATION", "PT1200H", None)),
    ],
)
def test_four_digit_clock_with_hours(text: str, expected: tuple) -> None:
    assert expected in _tagged(text, "1988-07-20")


def test_history_date_dates_no_clock_time() -> None:
    text = (
        "Sadat was assassinated yesterday as he reviewed a parade marking the crossing of the "
        "canal on October 6, 1973. The attack occurred at about 12:40 p.m. when soldiers fired."
    )
    assert ("about 12:40 p.m.", "TIME", "1981-10-06T12:40", "APPROX") in _tagged(text, "1981-10-07")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Federal agents Thursday removed 200 protesters. The operation began at dawn.",
            "2000-05-05",
            ("dawn", "TIME", "2000-05-04TMO", None),
        ),
        (
            "Police arrested six men in dawn raids on Tuesday.",
            "2000-05-05",
            ("dawn", "TIME", "2000-05-02TMO", None),
        ),
        # "dawn today": the DCT's dawn, not the day named before
        (
            "Guerrillas ambushed a convoy on Tuesday and attacked a power station before dawn "
            "today.",
            "1987-10-28",
            ("dawn today", "TIME", "1987-10-28TMO", None),
        ),
        (
            "June 4 - Troops entered the city on the night of June 3. By dawn the square has "
            "been cleared.",
            "1989-06-20",
            ("dawn", "TIME", "1989-06-04TMO", None),
        ),
    ],
)
def test_bare_dawn(text: str, dct: str, expected: tuple) -> None:
    assert expected in _tagged(text, dct)


@pytest.mark.parametrize(
    "text",
    [
        "Officials spoke as dawn broke over the city.",
        "They were held in a pre-dawn raid.",
        "The army announced a dusk-to-dawn curfew.",
    ],
)
def test_dawn_left_alone(text: str) -> None:
    assert not [t for t in _tagged(text, "2000-05-05") if "dawn" in t[0]]


def test_evening_of_the_story_day_a_paragraph_on() -> None:
    text = (
        "At 7:58 a.m. local time on Dec. 26, an earthquake ruptured the sea floor. The first "
        "waves reached Banda Aceh within half an hour; they struck Thailand's coast about two "
        "hours after the quake and Sri Lanka an hour after that. Some reached Somalia, 5,000 "
        "km away, seven hours later.\n\nBy the evening the death toll stood at about 10,000."
    )
    assert ("the evening", "TIME", "2004-12-26TEV", None) in _tagged(text, "2005-01-20")


def test_noon_the_next_day_is_one_time() -> None:
    text = "On Aug. 8 he said he would resign, and he left office at noon the next day."
    assert ("noon the next day", "TIME", "1974-08-09T12:00", None) in _tagged(text, "1975-02-01")


def test_year_to_a_month_is_one_length() -> None:
    text = "Economists expect growth of under 1 percent in the year to March 2002."
    assert ("the year to March 2002", "DURATION", "P1Y", None) in _tagged(text, "2001-03-19")
    # an event told of it is still dated by the month the year runs to
    (t,) = [t for t in tag(text, dt.date(2001, 3, 19)) if t.type == "DURATION"]
    assert t.anchor == "2002-03"


def test_spent_the_night() -> None:
    text = (
        "The prime minister flew over the area this morning. About 240,000 people spent the "
        "night in schools and other shelters."
    )
    assert ("the night", "TIME", "1995-01-17TNI", None) in _tagged(text, "1995-01-18")


def test_year_narrowed_by_a_phrase_of_time() -> None:
    text = "The county was hit by a landslide in 2008, during the Wenchuan earthquake of May 12."
    assert ("May 12", "DATE", "2008-05-12", None) in _tagged(text, "2010-08-09")


def test_early_part_of_the_day_far_from_a_day_stays_on_the_report_day() -> None:
    text = (
        "The Canadian dollar closed at 76.58 U.S. cts Wednesday, dealers said. "
        + "Trading was thin and the market waited for the budget figures. " * 5
        + "\n\nThe currency was hovering around 76.78 cts in early afternoon trading."
    )
    tagged = _tagged(text, "1987-04-09")
    assert ("early afternoon", "TIME", "1987-04-09TAF", "START") in tagged
