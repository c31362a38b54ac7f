"""The General Debate source: speaker and year from the file name, and excerpts that never
lose a measure the tagger would find in the whole speech (codebook §5)."""

from __future__ import annotations

import csv
import itertools
import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import general_debate as gd
from pipeline.build import speaker_named
from pipeline.tag import STATUS_RANK, Measure, load_cues, tag_text
from tests.conftest import ROOT, read_rows

FILLER = (
    "We also wish to thank the Secretary-General for his report on the work of the "
    "Organization. Climate change remains the defining challenge of our time, and small "
    "island States bear its burden first."
)


def test_the_file_name_names_the_speaker_session_and_year() -> None:
    assert gd.parse_name("USA_70_2015.txt") == gd.Speech("USA", 70, 2015)
    assert gd.parse_name("EU_79_2024.txt") == gd.Speech("EU", 79, 2024)


@pytest.mark.parametrize(
    "name",
    ["USA_70_2016.txt", "usa_70_2015.txt", "USA_70_2015.txt.bak", "notes.txt", "USA_70.txt"],
)
def test_a_name_that_is_not_a_speech_or_whose_year_disagrees_is_not_one(name: str) -> None:
    assert gd.parse_name(name) is None


def test_the_filter_is_a_superset_of_the_taggers_tie_terms() -> None:
    """A tie term the filter missed would drop a measure from every speech that used it."""
    for phrase in load_cues().lists["tie_terms"]:
        for spelling in (" ".join(phrase), "".join(phrase), " ".join(phrase).upper()):
            assert gd.tie_pattern().search(spelling), spelling


def _real_speeches() -> list[tuple[str, str]]:
    """Each development General Debate passage as a speech of its State: hard-wrapped like
    the corpus, between paragraphs that tie nothing."""
    passages = [
        json.loads(line)
        for line in (ROOT / "tests" / "gold" / "real" / "real_dev.jsonl").open(encoding="utf-8")
    ]
    filler = textwrap.fill(FILLER, 52)
    return [
        (
            "\n\n".join([filler, textwrap.fill(" ".join(p["text"].split()), 52), filler]) + "\n",
            p["speaker"],
        )
        for p in passages
        if p["source"]["corpus"] == "un-general-debate"
    ]


def _best(measures: list[Measure], into: dict[str, str]) -> dict[str, str]:
    for m in measures:
        current = into.get(m.category)
        if current is None or STATUS_RANK[m.status] > STATUS_RANK[current]:
            into[m.category] = m.status
    return into


def test_excerpts_keep_every_measure_the_whole_speech_gives() -> None:
    """Per category, the most advanced status of a whole speech read as one statement equals
    the most advanced over its excerpts read one by one (codebook §3)."""
    speeches = _real_speeches()
    with_measures = 0
    for text, speaker in speeches:
        whole = _best(tag_text(text, speaker_named(speaker, text)), {})
        from_excerpts: dict[str, str] = {}
        for a, b in gd.excerpts(text):
            piece = text[a:b]
            _best(tag_text(piece, speaker_named(speaker, piece)), from_excerpts)
        assert from_excerpts == whole, text
        with_measures += bool(whole)
    assert len(speeches) > 300 and with_measures >= 15


def test_paragraphs_that_tie_nothing_are_left_out() -> None:
    text = "\n\n".join(textwrap.fill(p, 52) for p in [FILLER, FILLER, "Trafficking grows.", FILLER])
    kept = [text[a:b] for a, b in gd.excerpts(text)]
    assert kept == [text[text.index("Trafficking") :]]


def test_an_extract_is_cut_back_into_the_same_excerpts() -> None:
    for text, _speaker in _real_speeches()[:50]:
        extract = gd.extract_text(text)
        assert [extract[a:b] for a, b in gd.excerpts(extract)] == [
            text[a:b] for a, b in gd.excerpts(text)
        ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                FILLER,
                "Human trafficking is a scourge.",
                "We adopted a national action plan in 2012.",
                "Drug trafficking fuels violence in our region.",
                "",
                "   ",
            ]
        ),
        max_size=12,
    ),
    st.integers(min_value=20, max_value=90),
)
def test_excerpts_are_ordered_disjoint_slices_with_no_outer_space(
    paragraphs: list[str], width: int
) -> None:
    text = "\n\n".join(textwrap.fill(p, width) if p.strip() else p for p in paragraphs)
    spans = gd.excerpts(text)
    for (_a, b), (c, _d) in itertools.pairwise(spans):
        assert b < c
    for a, b in spans:
        assert text[a:b] == text[a:b].strip() and b > a
        assert gd.tie_pattern().search(text, a, b) or gd.tie_pattern().search(text, 0, a)


def test_each_excerpt_is_a_statement_of_the_state_the_file_names() -> None:
    text = "\n\n".join(textwrap.fill(p, 52) for p in [FILLER, "Trafficking grows.", FILLER])
    seg = gd.segmentation(text, gd.Speech("NGA", 60, 2005))
    assert [(s.speaker, text[s.start : s.end]) for s in seg.statements] == [
        ("Nigeria", text[text.index("Trafficking") :])
    ]
    assert [(e.iso3, reported) for e, reported in seg.participants.values()] == [("NGA", True)]


def test_a_speech_that_ties_nothing_still_records_that_its_state_spoke() -> None:
    seg = gd.segmentation(FILLER, gd.Speech("EU", 60, 2005))
    assert seg.statements == []
    assert [(e.kind, e.name, r) for e, r in seg.participants.values()] == [
        ("observer", "European Union", True)
    ]


def test_a_code_that_names_no_state_is_reported_never_dropped() -> None:
    seg = gd.segmentation(FILLER, gd.Speech("XXX", 60, 2005))
    assert seg.statements == [] and not seg.participants
    assert [u.name for u in seg.unresolved] == ["XXX"]


EXTRACT = ROOT / "seeds" / "general-debate"


def test_the_shipped_extract_agrees_with_its_index() -> None:
    """Every speech of 2000-2024 is listed once; every extract file is cut back into
    excerpts whose lengths are the corpus offsets the index records (provenance per item)."""
    with (EXTRACT / "speeches.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len({(r["code"], r["session"]) for r in rows}) == len(rows) > 4500
    assert {int(r["year"]) for r in rows} == set(range(2000, 2025))
    files = {p.relative_to(EXTRACT).as_posix() for p in EXTRACT.rglob("*.txt")}
    assert files == {r["extract_file"] for r in rows if r["extract_file"]}
    for r in rows:
        speech = gd.parse_name(r["corpus_file"].rsplit("/", 1)[-1])
        assert speech == gd.Speech(r["code"], int(r["session"]), int(r["year"]))
        if not r["extract_file"]:
            assert r["excerpts"] == ""
            continue
        text = (EXTRACT / r["extract_file"]).read_bytes().decode("utf-8")
        offsets = [tuple(map(int, span.split("-"))) for span in r["excerpts"].split()]
        assert [b - a for a, b in gd.excerpts(text)] == [b - a for a, b in offsets]


def test_a_corpus_folder_builds_one_speech_per_file_with_its_year(tmp_path: Path) -> None:
    """`build` pointed at the corpus itself: files in session folders, named by the corpus,
    give one State's speech each, dated by the file name; a speech that ties nothing still
    records that its State spoke; the citation gives the span in the corpus file."""
    from pipeline.build import run_build

    corpus = tmp_path / "TXT"
    speech = "\n\n".join(
        [
            textwrap.fill(FILLER, 52),
            textwrap.fill(
                "Trafficking in persons is a scourge. In 2004 we adopted a national action plan "
                "against trafficking in persons.",
                52,
            ),
            textwrap.fill(FILLER, 52),
        ]
    )
    (corpus / "Session 60 - 2005").mkdir(parents=True)
    (corpus / "Session 60 - 2005" / "NGA_60_2005.txt").write_text(speech, encoding="utf-8")
    (corpus / "Session 60 - 2005" / "GHA_60_2005.txt").write_text(FILLER, encoding="utf-8")
    (corpus / "Session 60 - 2005" / "._NGA_60_2005.txt").write_bytes(b"\x00\x05\x16\x07")
    out = tmp_path / "out"
    summary = run_build(corpus, out)
    assert [s.source_file for s in summary.skipped] == ["Session 60 - 2005/._NGA_60_2005.txt"]
    documents = {r["doc_id"]: r for r in read_rows(out / "documents.csv")}
    assert set(documents) == {"GHA_60_2005", "NGA_60_2005"}
    assert {(d["year"], d["date_source"], d["source_kind"]) for d in documents.values()} == {
        ("2005", "file name", "general debate")
    }
    participants = {(r["iso3"], r["content_reported"]) for r in read_rows(out / "participants.csv")}
    assert participants == {("GHA", "true"), ("NGA", "true")}
    [measure] = read_rows(out / "measures.csv")
    assert (measure["entity"], measure["category"], measure["year"]) == (
        "Nigeria",
        "action_plan",
        "2005",
    )
    start, end = int(measure["evidence_start"]), int(measure["evidence_end"])
    assert speech[start:end] == measure["evidence"]
    assert measure["citation"].endswith(f"NGA_60_2005.txt, characters {start}–{end}.")


def test_the_extract_cites_the_corpus_file_and_its_offsets(tmp_path: Path) -> None:
    """Built from the extract, evidence offsets are into the extract file and the citation
    maps them back to the corpus file through the index."""
    from pipeline.build import run_build

    out = tmp_path / "out"
    extract = tmp_path / "in" / "general-debate"
    rows = list(csv.DictReader((EXTRACT / "speeches.csv").open(encoding="utf-8", newline="")))
    chosen = next(r for r in rows if r["code"] == "BGD" and r["year"] == "2000")
    (extract / Path(chosen["extract_file"]).parent).mkdir(parents=True)
    (extract / chosen["extract_file"]).write_bytes((EXTRACT / chosen["extract_file"]).read_bytes())
    with (extract / "speeches.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows([chosen, next(r for r in rows if not r["extract_file"])])
    run_build(tmp_path / "in", out)
    assert len(read_rows(out / "documents.csv")) == 2
    measures = read_rows(out / "measures.csv")
    assert measures
    text = (extract / chosen["extract_file"]).read_bytes().decode("utf-8")
    corpus_starts = [int(span.split("-")[0]) for span in chosen["excerpts"].split()]
    for m in measures:
        start = int(m["evidence_start"])
        [(a, _b)] = [(a, b) for a, b in gd.excerpts(text) if a <= start <= b]
        corpus_start = corpus_starts[gd.excerpts(text).index((a, _b))] + start - a
        assert m["citation"].endswith(
            f"{chosen['corpus_file']}, characters {corpus_start}–"
            f"{corpus_start + len(m['evidence'])}."
        )


def test_speeches_tagged_in_one_batch_give_what_each_gives_alone() -> None:
    """Batching is only a speed-up: the same measures, evidence and offsets per speech."""
    from pipeline.build import process_speeches
    from pipeline.read import Document

    items = []
    for number, (text, _speaker) in enumerate(_real_speeches()[::4]):
        code = ("NGA", "FRA", "PER", "NOR")[number % 4]
        speech = gd.Speech(code, 55 + number % 15, 2000 + number % 15)
        items.append((Document(f"{code}_{number}", f"{code}.txt", text, "0" * 64), speech, None))
    alone = [process_speeches([item])[0] for item in items]
    together = process_speeches(items)
    assert [r.measures for r in together] == [r.measures for r in alone]
    assert sum(len(m) for r in together for m in r.measures) >= 3
