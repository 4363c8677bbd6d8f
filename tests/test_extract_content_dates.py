"""Event dates: a date inside what a demand, a warning, an agreement or another act with a
content says dates that content, not the act."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str, published: str = "2003-04-16T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _dates(events: list[dict], etype: str) -> list[str | None]:
    return [e["date"]["value"] for e in events if e["type"] == etype]


def test_a_date_in_a_warning_s_content_does_not_date_the_warning(extractor):
    text = "Germany warned France that its budget deficit must shrink by November."
    assert _dates(_extract(extractor, text), "statement") == [None]


def test_a_date_in_an_agreement_s_content_does_not_date_the_agreement(extractor):
    text = "Poland and Sweden agreed to open four new ferry routes from August 1."
    dates = _dates(_extract(extractor, text), "agreement")
    assert dates and all(d is None for d in dates)


def test_a_date_on_the_act_itself_still_dates_it(extractor):
    text = "Poland and Sweden agreed on Monday to open four new ferry routes from August 1."
    assert _dates(_extract(extractor, text), "agreement") == ["2003-04-14"]


def test_the_day_of_the_report_still_dates_an_appeal(extractor):
    # "today" in the content is also the day of the appeal; another day is the content's
    today = "Japan urged Korea to resume the fishing talks today."
    assert _dates(_extract(extractor, today), "appeal") == ["2003-04-16"]
    friday = "Japan urged Korea to resume the fishing talks on Friday."
    assert _dates(_extract(extractor, friday), "appeal") == [None]


def test_a_day_between_the_reporting_verb_and_its_clause_dates_the_saying(extractor):
    # without 'that' the parser may hang 'on Monday' on the reported verb; it is the
    # saying's day ('2003-04-14'), not the shelling's
    text = "The army said on Monday its gunners had shelled the rebel town."
    assert _dates(_extract(extractor, text), "shelling") == [None]
    dated = "The army said on Monday its gunners shelled the rebel town on Saturday."
    assert _dates(_extract(extractor, dated), "shelling") == ["2003-04-12"]


def test_a_day_after_that_is_the_reported_clause_s_own(extractor):
    text = "The army said on Monday that on Saturday its gunners shelled the rebel town."
    assert _dates(_extract(extractor, text), "shelling") == ["2003-04-12"]


def test_a_date_in_the_content_of_a_light_verb_s_noun_does_not_date_the_promise(extractor):
    # the noun says what is promised; its deadline is the deed's, not the promise's
    text = (
        "The government had made a firm commitment to raising its spending on schools"
        " abroad to 1% of national income by 2013, a spokesman said."
    )
    assert _dates(_extract(extractor, text, published=None), "pledge") == [None]
    dated = "Spain made a firm commitment on Monday to raising its aid to Peru by 2013."
    assert _dates(_extract(extractor, dated), "pledge") == ["2003-04-14"]
