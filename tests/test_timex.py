"""TIMEX3 tagger: the temporal-expression cases in tests/fixtures, tricky normalisations, offsets,
event dates, CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging

import pytest
from typer.testing import CliRunner

from stream.extract import timex
from stream.extract.timex import (
    Timex,
    calendar_value,
    dateline_day,
    event_date,
    find_dateline,
    tag,
    tag_article,
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
        ("The war lasted more than a decade.", TUE, [("more than a decade", "DURATION", "P10Y")]),
        ("He is 52 years old, a 10-year-old boy.", TUE, []),  # ages are not durations
        ("It took a three-year period.", TUE, [("a three-year period", "DURATION", "P3Y")]),
        ("A decision could take months.", TUE, [("months", "DURATION", "PXM")]),
        (
            "They talked for about two and a half hours.",
            TUE,
            [("about two and a half hours", "DURATION", "PT2H30M")],
        ),
        # sets
        ("The board meets every Monday.", TUE, [("every Monday", "SET", "XXXX-WXX-1")]),
        ("Output is 5 mln barrels a day.", TUE, []),  # a rate, not a frequency
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


OCT26 = dt.date(1989, 10, 26)  # a Thursday in the season of third-quarter reports


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # reporting periods: the quarter named last, else the last one completed
        (
            "Net fell in the third quarter. In the year-ago quarter, it earned $2 million.",
            OCT26,
            [("the third quarter", "DATE", "1989-Q3"), ("the year-ago quarter", "DATE", "1988-Q3")],
        ),
        (
            "Sales rose in the quarter, up from a year ago.",
            OCT26,
            [("the quarter", "DATE", "1989-Q3"), ("a year ago", "DATE", "1988-Q3")],
        ),
        ("Its third-quarter loss widened.", OCT26, [("third-quarter", "DATE", "1989-Q3")]),
        (
            "Net for this year's third quarter fell; the 1988 second quarter was worse.",
            OCT26,
            [
                ("this year's third quarter", "DATE", "1989-Q3"),
                ("the 1988 second quarter", "DATE", "1988-Q2"),
            ],
        ),
        (
            "Net rose in the second quarter and fell in the year-earlier period.",
            OCT26,
            [
                ("the second quarter", "DATE", "1989-Q2"),
                ("the year-earlier period", "DATE", "1988-Q2"),
            ],
        ),
        (
            "Revenue for the year ended June 30 rose.",
            OCT26,
            [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "1989-06-30")],
        ),
        ("The firm expects fiscal 1990 sales to rise.", OCT26, [("fiscal 1990", "DATE", "1990")]),
        # not expressions in TimeML: "former", "previously", frequency adjectives
        ("The former minister had previously resigned.", TUE, []),
        ("It raised its quarterly dividend and annual payout.", TUE, []),
        ("Rates are reviewed quarterly.", TUE, [("quarterly", "SET", "P3M")]),
        # tense from a past auxiliary before a future cue, a noun that looks like a cue
        ("The talks were expected to end Friday.", TUE, [("Friday", "DATE", "2024-10-25")]),
        ("The talks are expected to end Friday.", TUE, [("Friday", "DATE", "2024-11-01")]),
        ("The bank announced the plan Aug. 21.", TUE, [("Aug. 21", "DATE", "2024-08-21")]),
        ("Shares rose over Thursday's close.", TUE, [("Thursday", "DATE", "2024-10-24")]),
        # weekday relative to the day just named
        (
            "Stocks fell on Oct. 18, down from the previous Friday.",
            TUE,
            [("Oct. 18", "DATE", "2024-10-18"), ("the previous Friday", "DATE", "2024-10-11")],
        ),
        # anchoring on "yesterday"
        (
            "Rebels attacked yesterday and withdrew the following day.",
            TUE,
            [("yesterday", "DATE", "2024-10-28"), ("the following day", "DATE", "2024-10-29")],
        ),
        # a weekday, date and colon; days in words
        (
            "It said on Saturday, April 25: the court erred.",
            TUE,
            [("Saturday, April 25", "DATE", "2024-04-25")],
        ),
        ("Talks will open on May nine in Geneva.", TUE, [("May nine", "DATE", "2025-05-09")]),
        ("The vote is on March eighth.", TUE, [("March eighth", "DATE", "2025-03-08")]),
        ("In May two people died.", TUE, [("May", "DATE", "2024-05")]),
        # vague past; counted quarters
        ("Rates climbed in past years.", TUE, [("past years", "DATE", "PAST_REF")]),
        (
            "It lost money in the past two quarters.",
            TUE,
            [("the past two quarters", "DURATION", "P2Q")],
        ),
        # a plural subject's present tense plans ahead; "did not" looks back
        ("The leaders meet Monday in Paris.", TUE, [("Monday", "DATE", "2024-11-04")]),
        ("The two sides did not meet Monday.", TUE, [("Monday", "DATE", "2024-10-28")]),
        # "soon after" relates two events; "soon" alone is FUTURE_REF
        ("He was killed soon after being captured.", TUE, []),
        ("Talks will resume soon.", TUE, [("soon", "DATE", "FUTURE_REF")]),
        # "the past" is PAST_REF, not when it counts periods
        ("In the past, it rained.", TUE, [("the past", "DATE", "PAST_REF")]),
        ("It rained for the past three summers.", TUE, []),
        # deadlines look ahead even in a past sentence
        ("Banks extended the loans through January.", TUE, [("January", "DATE", "2025-01")]),
    ],
)
def test_timebank_conventions(text: str, dct: dt.date, want: list[tuple[str, str, str]]) -> None:
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


def test_dateline_day_is_the_reference_for_relative_dates() -> None:
    text = "BAHRAIN, March 5 - Iraqi jets struck yesterday. Talks will begin on Friday."
    message_day = dt.date(1987, 3, 4)  # the wire sent it the evening before
    assert dateline_day(text, message_day) == dt.date(1987, 3, 5)
    got, line = tag_article(text, message_day)
    assert line is not None and line.text == "March 5"
    assert [(t.text, t.value) for t in got[1:]] == [
        ("yesterday", "1987-03-04"),
        ("Friday", "1987-03-06"),
    ]
    assert dateline_day("Iraqi jets struck yesterday.", message_day) is None
    assert dateline_day("WASHINGTON - Iraqi jets struck yesterday.", message_day) is None


def test_calendar_value() -> None:
    assert calendar_value("2024-10-27T16:00") == "2024-10-27"
    assert calendar_value("2024-W43") == "2024-W43"
    assert calendar_value("1989-Q3") == "1989-Q3"
    for vague in ("PRESENT_REF", "FUTURE_REF", "PAST_REF", "PXY", "XXXX-WXX-1", "P1D"):
        assert calendar_value(vague) is None


def test_event_date_is_a_calendar_date_and_a_reference_only_sets_status(nlp) -> None:
    text = "The army now holds the bridge, which it seized at 4 p.m. Sunday."
    doc = nlp(text)
    timexes = tag(text, TUE, doc=doc)
    seized = event_date(
        timexes, 0, len(text), next(t for t in doc if t.text == "seized"), "past", TUE
    )
    assert (seized["value"], seized["granularity"], seized["text"]) == (
        "2024-10-27",
        "day",
        "4 p.m. Sunday",
    )
    text = "The army now holds the bridge."
    doc = nlp(text)
    holds = event_date(
        tag(text, TUE, doc=doc),
        0,
        len(text),
        next(t for t in doc if t.text == "holds"),
        "past",
        TUE,
    )
    assert (holds["value"], holds["basis"], holds["status"]) == (None, "publication", "ongoing")


def _articles() -> list[dict]:
    from pathlib import Path

    found = [json.loads((FIXTURES / "seed" / "article.json").read_text(encoding="utf-8"))]
    samples = Path(__file__).resolve().parent.parent / "stream" / "samples"
    for path in sorted(samples.glob("*.json")):
        found.append(json.loads(path.read_text(encoding="utf-8")))
    for path in [*sorted(samples.glob("*.jsonl")), FIXTURES / "articles" / "dated.articles.jsonl"]:
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [json.loads(line) for line in lines if line.strip()]
    return found


def test_no_event_is_dated_by_a_reference_word(extractor) -> None:
    from stream.extract.model import Article

    dated = undated = 0
    for a in _articles():
        article = Article(id=a["id"], text=a["text"], published_at=a.get("published_at"))
        for event in extractor.extract(article):
            date = event["date"]
            if date["value"] is None:
                assert date["basis"] == "publication"
                undated += 1
                continue
            assert not date["value"].endswith("_REF"), (a["id"], event["trigger"], date)
            assert calendar_value(date["value"]) == date["value"], (a["id"], date)
            assert date["start"] is not None and date["end"] is not None
            dated += 1
    assert dated >= 10 and undated >= 5


def test_events_take_the_datelines_day(extractor) -> None:
    from stream.extract.model import Article

    text = (
        "BAHRAIN, March 5 - Iraqi warplanes attacked an Iranian tanker in the Gulf yesterday, "
        "shipping sources said."
    )
    # a story written for Thursday, March 5, sent on the evening of Wednesday, March 4
    article = Article(id="dateline", text=text, published_at="1987-03-04T21:49:41Z")
    attacked = next(e for e in extractor.extract(article) if e["trigger"] == "attacked")
    assert (attacked["date"]["value"], attacked["date"]["text"]) == ("1987-03-04", "yesterday")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a capitalised -ed word is a name, not a past verb: the future cue decides
        ("Talks could resume in the United States as soon as Thursday, he said.", "2024-10-31"),
        # "next to" is a preposition, not "next": the past verb decides
        ("Two people were hurt in a fire next to the station Monday.", "2024-10-28"),
        # "has scheduled" plans ahead
        ("The mayor has scheduled a hearing Thursday on the budget.", "2024-10-31"),
        # "could not be reached" is no future
        ("The owner could not be reached Monday for comment.", "2024-10-28"),
    ],
)
def test_weekday_tense_cues(text: str, value: str) -> None:
    days = [t.value for t in tag(text, TUE) if t.type == "DATE"]
    assert days == [value]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Prices have doubled over the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("The feud lasted two centuries.", ("two centuries", "DURATION", "P200Y")),
    ],
)
def test_counted_decades_and_centuries_are_years(text: str, want: tuple) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, TUE)] == [want]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day a few weeks back under a future cue is still this year's
        ("Officials hope aid will reach the towns where the Oct. 3 floods hit.", "2024-10-03"),
        # a day months back under a future cue is next year's
        ("The court will rule on May 2.", "2025-05-02"),
    ],
)
def test_undated_day_under_a_future_cue(text: str, value: str) -> None:
    assert [t.value for t in tag(text, TUE)] == [value]


def test_clock_time_takes_the_weekday_after_a_time_zone_conversion() -> None:
    text = "The quake struck at 4:10 p.m. (1310 GMT) Sunday, officials said."
    first = tag(text, TUE)[0]
    assert (first.text, first.value) == ("4:10 p.m.", "2024-10-27T16:10")


def test_the_season_after_over_or_into() -> None:
    text = "Over the summer, rivals cut prices; shortages lasted well into the summer."
    assert [(t.text, t.value) for t in tag(text, TUE)] == [
        ("the summer", "2024-SU"),
        ("the summer", "2024-SU"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The state daily Pravda printed the letter.", []),
        ("Inspectors visit the plant on a daily basis.", [("daily", "SET", "P1D")]),
    ],
)
def test_daily_as_newspaper_and_as_frequency(text: str, want: list) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, TUE)] == want


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Until Monday, the police had not named a suspect.", "2024-10-28"),
        ("Most members had paid their dues by Monday, the treasurer said.", "2024-10-28"),
        ("The firm had until Friday to answer.", "2024-11-01"),
        ("The strike lasts until Friday.", "2024-11-01"),
    ],
)
def test_deadline_weekday_in_a_past_perfect_clause_looks_back(text: str, value: str) -> None:
    assert [t.value for t in tag(text, TUE)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # early in the week, "over the weekend" with no tense cue is the weekend just past
        ("Over the weekend, rebel officials confirmed reports of shelling.", TUE, "2024-W43-WE"),
        ("Talks will resume over the weekend.", TUE, "2024-W44-WE"),
        # late in the week only a past tense sends it back
        ("Over the weekend, more talks with rebel officials.", dt.date(2024, 11, 1), "2024-W44-WE"),
        (
            "Over the weekend, rebel officials confirmed reports.",
            dt.date(2024, 11, 1),
            "2024-W43-WE",
        ),
    ],
)
def test_the_weekend_early_in_the_week(text: str, dct: dt.date, value: str) -> None:
    assert [t.value for t in tag(text, dct)] == [value]


def test_the_last_half_or_quarter_of_a_named_year_is_its_final_one() -> None:
    text = "Sales slowed in the last half of 2023 and in the last quarter of 2022."
    assert [t.value for t in tag(text, TUE)] == ["2023-H2", "2022-Q4"]


def test_a_possessive_weekday_looks_back_even_under_a_future_cue() -> None:
    text = "Lawyers will try to overturn Monday's ruling; Friday's scheduled vote stays."
    assert [t.value for t in tag(text, TUE)] == ["2024-10-28", "2024-11-01"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ferry sank on Oct. 3. Three days later, divers found the hull.",
            [("Oct. 3", "DATE", "2024-10-03", None), ("Three days", "DURATION", "P3D", None)],
        ),
        ("A day earlier, the envoy had left Cairo.", [("A day", "DURATION", "P1D", None)]),
        ("A few weeks later, the border reopened.", [("A few weeks", "DURATION", "PXW", None)]),
        (
            "Just over an hour later, the siren sounded.",
            [("Just over an hour", "DURATION", "PT1H", "MORE_THAN")],
        ),
    ],
)
def test_counted_time_before_later_or_earlier_is_a_duration(text: str, want: list) -> None:
    assert _triples(text) == want


def test_an_anchored_duration_carries_the_date_it_reaches() -> None:
    found = tag("The rebels took the town on Oct. 12 and the airport two days later.", TUE)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("Oct. 12", "2024-10-12", None),
        ("two days", "P2D", "2024-10-14"),
    ]
    assert found[1].as_dict()["anchor"] == "2024-10-14" and "anchor" not in found[0].as_dict()
    # the day it reaches anchors "the next day"
    later = tag("The talks opened on Oct. 7. Two days later they broke down; the next day ...", TUE)
    assert later[-1].value == "2024-10-10"


def test_an_event_after_an_anchored_duration_takes_the_date_it_reaches(nlp) -> None:
    text = "The rebels took the town on Oct. 12. Two days later, they seized the airport."
    doc = nlp(text)
    timexes = tag(text, TUE, doc=doc)
    tok = next(t for t in doc if t.text == "seized")
    date = event_date(timexes, tok.sent.start_char, tok.sent.end_char, tok, "past", TUE)
    assert (date["value"], date["text"], date["granularity"]) == ("2024-10-14", "Two days", "day")


def test_a_clock_time_then_a_comma_and_a_date_is_one_expression() -> None:
    assert _triples("The offer expires at 5 p.m. EST, Nov. 6, the company said.") == [
        ("5 p.m. EST, Nov. 6", "TIME", "2024-11-06T17:00", None)
    ]


def test_now_that_is_the_present() -> None:
    assert _triples("The port is the only outlet now that the border is shut.") == [
        ("now", "DATE", "PRESENT_REF", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shelling may resume in the days ahead.", [("the days ahead", "DURATION", "PXD", None)]),
        ("The weeks ahead will be hard.", [("The weeks ahead", "DURATION", "PXW", None)]),
    ],
)
def test_the_days_or_weeks_ahead_are_vague_durations(text: str, want: list) -> None:
    assert _triples(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The current talks are stalled.", [("current", "DATE", "PRESENT_REF", None)]),
        ("The current account deficit widened.", []),
        ("The boat drifted with the current.", []),
        ("The current year looks better.", [("The current year", "DATE", "2024", None)]),
    ],
)
def test_current_before_a_noun_is_the_present(text: str, want: list) -> None:
    assert _triples(text) == want


def test_that_same_day_and_the_next_morning_hang_on_the_last_date() -> None:
    text = (
        "The envoy landed on Oct. 3. Talks began that same day and ended the next morning. "
        "That same evening, the envoy left."
    )
    assert [(t.text, t.value) for t in tag(text, TUE)] == [
        ("Oct. 3", "2024-10-03"),
        ("that same day", "2024-10-03"),
        ("the next morning", "2024-10-04TMO"),
        ("That same evening", "2024-10-04TEV"),
    ]


THU = dt.date(2024, 10, 31)  # a Thursday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The banks reopen on Tuesday, officials say.", "2024-11-05"),
        ("Voters go to the polls on Sunday.", "2024-11-03"),
        ("On Monday, the head of the agency resigned.", "2024-10-28"),
        ("On Monday, Ali's return of the funds was confirmed.", "2024-10-28"),
    ],
)
def test_present_tense_plural_verbs_schedule_a_weekday_ahead(text: str, value: str) -> None:
    assert [t.value for t in tag(text, THU)] == [value]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The loan is repaid over three years.", [("three years", "DURATION", "P3Y", None)]),
        ("The tour will last over a week.", [("over a week", "DURATION", "P1W", "MORE_THAN")]),
        ("He lived there for over 20 years.", [("over 20 years", "DURATION", "P20Y", "MORE_THAN")]),
    ],
)
def test_over_as_a_preposition_stays_out_of_the_span(text: str, want: list) -> None:
    assert _triples(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shares fell for a fourth straight day.", [("a fourth straight day", "2024-10-29")]),
        (
            "Jets hit the port for the sixth day on Sunday.",
            [("the sixth day", "2024-10-27"), ("Sunday", "2024-10-27")],
        ),
        ("On his first day in office, he signed the order.", []),
    ],
)
def test_the_nth_day_is_the_day_the_sentence_speaks_of(text: str, want: list) -> None:
    assert [(t.text, t.value) for t in tag(text, TUE)] == want


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She served 2 1/2 years.", "P2Y6M"),
        ("He waited 5 1/2 hours.", "PT5H30M"),
        ("The talks lasted two and a half days.", "P2DT12H"),
        ("A minute and a half later, it ended.", "PT1M30S"),
        ("The ban lasts a year and a half.", "P1Y6M"),
    ],
)
def test_halves_are_written_in_the_next_smaller_unit(text: str, value: str) -> None:
    assert [t.value for t in tag(text, TUE)] == [value]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trading will halt at 4 p.m. ET on Friday.",
            [("4 p.m. ET on Friday", "TIME", "2024-11-01T16:00", None)],
        ),
        ("The blast came at 8:45 a.m. IST.", [("8:45 a.m. IST", "TIME", "2024-10-29T08:45", None)]),
        (
            "The quake struck at 2:15 p.m. (0515 GMT) on Sunday.",
            [
                ("2:15 p.m.", "TIME", "2024-10-27T14:15", None),
                ("0515 GMT", "TIME", "2024-10-27T05:15", None),
                ("Sunday", "DATE", "2024-10-27", None),
            ],
        ),
    ],
)
def test_clock_times_with_zones_and_bracketed_conversions(text: str, want: list) -> None:
    assert _triples(text) == want


def test_a_years_period_or_quarter_is_the_quarter_under_report() -> None:
    text = (
        "Profit rose in the third quarter. In the 2023 period, the firm earned $2 million; "
        "its rival earned $1 million in the 2023 quarter. Sales for the full year will rise."
    )
    assert [(t.text, t.value) for t in tag(text, TUE)] == [
        ("the third quarter", "2024-Q3"),
        ("the 2023 period", "2023-Q3"),
        ("the 2023 quarter", "2023-Q3"),
        ("the full year", "2024"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The council meets on Mondays.", [("Mondays", "SET", "XXXX-WXX-1", None)]),
        ("Flights leave on Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI", None)]),
        ("The film High Noon was shown.", []),
        ("They met at noon.", [("noon", "TIME", "2024-10-29T12:00", None)]),
    ],
)
def test_plural_weekdays_are_sets_and_high_noon_is_a_film(text: str, want: list) -> None:
    assert _triples(text) == want


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The helicopters crashed last February.", dt.date(1998, 3, 1), "1997-02"),
        ("The plant closed last May.", dt.date(1998, 3, 1), "1997-05"),
        ("The plant closed last April.", dt.date(1989, 10, 27), "1989-04"),
        ("The plant opens next April.", dt.date(2024, 3, 1), "2025-04"),
    ],
)
def test_last_month_name_skips_the_month_just_past(text: str, dct: dt.date, value: str) -> None:
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Days after the raid, two men were held.", [("Days", "DURATION", "PXD", None)]),
        ("The deal follows months of talks.", [("months", "DURATION", "PXM", None)]),
        ("In the days of the empire the port was rich.", []),
        ("The deal came in the early hours of the night.", []),
    ],
)
def test_a_bare_plural_unit_before_of_or_after_is_a_vague_duration(text: str, want: list) -> None:
    assert _triples(text) == want


def test_a_clock_time_does_not_cut_the_clause_and_a_contract_month_is_ahead() -> None:
    text = "The bank will announce its decision at 1:45 p.m. in Tokyo on Wednesday."
    assert [t.value for t in tag(text, TUE)][-1] == "2024-10-30"
    got = tag("Oil for May delivery rose 1%. Sales fell in May.", TUE)
    assert [t.value for t in got] == ["2025-05", "2024-05"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sales should rise 8% annually.", []),
        ("The plant makes 10,000 units a year.", []),
        ("The board meets annually.", [("annually", "SET", "P1Y", None)]),
        ("The council meets twice a month.", [("twice a month", "SET", "P1M", None)]),
    ],
)
def test_a_rate_is_no_set_but_a_frequency_is(text: str, want: list) -> None:
    assert _triples(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rates may rise in the near term.", [("the near term", "DATE", "FUTURE_REF", None)]),
        ("It will pay at a later date.", [("a later date", "DATE", "FUTURE_REF", None)]),
        ("Short-term debt rose.", []),
    ],
)
def test_the_near_term_and_a_later_date_are_the_future(text: str, want: list) -> None:
    assert _triples(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In nineteen ninety-one he was convicted.",
            [("nineteen ninety-one", "DATE", "1991", None)],
        ),
        (
            "It was promised by the year two thousand.",
            [("the year two thousand", "DATE", "2000", None)],
        ),
        ("Two thousand people came.", []),
        ("Nineteen people died.", []),
    ],
)
def test_years_said_in_words(text: str, want: list) -> None:
    assert _triples(text) == want


def test_a_quoted_title_is_no_week() -> None:
    text = 'Baker said on ABC\'s "This Week" that talks failed. "This week we vote," he said.'
    assert [(t.text, t.value) for t in tag(text, TUE)] == [("This week", "2024-W44")]


def test_a_part_of_the_day_hangs_on_the_day_in_view() -> None:
    text = "Talks failed on Friday. Traders sold in the morning. By mid-afternoon yesterday, prices fell."
    assert [(t.text, t.value) for t in tag(text, TUE)] == [
        ("Friday", "2024-10-25"),
        ("the morning", "2024-10-25TMO"),
        ("mid-afternoon yesterday", "2024-10-28TAF"),
    ]


def test_one_day_after_a_modal_is_some_day_ahead() -> None:
    assert _triples("The party will one day rule again. The strike lasted one day.") == [
        ("one day", "DATE", "FUTURE_REF", None),
        ("one day", "DURATION", "P1D", None),
    ]


# one text per rule that the rule must match: a rule whose trigger words miss its pattern, or
# a new rule without an example, fails here instead of silently never running
RULE_EXAMPLES = {
    "month_day": "It ended Oct. 29, 2024.",
    "ordinal_day": "It was launched on the 10th.",
    "bare_dawn": "The operation began at dawn.",
    "day_month": "It ended 24 February 2022.",
    "numeric_date": "It ended on 10/29/2024.",
    "month_year": "It ended in March 2023.",
    "month": "It ends in March.",
    "year": "It ended in 1999.",
    "decade": "It grew in the 1990s.",
    "century": "It grew in the 20th century.",
    "relative_day": "It ended yesterday.",
    "overnight": "Shares fell overnight.",
    "weekday": "It ended on Tuesday.",
    "clock_time": "It ended at 10 a.m.",
    "clock_part_of_day": "The train left at 9:40 Friday night.",
    "spoken_clock": "It ended at half past six.",
    "new_year": "Talks resume in the new year.",
    "same_time_a_year_off": "Prices were lower this time last year.",
    "relative_unit": "It ended last week.",
    "period_end": "It ends by year end.",
    "bare_period_part": "He will reshuffle cabinet by end of month.",
    "ago": "It ended three days ago.",
    "duration": "It lasted three hours.",
    "fraction_of_hour": "The striker scored after half-an-hour.",
    "same_unit_a_year_back": "Exports fell from the same month last year.",
    "bare_duration": "They waited for years.",
    "bare_duration_in": "The first rise in years.",
    "vague_length": "It came after months of talks.",
    "recent_units": "Prices rose in recent weeks.",
    "adjective_duration": "They signed a three-year plan.",
    "long": "They held a weeklong strike.",
    "vague_adjective_duration": "She ended a several-year stint.",
    "indefinite_length": "The camp will stay for a while.",
    "day_around": "Rioting broke out the day after the vote.",
    "then": "Polls close on May 4; until then campaigning goes on.",
    "set": "They meet every week.",
    "reference": "They are now talking.",
    "quarter": "Profit rose in the third quarter.",
    "quarter_code": "Profit rose in Q3 2012.",
    "season": "Prices rose last summer.",
    "the_year": "They met later in the week.",
    "holiday": "They met on Christmas.",
    "month_span_quarter": "Profit rose in the April-June quarter.",
    "month_span": "Exports rose in January-March.",
    "times_ago": "It snowed two Christmases ago.",
    "contrasted_lengths": "It will take not weeks but years.",
    "mid_decade": "Rates will fall by mid-decade.",
    "unit_after_next": "They meet the week after next.",
    "unit_around_holiday": "They met the day after Christmas.",
    "reporting_period": "Profit rose from the year-ago period.",
    "nth_day": "Prices rose for the third straight day.",
    "week_of_month": "Prices rose in the second week of April.",
    "spoken_year": "It was in nineteen ninety-six.",
    "part_of_day": "They met in the morning.",
    "weekday_set": "They meet on Mondays.",
    "through_the_night": "Crews worked through the night.",
    "throughout_the_day": "Shelling continued throughout the day.",
    "year_period": "Profit fell for the full year.",
}


def test_every_rule_runs_on_its_example() -> None:
    assert set(RULE_EXAMPLES) == {rule.name for rule in timex._RULES}
    for name, text in RULE_EXAMPLES.items():
        matched = {timex._RULES[prio].name for _s, _e, prio, _m in timex._candidates(text)}
        assert name in matched, (name, text, matched)


def test_a_rule_nothing_triggers_is_refused() -> None:
    silent = timex._rule("silent", r"\bnever\b", lambda m, c, s, e: None, margins=(0, 0))
    with pytest.raises(ValueError, match="silent"):
        timex._rule_index((*timex._RULES, silent))
    twice = dataclasses.replace(timex._RULES[0])
    with pytest.raises(ValueError, match="named"):
        timex._rule_index((*timex._RULES, twice))


def test_a_failing_rule_is_skipped_with_one_warning(monkeypatch, caplog) -> None:
    text = "The ministers met on Tuesday and meet again on March 5, 2025, for three days. They also spoke Friday."
    healthy = tag(text, TUE)

    def broken(m, ctx, s, e):
        raise RuntimeError("bug in a handler")

    rules = tuple(
        dataclasses.replace(r, handler=broken) if r.name == "weekday" else r for r in timex._RULES
    )
    monkeypatch.setattr(timex, "_RULES", rules)
    monkeypatch.setattr(timex, "_FAILED_RULES", set())
    with caplog.at_level(logging.WARNING, logger="stream.extract.timex"):
        got = tag(text, TUE)
    assert [t.text for t in healthy] == ["Tuesday", "March 5, 2025", "three days", "Friday"]
    assert got == [t for t in healthy if t.text not in ("Tuesday", "Friday")]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "'weekday'" in warnings[0].getMessage()


def test_a_year_before_a_spaced_dash_is_a_year() -> None:
    text = "The city sold its stake in the port in 1998 -- a move it later regretted."
    assert [(t.text, t.value) for t in tag(text, TUE)] == [("1998", "1998")]
    assert tag("Shares fell after a 2000-point drop.", TUE) == []


@pytest.mark.parametrize(
    "text",
    [
        # the verb of a fronted month comes after a long adverbial and a title with a full stop
        "In January, a week after the ruling in Smith vs. Jones, a storm flooded the valley.",
        "In January, two weeks after the swearing-in of Gov. Brown and his deputies, the old cabinet resigned.",
    ],
)
def test_a_fronted_month_takes_the_tense_of_its_later_verb(text: str) -> None:
    # in October, a January under a past verb is this year's (with no tense, the next one)
    assert [t.value for t in tag(text, TUE) if t.text == "January"] == ["2024-01"]


def test_next_month_under_a_past_verb_stays_this_year() -> None:
    text = "The ministry told refiners of a cut in their crude supply in November."
    assert [t.value for t in tag(text, TUE)] == ["2024-11"]
    # two months ahead under a past verb is still last year's
    assert [t.value for t in tag("Rains flooded the delta in December.", TUE)] == ["2023-12"]


def test_a_possessive_year_is_the_year_and_a_possessive_decade_the_decade() -> None:
    text = "Exports rose above 2023's level; in the 1990's they fell."
    assert _triples(text) == [
        ("2023", "DATE", "2023", None),
        ("the 1990's", "DATE", "199", None),
    ]


def test_a_fiscal_year_span_with_one_digit_is_its_first_year() -> None:
    assert [(t.text, t.value) for t in tag("Spending in 2003-4 rose.", TUE)] == [("2003", "2003")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Phones are the cameras of today's young photographers.", []),
        ("That is rare in today's world.", []),
        ("Today's meeting was cancelled.", [("Today", "2024-10-29")]),
    ],
)
def test_generic_todays_is_no_date(text: str, want: list) -> None:
    assert [(t.text, t.value) for t in tag(text, TUE)] == want


def test_a_present_verb_form_after_a_number_is_a_noun() -> None:
    # "marks" after a number is the currency, not a present-tense verb pointing ahead
    text = "The dollar was at 1.84 marks, compared with 1.83 marks Monday."
    assert [t.value for t in tag(text, TUE)] == ["2024-10-28"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turnout on Election Day may be high.", "2024-11-05"),
        ("Parades are planned for St. Patrick's Day.", "2025-03-17"),
        ("Veterans will gather on Remembrance Sunday.", "2024-11-10"),
    ],
)
def test_more_named_days(text: str, value: str) -> None:
    assert [t.value for t in tag(text, TUE)] == [value]


def test_the_year_ago_period_hangs_on_the_reported_quarter_not_a_forecast() -> None:
    text = (
        "Acme posted a drop in third-quarter profit. Analysts expect the slump to continue "
        "into the fourth quarter and through the second quarter of 2025. In the year-ago "
        "period, Acme earned $3 million."
    )
    assert [t.value for t in tag(text, TUE)] == ["2024-Q3", "2024-Q4", "2025-Q2", "2023-Q3"]
    # a fiscal quarter reported as ended stays the quarter under report
    fiscal = "Acme reported fourth-quarter earnings. In the year-ago period it lost money."
    assert [t.value for t in tag(fiscal, TUE)] == ["2024-Q4", "2023-Q4"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Prices peaked in March nineteen ninety-nine.", ("March nineteen ninety-nine", "1999-03")),
        (
            "It was as cold in the winter of nineteen eighty-two.",
            ("the winter of nineteen eighty-two", "1982-WI"),
        ),
    ],
)
def test_a_month_or_season_with_a_spoken_year_is_one_date(text: str, want: tuple) -> None:
    assert [(t.text, t.value) for t in tag(text, TUE)] == [want]


def test_the_last_half_of_a_decade_is_its_end() -> None:
    assert _triples("Sales fell through the last half of the '70s.") == [
        ("the last half of the '70s", "DATE", "197", "END")
    ]


def test_then_current_is_the_past() -> None:
    text = "Holders may buy shares at half the then current market price."
    assert [(t.text, t.value) for t in tag(text, TUE)] == [("current", "PAST_REF")]


def test_a_possessive_weekday_of_a_scheduled_event_under_a_future_verb_is_ahead() -> None:
    text = "Smith will win his 50th cap in Thursday's friendly against Chile."
    assert [t.value for t in tag(text, TUE)] == ["2024-10-31"]
    # a result stays behind even under a future verb
    text = "Lawyers will appeal Monday's verdict."
    assert [t.value for t in tag(text, TUE)] == ["2024-10-28"]


def test_for_before_a_possessive_weekday_takes_the_noun_not_the_day() -> None:
    # "for Friday" looks ahead; "for Friday's attack" is an attack already made
    text = "Warships shelled a platform today in retaliation for Friday's missile attack."
    assert [t.value for t in tag(text, TUE)] == ["2024-10-29", "2024-10-25"]
    assert [t.value for t in tag("He blamed rebels for Sunday's bombing.", TUE)] == ["2024-10-27"]
    # a scheduled event, or a future verb, keeps the day ahead
    assert [t.value for t in tag("Voters are preparing for Friday's election.", TUE)] == [
        "2024-11-01"
    ]
    assert [t.value for t in tag("Workers plan a strike for Thursday's shift.", TUE)] == [
        "2024-10-31"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A report in the Sunday Business claimed the deal was off.",
        "The cast were honoured at the Evening Standard awards.",
        "He told BBC Radio 4's Today programme he would stand.",
        "Police were accused in some quarters of bias.",
        "New Order and the Happy Mondays topped the bill.",
        "The show ends with Happy Mondays star Bez.",
        "United scored twice in the second half after a goal from the penalty spot and "
        "a header by their striker in the 60th minute.",
    ],
)
def test_names_idioms_and_match_halves_are_no_dates(text: str) -> None:
    assert tag(text, TUE) == []


def test_halves_outside_sport_and_months_planned_for_stay_dates() -> None:
    assert [t.value for t in tag("Profits rose in the first half.", TUE)] == ["2024-H1"]
    # a month an event is scheduled or predicted for is ahead even under a past participle
    text = "The poll, widely predicted for February, was called off."
    assert [t.value for t in tag(text, TUE)] == ["2025-02"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a participle after its subject is a past verb even before its object
        ("On Friday, the ministry announced plans to cut rates, effective May 1.", "2024-10-25"),
        # after a determiner or an adverb it is an adjective and no tense cue
        ("The dividend will be paid on a still unspecified date in January.", "2025-01"),
    ],
)
def test_a_past_participle_before_a_noun(text: str, value: str) -> None:
    assert tag(text, TUE)[0].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The firm will file its reply with the U.S. District Court on Friday.", "2024-11-01"),
        ("The case will come before a judge in Orlando, Fla. Monday.", "2024-11-04"),
        ("The company plans a sale on Friday.", "2024-11-01"),
        # "plan" before a preposition is a noun, no plan ahead: the past verb decides
        ("Critics attacked the proposed plan on Monday.", "2024-10-28"),
    ],
)
def test_abbreviations_and_plan_nouns_keep_the_tense(text: str, value: str) -> None:
    assert [t.value for t in tag(text, TUE)] == [value]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The strike began on Wednesday last week.", ("Wednesday last week", "2024-10-23")),
        ("Talks resume on Monday of next week.", ("Monday of next week", "2024-11-04")),
    ],
)
def test_a_weekday_of_last_or_next_week(text: str, want: tuple) -> None:
    assert [(t.text, t.value) for t in tag(text, TUE)] == [want]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month up to a quarter back stays this year's under a future verb
        ("Export figures for August suggest the crop will be large.", "2024-08"),
        # a possessive month is a month reported on
        ("Economists will revise June's gain.", "2024-06"),
        # a deadline with no tense is ahead
        ("Talks aimed at a deal before March.", "2025-03"),
        # "proposed" after its subject is a past verb, no plan ahead
        ("The union in July proposed a new wage scale.", "2024-07"),
    ],
)
def test_undated_months_by_cue(text: str, value: str) -> None:
    assert [t.value for t in tag(text, TUE)][0] == value


def test_a_month_ranging_to_a_dated_month_takes_its_year() -> None:
    text = "Output rose between March and October 2022 and from November to February 2021."
    assert [t.value for t in tag(text, TUE)] == ["2022-03", "2022-10", "2020-11", "2021-02"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Inspectors have probed the firm since mid-December.", "2023-12"),
        ("Pressure grew for an election as early as February.", "2025-02"),
        ("Firms must raise the sum by the January deadline.", "2025-01"),
        ("Traders bought corn for February/March shipment.", "2025-02"),
        ("Demand rose in the February BIFFEX contract.", "2025-02"),
    ],
)
def test_months_after_since_as_early_as_or_before_a_contract(text: str, value: str) -> None:
    assert [t.value for t in tag(text, TUE)][0] == value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("She won in two hours 45 minutes.", ("two hours 45 minutes", "PT2H45M")),
        ("He served three years and six months.", ("three years and six months", "P3Y6M")),
        ("The siege lasted two days and three hours.", ("two days and three hours", "P2DT3H")),
    ],
)
def test_a_length_in_two_units_is_one_duration(text: str, want: tuple) -> None:
    assert [(t.text, t.value) for t in tag(text, TUE)] == [want]


def test_trigger_word_pattern_matches_whole_runs_of_letters_only():
    rx = timex._word_pattern(["mar", "march", "may", "s"])
    text = "in march, may's mar marching s1 amaze mar-may"
    assert [m.group() for m in rx.finditer(text)] == ["march", "may", "s", "mar", "s", "mar", "may"]
    # every trigger word of the rules is found where it stands alone
    for word in timex._KEY_RULES:
        if word.isalpha():
            assert [m.group() for m in timex._KEY_WORDS.finditer(f"({word})")] == [word]


def test_trigger_windows_skip_letters_next_to_accented_ones():
    assert any(timex._windows("may and now"))  # trigger words standing alone
    assert not any(timex._windows("émay and nowé"))  # parts of longer words


SAT = dt.date(2024, 11, 2)  # a Saturday


def _tagged(text: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of each expression tagged on a Saturday's story."""
    return [(t.text, t.type, t.value) for t in tag(text, SAT)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two vague units joined by "or"/"and" are one length, in the first unit
        (
            "Repairs may take days or weeks to finish.",
            [("days or weeks", "DURATION", "PXD")],
        ),
        (
            "In recent days and weeks the navy has stepped up patrols.",
            [("recent days and weeks", "DURATION", "PXD")],
        ),
        # "last" as a verb leaves the length alone
        ("The blockade could last months.", [("months", "DURATION", "PXM")]),
        ("Hearings are expected to last weeks.", [("weeks", "DURATION", "PXW")]),
        # vague adjectival lengths
        (
            "A months-long siege ended a decades-long truce.",
            [("months-long", "DURATION", "PXM"), ("decades-long", "DURATION", "PXY")],
        ),
        (
            "The club gave him a multi-year contract after a several-week trial.",
            [("multi-year", "DURATION", "PXY"), ("several-week", "DURATION", "PXW")],
        ),
        ("The mine ran a three-week-long test.", [("three-week-long", "DURATION", "P3W")]),
        # indefinite lengths
        ("The border will stay shut for a while.", [("a while", "DURATION", "PXX")]),
        ("Shipping has been disrupted for some time.", [("some time", "DURATION", "PXX")]),
        ("He will be away for some time next year.", [("next year", "DATE", "2025")]),
        (
            "Over the years the harbour silted up.",
            [("the years", "DURATION", "PXY")],
        ),
        ("Over the years of the war, the harbour silted up.", []),
        # vague decades are years, as counted ones are
        ("The feud has lasted decades.", [("decades", "DURATION", "PXY")]),
    ],
)
def test_vague_and_joined_lengths(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _tagged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the day after X" counts from the date named last; the span is "the day"
        (
            "Voting ended on Oct. 20. The day after the count, protests began.",
            [("Oct. 20", "DATE", "2024-10-20"), ("The day", "DATE", "2024-10-21")],
        ),
        # in apposition to a date it is that date
        (
            "The mill closed on Oct. 3, the day before the strike.",
            [("Oct. 3", "DATE", "2024-10-03"), ("the day", "DATE", "2024-10-03")],
        ),
        # without an object the whole phrase is tagged
        (
            "The envoy arrived Thursday; he had left Cairo the day before.",
            [("Thursday", "DATE", "2024-10-31"), ("the day before", "DATE", "2024-10-30")],
        ),
        (
            "They will meet the day after tomorrow.",
            [("the day after tomorrow", "DATE", "2024-11-04")],
        ),
        # "until then": the date named just before; "since then" is left untagged, as TBAQ
        # leaves it
        (
            "The offer expires on Nov. 15. Until then, holders may sell.",
            [("Nov. 15", "DATE", "2024-11-15"), ("then", "DATE", "2024-11-15")],
        ),
        (
            "The dam was built in 1962, and since then the valley has flooded twice.",
            [("1962", "DATE", "1962")],
        ),
        # with no date named near, "then" is left alone
        ("Until then, nobody had complained.", []),
    ],
)
def test_the_day_after_and_then_count_from_the_date_named_before(
    text: str, want: list[tuple[str, str, str]]
) -> None:
    assert _tagged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a rate counted in words is no expression, as with digits
        ("The airline runs five flights a week to Lima.", []),
        ("The airline runs 5 flights a week to Lima.", []),
        # a frequency still is a set
        ("The ferry sails three times a week.", [("three times a week", "SET", "P1W")]),
    ],
)
def test_rates_are_no_expressions_and_frequencies_are_sets(
    text: str, want: list[tuple[str, str, str]]
) -> None:
    assert _tagged(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a day named again without its year is the day named before with it
        (
            "Creditors want the plan by June 30, 2024. Talks must end before June 30.",
            ["2024-06-30", "2024-06-30"],
        ),
        (
            "The fund sold its stake on March 3, 2023, and repaid the loan on March 3.",
            ["2023-03-03", "2023-03-03"],
        ),
        # a year far from the DCT (a bond's maturity) does not carry over
        (
            "The notes are due March 26, 2031. Payment is March 26.",
            ["2031-03-26", "2025-03-26"],
        ),
        # nor when the day was named first without a year
        (
            "Stocks stood at 40 tonnes on April 1, against 38 on April 1, 2023. On April 1 "
            "imports fell.",
            ["2024-04-01", "2023-04-01", "2024-04-01"],
        ),
    ],
)
def test_a_day_named_again_takes_its_year(text: str, want: list[str]) -> None:
    assert [t.value for t in tag(text, SAT)] == want


def test_a_day_named_again_takes_its_year_without_a_dct() -> None:
    text = "The advice of 7 March 2003 was published. Was the advice of 7 March ignored?"
    assert [t.value for t in tag(text, None)] == ["2003-03-07", "2003-03-07"]


def _with_mods(text: str) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, mod) of each expression tagged on a Saturday's story."""
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, SAT)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "or so" is part of the expression and makes it approximate
        (
            "The plant will close over the next year or so, a spokesman said.",
            [("the next year or so", "DURATION", "P1Y", "APPROX")],
        ),
        (
            "Talks dragged on for an hour or so.",
            [("an hour or so", "DURATION", "PT1H", "APPROX")],
        ),
        # ... also before "ago": still a date
        (
            "A week or so ago, the general picked the day.",
            [("A week or so ago", "DATE", "2024-W43", "APPROX")],
        ),
        # "or so much" is no hedge of the length
        ("He waited two days or so much longer.", [("two days", "DURATION", "P2D", None)]),
    ],
)
def test_or_so_is_part_of_an_approximate_expression(text: str, want: list) -> None:
    assert _with_mods(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised "Noon" mid-sentence is a surname
        "Stuart Abbott, Jamie Noon and Ollie Smith are the contenders.",
        "J Robinson (Sale, capt), J Noon (Newcastle), O Barkley (Bath)",
        # "at the end of the day" opening a clause means "in the end"
        '"At the end of the day, people want cameras," she said.',
        "It is hard, but at the end of the day a decision must be made.",
        "The service will be, at the end of the day, the main test.",
        # named days and names after a holiday
        "Since the Black Monday crash, markets have fallen.",
        "The Bloody Sunday inquiry reported.",
        "The Good Friday Agreement was signed in Belfast.",
        # the future of something is its fate
        "The talks will decide the future of the euro.",
        # a number of months of pay is an amount of money
        "He gets a bonus equal to six months of base pay.",
        "The striker was fined two weeks' wages.",
    ],
)
def test_names_idioms_fates_and_pay_are_no_expressions(text: str) -> None:
    assert _with_mods(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Noon is the deadline.", [("Noon", "TIME", "2024-11-02T12:00", None)]),
        ("The deadline is at Noon.", [("Noon", "TIME", "2024-11-02T12:00", None)]),
        (
            "Shares closed higher at the end of the day.",
            [("the end of the day", "DATE", "2024-11-02", "END")],
        ),
        ("Prices will rise in the future.", [("the future", "DATE", "FUTURE_REF", None)]),
        ("The strike lasted six months.", [("six months", "DURATION", "P6M", None)]),
    ],
)
def test_the_same_words_as_times_stay_tagged(text: str, want: list) -> None:
    assert _with_mods(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the year-ago period" after a month (no quarter in view) is that month a year before
        (
            "In late February, car sales fell 8% from the year-ago period.",
            [("late February", "2024-02"), ("the year-ago period", "2023-02")],
        ),
        (
            "Sales in the first half rose 5% from the year-earlier period.",
            [("the first half", "2024-H1"), ("the year-earlier period", "2023-H1")],
        ),
        # "that same day" after a month: a day of that month, unknown
        (
            "The doctor was shot last October. His name was crossed out that same day.",
            [("last October", "2023-10"), ("that same day", "2023-10-XX")],
        ),
        # after a day it is that day
        (
            "The bomb went off on Jan. 12. That same day, police arrested two men.",
            [("Jan. 12", "2024-01-12"), ("That same day", "2024-01-12")],
        ),
    ],
)
def test_year_ago_periods_and_same_days_after_a_month(text: str, want: list) -> None:
    assert [(t.text, t.value) for t in tag(text, SAT)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the same period of 2003": the quarter under report, in that year
        (
            "Profits in the fourth quarter were up on the same period of 2003.",
            [("the fourth quarter", "2024-Q4"), ("the same period of 2003", "2003-Q4")],
        ),
        (
            "Sales in the third quarter rose from the same quarter of 2021.",
            [("the third quarter", "2024-Q3"), ("the same quarter of 2021", "2021-Q3")],
        ),
        # a season with "next year" / "last year" is one date
        ("The show will relaunch in spring next year.", [("spring next year", "2025-SP")]),
        ("It closed in the summer of last year.", [("the summer of last year", "2023-SU")]),
        # a clock time and a day written day-first are one time
        (
            "They have until midnight on 16 December to appeal.",
            [("midnight on 16 December", "2024-12-16T24:00")],
        ),
        (
            "Voters had to register by 1700 GMT on 5 May.",
            [("1700 GMT on 5 May", "2024-05-05T17:00")],
        ),
        # fractions of an hour are minutes; "-a-second" inside a compound is no length
        ("Clyde scored after half-an-hour.", [("half-an-hour", "PT30M")]),
        ("It took a quarter of an hour.", [("a quarter of an hour", "PT15M")]),
        ("It took three-quarters of an hour.", [("three-quarters of an hour", "PT45M")]),
        ("The phone plays 30-frame-a-second video.", []),
        # a hyphenated frequency is a set (counted decades in years)
        ("It completed a once-a-decade leadership change.", [("once-a-decade", "P10Y")]),
    ],
)
def test_same_periods_seasons_day_first_times_and_hour_fractions(text: str, want: list) -> None:
    assert [(t.text, t.value) for t in tag(text, SAT)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the same month last year": the month in view, a year before, one expression
        (
            "In January, exports fell from the same month a year earlier.",
            [("January", "2024-01"), ("the same month a year earlier", "2023-01")],
        ),
        ("Exports fell from the same month last year.", [("the same month last year", "2023-11")]),
        (
            "The storm struck on Jan. 4, the same day last year as the flood.",
            [("Jan. 4", "2024-01-04"), ("the same day last year", "2023-01-04")],
        ),
        # the second year of a split year ("1987/88") is no length
        ("Taxes for the 2023/24 year were raised.", [("2023/24", "2023")]),
        ("The work ran for 2-3 years.", [("2-3 years", "P2Y")]),
    ],
)
def test_same_month_a_year_back_and_split_years(text: str, want: list) -> None:
    assert [(t.text, t.value) for t in tag(text, SAT)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "fall" before "next year" is a verb unless a season word leads it in
        (
            "Rates may fall next year. The dollar's sharp fall last year hurt.",
            [("next year", "2025"), ("last year", "2023")],
        ),
        ("The plant reopens in the fall next year.", [("the fall next year", "2025-FA")]),
        # with no day in view "the same day last year" is the DCT's day a year before
        (
            "In 2021 it rose. It struck on the same day last year.",
            [("2021", "2021"), ("the same day last year", "2023-11-02")],
        ),
    ],
)
def test_fall_as_a_verb_and_the_same_day_without_a_day_in_view(text: str, want: list) -> None:
    assert [(t.text, t.value) for t in tag(text, SAT)] == want


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # an infinitive takes its direction from the finite verb it hangs on
        (
            "Shortages made it difficult for the firm to meet demand well into the summer.",
            dt.date(2024, 10, 24),
            [("the summer", "2024-SU")],
        ),
        (
            "The airline's shares recovered slightly to close 12% down on Wednesday.",
            dt.date(2024, 10, 31),
            [("Wednesday", "2024-10-30")],
        ),
        # ... unless that verb looks ahead, hangs on a noun, or the infinitive is "to be"
        (
            "The company agreed to deliver the computers in the summer.",
            dt.date(2024, 10, 24),
            [("the summer", "2025-SU")],
        ),
        (
            "He defended his decision to release the players for this weekend's games.",
            dt.date(2024, 10, 29),
            [("this weekend", "2024-W44-WE")],
        ),
        (
            "Bankers declined to be specific ahead of their next meeting on Monday.",
            dt.date(2024, 10, 29),
            [("Monday", "2024-11-04")],
        ),
    ],
)
def test_an_infinitive_follows_its_governing_verb(text: str, dct: dt.date, want: list) -> None:
    assert _values(text, dct) == want


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a verb whose past is its present reads as past in a report
        ("The storm hit Monday, knocking out power.", TUE, [("Monday", "2024-10-28")]),
        ("The storm hit on Jan. 4.", dt.date(2024, 12, 20), [("Jan. 4", "2024-01-04")]),
        ("The bank cut its rates on Monday.", TUE, [("Monday", "2024-10-28")]),
        ("The ministry set Friday as the deadline.", TUE, [("Friday", "2024-10-25")]),
        # ... not after a modal or "to", nor as a noun, nor when a plan or new date follows
        ("The storm will hit Monday.", TUE, [("Monday", "2024-11-04")]),
        ("Forecasters expect the storm to hit Monday.", TUE, [("Monday", "2024-11-04")]),
        ("A rate cut on Monday would help.", TUE, [("Monday", "2024-11-04")]),
        ("Talks are set for Friday.", TUE, [("Friday", "2024-11-01")]),
        (
            "Traders bet the company would announce a stock split at its meeting on Thursday.",
            TUE,
            [("Thursday", "2024-10-31")],
        ),
        (
            "The hearing has been put back to June 8.",
            dt.date(2024, 3, 23),
            [("June 8", "2024-06-08")],
        ),
        # a hyphenated compound is no verb ("strike-hit"), "due to" a noun is a cause
        (
            "He hopes to announce relief for storm-hit nations later on Friday.",
            TUE,
            [("later on Friday", "2024-11-01")],
        ),
        (
            "Sales have been weaker due to heavy buying in December.",
            dt.date(2024, 3, 4),
            [("December", "2023-12")],
        ),
    ],
)
def test_past_forms_equal_to_present_ones(text: str, dct: dt.date, want: list) -> None:
    assert _values(text, dct) == want


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a holiday on which something happened is the last one, however near the next
        (
            "Thousands marched on Good Friday.",
            dt.date(2024, 3, 20),
            [("Good Friday", "2023-04-07")],
        ),
        (
            "Thousands will march on Good Friday.",
            dt.date(2024, 3, 20),
            [("Good Friday", "2024-03-29")],
        ),
        # "a late Easter" explaining a slow month is this year's, still ahead
        (
            "Sales in March were weak because of a late Easter.",
            dt.date(2025, 4, 9),
            [("March", "2025-03"), ("Easter", "2025-04-20")],
        ),
        # a half far from over under a past verb is last year's
        ("Sales rose 5% in the first half.", dt.date(2024, 3, 20), [("the first half", "2023-H1")]),
        (
            "Sales will rise in the first half.",
            dt.date(2024, 3, 20),
            [("the first half", "2024-H1")],
        ),
        ("Sales rose in the first half.", dt.date(2024, 6, 28), [("the first half", "2024-H1")]),
        # halves of a month, a season or an hour are no halves of a year (a month's first
        # half is that month, START: tests/test_timex_dates46.py)
        (
            "Issues were expected in the first half of the month.",
            dt.date(2024, 4, 7),
            [("the first half of the month", "2024-04")],
        ),
        ("Prices jumped in the first half hour of trading.", TUE, []),
        # a week to a day is the ISO week holding most of its seven days, not the DCT's
        (
            "Sales in the week to 25 December were 4.3% higher.",
            dt.date(2005, 1, 5),
            [("the week", "2004-W52"), ("25 December", "2004-12-25")],
        ),
        (
            "Corn sales in the week ended March 19 were the highest since November.",
            dt.date(1987, 3, 26),
            [("the week", "1987-W12"), ("March 19", "1987-03-19"), ("November", "1986-11")],
        ),
        # "later in the day" after a possessive "tomorrow's" in an earlier sentence is today
        (
            "Dealers waited for tomorrow's price data. A deal was launched later in the day.",
            dt.date(1987, 3, 12),
            [("tomorrow", "1987-03-13"), ("later in the day", "1987-03-12")],
        ),
        (
            "Officials said tomorrow's talks would end later in the day.",
            dt.date(1987, 3, 12),
            [("tomorrow", "1987-03-13"), ("later in the day", "1987-03-13")],
        ),
    ],
)
def test_holidays_halves_weeks_to_a_day_and_later_in_the_day(
    text: str, dct: dt.date, want: list
) -> None:
    assert _values(text, dct) == want


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a currency after an amount is no present verb ("53.6 billion marks")
        (
            "Reserve holdings totalled 53.6 billion marks on Monday.",
            dt.date(1987, 3, 11),
            [("Monday", "1987-03-09")],
        ),
        # a date before a past verb that looks ahead dates the past act, not what it plans
        (
            "On Friday, Dixons agreed to reopen its tender offer.",
            dt.date(1987, 3, 23),
            [("Friday", "1987-03-20")],
        ),
        ("Dixons agreed to reopen its tender offer on Friday.", TUE, [("Friday", "2024-11-01")]),
        # the verb right after a date is its own ("the court Saturday ruled")
        (
            "Seamen stayed on strike even after the Labour Court Saturday ruled it illegal.",
            dt.date(1987, 3, 9),
            [("Saturday", "1987-03-07")],
        ),
        # a scheduling verb in the present before a day or month names it ahead
        (
            "He expected OPEC to raise prices when it meets on December 9.",
            dt.date(1987, 6, 29),
            [("December 9", "1987-12-09")],
        ),
        (
            "A new pact will replace the old one, which expires in October.",
            dt.date(1987, 3, 9),
            [("October", "1987-10")],
        ),
        # ... but not a participle ("the quarter ended March 31")
        (
            "It expects a loss for the third quarter ended March 31.",
            dt.date(1987, 4, 8),
            [("the third quarter", "1987-Q3"), ("March 31", "1987-03-31")],
        ),
    ],
)
def test_amounts_fronted_dates_and_the_verb_after_a_date(
    text: str, dct: dt.date, want: list
) -> None:
    assert _values(text, dct) == want
