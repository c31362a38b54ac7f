"""CSV downloads: formula neutralisation, columns, filenames."""

from __future__ import annotations

import csv
import io
import re

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


@pytest.mark.parametrize("value", ["plain", "", " =not first", "1-2", "'quoted"])
def test_safe_values_untouched(value: str) -> None:
    assert exports.neutralise(value) == value


@given(st.text())
def test_no_cell_ever_starts_with_a_trigger(value: str) -> None:
    out = exports.neutralise(value)
    assert not out.startswith(exports.FORMULA_TRIGGERS)
    assert out.removeprefix("'") == value or out == value


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
    ]
    by_iso = {r["iso3"]: r for r in rows}
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
