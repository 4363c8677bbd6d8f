"""The worker reads a recreated articles topic from its start, even when the broker is slow to
answer right after it came back, and starts over a partition whose read position lies past
the end of its log (no broker needed: the broker calls are stand-ins)."""

from __future__ import annotations

import asyncio

from stream.app import LogEndWatch, RecreatedTopicCheck
from stream.config import Settings


class FakeConsumer:
    """The parts of Faust's consumer the check touches."""

    def __init__(self) -> None:
        self.committed: dict[str, int] = {}
        self.seeks: list[tuple[str, int]] = []
        self._read_offset = {"articles-0": 41, "articles-1": 17}

    async def _commit(self, offsets: dict[str, int]) -> bool:
        self.committed.update(offsets)
        return True

    async def seek(self, tp: str, offset: int) -> None:
        self.seeks.append((tp, offset))


class Broker:
    """Answers the topic id and first offsets, failing the first ``failures`` calls."""

    def __init__(self, topic_id: str, failures: int = 0) -> None:
        self.topic_id, self.failures, self.calls = topic_id, failures, 0

    def read_topic_id(self, settings: Settings, topic: str) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError("node not ready")
        return self.topic_id

    def firsts(self, settings: Settings, tps: list[str]) -> dict[str, int]:
        return dict.fromkeys(tps, 0)


def checker(broker: Broker) -> RecreatedTopicCheck:
    return RecreatedTopicCheck(
        Settings(articles_topic="articles"),
        retries=(0.0, 0.0, None),
        read_topic_id=broker.read_topic_id,
        firsts=broker.firsts,
    )


TPS = ["articles-0", "articles-1"]


def test_a_new_topic_id_seeks_every_partition_to_its_start_and_forgets_read_marks():
    broker = Broker("id-1")
    check, consumer = checker(broker), FakeConsumer()
    assert asyncio.run(check.check(consumer, TPS)) is False  # first sight: nothing to compare
    assert asyncio.run(check.check(consumer, TPS)) is False  # same topic after a rebalance
    assert consumer.seeks == []
    broker.topic_id = "id-2"  # the broker restarted empty and the topic was created again
    assert asyncio.run(check.check(consumer, TPS)) is True
    assert consumer.seeks == [("articles-0", 0), ("articles-1", 0)]
    assert consumer.committed == {"articles-0": 0, "articles-1": 0}
    assert consumer._read_offset == {}  # messages below the old positions are read again


def test_a_broker_still_coming_up_is_asked_again_instead_of_waiting_for_a_rebalance():
    broker = Broker("id-1")
    check, consumer = checker(broker), FakeConsumer()
    asyncio.run(check.check(consumer, TPS))
    broker.topic_id, broker.failures, broker.calls = "id-2", 2, 0
    assert asyncio.run(check.check(consumer, TPS)) is True  # third attempt succeeds
    assert broker.calls == 3
    assert consumer.seeks == [("articles-0", 0), ("articles-1", 0)]


def test_a_check_that_gave_up_is_repeated_at_the_next_rebalance():
    broker = Broker("id-1")
    check, consumer = checker(broker), FakeConsumer()
    asyncio.run(check.check(consumer, TPS))
    broker.topic_id, broker.failures, broker.calls = "id-2", 5, 0
    assert asyncio.run(check.check(consumer, TPS)) is False  # all three attempts failed
    assert consumer.seeks == []
    broker.failures = 0  # the next rebalance: the old id is still the one remembered
    assert asyncio.run(check.check(consumer, TPS)) is True
    assert consumer.seeks == [("articles-0", 0), ("articles-1", 0)]


def test_the_new_id_is_remembered_only_once_the_seek_is_done():
    broker = Broker("id-1")
    check, consumer = checker(broker), FakeConsumer()
    check.retries = (None,)  # no retry: one failure gives up at once
    asyncio.run(check.check(consumer, TPS))
    broker.topic_id = "id-2"

    def no_leader_yet(settings: Settings, tps: list[str]) -> dict[str, int]:
        raise TimeoutError("no leader yet")

    check.firsts = no_leader_yet
    assert asyncio.run(check.check(consumer, TPS)) is False  # the id was read, the offsets not
    check.firsts = broker.firsts
    assert asyncio.run(check.check(consumer, TPS)) is True  # so the next check still sees it
    assert consumer.seeks == [("articles-0", 0), ("articles-1", 0)]


class RefusingConsumer(FakeConsumer):
    """A consumer whose group refuses the first ``refusals`` commits (it is rebalancing), and
    which notes the read marks it still held when each commit was sent."""

    def __init__(self, refusals: int) -> None:
        super().__init__()
        self.refusals = refusals
        self.marks_at_commit: list[dict[str, int]] = []

    async def _commit(self, offsets: dict[str, int]) -> bool:
        self.marks_at_commit.append(dict(self._read_offset))
        if self.refusals:
            self.refusals -= 1
            return False
        return await super()._commit(offsets)


def test_a_refused_commit_makes_the_next_rebalance_start_over_again():
    broker = Broker("id-1")
    check, consumer = checker(broker), RefusingConsumer(refusals=1)
    asyncio.run(check.check(consumer, TPS))
    broker.topic_id = "id-2"
    assert asyncio.run(check.check(consumer, TPS)) is True  # sought, but the commit was refused
    assert consumer.committed == {}
    assert consumer.seeks == [("articles-0", 0), ("articles-1", 0)]
    # Table recovery would now seek back to the old committed positions: the next
    # assignment must commit and seek to the starts again.
    consumer._read_offset = {"articles-0": 3}
    assert asyncio.run(check.check(consumer, TPS)) is True
    assert consumer.committed == {"articles-0": 0, "articles-1": 0}
    assert consumer.seeks[2:] == [("articles-0", 0), ("articles-1", 0)]
    assert asyncio.run(check.check(consumer, TPS)) is False  # accepted: the new id is known


def test_old_read_marks_are_dropped_before_the_first_offsets_are_committed():
    broker = Broker("id-1")
    check, consumer = checker(broker), RefusingConsumer(refusals=0)
    asyncio.run(check.check(consumer, TPS))
    broker.topic_id = "id-2"
    assert asyncio.run(check.check(consumer, TPS)) is True
    # A periodic commit running meanwhile finds no old-log position to write after ours.
    assert consumer.marks_at_commit == [{}]


class Partition(str):
    """A partition name with the ``topic`` and ``partition`` a log line prints."""

    @property
    def topic(self) -> str:
        return self.rsplit("-", 1)[0]

    @property
    def partition(self) -> int:
        return int(self.rsplit("-", 1)[1])


P0, P1 = Partition("articles-0"), Partition("articles-1")


class PositionedConsumer(FakeConsumer):
    """A consumer with a read position and the high watermark of its latest fetch."""

    def __init__(self, positions: dict[str, int], ends: dict[str, int | None]) -> None:
        super().__init__()
        self.positions, self.ends = positions, ends

    def highwater(self, tp: str) -> int | None:
        return self.ends[tp]

    async def position(self, tp: str) -> int:
        if tp not in self.positions:
            raise AssertionError(f"{tp} is not assigned")
        return self.positions[tp]


def watch(firsts=None) -> LogEndWatch:
    firsts = firsts or Broker("id-1").firsts
    return LogEndWatch(Settings(articles_topic="articles"), ticks=2, firsts=firsts)


def test_a_position_past_the_log_end_on_two_looks_starts_the_partition_over():
    consumer = PositionedConsumer({P0: 41, P1: 5}, {P0: 12, P1: 9})
    looks = watch()
    assert asyncio.run(looks.check(consumer, [P0, P1])) == []  # once may be a stale watermark
    assert consumer.seeks == []
    assert asyncio.run(looks.check(consumer, [P0, P1])) == [P0]
    assert consumer.seeks == [(P0, 0)]
    assert consumer.committed == {P0: 0}  # so a later seek to committed offsets lands there too
    assert P0 not in consumer._read_offset and consumer._read_offset[P1] == 17


def test_a_position_at_or_before_the_end_is_left_alone_and_resets_the_count():
    consumer = PositionedConsumer({P0: 12, P1: 3}, {P0: 12, P1: 9})
    looks = watch()
    for _ in range(3):
        assert asyncio.run(looks.check(consumer, [P0, P1])) == []
    consumer.positions[P0] = 20  # past the end once, then back within it
    asyncio.run(looks.check(consumer, [P0, P1]))
    consumer.positions[P0] = 12
    asyncio.run(looks.check(consumer, [P0, P1]))
    consumer.positions[P0] = 20
    assert asyncio.run(looks.check(consumer, [P0, P1])) == []  # the count started again
    assert consumer.seeks == []


def test_partitions_with_no_fetch_yet_or_no_position_are_skipped():
    consumer = PositionedConsumer({P0: 41}, {P0: None, P1: 3})  # P1 was revoked meanwhile
    looks = watch()
    for _ in range(3):
        assert asyncio.run(looks.check(consumer, [P0, P1])) == []
    assert consumer.seeks == []


def test_a_broker_that_cannot_give_first_offsets_is_asked_again_at_the_next_look():
    consumer = PositionedConsumer({P0: 41}, {P0: 12})
    calls = []

    def away_then_back(settings: Settings, tps: list[str]) -> dict[str, int]:
        calls.append(list(tps))
        if len(calls) == 1:
            raise ConnectionError("node not ready")
        return dict.fromkeys(tps, 0)

    looks = watch(away_then_back)
    asyncio.run(looks.check(consumer, [P0]))
    assert asyncio.run(looks.check(consumer, [P0])) == []  # the first offsets were not read
    assert consumer.seeks == []
    assert asyncio.run(looks.check(consumer, [P0])) == [P0]
    assert consumer.seeks == [(P0, 0)]
