"""Benchmark: speed and memory of the build against floors measured in the same run.

What is compared, and why it is fair (issue #7 found the earlier version was not):

- **The same text.** The floor is a cold process that imports spaCy and pandas, builds the
  bare ``spacy.blank("en")`` + sentencizer + lookup lemmatizer, and runs exactly the texts
  the build runs through spaCy: the statements of the build's own output. Words are counted
  on those texts only, for both sides (the build is not credited with a meeting's lead, a
  list of speakers, or the parts of a speech it never tags).
- **Paired runs.** Floor and build alternate, one pair at a time, and each pair gives a
  ratio; the median ratio is reported, so a slow spell of the machine hits both sides.
- **Both sizes.** ``seeds``: the five meetings-coverage and news documents alone; ``full``:
  everything in the input folder (the seeds plus the General Debate extract, 2000-2024).
  Plus a scaled corpus (the five documents repeated under new ids to ``--words`` words),
  where segmentation, not tagging, dominates.

Targets: a cold build takes at most 3x its floor; build throughput is at least 50 % of the
floor's on the same words; peak memory at most 1 GiB. Every figure is printed with its
target and PASS/FAIL; the exit code is 1 if any fails.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BUILD_CHILD = """
import json, resource, sys, time
from pathlib import Path
from pipeline.build import run_build
from pipeline.tag import build_nlp
build_nlp()  # the pipeline is built before the clock starts, as the floor's is
t1 = time.perf_counter()
summary = run_build(Path(sys.argv[1]), Path(sys.argv[2]), allow_empty=True)
print(json.dumps({"work_seconds": time.perf_counter() - t1,
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

FLOOR_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
import pandas, spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
nlp.initialize()
with open(sys.argv[1], encoding="utf-8") as handle:
    texts = json.load(handle)
t1 = time.perf_counter()
for doc in nlp.pipe(texts, batch_size=64):
    pass
t2 = time.perf_counter()
print(json.dumps({"seconds": t2 - t0, "pipe_seconds": t2 - t1,
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


@dataclass(frozen=True)
class Pair:
    build_wall: float
    floor_wall: float
    build_work_seconds: float  # run_build alone: read, segment, resolve, tag, export
    floor_pipe_seconds: float  # the floor's nlp.pipe alone
    build_rss_mib: float

    @property
    def ratio(self) -> float:
        return self.build_wall / self.floor_wall


def _run(args: list[str]) -> tuple[float, dict[str, float]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args[:3])} failed: {done.stderr.strip()[-300:]}")
    return elapsed, json.loads(done.stdout.strip().splitlines()[-1])


def statement_texts(output: Path) -> list[str]:
    """The texts the build tagged: its statements, as written to statements.csv."""
    with (output / "statements.csv").open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def measure(input_dir: Path, work: Path, repeats: int) -> tuple[list[Pair], int, int]:
    """Paired cold runs of the build and of the floor over the build's own statements."""
    python = sys.executable
    out = work / "out"
    _run([python, "-c", BUILD_CHILD, str(input_dir), str(out)])  # the texts, and a warm cache
    texts = statement_texts(out)
    texts_file = work / "texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    words = sum(len(t.split()) for t in texts)
    pairs = []
    for _ in range(repeats):
        floor_wall, floor = _run([python, "-c", FLOOR_CHILD, str(texts_file)])
        build_wall, build = _run([python, "-c", BUILD_CHILD, str(input_dir), str(out)])
        pairs.append(
            Pair(build_wall, floor_wall, build["work_seconds"], floor["pipe_seconds"],
                 build["max_rss_kib"] / 1024)
        )  # fmt: skip
    return pairs, words, len(texts)


def scale_corpus(source: Path, target: Path, min_words: int) -> int:
    """Copy the top-level seed documents under new ids until the folder holds ``min_words``."""
    seeds = sorted(p for p in source.iterdir() if p.suffix.lower() in (".txt", ".html"))
    if not seeds:
        raise RuntimeError(f"no documents in {source}")
    words, copy = 0, 0
    while words < min_words:
        for path in seeds:
            data = path.read_bytes()
            (target / f"{path.stem}_x{copy:04d}{path.suffix}").write_bytes(data)
            words += len(data.decode("utf-8-sig").split())
        copy += 1
    return words


def _line(label: str, value: str, target: str, ok: bool | None = None) -> str:
    verdict = "" if ok is None else ("PASS" if ok else "FAIL")
    return f"{label:<50}{value:>24}   {('target ' + target) if target else '':<18} {verdict}"


def report(name: str, pairs: list[Pair], words: int, statements: int) -> list[bool]:
    ratio = statistics.median(p.ratio for p in pairs)
    # throughput, both after imports and pipeline construction: the floor's nlp.pipe against
    # the whole build (reading, segmenting, resolving, tagging, exporting) on the same words
    build_wps = statistics.median(words / p.build_work_seconds for p in pairs)
    floor_wps = statistics.median(words / p.floor_pipe_seconds for p in pairs)
    share = build_wps / floor_wps
    rss = max(p.build_rss_mib for p in pairs)
    print(f"{name}: {statements:,} statements, {words:,} words through spaCy")
    print(_line("  cold floor (import, blank pipeline, same texts)",
                f"{statistics.median(p.floor_wall for p in pairs):.2f} s", ""))  # fmt: skip
    print(_line("  cold build", f"{statistics.median(p.build_wall for p in pairs):.2f} s", ""))
    checks = [ratio <= 3.0, share >= 0.5, rss <= 1024]
    print(_line("  build / floor, paired", f"{ratio:.2f}x", "<= 3.00x", checks[0]))
    print(_line("  throughput: build / floor's nlp.pipe", f"{share:.0%} ({build_wps:,.0f} "
                f"vs {floor_wps:,.0f} w/s)", ">= 50%", checks[1]))  # fmt: skip
    print(_line("  build peak RSS", f"{rss:,.0f} MiB", "<= 1024 MiB", checks[2]))
    return checks


def main(words: int = 1_000_000, input_dir: Path = ROOT / "seeds", repeats: int = 3) -> int:
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    results: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        seeds_only = work / "seeds-only"
        seeds_only.mkdir()
        for path in input_dir.iterdir():
            if path.is_file() and path.suffix.lower() in (".txt", ".html", ".json"):
                shutil.copy2(path, seeds_only / path.name)
        scaled = work / "scaled"
        scaled.mkdir()
        scale_corpus(input_dir, scaled, words)
        sizes = [
            ("seeds (top-level documents)", seeds_only),
            ("full (all of the input)", input_dir),
        ]
        sizes.append((f"scaled (top-level documents to {words:,} words)", scaled))
        for name, folder in sizes:
            run_dir = work / f"run-{len(results)}"
            run_dir.mkdir()
            results += report(name, *measure(folder, run_dir, repeats))
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
