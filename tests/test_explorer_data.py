"""Loading the pipeline's CSVs (fixture copy) into a Dataset."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from explorer import data
from explorer.data import Dataset, read_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "minidata"
REFERENCE = pd.DataFrame(
    [
        ("France", "state", "FRA", "Europe", "Western Europe"),
        ("United States", "state", "USA", "Americas", "Northern America"),
        ("China", "state", "CHN", "Asia", "Eastern Asia"),
        ("India", "state", "IND", "Asia", "Southern Asia"),
        ("Holy See", "observer", "VAT", "Europe", "Southern Europe"),
    ],
    columns=["name", "kind", "iso3", "region", "subregion"],
)


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return read_dataset(FIXTURE / "data", FIXTURE / "seeds", reference=REFERENCE)


def test_tables_are_typed_and_keyed(ds: Dataset) -> None:
    assert ds.measures["evidence_start"].dtype.kind == "i"
    assert ds.statements["order"].dtype.kind == "i"
    assert set(ds.participants["content_reported"]) == {True, False}
    assert "FRA" in set(ds.measures["entity_key"])
    # organizations without ISO3 are keyed by name
    assert "European Union" in set(ds.measures["entity_key"])


def test_entities_merge_reference_and_data(ds: Dataset) -> None:
    ents = ds.entities.set_index("key")
    assert ents.loc["USA", "name"] == "United States"  # reference only: a non-speaker
    assert ents.loc["CIV", "name"] == "Côte d'Ivoire"  # from the data
    assert ents.loc["European Union", "kind"] == "observer"
    assert ents.loc["United Nations Office on Drugs and Crime", "kind"] == "organization"
    assert ents.loc["VAT", "kind"] == "observer"
    assert ents.index.is_unique


def test_evidence_offsets_match_statement_text(ds: Dataset) -> None:
    texts = ds.statements.set_index("statement_id")
    for statement_id, start, evidence in zip(
        ds.measures["statement_id"],
        ds.measures["evidence_start"],
        ds.measures["evidence"],
        strict=True,
    ):
        text = str(texts.loc[statement_id, "text"])
        rel = int(start) - int(texts.loc[statement_id, "start"])
        assert text[rel : rel + len(evidence)] == evidence


def test_vocabularies(ds: Dataset) -> None:
    assert ds.regions == ["Africa", "Americas", "Asia", "Europe", "Oceania"]
    assert "Western Africa" in ds.subregions(["Africa"])
    assert "Western Europe" not in ds.subregions(["Africa"])
    assert ds.doc_label("ga-2021-11-22").startswith("2021-11-22 · General Assembly")
    assert ds.doc_label("nope") == "nope"


def test_manifest_and_evaluation(ds: Dataset) -> None:
    assert ds.manifest["ga-2021-11-22"]["publisher"] == "United Nations Meetings Coverage"
    rows = data.evaluation_rows(ds.evaluation)
    assert set(rows["scope"]) == {"legislation", "shelters", "overall"}
    assert list(rows.columns[:4]) == ["scope", "precision", "recall", "f1"]


def test_evaluation_rows_absent_or_odd() -> None:
    assert data.evaluation_rows(None).empty
    assert data.evaluation_rows({"note": "later"}).empty
    flat = data.evaluation_rows({"precision": 0.5, "recall": 0.25, "f1": 0.33})
    assert flat.iloc[0]["scope"] == "overall"


def test_missing_files_raise(tmp_path: Path) -> None:
    shutil.copy(FIXTURE / "data" / "documents.csv", tmp_path / "documents.csv")
    with pytest.raises(FileNotFoundError, match=r"measures\.csv"):
        read_dataset(tmp_path, reference=REFERENCE)


def test_missing_column_raises(tmp_path: Path) -> None:
    for name in ("documents", "statements", "measures", "participants"):
        shutil.copy(FIXTURE / "data" / f"{name}.csv", tmp_path / f"{name}.csv")
    (tmp_path / "measures.csv").write_text("statement_id,doc_id\n", "utf-8")
    with pytest.raises(ValueError, match="missing column"):
        read_dataset(tmp_path, reference=REFERENCE)


def test_optional_files_may_be_absent(tmp_path: Path) -> None:
    for name in ("documents", "statements", "measures", "participants"):
        shutil.copy(FIXTURE / "data" / f"{name}.csv", tmp_path / f"{name}.csv")
    ds = read_dataset(tmp_path, tmp_path / "no-seeds", reference=REFERENCE)
    assert ds.unresolved.empty
    assert ds.evaluation is None
    assert ds.manifest == {}


def test_signature_changes_when_data_change(tmp_path: Path) -> None:
    for name in ("documents", "statements", "measures", "participants"):
        shutil.copy(FIXTURE / "data" / f"{name}.csv", tmp_path / f"{name}.csv")
    before = data.files_signature(tmp_path, tmp_path)
    (tmp_path / "evaluation.json").write_text(json.dumps({"f1": 1.0}), "utf-8")
    assert data.files_signature(tmp_path, tmp_path) != before


def test_reference_states_are_the_resolvers_states() -> None:
    frame = data.reference_states()
    assert len(frame) == 195  # 193 Member States + Holy See and State of Palestine
    assert {"FRA", "USA", "NGA", "NER"} <= set(frame["iso3"])
    assert (frame["name"] != "").all() and (frame["region"] != "").all()
    assert frame.set_index("iso3").loc["VAT", "kind"] == "observer"


class FakeBuild:
    def __init__(self, stale: bool) -> None:
        self.stale = stale
        self.calls: list[tuple[Path, Path]] = []

    def is_stale(self, input_dir: Path, output_dir: Path) -> bool:
        return self.stale

    def run_build(self, input_dir: Path, output_dir: Path, progress=None) -> None:
        self.calls.append((input_dir, output_dir))
        if progress:
            progress(1, 1, "done")


def test_needs_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert data.needs_build(tmp_path, tmp_path)[0] is True  # missing files
    monkeypatch.setattr(data, "pipeline_build", lambda: FakeBuild(stale=False))
    assert data.needs_build(FIXTURE / "data", tmp_path) == (False, "up to date")
    fake = FakeBuild(stale=True)
    monkeypatch.setattr(data, "pipeline_build", lambda: fake)
    assert data.needs_build(FIXTURE / "data", tmp_path)[0] is True
    seen: list[tuple[int, int, str]] = []
    data.run_build(tmp_path / "out", tmp_path / "in", lambda *a: seen.append(a))
    assert fake.calls == [(tmp_path / "in", tmp_path / "out")]
    assert seen == [(1, 1, "done")]


def test_env_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRAFFICKING_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TRAFFICKING_NO_REBUILD", "1")
    assert data.data_dir() == tmp_path.resolve()
    assert not data.rebuild_enabled()
    monkeypatch.delenv("TRAFFICKING_NO_REBUILD")
    assert data.rebuild_enabled()


def test_time_and_citation_columns(ds: Dataset) -> None:
    assert ds.years == (2005, 2023)
    assert ds.sources == ["meeting coverage", "general debate", "article"]
    assert ds.undated_documents == 1
    docs = ds.documents.set_index("doc_id")
    assert docs.loc["gd-NGA-2005", "year_num"] == 2005
    assert docs.loc["news-undated", "year_num"] == data.NO_YEAR
    assert "gd-NGA-2005" not in ds.pickable_docs  # General Debate speeches are not picked
    assert "news-undated" in ds.pickable_docs
    assert ds.doc_label("gd-NGA-2005").startswith("2005 · Nigeria, General Debate")
    cite = str(ds.measures.set_index("statement_id").loc["gd-NGA-2005:001", "citation"])
    assert "Session 60 - 2005/NGA_60_2005.txt" in cite


def test_a_folder_written_before_the_time_columns_still_opens(tmp_path: Path) -> None:
    """Old data (``kind``, no year/source_kind/citation): every new column is derived."""
    import csv

    folder = tmp_path / "data"
    folder.mkdir()
    drop = {
        "documents": ("year", "date_source", "source_kind", "symbol"),
        "statements": ("date", "year", "source_kind", "citation"),
        "measures": ("title", "date", "year", "source_kind", "citation"),
    }
    for name in ("documents", "statements", "measures", "participants", "unresolved"):
        frame = pd.read_csv(FIXTURE / "data" / f"{name}.csv", dtype=str, keep_default_na=False)
        if name == "documents":
            frame["kind"] = frame["source_kind"]
        frame = frame.drop(columns=list(drop.get(name, ())))
        frame.to_csv(folder / f"{name}.csv", index=False, quoting=csv.QUOTE_MINIMAL)
    old = data.read_dataset(folder, FIXTURE / "seeds", reference=REFERENCE)
    assert old.sources == ["meeting coverage", "general debate", "article"]
    assert old.years == (2005, 2023)
    row = old.measures.set_index("statement_id").loc["ga-2021-11-22:002"].iloc[0]
    assert row["date"] == "2021-11-22" and row["year"] == "2021"
    assert row["citation"].startswith("Nigeria, General Assembly Adopts Political Declaration")
    assert "ga-2021-11-22.txt, characters" in row["citation"]
    assert set(old.statements["citation"]) and "" not in set(old.statements["citation"])


def test_heldout_rows_and_sentence_read_the_pooled_figures(tmp_path: Path) -> None:
    from explorer.data import heldout_rows, heldout_sentence, read_heldout

    labels = {"legislation": "Legislation", "shelters": "Shelters"}
    figures = {
        "splits": ["test #9", "test #10"],
        "categories": {
            "legislation": {"tp": 9, "fn": 1, "precision": 0.9, "recall": 0.785, "f1": 0.9},
            "overall": {"tp": 9, "fn": 1, "precision": 0.9, "recall": 0.9, "f1": 0.9},
        },
    }
    rows = heldout_rows(figures, labels)
    assert list(rows["Category"]) == ["Legislation", "All categories"]
    assert list(rows["Gold measures"]) == [10, 10]
    assert heldout_sentence(figures, labels) == (
        "On real text the rules had not seen (test #9 to test #10, each scored once): "
        "Legislation 90 % right, 79 % found. Read a tag's evidence before citing it."
    )
    assert heldout_sentence(None, labels) == ""
    (tmp_path / "heldout-accuracy.json").write_text('["not", "figures"]', encoding="utf-8")
    assert read_heldout(tmp_path) is None
    assert read_heldout(tmp_path / "absent") is None
