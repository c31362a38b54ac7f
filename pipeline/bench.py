"""Benchmark: speed and memory of the build against floors measured in the same run.

Targets (issue #2):
- seeds: a full ``build`` from a cold process takes at most 3x the floor
  ``python -c "import spacy, pandas; spacy.blank('en')"``;
- a scaled corpus (the seeds repeated under new document ids to at least 1 million words):
  build throughput at least 50 % of the bare ``spacy.blank("en")`` + sentencizer + lookup
  lemmatizer over the same text, and peak memory at most 1 GiB.

Every figure is printed with its target and PASS/FAIL; the exit code is 1 if any fails.
Timings and throughputs are medians of several cold runs (throughput runs alternate between
the floor and the build), so one noisy run does not decide; memory is the largest peak.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_IMPORT = "import spacy, pandas; spacy.blank('en')"

BUILD_CHILD = """
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from pipeline.build import run_build
summary = run_build(Path(sys.argv[1]), Path(sys.argv[2]))
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "words": summary.words, "statements": summary.statements,
                  "documents": summary.documents,
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

BARE_CHILD = """
import json, resource, sys, time
from pathlib import Path
import spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
nlp.initialize()
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
t0 = time.perf_counter()
words = 0
def texts():
    global words
    for p in paths:
        text = p.read_text(encoding="utf-8-sig")
        words += len(text.split())
        yield text
for doc in nlp.pipe(texts(), batch_size=16):
    pass
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "words": words,
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _run(args: list[str]) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args[:4])} failed: {done.stderr.strip()[-300:]}")
    return elapsed, done.stdout


def _median_wall(args: list[str], repeats: int) -> float:
    return statistics.median(_run(args)[0] for _ in range(repeats))


def scale_corpus(source: Path, target: Path, min_words: int) -> int:
    """Copy the seeds under new document ids until the folder holds ``min_words`` words."""
    seeds = sorted(p for p in source.iterdir() if p.suffix.lower() == ".txt")
    if not seeds:
        raise RuntimeError(f"no .txt files in {source}")
    words, copy = 0, 0
    while words < min_words:
        for path in seeds:
            data = path.read_bytes()
            (target / f"{path.stem}_x{copy:04d}.txt").write_bytes(data)
            words += len(data.decode("utf-8-sig").split())
        copy += 1
    return words


def _line(label: str, value: str, target: str, ok: bool) -> str:
    return f"{label:<46}{value:>22}   target {target:<18} {'PASS' if ok else 'FAIL'}"


def main(words: int = 1_000_000, input_dir: Path = ROOT / "seeds", repeats: int = 3) -> int:
    python = sys.executable
    results: list[bool] = []
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "out"
        floor = _median_wall([python, "-c", FLOOR_IMPORT], repeats)
        build = _median_wall(
            [
                python,
                "-m",
                "pipeline",
                "build",
                "--quiet",
                "--input",
                str(input_dir),
                "--output",
                str(out),
            ],
            repeats,
        )
        ratio = build / floor
        results.append(ratio <= 3.0)
        print(_line("seeds: floor (import spacy, pandas; blank)", f"{floor:.2f} s", "", True))
        print(_line("seeds: cold `python -m pipeline build`", f"{build:.2f} s", "", True))
        print(_line("seeds: build / floor", f"{ratio:.2f}x", "<= 3.00x", results[-1]))

        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        total = scale_corpus(input_dir, corpus, words)
        print(f"scaled corpus: {len(list(corpus.iterdir()))} documents, {total:,} words")
        bare_runs, build_runs = [], []
        for _ in range(repeats):  # alternate, so a slow spell of the machine hits both
            bare_runs.append(json.loads(_run([python, "-c", BARE_CHILD, str(corpus)])[1]))
            build_runs.append(
                json.loads(
                    _run([python, "-c", BUILD_CHILD, str(corpus), str(Path(tmp) / "big")])[1]
                )
            )
        bare_wps = statistics.median(r["words"] / r["seconds"] for r in bare_runs)
        build_wps = statistics.median(r["words"] / r["seconds"] for r in build_runs)
        full = max(build_runs, key=lambda r: r["max_rss_kib"])
        share = build_wps / bare_wps
        rss_mib = full["max_rss_kib"] / 1024
        print(_line("bare blank+sentencizer+lemmatizer", f"{bare_wps:,.0f} words/s", "", True))
        print(_line("full build (read→export)", f"{build_wps:,.0f} words/s", "", True))
        print(
            _line(
                "full build", f"{full['statements'] / full['seconds']:,.0f} statements/s", "", True
            )
        )
        results.append(share >= 0.5)
        print(_line("build throughput / bare throughput", f"{share:.0%}", ">= 50%", results[-1]))
        results.append(rss_mib <= 1024)
        print(_line("build peak RSS", f"{rss_mib:,.0f} MiB", "<= 1024 MiB", results[-1]))
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
