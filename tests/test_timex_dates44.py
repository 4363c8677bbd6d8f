"""TIMEX3 tagger, round 44: classes found on the Wikinews-style dev passages (short news
reports of 2010-2012, ``benchmarks/data/timex_dev_wikinews.jsonl``), AQUAINT's tune half and
TimeBank.

- "since then" is left untagged, as TimeBank, AQUAINT and the dev files leave it; "until
  then" still takes the date named before;
- a bare 24-hour time after a preposition and a word of nearness ("at about 03:30", "by
  around 17:30") is a time, tagged with the word (APPROX), with the day after it if any;
- a sentence opening with an incident ("The magnitude 6.3 quake struck at 12:51 local time")
  is on the day whose possessive named that incident in the sentence before, even when a later
  day ("today") was named after it, and across a paragraph break;
- a year between an owner or an article and a maker's name is a model year, no date ("Kopp's
  1987 Chevrolet Cavalier").
"""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _tagged(text: str, dct: str) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dt.date.fromisoformat(dct))]


def test_since_then_is_left_untagged_and_until_then_is_the_date_named() -> None:
    text = "A judge refused him bail on Monday, and he has been held since then at the jail."
    assert _tagged(text, "2011-05-18") == [("Monday", "DATE", "2011-05-16", None)]
    text = "The offer expires on Nov. 15. Until then, holders may sell."
    assert ("then", "DATE", "2024-11-15", None) in _tagged(text, "2024-11-01")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The thieves entered the museum at about 03:30, investigators said.",
            ("about 03:30", "TIME", "2010-09-14T03:30", "APPROX"),
        ),
        (
            "The park reopened by around 17:30, police said.",
            ("around 17:30", "TIME", "2010-09-14T17:30", "APPROX"),
        ),
        (
            "The raid began at about 01:00 yesterday.",
            ("about 01:00 yesterday", "TIME", "2010-09-13T01:00", "APPROX"),
        ),
        (
            "In Brisbane, the river peaked at about 04:00 on September 9.",
            ("about 04:00 on September 9", "TIME", "2010-09-09T04:00", "APPROX"),
        ),
    ],
)
def test_a_bare_24_hour_time_after_a_word_of_nearness_is_a_time(
    text: str, want: tuple[str, str, str, str | None]
) -> None:
    assert want in _tagged(text, "2010-09-14")


def test_a_score_after_about_is_no_time() -> None:
    assert _tagged("The odds were about 3:30 against him.", "2010-09-14") == []


def test_an_incident_opening_a_sentence_is_on_its_day_before_a_later_today() -> None:
    text = (
        "The death toll from Tuesday's earthquake in Christchurch rose to 98 today, and 226 "
        "people were still missing. The magnitude 6.3 quake struck at 12:51 local time."
    )
    assert ("12:51 local time", "TIME", "2011-02-22T12:51", None) in _tagged(text, "2011-02-24")


def test_an_incident_opening_a_paragraph_keeps_the_day_of_the_one_before() -> None:
    text = (
        "Workers protested today after a fire at a factory killed 112 people on Saturday "
        "night.\n\nThe fire started on the ground floor at about 18:30, and many were trapped."
    )
    assert ("about 18:30", "TIME", "2012-11-24T18:30", "APPROX") in _tagged(text, "2012-11-28")
    # a paragraph opening with anything else does not take that day
    text = text.replace("The fire started on the ground floor", "Police arrived")
    assert ("about 18:30", "TIME", "2012-11-28T18:30", "APPROX") in _tagged(text, "2012-11-28")


@pytest.mark.parametrize(
    "text",
    [
        "Kopp's 1987 Chevrolet Cavalier was found at the airport.",
        "Police found a 1996 Ford pickup in the lot.",
        "Officers stopped the 1998 Toyota Camry near the border.",
    ],
)
def test_a_model_year_before_a_makers_name_is_no_date(text: str) -> None:
    assert [t for t in _tagged(text, "1999-01-22") if t[1] == "DATE"] == []


def test_a_year_before_a_makers_event_is_still_a_date() -> None:
    text = "Workers recalled the 1998 Ford strike. In 1987 Chevrolet sold more cars."
    assert [t[0] for t in _tagged(text, "1999-01-22")] == ["1998", "1987"]
