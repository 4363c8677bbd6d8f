"""TIMEX3 tagger, round 42: classes found on TBAQ tuning text and the wire42 dev passages.

- a subject or relative pronoun before an -ed form makes it a past verb ("the trader, who
  pleaded guilty in March, must also ..." is last March);
- dawn, dusk, daybreak or nightfall before a weekday is that part of the day ("before dawn
  Wednesday" ``TMO``);
- an intention verb's past or -ing form before an infinitive looks ahead ("said they hoped
  to pass a bill in August");
- "the full fiscal year" is the year of the quarter under report;
- a weekday after "ending" or "expiring" is the day a term runs out, ahead (not a reported
  week's last day);
- a season after a deadline word for an act still to come (an infinitive before it) under a
  past verb is ahead when it begins within seven months ("said the Fed was unlikely to raise
  rates before spring", in January).
"""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

CASES = [
    (
        "1990-07-19",
        "The broker, who pleaded guilty in March, must also repay $2 million to clients.",
        ("March", "DATE", "1990-03"),
    ),
    (
        "1990-07-19",
        "The general, who resigned abruptly in March, will testify before the committee.",
        ("March", "DATE", "1990-03"),
    ),
    (
        "1998-06-04",
        "Government troops stormed the rebel camp before dawn Wednesday, the army said.",
        ("dawn Wednesday", "TIME", "1998-06-03TMO"),
    ),
    (
        "1998-06-04",
        "The militia withdrew from the town at dusk on Monday, witnesses said.",
        ("dusk on Monday", "TIME", "1998-06-01TEV"),
    ),
    (
        "1999-02-18",
        "Republican leaders said they hoped to pass a tax bill in August.",
        ("August", "DATE", "1999-08"),
    ),
    (
        "1999-02-18",
        "The insurer said it intended to list its shares in London in June.",
        ("June", "DATE", "1999-06"),
    ),
    (
        "1997-08-14",
        "Net income for the fiscal fourth quarter rose 22 percent. For the full fiscal year, "
        "revenue climbed to $3.1 billion.",
        ("the full fiscal year", "DATE", "1997"),
    ),
    (
        "1995-09-28",
        "With the tender offer expiring Saturday, holders had sent in 40 percent of the shares.",
        ("Saturday", "DATE", "1995-09-30"),
    ),
    (
        "1995-09-28",
        "With the legislative session ending Friday, lawmakers passed a budget.",
        ("Friday", "DATE", "1995-09-29"),
    ),
    (
        "1995-09-28",
        "Jobless claims fell by 5,000 in the week ending Saturday, the department said.",
        ("Saturday", "DATE", "1995-09-23"),
    ),
    (
        "1994-01-12",
        "Analysts said the airline was unlikely to return to profit before summer.",
        ("summer", "DATE", "1994-SU"),
    ),
    (
        "1994-05-12",
        "Traders said the dollar was unlikely to recover before the autumn.",
        ("the autumn", "DATE", "1994-FA"),
    ),
]


@pytest.mark.parametrize(("dct", "text", "want"), CASES)
def test_round42_classes(dct: str, text: str, want: tuple[str, str, str]) -> None:
    found = [(t.text, t.type, t.value) for t in tag(text, dt.date.fromisoformat(dct))]
    assert want in found
