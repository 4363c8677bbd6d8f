"""docker-compose.yml wires Kafka (KRaft), topic creation, the worker and a UI consistently."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from stream.config import Settings

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _kafka(services) -> tuple[str, dict]:
    (name,) = [
        n
        for n, s in services.items()
        if str(s.get("image", "")).startswith("apache/kafka") and "ports" in s
    ]
    return name, services[name]


def _internal_listener(services) -> str:
    name, kafka = _kafka(services)
    advertised = _env(kafka)["KAFKA_ADVERTISED_LISTENERS"].split(",")
    internal = [
        a.split("://", 1)[1] for a in advertised if a.split("://", 1)[1].startswith(name + ":")
    ]
    assert internal, "Kafka advertises no address reachable inside the compose network"
    return internal[0]


def test_kafka_is_official_image_in_kraft_mode(services):
    name, kafka = _kafka(services)
    env = _env(kafka)
    assert "controller" in env["KAFKA_PROCESS_ROLES"] and "broker" in env["KAFKA_PROCESS_ROLES"]
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@{name}:")
    assert not any("zookeeper" in str(s.get("image", "")) for s in services.values())
    assert not any("bitnami" in str(s.get("image", "")) for s in services.values())
    assert "9092:9092" in [str(p) for p in kafka["ports"]]
    assert any(a.endswith("localhost:9092") for a in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    assert "healthcheck" in kafka


def test_topic_service_creates_the_codes_default_topics(services):
    defaults = Settings()
    kafka_name, _ = _kafka(services)
    (name,) = [
        n
        for n, s in services.items()
        if "kafka-topics.sh" in str(s.get("command", "")) + str(s.get("entrypoint", ""))
    ]
    service = services[name]
    assert service["depends_on"][kafka_name]["condition"] == "service_healthy"
    env = _env(service)
    script = (
        "\n".join(service["command"])
        if isinstance(service["command"], list)
        else service["command"]
    )

    def resolved(text: str) -> str:
        return re.sub(r"\$\$(\w+)", lambda m: env.get(m.group(1), m.group(0)), text)

    creates = [resolved(line) for line in script.splitlines() if "--create" in line]
    wanted = {
        defaults.articles_topic: defaults.articles_partitions,
        defaults.events_topic: defaults.events_partitions,
        defaults.dlq_topic: 1,
        defaults.receipts_topic: defaults.articles_partitions,
    }
    found = {}
    compacted = set()
    for line in creates:
        topic = re.search(r"--topic (\S+)", line).group(1)
        found[topic] = int(re.search(r"--partitions (\d+)", line).group(1))
        assert f"--bootstrap-server {_internal_listener(services)}" in line
        if "cleanup.policy=compact" in line:
            compacted.add(topic)
    assert found == wanted
    # duplicates from at-least-once delivery collapse by key
    assert compacted == {defaults.events_topic, defaults.receipts_topic}


def test_worker_is_built_here_and_points_at_the_broker(services):
    (name,) = [n for n, s in services.items() if "build" in s]
    worker = services[name]
    build = worker["build"]
    context = build if isinstance(build, str) else build.get("context", ".")
    dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
    assert (REPO / context / dockerfile).is_file()
    env = _env(worker)
    assert env["EVENTSTREAM_BROKER"] == _internal_listener(services)
    defaults = Settings()
    assert env.get("EVENTSTREAM_ARTICLES_TOPIC", defaults.articles_topic) == defaults.articles_topic
    assert env.get("EVENTSTREAM_EVENTS_TOPIC", defaults.events_topic) == defaults.events_topic
    assert env.get("EVENTSTREAM_DLQ_TOPIC", defaults.dlq_topic) == defaults.dlq_topic
    # the worker starts only once the topics exist
    conditions = {dep: spec["condition"] for dep, spec in worker["depends_on"].items()}
    assert "service_completed_successfully" in conditions.values()
    # and runs the worker command of the CLI
    dockerfile_text = (REPO / context / dockerfile).read_text()
    assert 'ENTRYPOINT ["eventstream"]' in dockerfile_text
    assert worker.get("command", ["worker"]) == ["worker"]
    # the settings it is given are ones the code understands
    parsed = Settings.from_env({k: v for k, v in env.items() if k.startswith("EVENTSTREAM_")})
    assert parsed.bootstrap_servers == [_internal_listener(services)]
    assert parsed.receipts_topic == defaults.receipts_topic
    # its health check asks the worker's own /health on the metrics port
    probe = " ".join(worker["healthcheck"]["test"])
    assert f"localhost:{parsed.metrics_port}/health" in probe
    assert str(parsed.metrics_port) in [str(p) for p in worker.get("expose", [])]


def test_dockerfile_installs_the_package_with_its_contracts():
    text = (REPO / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.1[1-9]", text, re.M)
    assert "COPY schemas" in text and "COPY stream" in text and "COPY pyproject.toml" in text
    assert re.search(r"pip install \.", text)


def test_kafka_ui_watches_the_same_cluster(services):
    (name,) = [n for n, s in services.items() if "kafka-ui" in str(s.get("image", ""))]
    ui = services[name]
    assert "8080:8080" in [str(p) for p in ui["ports"]]
    assert _env(ui)["KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"] == _internal_listener(services)


def test_the_commented_managed_cluster_variant_is_valid_when_uncommented():
    """The SASL_SSL lines of the worker, uncommented, are settings the worker accepts."""
    from stream.security import MECHANISMS, check

    text = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    lines = [m.group(1) for m in re.finditer(r"(?m)^ {6}# (EVENTSTREAM_\w+: .*)$", text)]
    variant = yaml.safe_load("\n".join(lines))
    assert variant["EVENTSTREAM_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert variant["EVENTSTREAM_SASL_MECHANISM"] in MECHANISMS
    known = {"EVENTSTREAM_" + name.upper() for name in Settings.__dataclass_fields__}
    assert set(variant) <= known, set(variant) - known
    settings = Settings.from_env({k: str(v) for k, v in variant.items()})
    check(settings.with_(sasl_password_file="", sasl_password="from the secret file"))
    assert settings.sasl_password_file == "/run/secrets/kafka_password"
    secrets = re.search(r"(?m)^# secrets:\n((?:#   .*\n)+)", text)
    assert secrets and "kafka_password" in secrets.group(1)  # the secret it reads is declared
