"""TIMEX3 tagger: the forms of war communiques, military briefings and UN-mission situation
reports (round 49): four-digit clock times with "hours" and their day, ranges of clock times,
"first light", "Overnight," opening a sentence, "overnight Tuesday", "the early hours of this
morning", an operation's numbered days ("Day 13", "G+2", "the first day of the operation"),
a day a span began on, "since dawn" and "since midnight" under a present perfect, a maker's
model number, "a year ago" after a month of history, and a year opening its sentence.

Each case is a line "DCT | text | expression | type | value" (lines opening with "#" say
what the cases after them show)."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_cases import cases as _cases
from timex_cases import found as _found

REPORT_CLOCKS = """
# a four-digit time with "hours" and the day after it is a clock time after any word
1994-02-07 | 64 detonations were recorded between 1800 hours yesterday and 0600 hours this morning. | 1800 hours yesterday | TIME | 1994-02-06T18:00
1994-02-07 | 64 detonations were recorded between 1800 hours yesterday and 0600 hours this morning. | 0600 hours this morning | TIME | 1994-02-07T06:00
1994-02-07 | A curfew is in force from 2100 hours tonight. | 2100 hours tonight | TIME | 1994-02-07T21:00
# after "since", "to", "between"
1994-02-07 | The post came under fire 14 times since 1330 hours. | 1330 hours | TIME | 1994-02-07T13:30
# a report's hour in its heading, after a comma
1994-02-07 | NATO press conference, 1500 hours. The spokesman said. | 1500 hours | TIME | 1994-02-07T15:00
1994-02-07 | Situation report, 1000 hrs. More than 80,000 civilians escaped. | 1000 hrs | TIME | 1994-02-07T10:00
# "0600 hours 7 June": the date right after it
2011-06-07 | Key facts for the period from 0600 hours 6 June to 0600 hours 7 June. | 0600 hours 7 June | TIME | 2011-06-07T06:00
# the army's "hours local" before a stop; "12 noon"
1994-02-07 | Attacks continued until about 2200 hours local. | about 2200 hours local | TIME | 1994-02-07T22:00
1994-02-07 | The deadline expires at 12 noon today. | 12 noon today | TIME | 1994-02-07T12:00
# both ends of "between 08:00 and 10:30"; "18:00 hrs, 17 February" one time
1994-02-07 | The SMM heard 40 explosions between 08:00 and 10:30. | 10:30 | TIME | 1994-02-07T10:30
2015-02-18 | as of 18:00 hrs, 17 February. | 18:00 hrs, 17 February | TIME | 2015-02-17T18:00
# a range's first end takes the day its second names
1994-02-07 | Fighting lasted from 0500 hours to 1900 hours yesterday. | 0500 hours | TIME | 1994-02-06T05:00
1994-02-07 | Trading ran between 9 a.m. and 4 p.m. on Sunday. | 9 a.m. | TIME | 1994-02-06T09:00
# "first light" is dawn
1994-02-07 | The fighting continued until first light. | first light | TIME | 1994-02-07TMO
1994-02-07 | Fighting began at first light yesterday. | first light yesterday | TIME | 1994-02-06TMO
1994-02-07 | The wreck was reached at first light on Saturday. | first light on Saturday | TIME | 1994-02-05TMO
# "Overnight," opening a sentence is the adverb; "overnight Friday" that day's night
1994-02-07 | The IDF said so. Overnight, IDF units reached Damour. | Overnight | TIME | 1994-02-06TNI
1994-02-07 | Ukrainian troops withdrew after attacks overnight Friday. | overnight Friday | TIME | 1994-02-04TNI
1994-02-07 | Strikes in the early hours of this morning hit the ministry. | the early hours of this morning | TIME | 1994-02-07TMO
# "Since midnight", "Since dawn" under a present perfect: the DCT's
1994-02-07 | Since midnight, 72 rockets have been fired at Israel. | midnight | TIME | 1994-02-07T00:00
1994-02-07 | Since dawn, French units have been reinforcing Bamako. | dawn | TIME | 1994-02-07TMO
"""

OPERATION_DAYS = """
# "Day 13": the DCT after "Today is" or heading a report, else counted from the start
1999-04-05 | Today is Day 13 of Operation Allied Force. | Day 13 | DATE | 1999-04-05
1999-04-10 | The campaign began on 24 March. NATO said on Day 13 of the campaign it hit bridges. | Day 13 | DATE | 1999-04-05
2014-07-20 | Operation Protective Edge, Day 13: IDF update. | Day 13 | DATE | 2014-07-20
# "G+2", "D+2" counted from the day the operation began
1991-02-26 | The ground offensive began at 0400 hours local time on Sunday. This is G+2. | G+2 | DATE | 1991-02-26
1974-07-22 | The operation began at dawn on Saturday. By D+2 the bridgehead was linked. | D+2 | DATE | 1974-07-22
# an operation's numbered day counted from its start; the first day beside a day is that day
1993-06-14 | The operation was launched on Saturday, June 12. The radio has been off the air since the first day of the operation. | the first day | DATE | 1993-06-12
2013-01-14 | Helicopters attacked near Konna on Friday, the first day of the operation. | the first day | DATE | 2013-01-11
# begun at midnight at the end of a day: the next day is its first
2015-04-03 | The operation began at midnight on Wednesday, March 25. Sorties were flown on the seventh day of the operation. | the seventh day | DATE | 2015-04-01
# the day right after the count names it; the possessive stays out of the span
1987-01-12 | The operation was launched on Friday, January 9, and entered its fourth day today. | fourth day | DATE | 1987-01-12
"""

DAYS_IN_VIEW = """
# a day a span began on dates no later night or clock time
1982-06-09 | Since the start of the operation on Sunday, June 6, 25 soldiers have been killed. Armoured forces advanced during the night and were engaged at 0530 hours. | the night | TIME | 1982-06-08TNI
2014-07-20 | Since the beginning of the ground operation on Thursday night, forces have found 34 tunnels. Overnight, the IDF targeted 40 sites. | Overnight | TIME | 2014-07-19TNI
# "a year ago" counts from the DCT, not from a month of history
1989-11-20 | Since 1961, when the wall went up in August, 80 people have died. A year ago Honecker predicted the wall would stand. | A year ago | DATE | 1988
# a year opening its sentence frames a bare month in it
1990-06-01 | Last year it opened in April and closed in September. | April | DATE | 1989-04
1990-06-01 | In 1989 the plant closed in March. | March | DATE | 1989-03
"""


@pytest.mark.parametrize(
    ("text", "dct", "want"), _cases(REPORT_CLOCKS) + _cases(OPERATION_DAYS) + _cases(DAYS_IN_VIEW)
)
def test_reports_days_and_times(text: str, dct: dt.date, want: tuple[str, str, str]) -> None:
    assert want in _found(text, dct)


def test_first_day_without_a_start_stays_untagged() -> None:
    found = _found("It was the first day of the operation.", dt.date(2013, 1, 14))
    assert not any("first day" in t for t, _, _ in found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Rafale and Mirage 2000D aircraft struck camps.", "2000"),  # a maker's model
        ("He logged 1500 hours of flying time.", "1500 hours"),  # a length
    ],
)
def test_not_clock_or_year(text: str, absent: str) -> None:
    found = _found(text, dt.date(2013, 1, 14))
    assert not any(t == absent and typ in ("DATE", "TIME") for t, typ, _ in found)


def test_year_opening_a_later_clause_frames_its_own_months() -> None:
    found = _found(
        "Last year's talks were in April, and this year it opened in May.", dt.date(1990, 6, 1)
    )
    assert ("May", "DATE", "1990-05") in found


def test_since_midnight_named_day_keeps_its_end() -> None:
    assert ("midnight yesterday", "TIME", "1987-03-02T24:00") in _found(
        "Fighting has gone on since midnight yesterday.", dt.date(1987, 3, 3)
    )
