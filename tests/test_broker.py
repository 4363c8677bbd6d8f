"""The embedded broker starts, serves Kafka clients, creates topics, and fails clearly."""

from __future__ import annotations

import os
import stat
import uuid

import pytest
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient

from stream.broker import BrokerError, EmbeddedBroker, ensure_topics, port_open


def _topic(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_round_trip_through_the_broker(broker):
    topic = _topic("roundtrip")
    ensure_topics(broker.bootstrap, {topic: 2})
    producer = KafkaProducer(bootstrap_servers=[broker.bootstrap], acks="all")
    for i in range(20):
        producer.send(topic, key=f"k{i}".encode(), value=f"v{i}".encode())
    producer.flush()
    producer.close()
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=[broker.bootstrap],
        auto_offset_reset="earliest",
        consumer_timeout_ms=5000,
    )
    values = []
    for message in consumer:
        values.append(message.value)
        if len(values) == 20:
            break
    consumer.close()
    values.sort()
    assert values == sorted(f"v{i}".encode() for i in range(20))


def test_topics_are_created_with_the_requested_partitions(broker):
    name = _topic("sized")
    assert ensure_topics(broker.bootstrap, {name: 3}) == [name]
    assert ensure_topics(broker.bootstrap, {name: 3}) == []  # idempotent
    admin = KafkaAdminClient(bootstrap_servers=[broker.bootstrap])
    try:
        (described,) = admin.describe_topics([name])
    finally:
        admin.close()
    assert len(described["partitions"]) == 3


def test_start_and_stop_release_the_port():
    embedded = EmbeddedBroker()
    embedded.start()
    try:
        assert embedded.running
        assert port_open(embedded.host, embedded.port)
    finally:
        embedded.stop()
    assert not embedded.running
    assert not port_open(embedded.host, embedded.port)


def test_port_in_use_is_a_clear_error(broker):
    with pytest.raises(BrokerError, match="already in use"):
        EmbeddedBroker(broker.port).start()


def test_binary_that_cannot_start_is_a_clear_error(tmp_path, monkeypatch):
    fake = tmp_path / "tansu"
    fake.write_text("#!/bin/sh\necho 'cannot bind' >&2\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("CALF_TANSU_BIN", os.fspath(fake))
    with pytest.raises(BrokerError, match="exited with code 3") as info:
        EmbeddedBroker(start_timeout=5).start()
    assert "cannot bind" in str(info.value)
