"""The dashboard's memory: the latest events (and incidents) in a bounded, thread-safe window."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any


class RollingWindow:
    """The newest ``size`` records by id, in arrival order; a record seen again replaces the
    older copy and counts as new. ``version`` grows with every change, so readers can tell
    whether anything moved since they last looked."""

    def __init__(self, size: int, id_field: str) -> None:
        if size < 1:
            raise ValueError("the window must hold at least one record")
        self.size = size
        self.id_field = id_field
        self.version = 0
        self.received = 0
        self._records: OrderedDict[str, Mapping[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, record: Mapping[str, Any]) -> bool:
        """Keep ``record`` (dropping the oldest when full); False if it has no id."""
        key = record.get(self.id_field)
        if not isinstance(key, str) or not key:
            return False
        with self._lock:
            self._records.pop(key, None)
            self._records[key] = record
            while len(self._records) > self.size:
                self._records.popitem(last=False)
            self.received += 1
            self.version += 1
        return True

    def remove(self, key: str) -> None:
        """Forget a record (a tombstone on a compacted topic)."""
        with self._lock:
            if self._records.pop(key, None) is not None:
                self.version += 1

    def snapshot(self) -> list[Mapping[str, Any]]:
        """The records, oldest first (a copy of the list; the records themselves are shared)."""
        with self._lock:
            return list(self._records.values())

    def __len__(self) -> int:
        return len(self._records)
