"""TIMEX3 tagger: a date after the infinitive of an intention noun ("an agreement to buy the
mill in March") lies ahead, even when the agreement is reported in the past."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

OCT_2010 = dt.date(2010, 10, 20)


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, OCT_2010)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The insurer disclosed an agreement to take over the Lyon broker in February.",
            [("February", "2011-02")],
        ),
        (
            "The two unions signed a pact to merge their pension funds in the spring of next "
            "year, officials said.",
            [("the spring of next year", "2011-SP")],
        ),
        (
            "Mayor Tilden made a pledge to reopen the bridge by March.",
            [("March", "2011-03")],
        ),
        (
            "Ostrava Steel rejected a bid to buy its coke unit at the January auction.",
            [("January", "2011-01")],
        ),
        # the date belongs to another phrase or to the finite verb
        (
            "Fund managers dropped their bid to buy the chain after its loss in February.",
            [("February", "2010-02")],
        ),
        (
            "The brewer renewed its offer to buy the distiller Monday.",
            [("Monday", "2010-10-18")],
        ),
        # the date before the intention noun is the date of the agreement
        (
            "In February the insurer signed an agreement to buy the broker.",
            [("February", "2010-02")],
        ),
    ],
)
def test_the_infinitive_of_an_intention_looks_ahead(text: str, want) -> None:
    assert _values(text) == want
