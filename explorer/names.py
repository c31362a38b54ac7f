"""Finding a country by the names people type: the resolver's names and aliases, ISO codes.

The pipeline's resolver already knows "Türkiye", "Turkey", "Britain", "Ivory Coast", "South
Korea", "Viet Nam"... (pipeline/resources/countries.json); the search box and the pickers use
the same names instead of a second list. Matching is exact first: a query that is a name,
an alias or an ISO code of some entity finds exactly those entities, so "UK" finds the
United Kingdom and never Ukraine. Only a query that names nothing falls back to partial
matching (word starts for short queries, substrings from four characters on).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pycountry

from pipeline.resolve import RESOURCES, aliases_of, all_states, normalize_name
from pipeline.strict import DataFileError, check_record, read_json

ABBREVIATIONS_FILE = RESOURCES / "search_abbreviations.json"


@functools.cache
def search_abbreviations(path: Path = ABBREVIATIONS_FILE) -> Mapping[str, str]:
    """Search-only abbreviations ("UK" -> GBR) from the resource file, normalised as the
    search normalises what users type; a value that is no known State is an error."""
    data = check_record(
        read_json(path), where=str(path), required={"about": str, "abbreviations": dict}
    )
    states = {e.iso3 for e in all_states()}
    out: dict[str, str] = {}
    for abbreviation, iso3 in data["abbreviations"].items():
        if not isinstance(iso3, str) or iso3 not in states:
            raise DataFileError(f"{path}: {abbreviation!r} -> {iso3!r} is not a known State")
        out[abbreviation.casefold()] = iso3
    return out


PARTIAL_MIN_LENGTH = 4


@functools.cache
def state_names() -> dict[str, frozenset[str]]:
    """ISO3 → every normalised name it is known by (resolver aliases, ISO2, ISO3)."""
    names: dict[str, set[str]] = {}
    for entity in all_states():
        keys = names.setdefault(entity.iso3, set())
        keys.update(normalize_name(a) for a in (entity.name, *aliases_of(entity)))
        keys.add(entity.iso3.casefold())
        country = pycountry.countries.get(alpha_3=entity.iso3)
        if country is not None:
            keys.add(country.alpha_2.casefold())
    for abbreviation, iso3 in search_abbreviations().items():
        names.setdefault(iso3, set()).add(abbreviation)
    return {iso3: frozenset(keys) for iso3, keys in names.items()}


def entity_names(keys: Iterable[str], names: Iterable[str]) -> list[frozenset[str]]:
    """Normalised names per entity: a State's known names, else its own displayed name."""
    known = state_names()
    return [
        known.get(key, frozenset()) | {normalize_name(str(name))}
        for key, name in zip(keys, names, strict=True)
    ]


def _partial(needle: str, candidates: frozenset[str]) -> bool:
    if len(needle) >= PARTIAL_MIN_LENGTH:
        return any(needle in c for c in candidates)
    return any(c.startswith(needle) or f" {needle}" in c for c in candidates)


def search_mask(entities: pd.DataFrame, query: str) -> pd.Series:
    """Which rows of ``entities`` (columns key, name) the query finds.

    Exact names, aliases and codes win outright; otherwise partial matches on any of them.
    """
    needle = normalize_name(query)
    if not needle:
        return pd.Series(True, index=entities.index)
    candidates = entity_names(entities["key"], entities["name"])
    exact = [needle in c for c in candidates]
    if any(exact):
        return pd.Series(exact, index=entities.index)
    return pd.Series([_partial(needle, c) for c in candidates], index=entities.index)


def option_matches(query: str, key: str, name: str) -> bool:
    """For pickers: does ``query`` name this entity exactly (name, alias or code)?"""
    needle = normalize_name(query)
    return bool(needle) and needle in entity_names([key], [name])[0]
