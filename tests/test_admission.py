"""Admission checks, receipts and reconciliation, and the worker's monitor — without a broker."""

from __future__ import annotations

import asyncio
import urllib.request

import orjson
import pytest

from stream.accounting import build_receipt, reconcile
from stream.admission import (
    AdmissionPolicy,
    Skipped,
    check_article,
    check_message,
    date_problem,
    json_depth,
    non_english_reason,
)
from stream.agents import Inbound, process_batch
from stream.broker import free_port
from stream.codec import Rejected
from stream.ops import Monitor, serve
from stream.schemas import schema_errors

OTHER_LANGUAGES = {
    "fr": "Les ministres des affaires étrangères de la France et de l'Allemagne se sont réunis "
    "lundi à Berlin pour discuter de la situation en Ukraine, a indiqué le ministère.",
    "de": "Die Außenminister Deutschlands und Frankreichs trafen sich am Montag in Berlin, um "
    "über die Lage in der Ukraine zu sprechen, teilte das Ministerium mit.",
    "es": "Los ministros de Asuntos Exteriores de Francia y Alemania se reunieron el lunes en "
    "Berlín para hablar de la situación en Ucrania, informó el ministerio.",
    "zh": "中国和俄罗斯的外交部长周二在北京会晤，讨论了乌克兰局势。外交部发言人表示，双方同意加强合作。",
    "ru": "Министры иностранных дел России и Китая встретились во вторник в Пекине и обсудили "
    "ситуацию на Украине.",
}
ENGLISH = [
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.",
    "The foreign ministers of France and Germany met in Berlin on Monday to discuss Ukraine.",
    # A results table: few function words of any language, still English.
    "LONDON, March 24 - Shr 51.4p vs 56.4p Div 11.0p making 17.4p Turnover 320.1 mln stg vs "
    "290.4 mln Pretax profit 41.2 mln vs 38.9 mln Tax 14.1 mln vs 13.3 mln",
    "Troops clashed.",  # too short to judge
]


@pytest.mark.parametrize("lang", sorted(OTHER_LANGUAGES))
def test_other_languages_are_recognised(lang: str) -> None:
    reason = non_english_reason({"text": OTHER_LANGUAGES[lang]}, AdmissionPolicy())
    assert reason is not None and reason.startswith("non_english: ")


@pytest.mark.parametrize("text", ENGLISH)
def test_english_headlines_tables_and_short_texts_pass(text: str) -> None:
    assert non_english_reason({"text": text}, AdmissionPolicy()) is None


def test_declared_language_wins_and_policy_decides_skip_or_dead_letter() -> None:
    record = {"text": ENGLISH[1], "language": "pt-BR"}
    with pytest.raises(Rejected, match="declared language 'pt-BR'") as refused:
        check_article(record, AdmissionPolicy())
    assert not isinstance(refused.value, Skipped)
    with pytest.raises(Skipped):
        check_article(record, AdmissionPolicy(non_english="skip"))
    check_article(record, AdmissionPolicy(non_english="accept"))
    check_article({"text": ENGLISH[1], "language": "en-GB"}, AdmissionPolicy())
    with pytest.raises(ValueError):
        AdmissionPolicy(non_english="ignore")  # type: ignore[arg-type]


def test_size_depth_and_date_limits() -> None:
    policy = AdmissionPolicy(max_message_bytes=100, max_text_bytes=40, max_json_depth=3)
    with pytest.raises(Rejected, match="^oversize: message of 101 bytes exceeds 100$"):
        check_message(b"x" * 101, policy)
    check_message(b"x" * 100, policy)
    with pytest.raises(Rejected, match="^oversize: text of 41 bytes exceeds 40$"):
        check_article({"text": "é" * 20 + "a"}, policy)
    with pytest.raises(Rejected, match="^too_deep: JSON nested more than 3 levels$"):
        check_article({"text": "Leaders met.", "meta": [[["deep"]]]}, policy)
    check_article({"text": "Leaders met.", "meta": [["ok"]]}, policy)
    assert json_depth({"a": [1, {"b": []}]}, 10) == 4
    assert json_depth(5, 10) == 0
    assert date_problem("2025-03-12T09:30:00Z") is None
    assert date_problem("2025-03-12") is None
    assert "month" in (date_problem("2025-13-12") or "")
    with pytest.raises(Rejected, match=r"^schema: published_at: not a valid date \(day"):
        check_article({"text": "Leaders met.", "published_at": "2025-02-30"}, policy)


def _messages(*raws: bytes) -> list[Inbound]:
    return [Inbound(raw, topic="articles", partition=1, offset=i) for i, raw in enumerate(raws)]


def test_receipts_cover_every_outcome_and_validate() -> None:
    from test_pipeline import _event_for

    async def extract(articles):
        return [[_event_for(a)] if "met" in a.text else [] for a in articles]

    french = orjson.dumps({"id": "fr", "text": OTHER_LANGUAGES["fr"]})
    outcomes = asyncio.run(
        process_batch(
            _messages(
                b'{"id": "a", "text": "Leaders met."}',
                b'{"id": "b", "text": "Calm."}',
                french,
                b"{",
            ),
            extract,
        )
    )
    receipts = [build_receipt(o, version="9.9") for o in outcomes]
    for r in receipts:
        assert schema_errors("receipt", r) == [], r
    assert [r["outcome"] for r in receipts] == ["events", "no_events", "dead_letter", "dead_letter"]
    assert receipts[0]["event_ids"] == [outcomes[0].events[0]["event_id"]]
    assert receipts[0]["n_events"] == 1 and receipts[0]["reason"] is None
    assert receipts[2]["reason"].startswith("non_english:") and receipts[2]["article_id"] == "fr"
    assert receipts[3]["article_id"] is None and receipts[3]["reason"].startswith("invalid_json")
    assert [r["offset"] for r in receipts] == [0, 1, 2, 3]
    assert {r["extractor_version"] for r in receipts} == {"9.9"}


def test_skipped_articles_are_no_events_with_a_reason(monkeypatch) -> None:
    import stream.admission as admission

    monkeypatch.setattr(admission, "_policy", AdmissionPolicy(non_english="skip"))

    async def extract(articles):
        raise AssertionError("a skipped article never reaches the NLP")

    (outcome,) = asyncio.run(
        process_batch(_messages(orjson.dumps({"id": "de", "text": OTHER_LANGUAGES["de"]})), extract)
    )
    assert outcome.status == "no_events" and outcome.dead_letter is None
    receipt = build_receipt(outcome, version="1")
    assert receipt["reason"].startswith("non_english:") and schema_errors("receipt", receipt) == []


def test_reconcile_finds_missing_unexpected_repeated_and_conflicting() -> None:
    def receipt(offset: int, ids: list[str]) -> dict:
        return {
            "topic": "t",
            "partition": 0,
            "offset": offset,
            "outcome": "events" if ids else "no_events",
            "event_ids": ids,
        }

    expected = [("t", 0, o) for o in range(4)]
    result = reconcile(
        expected,
        [receipt(0, ["a"]), receipt(0, ["a"]), receipt(1, []), receipt(2, ["b"]), receipt(2, ["c"])]
        + [receipt(9, [])],
    )
    assert result.missing == [("t", 0, 3)]
    assert result.unexpected == [("t", 0, 9)]
    assert result.redelivered == {("t", 0, 0): 2, ("t", 0, 2): 2}
    assert result.conflicting == [("t", 0, 2)]
    assert not result.complete
    assert reconcile(expected[:2], [receipt(0, ["a"]), receipt(1, [])]).complete


def test_monitor_counts_drains_and_serves_health_and_metrics() -> None:
    from test_pipeline import _event_for

    async def extract(articles):
        return [[_event_for(a)] for a in articles]

    outcomes = asyncio.run(process_batch(_messages(b'{"id": "a", "text": "x"}', b"[]"), extract))
    monitor = Monitor()

    async def scenario() -> tuple[bool, bool]:
        monitor.batch_started(2)
        idle_early = await monitor.wait_idle(0.01)
        monitor.batch_finished(outcomes, 0.3)
        return idle_early, await monitor.wait_idle(0.01)

    assert asyncio.run(scenario()) == (False, True)
    monitor.set_lag("articles", 1, 10)
    port = free_port()
    server = serve(monitor, port, host="127.0.0.1")
    assert server is not None
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as r:
            body = orjson.loads(r.read())
        assert body["status"] == "running" and body["articles"] == 2
        text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
        assert "eventstream_articles_in_total 2.0" in text
        assert 'eventstream_articles_total{outcome="events"} 1.0' in text
        assert 'eventstream_dead_letters_total{reason="not_an_object"} 1.0' in text
        assert 'eventstream_events_out_total{type="call"} 1.0' in text
        assert 'eventstream_consumer_lag{partition="1",topic="articles"} 8.0' in text
        assert "eventstream_batch_seconds_sum 0.3" in text
        monitor.set_state("draining")
        with pytest.raises(urllib.error.HTTPError) as unavailable:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5)
        assert unavailable.value.code == 503
        assert serve(monitor, port, host="127.0.0.1") is None  # port taken: logged, no crash
        assert serve(monitor, 0) is None  # 0 switches the server off
        monitor.forget_lag_except(set())  # the partition moved to another worker
        text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
        assert "eventstream_consumer_lag{" not in text
    finally:
        server.shutdown()
        server.server_close()


class _FakeMessage:
    key = None
    topic = "articles"
    partition = 0
    timestamp = 1_700_000_000.0

    def __init__(self, offset: int) -> None:
        self.offset = offset


class _FakeEvent:
    def __init__(self, offset: int, value: bytes) -> None:
        self.message, self.value = _FakeMessage(offset), value


class _FakeStream:
    """Two batches, as ``stream.noack_take`` yields them; records acknowledgements."""

    def __init__(self, batches: list[list[_FakeEvent]]) -> None:
        self.batches, self.acked = batches, []

    async def noack_take(self, n: int, within: float):
        for batch in self.batches:
            yield batch

    async def ack(self, event: _FakeEvent) -> None:
        self.acked.append(event.message.offset)


class _FakePool:
    async def start(self) -> float:
        return 0.0

    async def extract(self, articles):
        return [[] for _ in articles]


def test_a_batch_is_acknowledged_only_once_published_and_held_while_the_broker_is_away(
    monkeypatch,
) -> None:
    from stream.agents import extract_articles

    real_sleep = asyncio.sleep

    async def no_wait(delay: float, *args) -> None:
        await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", no_wait)
    stream = _FakeStream([[_FakeEvent(0, b'{"text": "Calm."}'), _FakeEvent(1, b"{")]])
    monitor = Monitor()

    class AwayThenBack:
        def __init__(self) -> None:
            self.calls = 0

        async def publish(self, outcomes) -> None:
            self.calls += 1
            assert stream.acked == [], "nothing is acknowledged before it is published"
            if self.calls <= 8:  # more than one round of retries
                raise ConnectionError("broker away")

    sink = AwayThenBack()
    asyncio.run(
        extract_articles(
            stream, pool=_FakePool(), sink=sink, batch_size=2, within=0.1, monitor=monitor
        )
    )
    assert sink.calls == 9 and stream.acked == [0, 1]
    assert monitor.registry.get_sample_value("eventstream_publish_retries_total") >= 1
    assert monitor.articles == 2 and monitor.in_batch == 0


def test_a_draining_worker_takes_no_new_batch() -> None:
    from stream.agents import extract_articles

    stream = _FakeStream([[_FakeEvent(0, b'{"text": "Calm."}')]])
    monitor = Monitor()
    monitor.set_state("draining")

    class Sink:
        async def publish(self, outcomes) -> None:
            raise AssertionError("nothing is processed while draining")

    async def scenario() -> None:
        task = asyncio.create_task(
            extract_articles(
                stream, pool=_FakePool(), sink=Sink(), batch_size=1, within=0.1, monitor=monitor
            )
        )
        await asyncio.sleep(0.05)
        assert not task.done()  # parked until the worker stops it
        task.cancel()

    asyncio.run(scenario())
    assert stream.acked == [] and monitor.articles == 0
