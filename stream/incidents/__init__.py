"""Incidents: one real-world event reported by many articles becomes one record.

``matching`` holds the rules and the state (no Kafka); ``stage`` wires them into Faust.
"""

from stream.incidents.matching import (
    Incident,
    IncidentEngine,
    MatchRules,
    family_of,
    mention_of,
    partition_key,
)

__all__ = ["Incident", "IncidentEngine", "MatchRules", "family_of", "mention_of", "partition_key"]
