"""Rules of one round that fired wider than they should: a negated 'hesitate' or 'stop' under a
vow, an act told twice where one telling is denied, a visit to a national body read as a tour
at home, an uncounted 'few days after', and a half-year reported before it is over."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of_type, extract_events
from test_cameo_own import _codes

from stream.extract.timex import tag


def test_a_vow_not_to_hold_back_an_attack_stays_a_threat(extractor):
    for text in (
        "Tehran vowed that it would not hesitate to raid Kuwaiti ports.",
        "Baghdad promised it would not stop bombing the Iranian oil terminals.",
        "The rebels swore they would never cease attacking government convoys.",
    ):
        codes = _codes(extractor, text)
        assert any(cameo.startswith("13") for _, cameo in codes), (text, codes)


def test_a_promise_to_stop_the_fighting_is_no_threat(extractor):
    for text in (
        "Iraq assured Kuwait that its forces would not cross the border.",
        "Managua pledged to stop shelling the border villages.",
    ):
        codes = _codes(extractor, text)
        assert not any(cameo.startswith("13") for _, cameo in codes), (text, codes)


def test_a_blow_denied_and_a_blow_struck_in_one_sentence_are_both_kept(extractor):
    text = "Syria did not shell Tripoli on Tuesday, but Syrian gunners shelled Lebanese positions."
    shellings = events_of_type(extract_events(extractor, text), "shelling")
    assert sorted(e["negated"] for e in shellings) == [False, True], shellings


def test_a_visit_to_a_national_body_is_no_tour_at_home(extractor):
    text = (
        "Kenya and China signed a trade accord last week. On Monday Chinese Premier Li Peng"
        " visited the national assembly and met lawmakers."
    )
    assert events_of_type(extract_events(extractor, text), "visit")


def test_a_nationwide_tour_stays_a_tour_at_home(extractor):
    text = "The Philippine president began a nationwide tour on Monday to rally support."
    assert not events_of_type(extract_events(extractor, text), "visit")


def test_a_few_days_after_counts_no_days_and_keeps_the_month(extractor):
    text = (
        "The United States suspended aid to Panama in March, a few days after Panamanian"
        " troops attacked the U.S. embassy."
    )
    attacks = events_of_type(extract_events(extractor, text, "1987-05-04"), "attack")
    assert attacks and attacks[0]["date"]["value"] == "1987-03", attacks


def test_a_day_after_a_named_day_is_the_day_before_it(extractor):
    text = (
        "The United States suspended aid to Panama on Friday, a day after Panamanian troops"
        " attacked the U.S. embassy."
    )
    attacks = events_of_type(extract_events(extractor, text, "1987-05-04"), "attack")
    assert attacks and attacks[0]["date"]["value"] == "1987-04-30", attacks


def test_a_half_reported_long_before_its_end_is_last_years():
    for text in (
        "The company reported first-half profits of 20 million dollars.",
        "The group posted first-half earnings of 3 million pounds.",
    ):
        values = [t.value for t in tag(text, date(2005, 3, 20))]
        assert values == ["2004-H1"], (text, values)
