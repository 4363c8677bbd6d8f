"""``benchmarks/recall_stages.py`` sorts each missed required event by the stage that lost it
(pre-filter, no trigger, a dropped candidate, an event that matched nothing) and never runs on
a check set. A tiny gold written here, scored with the scorer copied into ``tests/``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import recall_stages  # noqa: E402
from article_eval import load_scorer  # noqa: E402

SCORER = REPO / "tests" / "fixtures" / "articles" / "event_score.py"
TEXT = (
    "BAGHDAD, May 3 - Iraqi jets bombed the Iranian port of Bushehr on Monday and the tanker "
    "sank.\n\nHe was ordered to pay a fine. A summit between Iran and Iraq is possible this year. "
    "France expelled two German diplomats on Tuesday."
)


def _gold(gold_id: str, evidence: str, types: list[str], actors: list[str]) -> dict:
    return {
        "id": gold_id,
        "evidence": evidence,
        "types": types,
        "actors": actors,
        "required": True,
        "date": {},
    }


def test_each_missed_event_is_given_the_stage_that_lost_it(extractor):
    gold = [
        {
            "id": "t1",
            "events": [
                _gold("t1.1", "Iraqi jets bombed the Iranian port of Bushehr", ["airstrike"], []),
                _gold("t1.2", "the tanker sank", ["attack"], []),
                _gold("t1.3", "He was ordered to pay a fine", ["sanction"], []),
                _gold("t1.4", "A summit between Iran and Iraq is possible", ["meeting"], []),
                _gold("t1.5", "France expelled two German diplomats", ["aid"], ["FRA"]),
            ],
        }
    ]
    records = [{"id": "t1", "text": TEXT, "published_at": "1987-05-03T12:00:00Z"}]
    misses, counts = recall_stages.diagnose(
        extractor, load_scorer(SCORER), "own_wire2", gold, records
    )
    stages = {m.gold_id: m.stage for m in misses}
    assert stages == {
        "t1.2": "b-no-trigger",  # parsed, but only 'bombed' fired, outside the evidence
        "t1.3": "a-prefilter",  # no actor word: never parsed
        "t1.4": "c-dropped",  # the summit only guessed at: _draft's own test
        "t1.5": "d-unmatched",  # an expulsion made, the gold wants aid
    }
    reasons = {m.gold_id: m.reason for m in misses}
    assert reasons["t1.3"] == "no actor word"
    assert "mod.guessed" in reasons["t1.4"]
    assert reasons["t1.5"].startswith("wrong type")
    assert counts["required"] == 5 and counts["found"] == 1
    table = recall_stages.table(misses)
    assert "own_wire*" in table and "c-dropped" in table


@pytest.mark.parametrize("name", ["bbc", "bbc_check2"])
def test_check_sets_are_refused(name):
    with pytest.raises(SystemExit):
        recall_stages.main(["--set", name])
    with pytest.raises(SystemExit):
        recall_stages.load_set(name, Path("nowhere"), Path("nowhere"))
