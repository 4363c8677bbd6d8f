"""TIMEX3 tagger: shared fixture cases, tricky normalisations, offsets, event dates, CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from stream.extract.timex import (
    Timex,
    event_date,
    find_dateline,
    tag,
    timex_interval,
    timex_lines,
)
from tests.conftest import FIXTURES

CASES = [
    json.loads(line)
    for line in (FIXTURES / "timex" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
TUE = dt.date(2024, 10, 29)  # a Tuesday


def _triples(text: str, dct: dt.date | None = TUE) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_fixture_case(case: dict) -> None:
    got = _triples(case["text"], dt.date.fromisoformat(case["dct"]))
    want = [(t["text"], t["type"], t["value"], t.get("mod")) for t in case["timexes"]]
    assert got == want


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # weekday resolution by tense
        ("Officials said Sunday that talks failed.", TUE, [("Sunday", "DATE", "2024-10-27")]),
        ("Talks will resume Thursday.", TUE, [("Thursday", "DATE", "2024-10-31")]),
        ("The vote will be held on Monday.", TUE, [("Monday", "DATE", "2024-11-04")]),
        ("He met them last Thursday.", TUE, [("last Thursday", "DATE", "2024-10-24")]),
        # "last Thursday" in Friday's paper is not yesterday but the week before
        (
            "He was named last Thursday.",
            dt.date(2024, 11, 1),
            [("last Thursday", "DATE", "2024-10-24")],
        ),
        (
            "The pope will be formally installed on Tuesday.",
            TUE,
            [("Tuesday", "DATE", "2024-10-29")],
        ),
        ("The retailer reports results on Friday.", TUE, [("Friday", "DATE", "2024-11-01")]),
        (
            "Shelling resumed Wednesday morning.",
            TUE,
            [("Wednesday morning", "TIME", "2024-10-23TMO")],
        ),
        # times
        (
            "The drone hit at 10 a.m., officials said.",
            TUE,
            [("10 a.m.", "TIME", "2024-10-29T10:00")],
        ),
        ("The truce began at 4 p.m. Sunday.", TUE, [("4 p.m. Sunday", "TIME", "2024-10-27T16:00")]),
        ("Tonight the council votes.", TUE, [("Tonight", "TIME", "2024-10-29TNI")]),
        (
            "It struck at 2:46 p.m. on March 11.",
            TUE,
            [("2:46 p.m. on March 11", "TIME", "2024-03-11T14:46")],
        ),
        (
            "It was built about a year before he moved in.",
            TUE,
            [("about a year", "DURATION", "P1Y")],
        ),
        # numeric and explicit dates
        ("It was published on 3/14/2023.", TUE, [("3/14/2023", "DATE", "2023-03-14")]),
        ("The file is dated 2024-10-28.", TUE, [("2024-10-28", "DATE", "2024-10-28")]),
        ("It opened in July last year.", TUE, [("July last year", "DATE", "2023-07")]),
        ("Peace was signed in December 2019.", TUE, [("December 2019", "DATE", "2019-12")]),
        # years, decades, quarters, fiscal years, halves
        (
            "The firm expects fiscal 1988 sales to rise.",
            dt.date(1987, 3, 2),
            [("fiscal 1988", "DATE", "1988")],
        ),
        (
            "Profit fell in the fourth quarter.",
            dt.date(1987, 3, 2),
            [("the fourth quarter", "DATE", "1986-Q4")],
        ),
        (
            "Sales will rise in the third quarter.",
            dt.date(1987, 3, 2),
            [("the third quarter", "DATE", "1987-Q3")],
        ),
        (
            "Growth slowed in the first half of 2023.",
            TUE,
            [("the first half of 2023", "DATE", "2023-H1")],
        ),
        ("It boomed in the mid-1990s.", TUE, [("the mid-1990s", "DATE", "199")]),
        ("Ties were cut in the 20th century.", TUE, [("the 20th century", "DATE", "19")]),
        # durations
        ("Prices rose over the past year.", TUE, [("the past year", "DURATION", "P1Y")]),
        ("Rates climbed in recent years.", TUE, [("recent years", "DATE", "PAST_REF")]),
        ("The war lasted more than a decade.", TUE, [("more than a decade", "DURATION", "P1DE")]),
        ("He is 52 years old, a 10-year-old boy.", TUE, []),  # ages are not durations
        ("It took a three-year period.", TUE, [("a three-year period", "DURATION", "P3Y")]),
        ("A decision could take months.", TUE, [("months", "DURATION", "PXM")]),
        (
            "They talked for about two and a half hours.",
            TUE,
            [("about two and a half hours", "DURATION", "PT150M")],
        ),
        # sets
        ("The board meets every Monday.", TUE, [("every Monday", "SET", "XXXX-WXX-1")]),
        ("Output is 5 mln barrels a day.", TUE, [("a day", "SET", "P1D")]),
        ("The company reports twice a year.", TUE, [("twice a year", "SET", "P1Y")]),
        # references and anaphora
        ("The envoy is currently in Cairo.", TUE, [("currently", "DATE", "PRESENT_REF")]),
        (
            "Parliament met on March 4, 2021, and voted the next day.",
            TUE,
            [("March 4, 2021", "DATE", "2021-03-04"), ("the next day", "DATE", "2021-03-05")],
        ),
        (
            "Profit rose in 1986 from the previous year.",
            dt.date(1987, 3, 2),
            [("1986", "DATE", "1986"), ("the previous year", "DATE", "1985")],
        ),
        # no expression: quantities and words that only look temporal
        ("It sold 2000 tonnes and may rise; troops march on.", TUE, []),
        ("The fall in prices was steep.", TUE, []),
    ],
)
def test_tricky_normalisation(text: str, dct: dt.date, want: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == want


def test_mods() -> None:
    got = {t.text: t.mod for t in tag("Talks end in late March; early 2025 is next.", TUE)}
    assert got == {"late March": "END", "early 2025": "START"}
    assert _triples("Aid arrives by the end of the month.")[0][3] == "END"
    assert _triples("The siege lasted nearly three weeks.") == [
        ("nearly three weeks", "DURATION", "P3W", "LESS_THAN")
    ]


def test_offsets_point_into_the_text_as_given() -> None:
    text = "  Line one.\n\nOn Tuesday, Oct. 29, 2024, the talks — after two weeks — ended.\n"
    found = tag(text, TUE)
    assert [t.text for t in found] == ["Tuesday, Oct. 29, 2024", "two weeks"]
    for t in found:
        assert text[t.start : t.end] == t.text
    assert isinstance(found[0], Timex)


def test_without_dct_values_stay_underspecified() -> None:
    got = _triples("Troops left on March 3 and returned Friday.", None)
    assert got == [("March 3", "DATE", "XXXX-03-03", None), ("Friday", "DATE", "XXXX-WXX-5", None)]


def test_spans_drop_leading_prepositions() -> None:
    for t in tag("In January, by 2026, on Monday, since last year, during the 1990s.", TUE):
        assert t.text.split()[0].lower() not in {"in", "by", "on", "since", "during"}


def test_timex_interval() -> None:
    assert timex_interval("2024-W44") == ("2024-10-28", "2024-11-03", "week")
    assert timex_interval("2024-W44-WE") == ("2024-11-02", "2024-11-03", "week")
    assert timex_interval("2024-02") == ("2024-02-01", "2024-02-29", "month")
    assert timex_interval("2024-Q4") == ("2024-10-01", "2024-12-31", "quarter")
    assert timex_interval("2024-10-28TNI") == ("2024-10-28", "2024-10-28", "day")
    assert timex_interval("PRESENT_REF") == (None, None, "unknown")


def test_find_dateline() -> None:
    text = "KYIV, Ukraine (AP) Oct. 29 - Russian drones struck the city on Monday."
    line = find_dateline(text, tag(text, TUE))
    assert line is not None and line.text == "Oct. 29"
    text = "The war began on Oct. 29 - and nobody noticed."
    assert find_dateline(text, tag(text, TUE)) is None


@pytest.fixture(scope="module")
def dated_doc(nlp):
    text = (
        "WASHINGTON, Oct. 29 - Troops withdrew from the town on Monday after talks that began "
        "on Oct. 1. The ministers met for three hours. The army will deploy next week."
    )
    doc = nlp(text)
    timexes = tag(text, TUE, doc=doc)
    return doc, timexes, find_dateline(text, timexes)


def _date_of(dated_doc, word: str, status: str = "past") -> dict:
    doc, timexes, dateline = dated_doc
    tok = next(t for t in doc if t.text == word)
    sent = tok.sent
    return event_date(timexes, sent.start_char, sent.end_char, tok, status, TUE, dateline)


def test_event_date_prefers_the_triggers_clause(dated_doc) -> None:
    withdrew = _date_of(dated_doc, "withdrew")
    assert (withdrew["value"], withdrew["basis"], withdrew["granularity"]) == (
        "2024-10-28",
        "text",
        "day",
    )
    began = _date_of(dated_doc, "began")
    assert began["value"] == "2024-10-01" and began["text"] == "Oct. 1"


def test_event_date_durations_do_not_date_events_so_the_dateline_does(dated_doc) -> None:
    met = _date_of(dated_doc, "met")
    assert (met["value"], met["text"], met["basis"]) == ("2024-10-29", "Oct. 29", "text")


def test_event_date_interval_and_status(dated_doc) -> None:
    deploy = _date_of(dated_doc, "deploy", "planned")
    assert deploy == {
        "value": "2024-W45",
        "start": "2024-11-04",
        "end": "2024-11-10",
        "granularity": "week",
        "text": "next week",
        "basis": "text",
        "mod": None,
        "status": "planned",
    }


def test_event_date_of_a_noun_trigger_is_its_verbs_date(nlp) -> None:
    text = (
        "On Monday, after weeks of tension along the border, the rebels began a siege of the "
        "town that the army had expected since Friday."
    )
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "siege")
    got = event_date(tag(text, TUE, doc=doc), 0, len(text), tok, "past", TUE)
    assert (got["text"], got["value"]) == ("Monday", "2024-10-28")


def test_relation_mod_reads_the_word_just_before_the_date(nlp) -> None:
    text = "Talks   until\nFriday were planned; the army withdrew by  Sunday."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "withdrew")
    got = event_date(tag(text, TUE, doc=doc), 0, len(text), tok, "past", TUE)
    assert (got["text"], got["mod"]) == ("Sunday", "ON_OR_BEFORE")


def test_event_date_relative_clause_gives_mod(nlp) -> None:
    text = "Biden plans to push more artillery to Ukraine before he leaves office in January."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "push")
    got = event_date(tag(text, TUE, doc=doc), 0, len(text), tok, "planned", TUE)
    assert (got["value"], got["mod"], got["granularity"]) == ("2025-01", "BEFORE", "month")


def test_typographic_apostrophes() -> None:
    got = _triples("By year\u2019s end, after Monday\u2019s strike in the \u201990s.")
    assert got == [
        ("year\u2019s end", "DATE", "2024", "END"),
        ("Monday", "DATE", "2024-10-28", None),
        ("the \u201990s", "DATE", "199", None),
    ]


def test_holidays_and_anchored_periods() -> None:
    assert _triples("He will be home for Christmas.") == [("Christmas", "DATE", "2024-12-25", None)]
    got = _triples("Profit rose in the third quarter from a year earlier.", dt.date(1989, 10, 26))
    assert got == [
        ("the third quarter", "DATE", "1989-Q3", None),
        ("a year earlier", "DATE", "1988-Q3", None),
    ]


def test_event_date_falls_back_to_publication(nlp) -> None:
    text = "The ministers met for three hours in Geneva."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "met")
    got = event_date(tag(text, TUE, doc=doc), 0, len(text), tok, "past", TUE)
    assert got["basis"] == "publication" and got["value"] is None and got["status"] == "past"


def test_cli_prints_one_json_object_per_expression(tmp_path) -> None:
    from stream.cli import app

    path = tmp_path / "a.txt"
    path.write_text("Rebels shelled the airport yesterday for two hours.", encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", "--dct", "2024-10-29", str(path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows == [
        {
            "start": 27,
            "end": 36,
            "text": "yesterday",
            "type": "DATE",
            "value": "2024-10-28",
            "mod": None,
        },
        {
            "start": 41,
            "end": 50,
            "text": "two hours",
            "type": "DURATION",
            "value": "PT2H",
            "mod": None,
        },
    ]
    stdin = CliRunner().invoke(app, ["timex", "--dct", "2024-10-29", "-"], input="Now.")
    assert stdin.exit_code == 0
    assert json.loads(stdin.output)["value"] == "PRESENT_REF"
    assert timex_lines("Now.", TUE) == stdin.output.splitlines()
    bad = CliRunner().invoke(app, ["timex", "--dct", "2024-13-40", str(path)])
    assert bad.exit_code != 0
