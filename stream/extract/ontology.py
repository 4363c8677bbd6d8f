"""The event vocabulary: each type's category, default CAMEO code and PLOVER type.

Loaded from ``data/ontology.json`` so the vocabulary is extended without code changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class EventType:
    """One event type of the vocabulary and how it behaves under modality."""

    name: str
    category: str
    cameo: str
    plover: str | None
    absorbs: bool = False  # takes another event as its content ("threatened to attack")
    cooperative: bool = False  # refusing it is a rejection
    hostile: bool = False  # only intending it is a threat
    intent_cameo: str | None = None  # CAMEO code for announcing the intent to do it
    pledged: bool = False  # only intending it is a pledge ('will provide aid')
    military_cameo: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, EventType]
    cameo_plover: dict[str, str]

    def __getitem__(self, name: str) -> EventType:
        return self.types[name]

    def category(self, type_name: str, cameo: str) -> str:
        """The category, switching a diplomatic type to military for military CAMEO codes."""
        etype = self.types[type_name]
        if any(cameo.startswith(p) for p in etype.military_cameo):
            return "military"
        return etype.category

    def plover(self, type_name: str, cameo: str) -> str | None:
        """PLOVER type: the CAMEO code's own where it differs from the type's (03x → AGREE)."""
        for length in (4, 3, 2):
            hit = self.cameo_plover.get(cameo[:length])
            if hit:
                return hit
        return self.types[type_name].plover


@cache
def load_ontology(path: str | None = None) -> Ontology:
    """Load (once) the ontology from ``path`` or the packaged ``data/ontology.json``."""
    file = (
        Path(path)
        if path
        else Path(str(resources.files("stream.extract").joinpath("data"))) / "ontology.json"
    )
    raw = json.loads(file.read_text(encoding="utf-8"))
    known = set(EventType.__dataclass_fields__) - {"name"}
    for name, spec in raw["types"].items():
        unknown = sorted(k for k in spec if k not in known and not k.startswith("_"))
        if unknown:
            raise ValueError(f"{file}: event type {name!r}: unknown key {unknown[0]!r}")
    types = {
        name: EventType(
            name=name,
            category=spec["category"],
            cameo=spec["cameo"],
            plover=spec.get("plover"),
            absorbs=bool(spec.get("absorbs", False)),
            cooperative=bool(spec.get("cooperative", False)),
            hostile=bool(spec.get("hostile", False)),
            intent_cameo=spec.get("intent_cameo"),
            pledged=bool(spec.get("pledged", False)),
            military_cameo=tuple(spec.get("military_cameo", ())),
        )
        for name, spec in raw["types"].items()
    }
    cameo_plover = {k: v for k, v in raw.get("cameo_plover", {}).items() if not k.startswith("_")}
    return Ontology(types, cameo_plover)
