"""TIMEX3 tagger: month and weekday words inside names, and what the benchmark scores."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from stream.extract.timex import tag

WED_2005 = dt.date(2005, 3, 9)  # a Wednesday


def _values(text: str, dct: dt.date = WED_2005) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month word with a surname and a suffix or initial is a given name
        ("The board named August Kloss III as its new chairman.", []),
        ("Brewery boss August T. Holm retired in June.", [("June", "2004-06")]),
        # a person noun before it
        ("Bank strategist June Harker expects a cut in April.", [("April", "2005-04")]),
        # a second name after "with", or a speech verb after the surname
        ("She toured with April Delane Moss for two years.", [("two years", "P2Y")]),
        ("July Okafor said the mine would reopen.", []),
        # a listed club or person with a weekday in the name
        (
            "Fans of Sheffield Wednesday booed the referee on Saturday.",
            [("Saturday", "2005-03-05")],
        ),
        ("Sheffield Wednesday manager Tom Reid was sacked.", []),
        # dates stay dates: a preposition before the month, a verb after the weekday
        ("In August Delmar Foods cut 300 jobs.", [("August", "2004-08")]),
        ("President Alvarez Thursday signed the decree.", [("Thursday", "2005-03-03")]),
        ("Since June Delmar Foods has hired 40 staff.", [("June", "2004-06")]),
        ("Exports rose in April, officials said.", [("April", "2005-04")]),
    ],
)
def test_date_words_in_names(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text) == want


def _load_timex_eval():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "timex_eval.py"
    spec = importlib.util.spec_from_file_location("timex_eval_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_resolves_against_the_dateline() -> None:
    """The benchmark tags as the extractor does: relative days hang on the dateline's day."""
    timex_eval = _load_timex_eval()
    doc = {
        "id": "d1",
        "dct": "2004-06-12",
        "text": "\n\nOSLO, June 11 (Xinhua) --\n\nThe ministers met on Friday and again today.",
    }
    got = {t["text"]: t["value"] for t in timex_eval.predict(doc)["timexes"]}
    assert got["today"] == "2004-06-11"
    assert got["Friday"] == "2004-06-11"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a figure with decimals after a month is a monthly amount, not a day
        ("Rapeseed sales: Jan 12.5, Feb 30.1, total 42.6.", []),
        (
            "Orders fell 0.6 pct in December and in January 0.7 pct.",
            [
                ("December", "2004-12"),
                ("January", "2005-01"),
            ],
        ),
        # a day with its year or a sentence end stays a day
        ("Sales began on Feb 14, 2005.", [("Feb 14, 2005", "2005-02-14")]),
        ("The ban took effect on Feb 14.", [("Feb 14", "2005-02-14")]),
    ],
)
def test_monthly_figures_are_no_days(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a sentence opened by "Now," is left untagged, as TimeBank's annotators leave it
        ("Sales slumped in 2003. Now, the chain says, the worst is over.", [("2003", "2003")]),
        # "now" inside the clause stays the present
        ("The chain now expects a profit.", [("now", "PRESENT_REF")]),
        ("Now the chain expects a profit.", [("Now", "PRESENT_REF")]),
    ],
)
def test_now_opening_a_sentence_with_a_comma(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text) == want
