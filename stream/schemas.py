"""The message contracts (JSON Schema 2020-12), loaded once from the one place they live.

In a wheel the schemas ship as ``stream/_schemas``; in a source checkout they are read from
``schemas/`` at the repository root.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_NAMES = ("article", "event", "incident", "receipt")


def _schema_dir() -> Path:
    packaged = resources.files("stream").joinpath("_schemas")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "schemas"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Return the parsed schema ``name`` (one of :data:`SCHEMA_NAMES`)."""
    if name not in SCHEMA_NAMES:
        raise ValueError(f"unknown schema {name!r}; expected one of {SCHEMA_NAMES}")
    path = _schema_dir() / f"{name}.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    """A compiled validator for schema ``name`` (format checks on)."""
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


@cache
def _compiled(name: str) -> Callable[[Any], Any] | None:
    """Schema ``name`` compiled to Python code (fastjsonschema), with the general validator's
    format checks; ``None`` if it cannot be compiled."""
    try:
        import fastjsonschema

        schema = {k: v for k, v in load_schema(name).items() if k != "$schema"}
        checker = FormatChecker()
        formats = {f: (lambda value, f=f: checker.conforms(value, f)) for f in checker.checkers}
        return fastjsonschema.compile(schema, formats=formats, use_default=False)
    except Exception:  # an unsupported keyword: the general validator does all the work
        return None


def is_valid(name: str, instance: Any) -> bool:
    """True when ``instance`` satisfies schema ``name``.

    Valid instances take the compiled check (about 50× quicker: a hot path for every event a
    worker emits); anything it refuses is judged by the general validator, which has the
    last word.
    """
    compiled = _compiled(name)
    if compiled is not None:
        try:
            compiled(instance)
            return True
        except Exception:  # JsonSchemaException, or a format check that raised
            pass
    return validator(name).is_valid(instance)


def schema_errors(name: str, instance: Any) -> list[str]:
    """Human-readable violations of schema ``name``; empty when ``instance`` is valid."""
    if is_valid(name, instance):
        return []
    errors = sorted(validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path))
    out = []
    for err in errors:
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        out.append(f"{where}: {err.message}")
    return out
