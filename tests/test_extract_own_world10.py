"""Classes of the tenth world-news precision study (issue 10: ten more whole articles in 1987
wire style where real events are few, ``benchmarks/data/own_world10.*``), and the set's score
floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary


def test_own_world10_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world10")
    assert summary["articles"] == 10 and summary["required"] == 12
    assert summary["recall"] >= 0.8
    assert summary["precision"] >= 0.25
    assert summary["dates"] >= 0.9
