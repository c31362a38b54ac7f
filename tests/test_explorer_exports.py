"""CSV downloads: formula neutralisation, columns, filenames."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer import exports
from explorer.data import MEASURE_COLUMNS, Dataset
from explorer.filters import Filters, apply_filters, country_summary
from tests.conftest import minidata


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return minidata(
        ("United States", "state", "USA", "Americas", "Northern America"),
    )


def parse(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_triggers_are_neutralised(prefix: str) -> None:
    assert exports.neutralise(prefix + "SUM(A1)") == "'" + prefix + "SUM(A1)"


@pytest.mark.parametrize("value", ["plain", "", "a =not first", "1-2", "'quoted", "x\n=1"])
def test_safe_values_untouched(value: str) -> None:
    assert exports.neutralise(value) == value


@pytest.mark.parametrize("value", [" =1+1", "\t=cmd", "\r\n+cmd|' /C calc'!A0", "\u00a0@SUM(1)"])
def test_triggers_after_leading_blanks_are_neutralised(value: str) -> None:
    assert exports.neutralise(value) == "'" + value


def test_neutralise_frame_for_on_screen_tables() -> None:
    frame = pd.DataFrame({"=a": ["=HYPERLINK(1)", "ok"], "n": [1, 2]})
    out = exports.neutralise_frame(frame)
    assert list(out.columns) == ["'=a", "n"]
    assert list(out["'=a"]) == ["'=HYPERLINK(1)", "ok"]
    assert list(out["n"]) == [1, 2]


@given(st.text())
def test_no_cell_ever_starts_with_a_trigger(value: str) -> None:
    out = exports.neutralise(value)
    assert not out.startswith(exports.FORMULA_TRIGGERS)
    assert out.removeprefix("'") == value or out == value


def test_evidence_csv_carries_what_a_citation_needs(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    rows = parse(exports.to_csv_bytes(exports.evidence_frame(view.measures, ds)))
    header = list(rows[0])
    assert header[: len(MEASURE_COLUMNS)] == list(MEASURE_COLUMNS)
    for column in ("title", "date", "citation", "speaker", "source"):
        assert column in header
    assert "document_title" not in header  # the pipeline's title column already says it
    assert all(r["title"] and r["citation"] for r in rows)
    assert all(r["speaker"] for r in rows)
    assert all(r["source"] for r in rows)


def test_evidence_csv_keeps_columns_the_pipeline_adds(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    measures = view.measures.assign(citation="A/76/PV.1, p. 3", title="T", date="2021")
    frame = exports.evidence_frame(measures, ds)
    assert "citation" in frame.columns
    assert list(frame["title"]) == ["T"] * len(frame)  # the pipeline's own, not overwritten
    assert "document_title" not in frame.columns and "document_symbol" in frame.columns


def test_documents_csv(ds: Dataset) -> None:
    rows = parse(exports.to_csv_bytes(exports.documents_frame(ds, tuple(ds.doc_ids[:2]))))
    assert [r["doc_id"] for r in rows] == ds.doc_ids[:2]
    assert {"title", "date", "source"} <= set(rows[0])


def test_zip_has_dictionary_filters_and_is_deterministic(ds: Dataset) -> None:
    flt = Filters(regions=("Europe",))
    state = exports.filter_state(flt, {"region": ["Europe"]})
    files = {"a.csv": b"x\n"}
    first = exports.bundle_zip(files, state)
    assert first == exports.bundle_zip(files, state)
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert sorted(archive.namelist()) == ["a.csv", "data-dictionary.md", "filters.json"]
        loaded = json.loads(archive.read("filters.json"))
    assert loaded["filters"]["regions"] == ["Europe"]
    assert loaded["url_query"] == {"region": ["Europe"]}


def test_evidence_csv_has_measures_columns_and_is_neutralised(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    data = exports.to_csv_bytes(exports.evidence_frame(view.measures))
    assert data.decode("utf-8").splitlines()[0] == ",".join(MEASURE_COLUMNS)
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = parse(data)
    assert len(rows) == len(view.measures)
    hyperlink = [r for r in rows if "HYPERLINK" in r["evidence"]]
    assert hyperlink and hyperlink[0]["evidence"].startswith("'=HYPERLINK(")
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(exports.FORMULA_TRIGGERS)
    assert any(r["entity"] == "Côte d'Ivoire" for r in rows)  # UTF-8 kept


def test_summary_csv(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(regions=("Africa",), measures=("shelters", "legislation")))
    summary = country_summary(view)
    rows = parse(exports.to_csv_bytes(exports.summary_frame(summary, view.categories)))
    assert list(rows[0]) == [
        "iso3",
        "entity",
        "entity_kind",
        "region",
        "subregion",
        "spoke_in_selected_documents",
        "content_reported",
        "class",
        "legislation",
        "shelters",
        "legislation_first_reported",
        "legislation_last_reported",
        "shelters_first_reported",
        "shelters_last_reported",
    ]
    by_iso = {r["iso3"]: r for r in rows}
    assert by_iso["NGA"]["legislation_first_reported"] == "2015"
    assert by_iso["NGA"]["legislation_last_reported"] == "2021"
    assert by_iso["CIV"]["legislation_first_reported"] == ""
    assert by_iso["CIV"]["shelters"] == "in_place"
    assert by_iso["CIV"]["legislation"] == "not_said"
    assert by_iso["SLE"]["spoke_in_selected_documents"] == "true"
    assert by_iso["SLE"]["content_reported"] == "false"
    assert by_iso["SLE"]["class"] == "listed_only"
    assert by_iso["CIV"]["class"] == "measure_reported"
    assert by_iso["NGA"]["class"] in {"measure_reported", "statement_no_measure"}
    assert set(by_iso) == {"NGA", "CIV", "SLE", "ZAF"}


def test_csv_quotes_newlines_and_commas() -> None:
    frame = pd.DataFrame({"a": ['x, "y"\nz'], "b": [True]})
    rows = parse(exports.to_csv_bytes(frame))
    assert rows == [{"a": 'x, "y"\nz', "b": "true"}]


def test_filename_names_documents_by_their_stable_hash_prefix() -> None:
    name = exports.export_filename(
        "measures", {"doc": ["002_1888e5659680e480", "003_ad5e1fdf5d9536eb"]}
    )
    assert name == "measures_doc-1888e565+ad5e1fdf.csv"


def test_filename_keeps_every_filter_for_a_realistic_view() -> None:
    active = {
        "region": ["Africa", "Europe"],
        "subregion": ["Western Africa", "Northern Europe"],
        "measure": ["legislation", "shelters", "action_plan"],
        "status": ["in_place", "in_progress"],
        "doc": ["002_1888e5659680e480"],
        "kind": ["observer"],
        "q": ["Turkey"],
    }
    name = exports.export_filename("measures", active)
    for key, values in active.items():
        assert key in name
        for value in values:
            assert exports.short_value(key, value) in name


def test_filename_says_what_was_filtered() -> None:
    name = exports.export_filename("measures", {"region": ["Europe"], "measure": ["legislation"]})
    assert name == "measures_region-Europe_measure-legislation.csv"
    assert exports.export_filename("countries", {}) == "countries_all.csv"
    odd = exports.export_filename(
        "measures",
        {
            "subregion": ["Western Africa", "Latin America and the Caribbean"],
            "q": ["Côte d'Ivoire/../../etc"],
        },
    )
    assert odd == (
        "measures_subregion-Western-Africa+Latin-America-and-the-Caribbean_q-Cote-d-Ivoire-etc.csv"
    )


@given(st.dictionaries(st.sampled_from(["region", "doc", "q"]), st.lists(st.text(), max_size=8)))
def test_filename_is_always_safe(active: dict[str, list[str]]) -> None:
    name = exports.export_filename("measures", active)
    assert re.fullmatch(r"[A-Za-z0-9_.+-]+\.csv", name)
    assert len(name) <= exports.MAX_FILENAME + 4


def test_evidence_csv_carries_dates_sources_and_citations(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(years=(2005, 2005)))
    rows = parse(exports.to_csv_bytes(exports.evidence_frame(view.measures)))
    assert {"title", "date", "year", "source_kind", "citation"} <= set(rows[0])
    (row,) = rows
    assert (row["year"], row["source_kind"]) == ("2005", "general debate")
    assert "Session 60 - 2005/NGA_60_2005.txt" in row["citation"]


def test_a_citation_that_looks_like_a_formula_is_neutralised(ds: Dataset) -> None:
    measures = ds.measures.head(1).copy()
    measures["citation"] = '=HYPERLINK("http://evil.example","x")'
    (row,) = parse(exports.to_csv_bytes(exports.evidence_frame(measures)))
    assert row["citation"].startswith("'=HYPERLINK(")


def test_dataframe_toolbar_export_is_off() -> None:
    """The toolbar's CSV export would bypass neutralisation: the config switches it off."""
    import tomllib
    from pathlib import Path

    config = Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml"
    assert tomllib.loads(config.read_text())["client"]["disableDataExport"] is True
