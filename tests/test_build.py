"""The whole build: the committed data are the seeds' build, determinism, traceability,
bad input.

``data/`` is the one copy of the seed outputs (the golden files of this suite): after a
deliberate change to rules or data, run ``make data`` and review its diff like any other
code change.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.export import OUTPUT_FILES
from tests.conftest import ROOT, SEEDS, meeting_seeds, read_rows


@pytest.mark.parametrize("name", sorted(OUTPUT_FILES))
def test_committed_data_is_what_the_build_produces(seed_build: Path, name: str) -> None:
    assert (ROOT / "data" / name).read_bytes() == (seed_build / name).read_bytes()


def test_two_builds_are_byte_identical(seed_build: Path, tmp_path: Path) -> None:
    from pipeline.build import run_build

    run_build(SEEDS, tmp_path)
    for name in [*OUTPUT_FILES, "build-info.json"]:
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_every_evidence_and_statement_is_the_exact_source_slice(seed_build: Path) -> None:
    sources = {p.stem: p.read_bytes().decode("utf-8-sig") for p in SEEDS.rglob("*.txt")}
    measures = read_rows(seed_build / "measures.csv")
    assert measures
    for row in measures:
        source = sources[row["doc_id"]]
        assert source[int(row["evidence_start"]) : int(row["evidence_end"])] == row["evidence"]
    statements = {r["statement_id"]: r for r in read_rows(seed_build / "statements.csv")}
    for row in statements.values():
        assert sources[row["doc_id"]][int(row["start"]) : int(row["end"])] == row["text"]
    for row in measures:  # evidence lies inside its statement
        st = statements[row["statement_id"]]
        assert (
            int(st["start"])
            <= int(row["evidence_start"])
            < int(row["evidence_end"])
            <= int(st["end"])
        )


def test_article_quotes_without_own_measures_are_participants_not_statements(
    seed_build: Path,
) -> None:
    """Codebook §4: the UN officials quoted in the seed articles report no own measure."""
    articles = {
        r["doc_id"]
        for r in read_rows(seed_build / "documents.csv")
        if r["source_kind"] == "article"
    }
    assert len(articles) == 3
    assert not [r for r in read_rows(seed_build / "statements.csv") if r["doc_id"] in articles]
    quoted = {
        (r["doc_id"], r["entity"]): r["content_reported"]
        for r in read_rows(seed_build / "participants.csv")
        if r["doc_id"] in articles
    }
    assert quoted[("000_d17c2573a56b5b9d", "United Nations")] == "false"
    assert quoted[("004_025c10e89ddcc81f", "United Nations Office on Drugs and Crime")] == "false"


def test_article_quote_reporting_own_measure_is_a_statement(tmp_path: Path) -> None:
    from pipeline.build import run_build

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "news.txt").write_text(
        "Ministry opens shelter\n\n"
        "“We opened the first shelter for victims of trafficking this year,” said Maria Lopez, "
        "Minister of Social Affairs of Peru.\n\n"
        "“Trafficking is a terrible crime,” said Ana Silva, Director of Equality Now.\n",
        encoding="utf-8",
    )
    run_build(inputs, tmp_path / "out")
    statements = read_rows(tmp_path / "out" / "statements.csv")
    assert [(r["entity"], r["categories"]) for r in statements] == [("Peru", "shelters")]
    participants = {
        r["entity"]: r["content_reported"] for r in read_rows(tmp_path / "out" / "participants.csv")
    }
    assert participants == {"Peru": "true", "Equality Now": "false"}


def test_statement_categories_agree_with_measures(seed_build: Path) -> None:
    by_statement: dict[str, set[str]] = {}
    for row in read_rows(seed_build / "measures.csv"):
        by_statement.setdefault(row["statement_id"], set()).add(row["category"])
    for row in read_rows(seed_build / "statements.csv"):
        expected = ";".join(sorted(by_statement.get(row["statement_id"], set())))
        assert row["categories"] == expected


def test_state_rows_carry_iso3_and_m49_region(seed_build: Path) -> None:
    for name in ("statements.csv", "measures.csv", "participants.csv"):
        for row in read_rows(seed_build / name):
            if row["entity_kind"] == "state":
                assert len(row["iso3"]) == 3 and row["region"] and row["subregion"], row
            if row["entity_kind"] == "organization":
                assert row["iso3"] == "" and row["region"] == ""


def test_documents_csv_has_provenance(seed_build: Path) -> None:
    """Every document names its file and that file's SHA-256; a General Debate speech that
    kept no excerpt names its corpus file, with the hash the extract's index records."""
    import hashlib

    index = {r["corpus_file"]: r for r in read_rows(SEEDS / "general-debate" / "speeches.csv")}
    for row in read_rows(seed_build / "documents.csv"):
        if row["source_file"] in index:
            assert row["sha256"] == index[row["source_file"]]["sha256"]
            assert row["n_statements"] == "0"
        else:
            path = SEEDS / row["source_file"]
            assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        if row["source_kind"] == "general debate":
            assert row["year"] == row["date"] and row["date_source"] == "file name"
        if row["source_kind"] == "meeting coverage":
            assert int(row["n_statements"]) > 0


def test_every_document_has_a_date_or_says_why_not(seed_build: Path) -> None:
    """Dates come from the text, the corpus file name, or the manifest's curated entry (with
    its reason in the note); a document with none is one the manifest cannot date either."""
    import json

    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["documents"]
    for row in read_rows(seed_build / "documents.csv"):
        if row["date"]:
            assert row["year"] == row["date"][:4]
            assert row["date_source"] in {"text", "file name", "manifest"}
        else:
            assert (row["year"], row["date_source"]) == ("", "")
            assert manifest[row["doc_id"]]["date"] is None
    undated = [r for r in read_rows(seed_build / "documents.csv") if not r["date"]]
    assert [r["doc_id"] for r in undated] == ["004_025c10e89ddcc81f"]


def test_manifest_matches_the_seed_files_and_the_extracted_metadata(seed_build: Path) -> None:
    import hashlib
    import json

    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["documents"]
    documents = {r["doc_id"]: r for r in read_rows(seed_build / "documents.csv")}
    assert set(manifest) == {p.stem for p in SEEDS.glob("*.txt")} <= set(documents)
    for doc_id, entry in manifest.items():
        assert (
            entry["sha256"]
            == hashlib.sha256((SEEDS / entry["source_file"]).read_bytes()).hexdigest()
        )
        assert documents[doc_id]["source_kind"] == entry["kind"]
        assert documents[doc_id]["date"] == (entry["date"] or "")
        if entry["title"]:
            assert documents[doc_id]["title"] == entry["title"]


# --- command line and bad input --------------------------------------------------------------


@dataclass(frozen=True)
class CliResult:
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path = ROOT) -> CliResult:
    """The command line run in this process: the NLP stack loads once per test session
    instead of once per call (a subprocess is used only where a kill or an environment is
    the point of the test, in test_faults.py)."""
    from pipeline.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.chdir(cwd),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = main(list(args))
        except SystemExit as exc:  # --help exits like argparse always does
            code = int(exc.code or 0)
    return CliResult(code, out.getvalue(), err.getvalue())


def test_bad_files_are_skipped_named_and_exit_non_zero(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_bytes((SEEDS / "002_1888e5659680e480.txt").read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "latin1.txt").write_bytes("Déclaration".encode("latin-1"))
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02")
    (inputs / "nothing.txt").write_text("Weather was fine today. Nobody spoke.", encoding="utf-8")
    result = run_cli("build", "--input", str(inputs), "--output", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for name, reason in [
        ("empty.txt", "empty file"),
        ("latin1.txt", "not UTF-8"),
        ("binary.txt", "binary file"),
        ("nothing.txt", "no statements found"),
    ]:
        assert f"skipped {name}: {reason}" in result.stderr
    assert "skipped     4" in result.stdout
    docs = read_rows(tmp_path / "out" / "documents.csv")
    assert [d["doc_id"] for d in docs] == ["good"]


def test_missing_input_folder_is_one_line_and_keeps_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "measures.csv").write_text("earlier\n", encoding="utf-8")
    result = run_cli("build", "--input", str(tmp_path / "missing"), "--output", str(out))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "does not exist" in result.stderr
    assert (out / "measures.csv").read_text(encoding="utf-8") == "earlier\n"


def test_unwritable_output_folder_is_one_line_and_keeps_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A permission error is simulated: chmod does not stop root, and CI runs as root."""
    from pipeline import export
    from pipeline.__main__ import main

    out = tmp_path / "out"
    out.mkdir()
    (out / "measures.csv").write_text("earlier\n", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export.tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(export.tempfile, "mkstemp", refuse)
    assert main(["build", "--quiet", "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not writable (Permission denied)" in err
    assert (out / "measures.csv").read_text(encoding="utf-8") == "earlier\n"


def test_output_path_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = run_cli("build", "--output", str(blocker))
    assert result.returncode == 2 and "not writable" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failure_mid_build_leaves_earlier_outputs_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import build

    out = tmp_path / "out"
    build.run_build(meeting_seeds(), out)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    calls = {"n": 0}
    real = build.process_document

    def failing(document, *rest, **named):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return real(document, *rest, **named)

    monkeypatch.setattr(build, "process_document", failing)
    with pytest.raises(RuntimeError):
        build.run_build(meeting_seeds(), out)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_help_for_each_command() -> None:
    for command in ([], ["build"], ["tag"], ["evaluate"], ["bench"]):
        result = run_cli(*command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


def test_tag_single_text_prints_json_lines(tmp_path: Path) -> None:
    import json

    text = "Luxembourg is drafting its second national action plan against human trafficking."
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("tag", str(path))
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line) == {
        "category": "action_plan",
        "status": "in_progress",
        "evidence": text,
        "start": 0,
        "end": len(text),
    }


def test_tag_jsonl_keeps_input_order(tmp_path: Path) -> None:
    import json

    records = [
        {"id": "b", "text": "Governments must adopt anti-trafficking laws."},
        {"id": "a", "text": "The Government opened a shelter for trafficking victims."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = run_cli("tag", "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["b", "a"]
    assert lines[0]["measures"] == []
    assert [m["category"] for m in lines[1]["measures"]] == ["shelters"]


def test_tag_jsonl_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\n{"oops"\n', encoding="utf-8")
    result = run_cli("tag", "--jsonl", str(path))
    assert result.returncode == 2 and f"{path}:2" in result.stderr


def test_crlf_and_bom_input_gives_the_same_statements_with_valid_offsets(tmp_path: Path) -> None:
    from pipeline.build import run_build

    source = (SEEDS / "002_1888e5659680e480.txt").read_text(encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "crlf.txt").write_bytes(("\ufeff" + source.replace("\n", "\r\n")).encode("utf-8"))
    (inputs / "lf.txt").write_text(source, encoding="utf-8")
    run_build(inputs, tmp_path / "out")
    rows = read_rows(tmp_path / "out" / "statements.csv")
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_doc.setdefault(row["doc_id"], []).append((row["entity"], row["categories"]))
    assert by_doc["crlf"] == by_doc["lf"] and len(by_doc["lf"]) == 7
    crlf_text = source.replace("\n", "\r\n")
    for row in read_rows(tmp_path / "out" / "measures.csv"):
        if row["doc_id"] == "crlf":
            start, end = int(row["evidence_start"]), int(row["evidence_end"])
            assert crlf_text[start:end] == row["evidence"]


def test_html_page_goes_through_the_whole_build(tmp_path: Path) -> None:
    from pipeline.build import run_build

    inputs = tmp_path / "in"
    inputs.mkdir()
    paragraphs = [
        "The General Assembly concluded its high-level meeting on trafficking in persons.",
        "The representative of Ghana said the Government of Ghana has enacted various laws to "
        "prevent and suppress trafficking, and urged support for developing countries.",
        "The representative of the Maldives said her country created a shelter for victims.",
    ]
    html = (
        "<html><head><title>Meeting on trafficking in persons</title></head><body>"
        "<nav>Home | Press | Contact</nav><main><h1>High-level meeting on trafficking in persons"
        "</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    (inputs / "page.html").write_text(html, encoding="utf-8")
    run_build(inputs, tmp_path / "out")
    statements = read_rows(tmp_path / "out" / "statements.csv")
    assert [(r["entity"], r["iso3"]) for r in statements] == [("Ghana", "GHA"), ("Maldives", "MDV")]
    assert "Subscribe" not in "".join(r["text"] for r in statements)


def test_committed_data_is_fresh_so_the_dashboard_does_not_rebuild_on_first_open() -> None:
    from pipeline.build import is_stale

    assert not is_stale(SEEDS, ROOT / "data"), "run `make data` and commit data/"


def test_tag_with_no_measure_says_why_on_stderr(tmp_path: Path) -> None:
    """An empty stdout must not read as "the tool did nothing": one line says why."""
    no_trigger = tmp_path / "a.txt"
    no_trigger.write_text("We are committed to ending trafficking.", encoding="utf-8")
    result = run_cli("tag", str(no_trigger))
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == (
        "no measure: no category trigger word in the text (--explain shows each rule)\n"
    )
    untied = tmp_path / "b.txt"
    untied.write_text("We adopted a national action plan in 2012.", encoding="utf-8")
    result = run_cli("tag", str(untied))
    assert result.stdout == ""
    assert "each dropped by a codebook rule" in result.stderr
