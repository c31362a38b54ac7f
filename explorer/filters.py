"""Filter state and the pure functions that turn a :class:`Dataset` into a view.

Every widget change reruns the script; these functions are plain pandas selections over
already-loaded tables, so a rerun never parses documents or runs NLP.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from explorer.data import NO_YEAR, Dataset, sort_key
from explorer.names import search_mask
from explorer.vocab import CATEGORIES, LISTED_ONLY, NOT_SPEAKER, SPOKE_NONE, STATE, STATUSES
from pipeline.vocabulary import most_advanced, status_rank


@dataclass(frozen=True)
class Filters:
    """The sidebar's state. Empty ``regions``/``subregions``/``docs``/``sources`` mean "all".

    ``measures`` and ``statuses`` default to every value and may be emptied by the user, which
    empties the view (said so plainly in the UI) rather than silently meaning "all".
    ``years`` is ``(first, last)`` inclusive, or None for every year: documents without a
    year are kept only then, because a narrowed range is a claim about dates they lack
    (the UI says how many a range leaves out).
    """

    regions: tuple[str, ...] = ()
    subregions: tuple[str, ...] = ()
    measures: tuple[str, ...] = CATEGORIES
    statuses: tuple[str, ...] = STATUSES
    docs: tuple[str, ...] = ()
    kinds: tuple[str, ...] = (STATE,)
    search: str = ""
    years: tuple[int, int] | None = None
    sources: tuple[str, ...] = ()

    def active(self) -> dict[str, tuple[str, ...]]:
        """The filters that differ from the defaults, as (name, values), in URL order."""
        result: dict[str, tuple[str, ...]] = {}
        if self.regions:
            result["region"] = self.regions
        if self.subregions:
            result["subregion"] = self.subregions
        if tuple(sorted(self.measures)) != tuple(sorted(CATEGORIES)):
            result["measure"] = self.measures
        if tuple(sorted(self.statuses)) != tuple(sorted(STATUSES)):
            result["status"] = self.statuses
        if self.years is not None:
            result["years"] = (year_range_text(self.years),)
        if self.sources:
            result["source"] = self.sources
        if self.docs:
            result["doc"] = self.docs
        extra = tuple(k for k in self.kinds if k != STATE)
        if extra:
            result["kind"] = extra
        if self.search.strip():
            result["q"] = (self.search.strip(),)
        return result

    @property
    def is_default(self) -> bool:
        return not self.active()


def year_range_text(years: tuple[int, int]) -> str:
    """``2005-2015``, or ``2015`` for a single year: the URL's and file names' spelling."""
    first, last = years
    return str(first) if first == last else f"{first}-{last}"


@dataclass(frozen=True)
class View:
    """The slices of every table that the current filters keep."""

    filters: Filters
    entities: pd.DataFrame
    participants: pd.DataFrame
    statements: pd.DataFrame
    measures: pd.DataFrame
    doc_ids: tuple[str, ...]
    categories: tuple[str, ...] = field(default=CATEGORIES)
    # Documents that the other filters keep but the year range leaves out for lack of a year.
    undated_excluded: int = 0

    @property
    def empty_reason(self) -> str | None:
        """Why the view shows nothing, in plain words, or None when there is something."""
        if not self.filters.measures:
            return "No measure category is selected."
        if not self.filters.statuses:
            return "No status is selected."
        if self.entities.empty:
            return "No country or organization matches these filters."
        if self.participants.empty:
            return "None of the matching countries spoke in the selected documents."
        if self.measures.empty:
            return "No reported measure matches these filters."
        return None


def matches_search(names: pd.Series, iso3: pd.Series, query: str) -> pd.Series:
    """Names, the resolver's aliases and ISO codes, exact first ("UK" is not Ukraine); see
    :func:`explorer.names.search_mask`."""
    keys = iso3.where(iso3 != "", names)
    return search_mask(pd.DataFrame({"key": keys, "name": names}), query)


def select_entities(ds: Dataset, filters: Filters) -> pd.DataFrame:
    ents = ds.entities
    mask = ents["kind"].isin(list(filters.kinds) or [STATE])
    if filters.regions:
        mask &= ents["region"].isin(list(filters.regions))
    if filters.subregions:
        mask &= ents["subregion"].isin(list(filters.subregions))
    if filters.search.strip():
        mask &= matches_search(ents["name"], ents["iso3"], filters.search)
    return ents[mask]


def select_documents(ds: Dataset, filters: Filters) -> tuple[tuple[str, ...], int]:
    """The documents the filters keep, and how many undated ones the year range drops.

    Column comparisons over the precomputed ``year_num`` and ``source_kind``: one vectorised
    pass over ~6,000 rows per rerun.
    """
    docs = ds.documents
    mask = pd.Series(True, index=docs.index)
    if filters.docs:
        mask &= docs["doc_id"].isin(list(filters.docs))
    if filters.sources:
        mask &= docs["source_kind"].isin(list(filters.sources))
    undated = 0
    if filters.years is not None:
        first, last = filters.years
        years = docs["year_num"]
        undated = int((mask & (years == NO_YEAR)).sum())
        mask &= (years >= first) & (years <= last)
    return tuple(docs.loc[mask, "doc_id"]), undated


def apply_filters(ds: Dataset, filters: Filters) -> View:
    entities = select_entities(ds, filters)
    keys = set(entities["key"])
    doc_ids, undated = select_documents(ds, filters)
    every_document = len(doc_ids) == len(ds.documents)
    docs = list(doc_ids)
    entity_keys = list(keys)

    def keep(frame: pd.DataFrame) -> pd.DataFrame:
        # A membership test over thousands of document ids costs tens of milliseconds per
        # table on every rerun; when no document is left out there is nothing to test.
        mask = frame["entity_key"].isin(entity_keys)
        if not every_document:
            mask &= frame["doc_id"].isin(docs)
        return frame[mask]

    measures = keep(ds.measures)
    measures = measures[
        measures["category"].isin(list(filters.measures))
        & measures["status"].isin(list(filters.statuses))
    ]
    categories = tuple(c for c in CATEGORIES if c in filters.measures)
    return View(
        filters=filters,
        entities=entities,
        participants=keep(ds.participants),
        statements=keep(ds.statements),
        measures=measures,
        doc_ids=doc_ids,
        categories=categories,
        undated_excluded=undated,
    )


def best_status(statuses: pd.Series) -> str:
    """Most advanced status wins (codebook §5), ranked by the pipeline's one ranking."""
    return most_advanced(tuple(statuses)) or ""


def country_summary(view: View) -> pd.DataFrame:
    """One row per entity in scope: did it speak, and its best status per category.

    Columns: key, name, kind, iso3, region, subregion, spoke, content_reported,
    n_reported, map_class, and one column per selected category ("" when not said).
    """
    ents = view.entities[["key", "name", "kind", "iso3", "region", "subregion"]].copy()
    # Vectorised membership tests: building Python sets from thousands of participant rows
    # cost more than the rest of a filter click's rerun on the server.
    has_statement = ents["key"].isin(view.statements["entity_key"].unique())
    participants = view.participants
    ents["spoke"] = ents["key"].isin(participants["entity_key"].unique()) | has_statement
    ents["content_reported"] = (
        ents["key"].isin(participants.loc[participants["content_reported"], "entity_key"].unique())
        | has_statement
    )
    # Most advanced status per (entity, category), in one pass over the (small) measures.
    best: dict[tuple[str, str], str] = {}
    rank = status_rank()
    for key, category, status in zip(
        view.measures["entity_key"],
        view.measures["category"],
        view.measures["status"],
        strict=True,
    ):
        current = best.get((key, category))
        if status in rank and (current is None or rank[status] > rank[current]):
            best[(key, category)] = status
    keys = list(ents["key"])
    for category in view.categories:
        ents[category] = [best.get((key, category), "") for key in keys]
    if view.categories:
        ents["n_reported"] = (ents[list(view.categories)] != "").sum(axis=1).astype(int)
    else:
        ents["n_reported"] = 0
    ents["map_class"] = map_classes(ents, view.categories)
    spans = reported_years(view.measures)
    of_category = spans.index.get_level_values("category")
    for category in view.categories:
        part = spans[of_category == category].droplevel("category")
        for end in ("first", "last"):
            years = part[end].astype(str).to_dict()
            ents[reported_column(category, end)] = [years.get(k, "") for k in keys]
    return ents.reset_index(drop=True)


def reported_column(category: str, end: str) -> str:
    """``legislation_first_reported``: the summary's (and its CSV's) column name."""
    return f"{category}_{end}_reported"


def reported_years(measures: pd.DataFrame) -> pd.DataFrame:
    """First and last year each (entity_key, category) is reported, from dated measures.

    Index (entity_key, category); columns ``first`` and ``last`` (ints). Measures without a
    year are left out: they say nothing about when.
    """
    dated = measures[measures["year_num"] != NO_YEAR]
    if dated.empty:
        index = pd.MultiIndex.from_arrays([[], []], names=["entity_key", "category"])
        return pd.DataFrame(
            {"first": pd.Series(dtype=int), "last": pd.Series(dtype=int)}, index=index
        )
    grouped = dated.groupby(["entity_key", "category"])["year_num"]
    return pd.DataFrame({"first": grouped.min(), "last": grouped.max()})


def timeline_cells(measures: pd.DataFrame) -> pd.DataFrame:
    """One row per (category, year) of one entity's dated measures: the most advanced status
    (codebook §5) and how many tagged sentences sit behind the mark.

    Columns: category, year, status, n. Ordered by category (vocabulary order) then year.
    """
    columns = ["category", "year", "status", "n"]
    dated = measures[measures["year_num"] != NO_YEAR]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    grouped = dated.groupby(["category", "year_num"])["status"]
    cells = pd.DataFrame({"status": grouped.agg(best_status), "n": grouped.size()}).reset_index()
    cells = cells.rename(columns={"year_num": "year"})
    order = {c: i for i, c in enumerate(CATEGORIES)}
    cells["order"] = cells["category"].map(order).fillna(len(order))
    cells = cells.sort_values(["order", "year"]).drop(columns="order")
    return cells[columns].reset_index(drop=True)


def map_classes(summary: pd.DataFrame, categories: tuple[str, ...]) -> pd.Series:
    """The map's colour class: a count (several categories) or a status (one category).

    Without a reported measure there are three different facts, kept apart because they
    support different sentences: a statement was recorded and reports none of the selected
    measures; the State was only listed as a speaker (nothing it said is recorded, so
    nothing can be said about its measures); or it did not speak. An entity with a reported
    measure counts as a speaker even if participants.csv missed it, because a statement is
    itself evidence that it spoke.
    """
    idle = pd.Series(NOT_SPEAKER, index=summary.index)
    idle = idle.mask(summary["spoke"], LISTED_ONLY).mask(summary["content_reported"], SPOKE_NONE)
    one = len(categories) == 1
    reported = summary[categories[0]] if one else summary["n_reported"].astype(str)
    return reported.where(summary["n_reported"] > 0, idle).astype(str)


def region_shares(summary: pd.DataFrame, categories: tuple[str, ...], level: str) -> pd.DataFrame:
    """Share of States with a recorded statement, per region (or sub-region), reporting each
    category.

    The denominator (``n_speakers``) is the States whose statement the coverage records in
    the selected documents: a State only listed as a speaker could not have been seen
    reporting anything, so counting it would lower every share for lack of coverage, not of
    measures. Observers and organizations are left out because the question is about States.
    """
    columns = ["group", "category", "n_reporting", "n_speakers", "share"]
    states = summary[
        (summary["kind"] == STATE) & summary["content_reported"] & (summary[level] != "")
    ]
    if states.empty or not categories:
        return pd.DataFrame(columns=columns)
    rows = []
    for group, members in states.groupby(level, sort=True):
        n_speakers = len(members)
        for category in categories:
            n_reporting = int((members[category] != "").sum())
            rows.append(
                {
                    "group": str(group),
                    "category": category,
                    "n_reporting": n_reporting,
                    "n_speakers": n_speakers,
                    "share": n_reporting / n_speakers,
                }
            )
    return pd.DataFrame(rows, columns=columns)


def entity_statements(ds: Dataset, key: str, doc_ids: tuple[str, ...]) -> pd.DataFrame:
    """The statements of one entity in the selected documents, with document title/date."""
    frame = ds.statements[
        (ds.statements["entity_key"] == key) & ds.statements["doc_id"].isin(list(doc_ids))
    ]
    docs = ds.documents[["doc_id", "title"]]
    return frame.merge(docs, on="doc_id", how="left").sort_values(["date", "doc_id", "order"])


def entity_measures(
    ds: Dataset, key: str, doc_ids: tuple[str, ...], filters: Filters
) -> pd.DataFrame:
    frame = ds.measures[
        (ds.measures["entity_key"] == key)
        & ds.measures["doc_id"].isin(list(doc_ids))
        & ds.measures["category"].isin(list(filters.measures))
        & ds.measures["status"].isin(list(filters.statuses))
    ]
    return frame  # measures carry their document's title, date and citation


def listed_only_docs(ds: Dataset, key: str, doc_ids: tuple[str, ...]) -> pd.DataFrame:
    """Documents where the entity is only listed as a speaker (content not reported)."""
    parts = ds.participants[
        (ds.participants["entity_key"] == key)
        & ds.participants["doc_id"].isin(list(doc_ids))
        & ~ds.participants["content_reported"]
    ]
    return parts.merge(ds.documents[["doc_id", "title", "date"]], on="doc_id", how="left")


def evidence_table(ds: Dataset, view: View) -> pd.DataFrame:
    """The filtered measures with the document's title and date, for reading on screen."""
    del ds  # measures carry their document's title and date (issue 7 columns)
    frame = view.measures.rename(columns={"title": "document"})
    frame["category_order"] = frame["category"].map({c: i for i, c in enumerate(CATEGORIES)})
    frame["sort_name"] = frame["entity"].map(sort_key)
    frame = frame.sort_values(["sort_name", "category_order", "date", "statement_id"])
    return frame.drop(columns=["category_order", "sort_name"]).reset_index(drop=True)
