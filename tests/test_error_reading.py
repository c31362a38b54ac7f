"""The error-reading tool counts as the scorer counts, marks a change's effect on each item,
and sorts pages by kind of source with the keyword test the published figures used
(tools/error_reading.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import error_reading

from pipeline.evaluate import evaluate


def gold_file(tmp_path: Path) -> Path:
    records = [
        {
            "id": "x1",
            "text": "The Government adopted a national action plan against trafficking in 2019.",
            "on_trafficking": True,
            "measures": [{"category": "action_plan", "status": "in_place", "evidence": ""}],
            "source": {"doc": "Ministry press release"},
        },
        {
            "id": "x2",
            "text": "Parliament is debating a bill against human trafficking.",
            "on_trafficking": True,
            "measures": [{"category": "legislation", "status": "in_place", "evidence": ""}],
            "source": {"doc": "CEDAW Committee concluding observations"},
        },
        {
            "id": "x3",
            "text": "The ministry opened a shelter for victims of trafficking.",
            "on_trafficking": True,
            "measures": [{"category": "referral_mechanism", "status": "in_place"}],
            "source": {"doc": "News report"},
        },
    ]
    path = tmp_path / "real_testx.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_predict_counts_what_the_scorer_counts(tmp_path: Path) -> None:
    path = gold_file(tmp_path)
    items, totals = error_reading.predict_all([path])
    report = evaluate(path, tmp_path)
    assert totals["tp"] == report.overall.tp
    assert totals["fp"] == report.overall.fp
    assert totals["fn"] == report.overall.fn
    assert totals["status"] == report.status_agree
    assert items["real_testx.jsonl|x2|legislation"] == ["in_place", "in_progress"]


def test_errors_name_the_kind_of_each_error(tmp_path: Path) -> None:
    lines = error_reading.errors(gold_file(tmp_path), None, None, text=False)
    heads = [line for line in lines if line.startswith("===")]
    assert any(" x2 legislation status " in line for line in heads)
    assert any(" x3 shelters fp " in line for line in heads)
    assert any(" x3 referral_mechanism fn " in line for line in heads)
    assert not any(" x1 " in line for line in heads)
    only = error_reading.errors(gold_file(tmp_path), "shelters", "fp", text=False)
    assert [line for line in only if line.startswith("===")] == [
        line for line in heads if " x3 shelters fp " in line
    ]


def test_diff_marks_better_worse_and_still_wrong() -> None:
    before = {
        "f|a|legislation": ["in_place", ""],
        "f|b|shelters": ["", "in_place"],
        "f|d|legislation": ["in_place", "in_progress"],
    }
    after = {
        "f|a|legislation": ["in_place", "planned"],
        "f|c|action_plan": ["", "in_place"],
        "f|d|legislation": ["in_place", "planned"],
    }
    assert error_reading.diff(before, after) == [
        # found, though with the wrong status, is less wrong than missed
        "+ f|a|legislation gold in_place predicted - -> planned",
        "+ f|b|shelters gold - predicted in_place -> -",
        "- f|c|action_plan gold - predicted - -> in_place",
        "~ f|d|legislation gold in_place predicted in_progress -> planned",
    ]


def test_the_keyword_test_reads_the_page_description() -> None:
    kind = error_reading.source_kind
    assert kind({"source": {"doc": "ILO CEACR direct request on Benin"}}) == "bodies"
    assert kind({"source": {"doc": "GRETA's third report on Georgia"}}) == "bodies"
    assert kind({"source": {"doc": "Daily Nation: police rescue girls"}}) == "governments"
    assert kind({}) == "governments"


def test_by_kind_adds_up_to_the_whole(tmp_path: Path) -> None:
    path = gold_file(tmp_path)
    lines = error_reading.by_kind(path)
    assert lines[0].startswith("bodies: 1 passages")
    assert lines[1].startswith("governments: 2 passages")
    _items, totals = error_reading.predict_all([path])
    tp = sum(int(line.split("TP ")[1].split()[0]) for line in lines)
    assert tp == totals["tp"]
