"""The worker reads a recreated articles topic from its start, even when the broker is slow to
answer right after it came back (no broker needed: the broker calls are stand-ins)."""

from __future__ import annotations

import asyncio

from stream.app import RecreatedTopicCheck
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
