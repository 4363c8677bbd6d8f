"""TIMEX3 tagger: the forms of diplomatic cables, memoranda of conversation, embassy
situation reports and ministry readouts (round 50): a four-digit clock time with no "hours"
before "local", a place's clock or its day, a month in capitals cut to three letters ("28
APR"), "end of month" with no article, "10 o'clock this morning", "the Year of Europe", a
telegram's number on a reference line, and "the month" after a year naming a thing; and
the days of events told in reports: "overnight" once a report is back at its own day,
"throughout the day", "in the early afternoon", a clock time after "since" under a past
perfect, a day of history between two clock times, and a report's cut-off day.

Each case is a line "DCT | text | expression | type | value" (lines opening with "#" say
what the cases after them show)."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_cases import cases as _cases
from timex_cases import found as _found

CABLE_CLOCKS = """
# a four-digit time with no "hours", after a preposition of time, before "local" and a day
1965-03-09 | The battalion completed landing at 1530 local yesterday. | 1530 local yesterday | TIME | 1965-03-08T15:30
1988-05-27 | The advance team arrived at 1640 local on Wednesday and left. | 1640 local on Wednesday | TIME | 1988-05-25T16:40
1968-08-22 | There were casualties near the radio building at about 0730 local. | about 0730 local | TIME | 1968-08-22T07:30
# before a place's clock
1994-06-16 | The reports were carried by CNN at about 0700 Seoul time, officials said. | about 0700 Seoul time | TIME | 1994-06-16T07:00
1995-01-03 | The bulletin issued at 0900 Moscow time said troops had advanced. | 0900 Moscow time | TIME | 1995-01-03T09:00
# before its day: a word of the DCT's day, a weekday, a date
1990-08-10 | The summit will resume at 1700 today and should vote. | 1700 today | TIME | 1990-08-10T17:00
1990-08-10 | Mubarak told the Ambassador at 0930 this morning that the summit would resume. | 0930 this morning | TIME | 1990-08-10T09:30
1994-06-16 | He asked for a readout NLT 0900 tomorrow, before the council meets. | 0900 tomorrow | TIME | 1994-06-17T09:00
2010-02-05 | He will receive General Petraeus at 1000 on Sunday. | 1000 on Sunday | TIME | 2010-02-07T10:00
1968-08-22 | We have had no contact with Bratislava since 0400 on Wednesday. | 0400 on Wednesday | TIME | 1968-08-21T04:00
1999-04-14 | REFUGEE UPDATE AS OF 0800 14 APRIL. UNHCR reports. | 0800 14 APRIL | TIME | 1999-04-14T08:00
# a bare "at 1000" closing its clause, in a text writing its clock times so
1994-06-16 | He asked for a readout NLT 0900 tomorrow, before the Council meets at 1000. | 1000 | TIME | 1994-06-17T10:00
# both ends of "between 0800 yesterday and 0800 this morning"
1999-04-14 | 3,200 refugees crossed between 0800 yesterday and 0800 this morning. | 0800 yesterday | TIME | 1999-04-13T08:00
1999-04-14 | 3,200 refugees crossed between 0800 yesterday and 0800 this morning. | 0800 this morning | TIME | 1999-04-14T08:00
"""

CABLE_DATES = """
# a cable's month in capitals, cut to three letters, after its day's number
2006-04-14 | They hoped to agree on a joint statement NLT 28 APR. | 28 APR | DATE | 2006-04-28
1975-04-17 | The Foreign Ministry informed us on 15 APR that it would not accept them. | 15 APR | DATE | 1975-04-15
# "by end of month": the DCT's month, its end
1965-03-09 | He intends to reshuffle cabinet by end of month and to travel. | end of month | DATE | 1965-03
# "10 o'clock this morning" is the DCT's, whatever day the sentence before named
1962-10-24 | The proclamation was signed yesterday. The quarantine entered into force at 10 o'clock this morning. | 10 o'clock this morning | TIME | 1962-10-24T10:00
# "the month" after a year that names a thing ("the 1991 program") is the DCT's
1992-02-19 | Credits under the 1991 program run out at the end of the month. | the end of the month | DATE | 1992-02
"""

EVENT_DAYS = """
# "overnight" after a day three or more days back, once the report is back at its own day
1995-01-03 | The assault on the city began on December 31, the bulletin said. Aviation carried out no strikes on the city overnight, in line with an order issued yesterday. | overnight | TIME | 1995-01-02TNI
1971-12-06 | Aircraft attacked the airfields on Friday, December 3. Since then, the air force has flown 500 sorties. An attack in the Chhamb sector was contained overnight. | overnight | TIME | 1971-12-05TNI
# "throughout the day": the day in view; "in the early afternoon" that day's afternoon
2015-02-18 | Shelling began on 16 February. It continued throughout the day. | the day | DATE | 2015-02-16
2013-01-14 | Jets took off at 0400 hours on Sunday, struck their targets in the early afternoon and landed. | the early afternoon | TIME | 2013-01-13TAF
# a clock time after "since" under a past perfect goes on from the clock time told before
2006-07-26 | Yesterday, a bomb hit the base at approximately 1925 hours; four observers were killed. The position had come under fire 14 times since 1330 hours. | 1330 hours | TIME | 2006-07-25T13:30
# a day of history named between two clock times does not break their sequence
1998-05-12 | India yesterday conducted three tests. The tests were carried out at 1545 hours. India's first test was conducted on May 18, 1974. The Prime Minister made the announcement at about 5.45 pm. | about 5.45 pm | TIME | 1998-05-11T17:45
# a report's cut-off on an earlier day dates its bare clock times and "the day"
2015-02-18 | Latest from the SMM, based on information received as of 18:00 hrs, 17 February. The ceasefire which took effect at midnight on 14 February was holding, but shelling continued throughout the day. In Donetsk city, the SMM heard 40 explosions between 08:00 and 10:30. | the day | DATE | 2015-02-17
2015-02-18 | Latest from the SMM, based on information received as of 18:00 hrs, 17 February. In Donetsk city, the SMM heard 40 explosions between 08:00 and 10:30. | 10:30 | TIME | 2015-02-17T10:30
"""


@pytest.mark.parametrize(
    ("text", "dct", "want"), _cases(CABLE_CLOCKS) + _cases(CABLE_DATES) + _cases(EVENT_DAYS)
)
def test_cable_times_and_dates(text: str, dct: dt.date, want: tuple[str, str, str]) -> None:
    assert want in _found(text, dct)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("2871. Ref: Deptel 1840. 1. Marines landed.", "1840"),  # a telegram's number
        ("REF: A) STATE 56712 B) MOSCOW 1998\n1. (C) Talks went on.", "1998"),
        ("On the Year of Europe, the Chancellor said little.", "the Year"),  # a named campaign
        ("The index closed at 1530 on Friday, down 12 points.", "1530 on Friday"),  # a level
        ("Losses were estimated at 1200. The raid began at 0400 hours.", "1200"),  # a number
        ("The council meets at 1000.", "1000"),  # no clock written so in the text
    ],
)
def test_not_a_date_or_time(text: str, absent: str) -> None:
    found = _found(text, dt.date(1998, 5, 1))
    assert not any(t == absent for t, _, _ in found)


def test_year_after_since_stays_a_year_before_its_day() -> None:
    found = _found("Oil fell to its lowest since 2004 on Wednesday.", dt.date(2016, 1, 7))
    assert ("2004", "DATE", "2004") in found
    assert ("Wednesday", "DATE", "2016-01-06") in found


def test_the_day_after_a_day_compared_with_is_the_dct() -> None:
    found = _found(
        "Volume shrank to 47.6 billion won from yesterday's 93.3 billion.\n\nDealers said the"
        " market was depressed throughout the day.",
        dt.date(1987, 4, 3),
    )
    assert ("the day", "DATE", "1987-04-03") in found
