"""Strict loading of domain-knowledge data files.

Patterns and aliases are data, so a typo in a key must fail loudly at load time
instead of silently disabling a rule: every record is checked against the keys
its file type allows, and errors name the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any


class DataFileError(ValueError):
    """A resource file is malformed; the message names the file, line and reason."""


def check_record(
    record: Any,
    *,
    where: str,
    required: Mapping[str, type | tuple[type, ...]],
    optional: Mapping[str, type | tuple[type, ...]] | None = None,
) -> dict[str, Any]:
    """Return ``record`` if it is an object with exactly the allowed keys and types."""
    optional = optional or {}
    if not isinstance(record, dict):
        raise DataFileError(f"{where}: expected a JSON object, got {type(record).__name__}")
    unknown = sorted(set(record) - set(required) - set(optional))
    if unknown:
        raise DataFileError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(set(required) - set(record))
    if missing:
        raise DataFileError(f"{where}: missing key(s) {', '.join(missing)}")
    for key, value in record.items():
        expected = required.get(key) or optional[key]
        if not isinstance(value, expected):
            raise DataFileError(f"{where}: key {key!r} has type {type(value).__name__}")
    return record


def read_json(path: Path) -> Any:
    """Parse a JSON file, turning syntax errors into a DataFileError naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc


def iter_jsonl(path: Path) -> Iterator[tuple[str, Any]]:
    """Yield ``(where, value)`` for each non-blank line of a JSON-lines file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{where}: {exc}") from exc
