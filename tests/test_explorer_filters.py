"""Filtering and summarising the dataset (pure pandas, no Streamlit)."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.data import Dataset
from explorer.filters import (
    Filters,
    apply_filters,
    best_status,
    country_summary,
    entity_measures,
    entity_statements,
    evidence_table,
    listed_only_docs,
    matches_search,
    region_shares,
    reported_years,
    timeline_cells,
)
from explorer.vocab import CATEGORIES, LISTED_ONLY, NOT_SPEAKER, SPOKE_NONE
from tests.conftest import minidata


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return minidata(
        ("France", "state", "FRA", "Europe", "Western Europe"),
        ("United States", "state", "USA", "Americas", "Northern America"),
        ("China", "state", "CHN", "Asia", "Eastern Asia"),
    )


def summary_of(ds: Dataset, **kwargs: object) -> pd.DataFrame:
    return country_summary(apply_filters(ds, Filters(**kwargs))).set_index("key")  # type: ignore[arg-type]


def test_default_view_is_states_only(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    assert set(view.entities["kind"]) == {"state"}
    assert "European Union" not in set(view.measures["entity"])
    assert view.empty_reason is None
    assert view.categories == CATEGORIES


def test_kinds_on_request(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(kinds=("state", "observer", "organization")))
    assert {"European Union", "United Nations Office on Drugs and Crime"} <= set(
        view.measures["entity"]
    )


def test_four_classes(ds: Dataset) -> None:
    summary = summary_of(ds)
    assert summary.loc["FRA", "map_class"] == "3"  # legislation, action plan, shelters
    assert summary.loc["JPN", "map_class"] == SPOKE_NONE  # statement, no measure
    assert summary.loc["SLE", "map_class"] == LISTED_ONLY  # listed only: nothing recorded
    assert not summary.loc["SLE", "content_reported"]
    assert summary.loc["USA", "map_class"] == NOT_SPEAKER
    assert summary.loc["FRA", "legislation"] == "in_place"
    assert summary.loc["FRA", "referral_mechanism"] == ""


def test_single_category_colours_by_status(ds: Dataset) -> None:
    summary = summary_of(ds, measures=("shelters",))
    assert summary.loc["MEX", "map_class"] == "in_place"
    assert summary.loc["FRA", "map_class"] == "planned"
    assert summary.loc["NGA", "map_class"] == SPOKE_NONE
    assert "legislation" not in summary.columns


def test_region_and_subregion(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(regions=("Africa",)))
    assert set(view.entities["region"]) == {"Africa"}
    assert set(view.measures["iso3"]) == {"NGA", "CIV"}
    view = apply_filters(ds, Filters(subregions=("Southern Africa",)))
    assert list(view.entities["iso3"]) == ["ZAF"]
    assert view.empty_reason == "No reported measure matches these filters."


def test_status_and_document(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(statuses=("planned",)))
    assert set(view.measures["status"]) == {"planned"}
    view = apply_filters(ds, Filters(docs=("sc-2023-04-05",)))
    assert set(view.measures["doc_id"]) == {"sc-2023-04-05"}
    summary = country_summary(view).set_index("key")
    assert summary.loc["NGA", "spoke"]  # listed only in that document
    assert not summary.loc["NGA", "content_reported"]
    assert summary.loc["JPN", "map_class"] == NOT_SPEAKER


def test_most_advanced_status_wins(ds: Dataset) -> None:
    assert best_status(pd.Series(["planned", "in_place", "in_progress"])) == "in_place"
    # Germany in_progress (sc) only; France: shelters planned
    summary = summary_of(ds, measures=("legislation",))
    assert summary.loc["DEU", "legislation"] == "in_progress"


def test_search_is_accent_and_case_insensitive(ds: Dataset) -> None:
    names = pd.Series(["Côte d'Ivoire", "France"])
    codes = pd.Series(["CIV", "FRA"])
    assert matches_search(names, codes, "cote").tolist() == [True, False]
    assert matches_search(names, codes, "fra").tolist() == [False, True]
    assert matches_search(names, codes, "  ").tolist() == [True, True]
    view = apply_filters(ds, Filters(search="côte"))
    assert list(view.entities["iso3"]) == ["CIV"]


@pytest.mark.parametrize(
    ("flt", "reason"),
    [
        (Filters(measures=()), "No measure category is selected."),
        (Filters(statuses=()), "No status is selected."),
        (Filters(search="zzz"), "No country or organization matches these filters."),
        (
            Filters(regions=("Asia",), subregions=("Western Africa",)),
            "No country or organization matches these filters.",
        ),
        (
            Filters(regions=("Americas",), search="United States"),
            "None of the matching countries spoke in the selected documents.",
        ),
    ],
)
def test_empty_reasons(ds: Dataset, flt: Filters, reason: str) -> None:
    assert apply_filters(ds, flt).empty_reason == reason


def test_region_shares_denominator_is_states_with_a_recorded_statement(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    shares = region_shares(country_summary(view), view.categories, "region")
    africa = shares[shares["group"] == "Africa"].set_index("category")
    # NGA, CIV, SLE, ZAF spoke; SLE/ZAF were only listed, so nothing of theirs was recorded
    # and they are not in the denominator -> 2
    assert set(africa["n_speakers"]) == {2}
    assert africa.loc["shelters", "n_reporting"] == 1  # CIV
    assert africa.loc["legislation", "share"] == pytest.approx(0.5)
    assert "Northern America" not in set(
        region_shares(country_summary(view), view.categories, "subregion")["group"]
    )


def test_region_shares_empty() -> None:
    empty = pd.DataFrame(
        columns=[
            "key",
            "name",
            "kind",
            "iso3",
            "region",
            "subregion",
            "spoke",
            "content_reported",
            "legislation",
        ]
    )
    assert region_shares(empty, ("legislation",), "region").empty


def test_entity_helpers(ds: Dataset) -> None:
    docs = tuple(ds.doc_ids)
    stmts = entity_statements(ds, "FRA", docs)
    assert list(stmts["date"]) == ["2015", "2021-11-22", "2023-04-05"]
    assert "title" in stmts.columns
    meas = entity_measures(ds, "FRA", docs, Filters(statuses=("planned",)))
    assert list(meas["category"]) == ["shelters"]
    listed = listed_only_docs(ds, "NGA", docs)
    assert list(listed["doc_id"]) == ["sc-2023-04-05"]


def test_evidence_table_sorted_with_sources(ds: Dataset) -> None:
    table = evidence_table(ds, apply_filters(ds, Filters()))
    assert table.iloc[0]["entity"] == "Australia"
    assert {"document", "date"} <= set(table.columns)
    assert len(table) == len(apply_filters(ds, Filters()).measures)


def test_active_filters_and_default() -> None:
    assert Filters().is_default
    flt = Filters(regions=("Europe",), measures=("legislation",), kinds=("state", "observer"))
    assert flt.active() == {
        "region": ("Europe",),
        "measure": ("legislation",),
        "kind": ("observer",),
    }


def test_year_range_keeps_dated_documents_and_counts_the_undated(ds: Dataset) -> None:
    everything = apply_filters(ds, Filters())
    assert "news-undated" in everything.doc_ids  # the full range keeps undated documents
    assert everything.undated_excluded == 0
    view = apply_filters(ds, Filters(years=(2015, 2021)))
    assert set(view.doc_ids) == {"gd-FRA-2015", "gd-NGA-2015", "gd-NGA-2021", "ga-2021-11-22"}
    assert view.undated_excluded == 1
    assert set(view.measures["year"]) == {"2015", "2021"}
    assert set(view.statements["doc_id"]) <= set(view.doc_ids)
    assert set(view.participants["doc_id"]) <= set(view.doc_ids)
    # The map follows the years: Nigeria's 2005 bill is not in the 2015-2021 summary.
    summary = country_summary(view).set_index("key")
    assert summary.loc["NGA", "referral_mechanism"] == "in_place"
    assert summary.loc["NGA", "referral_mechanism_first_reported"] == "2015"
    assert not summary.loc["DEU", "spoke"]  # its speeches are 2023 and undated


def test_a_single_year(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(years=(2005, 2005)))
    assert view.doc_ids == ("gd-NGA-2005",)
    assert list(view.measures["status"]) == ["in_progress"]


def test_source_filter(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(sources=("general debate",)))
    assert {d.split("-")[0] for d in view.doc_ids} == {"gd"}
    assert set(view.measures["source_kind"]) == {"general debate"}
    assert view.undated_excluded == 0
    both = apply_filters(ds, Filters(sources=("article",), years=(2020, 2023)))
    assert both.doc_ids == ("news-2022-07-30",)
    assert both.undated_excluded == 1  # the undated article: an article, but no year


def test_sources_and_documents_intersect(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(sources=("general debate",), docs=("ga-2021-11-22",)))
    assert view.doc_ids == ()
    assert view.empty_reason


def test_reported_years_first_and_last(ds: Dataset) -> None:
    spans = {
        (str(key), str(cat)): (int(first), int(last))
        for key, cat, first, last in reported_years(ds.measures)
        .reset_index()
        .itertuples(index=False)
    }
    assert spans[("NGA", "referral_mechanism")] == (2005, 2021)
    assert spans[("NGA", "legislation")] == (2015, 2021)
    assert ("DEU", "shelters") not in spans  # only an undated article says it
    assert spans[("DEU", "legislation")] == (2023, 2023)
    empty = reported_years(ds.measures.iloc[0:0])
    assert empty.empty and list(empty.columns) == ["first", "last"]


def test_timeline_cells_keep_the_most_advanced_status_per_year(ds: Dataset) -> None:
    cells = timeline_cells(ds.measures[ds.measures["entity_key"] == "NGA"])
    rows = [tuple(r) for r in cells.itertuples(index=False)]
    assert rows == [
        ("legislation", 2015, "in_place", 1),
        ("legislation", 2021, "in_place", 1),
        ("referral_mechanism", 2005, "in_progress", 1),
        ("referral_mechanism", 2015, "planned", 1),
        ("referral_mechanism", 2021, "in_place", 2),  # GA statement and General Debate
    ]
    undated = timeline_cells(ds.measures[ds.measures["doc_id"] == "news-undated"])
    assert undated.empty and list(undated.columns) == ["category", "year", "status", "n"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("united kingdom", "GBR"),
        ("GB", "GBR"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("turkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Vietnam", "VNM"),
        ("South Korea", "KOR"),
        ("USA", "USA"),
    ],
)
def test_search_uses_the_resolvers_names_and_codes(query: str, expected: str) -> None:
    from explorer.names import search_mask

    states = pd.DataFrame(
        {
            "key": ["GBR", "UKR", "TUR", "CIV", "VNM", "KOR", "USA", "PRK"],
            "name": [
                "United Kingdom",
                "Ukraine",
                "Türkiye",
                "Côte d'Ivoire",
                "Viet Nam",
                "Republic of Korea",
                "United States",
                "Democratic People's Republic of Korea",
            ],
        }
    )
    found = states.loc[search_mask(states, query), "key"].tolist()
    assert found == [expected]


def test_partial_search_still_works_for_names_nobody_aliased() -> None:
    from explorer.names import search_mask

    frame = pd.DataFrame({"key": ["NGA", "NER", "UNODC"], "name": ["Nigeria", "Niger", "UNODC"]})
    assert frame.loc[search_mask(frame, "nige"), "key"].tolist() == ["NGA", "NER"]
    assert frame.loc[search_mask(frame, "uno"), "key"].tolist() == ["UNODC"]
