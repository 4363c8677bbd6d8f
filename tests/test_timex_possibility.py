"""TIMEX3 tagger: a modal of possibility before a verb looks ahead ("the ceasefire could be
agreed on Friday", "might resume in May"), not before a perfect or a negation, nor "could"
as the past of "can"; scheduling verbs in the present and a range of weekdays run ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag

WED = dt.date(2009, 6, 10)  # a Wednesday


def _values(text: str) -> list[str]:
    return [t.value for t in tag(text, WED)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a reporting verb after the date no longer makes it past
        ("The ceasefire could be agreed on Friday, a mediator said.", "2009-06-12"),
        ("Diplomats said the sanctions might be eased in August.", "2009-08"),
        ("The two ministers may meet in Geneva on Monday, aides said.", "2009-06-15"),
        ("Rebel leaders said fresh talks should start in September.", "2009-09"),
        ("Mediators said a truce could hold until the autumn.", "2009-FA"),
    ],
)
def test_a_possibility_lies_ahead(text: str, want: str) -> None:
    assert _values(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a perfect or a negation keeps the past
        ("The mine could have reopened on Monday, the union said.", "2009-06-08"),
        ("Police could not be reached for comment on Sunday.", "2009-06-07"),
        # "could" as the past of "can"
        ("Neither of the envoys could be located on Tuesday, officials said.", "2009-06-09"),
        ("The agency could give no reason for Monday's jump in reserves.", "2009-06-08"),
    ],
)
def test_a_perfect_a_negation_or_a_past_could_stays_past(text: str, want: str) -> None:
    assert _values(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # scheduling verbs in the present name the day ahead
        ("The trade fair runs Tuesday through Thursday in Hanover.", ["2009-06-16", "2009-06-18"]),
        ("The festival runs from Monday to Friday.", ["2009-06-15", "2009-06-19"]),
    ],
)
def test_a_present_run_of_days_lies_ahead(text: str, want: list[str]) -> None:
    assert _values(text) == want


def test_runs_with_an_object_is_no_schedule() -> None:
    assert _values("The group runs two hotels in Lisbon.") == []
