"""The public vocabulary: measure categories and statuses, read from ``resources/``.

One source for the tagger, the dashboard, the CLI and the docs: a category is a file in
``resources/categories/`` (its key, label, description, colour and order sit beside its
patterns), the statuses are ``resources/statuses.json``. This module reads only those
header fields with the standard library, so the dashboard can label, colour and validate
without importing the NLP stack; :func:`pipeline.tag.load_category` checks the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.strict import DataFileError, check_record, read_json

RESOURCES = Path(__file__).parent / "resources"
CATEGORY_DIR = RESOURCES / "categories"
STATUS_FILE = RESOURCES / "statuses.json"

# The header fields of a category file; the rest (triggers, excludes) belong to the tagger.
CATEGORY_FIELDS: dict[str, type | tuple[type, ...]] = {
    "key": str,
    "label": str,
    "order": int,
    "description": str,
    "colour": str,
}
PATTERN_FIELDS: dict[str, type | tuple[type, ...]] = {"triggers": list, "excludes": list}
STATUS_FIELDS: dict[str, type | tuple[type, ...]] = {
    "key": str,
    "label": str,
    "description": str,
    "colour": str,
}
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_KEY = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Term:
    """A category or a status as people see it: stable key, label, colour, explanation."""

    key: str
    label: str
    description: str
    colour: str
    order: int


def _term(record: dict[str, object], where: str, order: int) -> Term:
    key, colour = str(record["key"]), str(record["colour"])
    if not _KEY.fullmatch(key):
        raise DataFileError(f"{where}: key {key!r} must be lower_snake_case (it is a CSV value)")
    if not _COLOUR.fullmatch(colour):
        raise DataFileError(f"{where}: colour {colour!r} must be #rrggbb")
    for name in ("label", "description"):
        if not str(record[name]).strip():
            raise DataFileError(f"{where}: {name} is empty")
    return Term(key, str(record["label"]), str(record["description"]), colour, order)


def read_category(path: Path) -> Term:
    """The header of one category file (unknown keys rejected, as in the tagger)."""
    record = check_record(
        read_json(path), where=str(path), required={**CATEGORY_FIELDS, **PATTERN_FIELDS}
    )
    if record["key"] != path.stem:
        raise DataFileError(f"{path}: key {record['key']!r} does not match the file name")
    return _term(record, str(path), record["order"])


@cache
def categories(directory: Path = CATEGORY_DIR) -> tuple[Term, ...]:
    """Every category, in display order (``order``, then key)."""
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise DataFileError(f"{directory}: no category files")
    found = sorted((read_category(p) for p in paths), key=lambda t: (t.order, t.key))
    return tuple(found)


@cache
def statuses(path: Path = STATUS_FILE) -> tuple[Term, ...]:
    """Every status, most advanced first (the file's order; the codebook's ranking)."""
    data = check_record(read_json(path), where=str(path), required={"statuses": list})
    found = [
        _term(
            check_record(r, where=f"{path}: statuses[{i}]", required=STATUS_FIELDS),
            f"{path}: statuses[{i}]",
            i,
        )
        for i, r in enumerate(data["statuses"])
    ]
    if not found or len({t.key for t in found}) != len(found):
        raise DataFileError(f"{path}: statuses must be a non-empty list of distinct keys")
    return tuple(found)


def category_keys() -> tuple[str, ...]:
    return tuple(t.key for t in categories())


def status_keys() -> tuple[str, ...]:
    return tuple(t.key for t in statuses())


def status_rank() -> dict[str, int]:
    """Higher is more advanced ("the most advanced evidence wins", codebook §5): the one
    ranking every stage compares statuses with."""
    keys = status_keys()
    return {key: len(keys) - i for i, key in enumerate(keys)}


def most_advanced(values: list[str] | tuple[str, ...]) -> str | None:
    """The most advanced known status among ``values`` (unknown values never win)."""
    rank = status_rank()
    known = [v for v in values if v in rank]
    return max(known, key=rank.__getitem__) if known else None
