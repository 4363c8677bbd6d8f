"""TIMEX3 tagger: "overnight" as the night before the day a text is about (TimeBank's
convention), and the senses of the word that name no night."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

THU_2008 = dt.date(2008, 5, 15)  # a Thursday


def _values(text: str, dct: dt.date = THU_2008) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an adverb after its verb, or an adjective before an event noun: the night before
        ("The yen weakened sharply overnight in Asian trading.", [("overnight", "2008-05-14TNI")]),
        ("Rebels pulled back after heavy overnight shelling.", [("overnight", "2008-05-14TNI")]),
        ("Grain prices slipped on overnight reports of rain.", [("overnight", "2008-05-14TNI")]),
        # a day named just before: the night before that day
        (
            "Zurich stocks ended lower on Tuesday. Overnight losses on Wall Street set the tone.",
            [("Tuesday", "2008-05-13"), ("Overnight", "2008-05-12TNI")],
        ),
        # the money market's overnight rate and other kinds of thing are no night
        ("The central bank cut overnight rates to 4 pct.", []),
        ("Money was attracted by high overnight or two-week deposits.", [("two-week", "P2W")]),
        ("Dealers quoted overnight at 6 pct and one week at 6-1/4.", [("one week", "P1W")]),
        ("The firm runs an overnight courier service.", []),
        # "suddenly", "all at once": under a negation or a modal
        ("Such habits do not change overnight, the coach said.", []),
        ("The backlog cannot be cleared overnight.", []),
        # "that" before the adjective is no anaphor
        ("Traders said that overnight lending rates would stay firm.", []),
    ],
)
def test_overnight(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text) == want


def test_overnight_needs_a_date_to_hang_on() -> None:
    assert _values("The dollar slid overnight.", None) == []


def test_yesterday_compared_with_leaves_overnight_on_last_night() -> None:
    text = "The franc eased to 1.52 from 1.53 yesterday. The slide began overnight in Tokyo."
    assert _values(text)[-1] == ("overnight", "2008-05-14TNI")
