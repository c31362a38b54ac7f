"""Strict loading of domain-knowledge data files.

Patterns and aliases are data, so a typo in a key must fail loudly at load time
instead of silently disabling a rule: every record is checked against the keys
its file type allows, and errors name the file and line.
"""

from __future__ import annotations

import json
import math
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
        if isinstance(value, str) and not is_text(value):
            raise DataFileError(f"{where}: key {key!r} holds {UNPAIRED}")
    return record


UNPAIRED = "an unpaired surrogate escape (\\udXXX), which is not a character"


def is_text(value: str) -> bool:
    """False for a string holding a lone surrogate: JSON's \\ud800 escape parses, but no
    encoder (nor spaCy's tokenizer) accepts it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_json(path: Path) -> Any:
    """Parse a JSON file, turning syntax errors into a DataFileError naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


def strict_loads(text: str) -> Any:
    """JSON as written by a standard encoder: NaN, Infinity and numbers that overflow to
    infinity are refused, so whatever is read can be written back as valid JSON."""
    return json.loads(text, parse_constant=_no_constant, parse_float=_finite)


def iter_jsonl(path: Path) -> Iterator[tuple[str, Any]]:
    """Yield ``(where, value)`` for each non-blank line of a JSON-lines file.

    Lines are split on newline only: U+2028 and the other characters str.splitlines()
    also breaks at are valid inside a JSON string. NaN, Infinity and numbers too large for
    a float are refused, since they cannot be written back as JSON.
    """
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: {getattr(exc, 'strerror', None) or exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, strict_loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{where}: not JSON ({exc.msg} at column {exc.colno})") from exc
        except ValueError as exc:
            raise DataFileError(f"{where}: {exc}") from exc
