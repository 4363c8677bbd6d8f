"""TIMEX3 tagger, round 42: classes found on TBAQ tuning text and the wire42 dev passages."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _found(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The broker, who pleaded guilty in March, must also repay $2 million to clients.",
            ("March", "DATE", "1990-03"),
        ),
        (
            "The general, who resigned abruptly in March, will testify before the committee.",
            ("March", "DATE", "1990-03"),
        ),
    ],
)
def test_a_relative_pronoun_makes_the_ed_word_a_past_verb(text: str, want: tuple) -> None:
    """'who pleaded guilty in March' is told in the past, whatever the main clause's tense."""
    assert want in _found(text, dt.date(1990, 7, 19))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Government troops stormed the rebel camp before dawn Wednesday, the army said.",
            ("dawn Wednesday", "TIME", "1998-06-03TMO"),
        ),
        (
            "The militia withdrew from the town at dusk on Monday, witnesses said.",
            ("dusk on Monday", "TIME", "1998-06-01TEV"),
        ),
    ],
)
def test_dawn_or_dusk_before_a_weekday_is_that_part_of_the_day(text: str, want: tuple) -> None:
    """'before dawn Wednesday' is one expression, the morning of that Wednesday."""
    assert want in _found(text, dt.date(1998, 6, 4))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Republican leaders said they hoped to pass a tax bill in August.",
            ("August", "DATE", "1999-08"),
        ),
        (
            "The insurer said it intended to list its shares in London in June.",
            ("June", "DATE", "1999-06"),
        ),
    ],
)
def test_an_intention_told_in_the_past_looks_ahead(text: str, want: tuple) -> None:
    """'said they hoped to pass a bill in August' in February is next August."""
    assert want in _found(text, dt.date(1999, 2, 18))


def test_the_full_fiscal_year_is_the_year_of_the_quarter_reported() -> None:
    """'the full fiscal year' is a date like 'the full year': the reported quarter's year."""
    text = (
        "Net income for the fiscal fourth quarter rose 22 percent. For the full fiscal "
        "year, revenue climbed to $3.1 billion."
    )
    assert ("the full fiscal year", "DATE", "1997") in _found(text, dt.date(1997, 8, 14))
