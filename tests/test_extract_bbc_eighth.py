"""Classes of BBC false events read on the eighth BBC tuning set and the sets before it:
companies named after their country and their goods or by their country's adjective, and
battles to do something. Each rule on sentences written for the
test, beside one that must keep the event."""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types


def test_a_company_named_after_its_country_and_goods_is_no_state(extractor):
    for text in (
        "Vietnam Coal Oil has offered to repay half of what it owes its lenders.",
        "Kenya Steel promised to pay its creditors within two years.",
    ):
        assert "pledge" not in _types(extractor, text), text
    kept = "Vietnam has offered to repay half of what it owes its lenders."
    assert (["VNM"], []) in side_countries(_extract(extractor, kept), "pledge")
    ministry = "Kenya's Ministry of Energy signed an agreement with Uganda on Friday."
    assert (["KEN"], ["UGA"]) in side_countries(_extract(extractor, ministry), "agreement")


def test_a_company_named_by_its_country_adjective_is_no_state(extractor):
    for text in (
        "Boeing signed a deal with two Kenyan airlines on Monday.",
        "The German firm said it had agreed with a Chilean carrier the sale of six planes.",
    ):
        assert "agreement" not in _types(extractor, text), text
    kept = "The German firm said it had agreed with Chile the sale of six planes."
    assert (["DEU"], ["CHL"]) in side_countries(_extract(extractor, kept), "agreement")
    state = "Boeing signed a deal with the Kenyan government on Monday."
    assert "agreement" in _types(extractor, state)
    own = "The Kenyan transport ministry asked Kenyan airlines to cut their fares."
    assert "appeal" not in _types(extractor, own)
    foreign = "French trade officials have repeatedly accused Japanese car makers of dumping."
    assert (["FRA"], ["JPN"]) in side_countries(_extract(extractor, foreign), "accusation")


def test_a_battle_to_do_something_is_an_effort_not_fighting(extractor):
    for text in (
        "The Kenyan government has lost its battle to curb rising food prices.",
        "Peru's long battle to reform its pension system went on last year.",
    ):
        assert "clash" not in _types(extractor, text), text
    retake = "The Ethiopian army's battle to retake the border town lasted a week."
    assert "clash" in _types(extractor, retake)
    fought = "Sudan reported a fierce battle with Chadian forces near the border."
    assert (["SDN"], ["TCD"]) in side_countries(_extract(extractor, fought), "clash")
