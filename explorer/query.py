"""Shareable URLs: parse and validate query parameters, and write the view back.

Values are the CSV's own values (M49 names, category/status keys, doc ids, ISO3 codes),
matched exactly first and then case-insensitively. Repeated keys and comma-separated
lists are both accepted. Anything unknown is dropped and reported back as a list of
plain strings for the UI to show; parsing never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from explorer.filters import Filters, year_range_text
from explorer.vocab import CATEGORIES, OPTIONAL_KINDS, STATE, STATUSES

MAX_COMPARE = 6
MAX_VALUES = 50
MAX_SHOWN = 60
MAX_SEARCH = 80
MAX_NOTICES = 8  # unknown items listed in the notice; the rest are counted, not listed
TAB_SLUGS = {
    "map": "Map",
    "profile": "Country profile",
    "matrix": "Matrix",
    "compare": "Compare",
    "regions": "Regions",
    "evidence": "Evidence",
    "about": "About",
}
TAB_LABELS = tuple(TAB_SLUGS.values())
SLUG_BY_TAB = {label: slug for slug, label in TAB_SLUGS.items()}
LIST_KEYS = ("region", "subregion", "measure", "status", "source", "doc", "kind", "country")
SINGLE_KEYS = ("q", "profile", "tab", "years")
# ``years=2005-2015`` (hyphen or en dash) or ``years=2015``: four digits each, nothing else.
YEARS_PATTERN = re.compile(r"(\d{4})(?:\s*[-\u2013]\s*(\d{4}))?", re.ASCII)
# Streamlit's own parameters, never ours to validate.
RESERVED_PREFIXES = ("embed",)


@dataclass(frozen=True)
class Known:
    """The values a URL may name, taken from the loaded data."""

    regions: tuple[str, ...]
    subregions: tuple[str, ...]
    docs: tuple[str, ...]
    entities: tuple[str, ...]  # entity keys: ISO3 codes, or names for organizations
    entity_names: Mapping[str, str] = field(default_factory=dict)  # name -> key
    years: tuple[int, int] | None = None  # first and last year in the data
    sources: tuple[str, ...] = ()  # source kinds in the data


@dataclass
class Parsed:
    filters: Filters = field(default_factory=Filters)
    compare: tuple[str, ...] = ()
    profile: str | None = None
    tab: str | None = None
    unknown: list[str] = field(default_factory=list)


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_SHOWN else value[: MAX_SHOWN - 1] + "…"


def split_values(raw: Iterable[str], allowed: Iterable[str]) -> list[str]:
    """Explode comma lists, but keep a whole value that is itself a known value with a comma."""
    allowed_set = set(allowed)
    out: list[str] = []
    for item in raw:
        if item in allowed_set:
            out.append(item)
            continue
        out.extend(part.strip() for part in item.split(",") if part.strip())
    return out


def match_values(
    name: str,
    raw: Iterable[str],
    allowed: Iterable[str],
    unknown: list[str],
    aliases: Mapping[str, str] | None = None,
) -> list[str]:
    """Canonical known values in first-seen order; the rest go to ``unknown``."""
    allowed_list = list(allowed)
    exact = set(allowed_list)
    folded = {a.casefold(): a for a in allowed_list}
    alias_folded = {k.casefold(): v for k, v in (aliases or {}).items()}
    out: list[str] = []
    values = split_values(raw, allowed_list)
    for value in values[:MAX_VALUES]:
        canonical = (
            value
            if value in exact
            else folded.get(value.casefold()) or alias_folded.get(value.casefold())
        )
        if canonical is None:
            unknown.append(f"{name}={_shown(value)}")
        elif canonical not in out:
            out.append(canonical)
    if len(values) > MAX_VALUES:
        unknown.append(f"{name}: {len(values) - MAX_VALUES} more value(s) ignored")
    return out


def parse_query(params: Mapping[str, list[str]], known: Known) -> Parsed:
    """Turn ``{key: [values]}`` into filters, compared countries, profile and tab."""
    unknown: list[str] = []
    get = {k: [str(v) for v in vs] for k, vs in params.items()}
    stray = [
        key
        for key in get
        if key not in LIST_KEYS and key not in SINGLE_KEYS and not key.startswith(RESERVED_PREFIXES)
    ]
    unknown.extend(f"unknown parameter “{_shown(key)}”" for key in stray[:MAX_NOTICES])
    if len(stray) > MAX_NOTICES:
        unknown.append(f"{len(stray) - MAX_NOTICES} more unknown parameter(s)")

    regions = match_values("region", get.get("region", []), known.regions, unknown)
    subregions = match_values("subregion", get.get("subregion", []), known.subregions, unknown)
    measures = match_values("measure", get.get("measure", []), CATEGORIES, unknown)
    statuses = match_values("status", get.get("status", []), STATUSES, unknown)
    docs = match_values("doc", get.get("doc", []), known.docs, unknown)
    sources = match_values("source", get.get("source", []), known.sources, unknown)
    years = parse_years(get.get("years", [])[:1], known.years, unknown)
    kinds = match_values("kind", get.get("kind", []), (STATE, *OPTIONAL_KINDS), unknown)
    countries = match_values(
        "country", get.get("country", []), known.entities, unknown, aliases=known.entity_names
    )
    if len(countries) > MAX_COMPARE:
        unknown.append(
            f"country: only {MAX_COMPARE} can be compared; "
            f"{', '.join(countries[MAX_COMPARE:])} left out"
        )
        countries = countries[:MAX_COMPARE]

    search = " ".join(" ".join(get.get("q", [])[:1]).split())[:MAX_SEARCH]

    profile: str | None = None
    profiles = match_values(
        "profile",
        get.get("profile", [])[:1],
        known.entities,
        unknown,
        aliases=known.entity_names,
    )
    if profiles:
        profile = profiles[0]

    tab: str | None = None
    for value in get.get("tab", [])[:1]:
        slug = value.strip().casefold()
        if slug in TAB_SLUGS:
            tab = TAB_SLUGS[slug]
        else:
            unknown.append(f"tab={_shown(value)}")

    filters = Filters(
        regions=tuple(regions),
        subregions=tuple(subregions),
        measures=tuple(c for c in CATEGORIES if c in measures) if measures else CATEGORIES,
        statuses=tuple(s for s in STATUSES if s in statuses) if statuses else STATUSES,
        docs=tuple(docs),
        kinds=(STATE, *[k for k in OPTIONAL_KINDS if k in kinds]),
        search=search,
        years=years,
        sources=tuple(s for s in known.sources if s in sources),
    )
    return Parsed(filters, tuple(countries), profile, tab, bounded(unknown))


def parse_years(
    raw: list[str], bounds: tuple[int, int] | None, unknown: list[str]
) -> tuple[int, int] | None:
    """A year range inside the data's ``bounds``, or None (every year).

    Anything else (not four-digit years, first after last, outside the data) is reported in
    ``unknown`` and ignored rather than clamped, so a link never silently shows other years
    than it names. The data's full range is None too: it keeps undated documents.
    """
    if not raw:
        return None
    value = raw[0].strip()
    match = YEARS_PATTERN.fullmatch(value)
    if bounds is None or match is None:
        unknown.append(f"years={_shown(value)}")
        return None
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if not bounds[0] <= first <= last <= bounds[1]:
        unknown.append(f"years={_shown(value)} (the data cover {year_range_text(bounds)})")
        return None
    if (first, last) == bounds:
        return None
    return first, last


def bounded(unknown: list[str]) -> list[str]:
    """At most ``MAX_NOTICES`` items plus a count, so a hostile or mangled link gives a short
    notice (each item is already cut to ``MAX_SHOWN`` characters)."""
    if len(unknown) <= MAX_NOTICES + 1:
        return unknown
    return [*unknown[:MAX_NOTICES], f"{len(unknown) - MAX_NOTICES} more item(s) ignored"]


def build_query(
    filters: Filters,
    compare: Iterable[str] = (),
    profile: str | None = None,
    tab: str | None = None,
) -> dict[str, list[str]]:
    """The URL for a view: only non-default values, lists as repeated keys."""
    query: dict[str, list[str]] = {k: list(v) for k, v in filters.active().items()}
    compared = list(compare)
    if compared:
        query["country"] = compared
    if profile:
        query["profile"] = [profile]
    if tab and tab != TAB_LABELS[0] and tab in SLUG_BY_TAB:
        query["tab"] = [SLUG_BY_TAB[tab]]
    return query
