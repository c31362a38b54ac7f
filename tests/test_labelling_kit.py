"""The labelling kit builds the same folders and gathers the same files every time: the
collectors' records are checked before they are kept, and the annotators' labels come back
in passage order (tools/labelling_kit.py)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import labelling_kit as kit

EXCERPT = " ".join(["The ministry opened a shelter for victims of trafficking."] * 8)


def record(**fields: str) -> str:
    values = {
        "url": "https://www.example.org/page/",
        "state": "Kenya",
        "year": "2019",
        "doc": "a ministry page",
        "query": "Kenya shelter",
        **fields,
    }
    head = "".join(f"{key}: {value}\n" for key, value in values.items())
    return head + "excerpt:\n" + fields.get("excerpt", EXCERPT) + "\n"


def test_two_addresses_of_one_page_normalise_alike() -> None:
    assert kit.normalise_url("https://www.Example.org/a/") == kit.normalise_url(
        "http://example.org/a"
    )
    assert kit.normalise_url("example.org/a?id=2") != kit.normalise_url("example.org/a?id=3")


def test_a_record_is_checked_before_it_is_kept() -> None:
    kept = kit.parse_record(record(year="none"))
    assert kept["year"] is None and kept["state"] == "Kenya"
    for bad, reason in (
        (record().replace("excerpt:", "text:"), "no 'excerpt:' line"),
        (record(year="last year"), "four-digit year"),
        (record(excerpt="Too short."), "a page needs 50"),
        (record(state="Atlantis"), "does not resolve"),
        (record().replace("query: Kenya shelter\n", ""), "missing 'query:'"),
    ):
        with pytest.raises(kit.KitError, match=reason):
            kit.parse_record(bad)


def test_a_collection_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real"
    (real / "old").mkdir(parents=True)
    (real / "old" / "raw_reports.jsonl").write_text(
        json.dumps({"url": "https://known.org/x"}) + "\n", encoding="utf-8"
    )
    monkeypatch.setattr(kit, "REAL", real)
    monkeypatch.setattr(kit, "known_urls", lambda: {kit.normalise_url("https://known.org/x")})
    k = tmp_path / "kit"
    assert (
        kit.main(["collect", str(k), "--number", "7", "--queries", "9", "--region", "Africa"]) == 0
    )
    brief = (k / "brief.md").read_text(encoding="utf-8")
    assert "collection 7" in brief and "at most 9 queries" in brief and "{" + "kit}" not in brief
    monkeypatch.setattr(sys, "stdin", io.StringIO(record()))
    assert kit.main(["add", str(k / "g1")]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(record(url="http://example.org/page")))
    assert kit.main(["add", str(k / "g1")]) == 1  # the same page under another address
    monkeypatch.setattr(sys, "stdin", io.StringIO(record(url="https://known.org/x")))
    assert kit.main(["add", str(k / "g1")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("REJECTED: this address is already known")
    kit.main(["check", str(k), "https://known.org/x/", "https://new.org/y"])
    assert capsys.readouterr().out.split() == [
        "KNOWN",
        "https://known.org/x/",
        "NEW",
        "https://new.org/y",
    ]
    assert kit.main(["snapshot", str(k), "draw9"]) == 0
    rows = (real / "draw9" / "raw_reports.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(r)["url"] for r in rows] == ["https://www.example.org/page/"]


def test_a_collection_beside_another_shares_no_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(kit, "known_urls", lambda: set())
    first, second = tmp_path / "kit68", tmp_path / "kit69"
    assert kit.main(["collect", str(first), "--number", "68", "--region", "Africa"]) == 0
    assert (
        kit.main(
            ["collect", str(second), "--number", "69", "--region", "Asia", "--beside", str(first)]
        )
        == 0
    )
    # the first kit's collector adds a page after the second kit was made
    monkeypatch.setattr(sys, "stdin", io.StringIO(record()))
    assert kit.main(["add", str(first / "g1")]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(record(url="http://example.org/page")))
    assert kit.main(["add", str(second / "g1")]) == 1
    assert capsys.readouterr().out.splitlines()[-1].startswith("REJECTED: this address")
    missing = tmp_path / "nothing"
    assert (
        kit.main(
            [
                "collect",
                str(tmp_path / "k3"),
                "--number",
                "70",
                "--region",
                "Asia",
                "--beside",
                str(missing),
            ]
        )
        == 1
    )
    assert f"{missing}: not a collection kit" in capsys.readouterr().out


def test_labels_come_back_in_passage_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "real"
    (real / "draw9").mkdir(parents=True)
    passages = [
        {"id": f"p{i}", "speaker": "Kenya", "context": "c", "text": f"Text {i}.", "split": "test"}
        for i in range(5)
    ]
    (real / "draw9" / "passages.jsonl").write_text(
        "".join(json.dumps(p) + "\n" for p in passages), encoding="utf-8"
    )
    monkeypatch.setattr(kit, "REAL", real)
    out = tmp_path / "out"
    assert kit.main(["annotate", "draw9", str(out), "--pairs", "2"]) == 0
    shown = [json.loads(line) for line in (out / "pair2b" / "passages.jsonl").open()]
    assert [p["id"] for p in shown] == ["p1", "p3"] and "split" not in shown[0]
    assert kit.main(["assemble", "draw9", str(out), "--pairs", "2"]) == 1  # nothing labelled
    for folder in out.iterdir():
        ids = [json.loads(line)["id"] for line in (folder / "passages.jsonl").open()]
        labels = [
            {"id": i, "measures": [{"category": "shelters", "status": "in_place", "evidence": i}]}
            for i in reversed(ids)
        ]
        (folder / "labels.jsonl").write_text("".join(json.dumps(x) + "\n" for x in labels))
    assert kit.main(["assemble", "draw9", str(out), "--pairs", "2"]) == 0
    a = [json.loads(line) for line in (real / "draw9" / "annotator_a.jsonl").open()]
    assert [r["id"] for r in a] == [p["id"] for p in passages]
    assert a[0]["measures"] == [{"category": "shelters", "status": "in_place", "evidence": "p0"}]
