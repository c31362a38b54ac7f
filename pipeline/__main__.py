"""Command line: ``python -m pipeline build | tag | evaluate | bench``.

Every failure the user can cause (missing folder, unwritable output, bad gold file,
unreadable input) ends with a one-line reason and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from pipeline.export import OutputError
from pipeline.read import InputError, decode_text
from pipeline.strict import DataFileError
from pipeline.tag import Decision

EXIT_OK = 0
EXIT_SKIPPED = 1  # the build ran but some files were skipped
EXIT_ERROR = 2


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_ERROR


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.build import run_build, stderr_progress

    summary = run_build(
        Path(args.input), Path(args.output), progress=None if args.quiet else stderr_progress
    )
    print(f"built {args.output}/ from {args.input}/")
    for line in summary.lines():
        print(line)
    for skipped in summary.skipped:
        print(f"skipped {skipped.source_file}: {skipped.reason}", file=sys.stderr)
    return EXIT_SKIPPED if summary.skipped else EXIT_OK


def _decision_json(d: Decision) -> dict[str, object]:
    """A Decision as JSON: "kept"/"dropped" instead of a flag, status only when kept."""
    row: dict[str, object] = asdict(d)
    row["decision"] = "kept" if row.pop("kept") else "dropped"
    if not d.status:
        del row["status"]
    return row


JSONL_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str, int),
    "text": (str,),
    "speaker": (str,),
    "on_trafficking": (bool,),
}
JSONL_REQUIRED = ("id", "text")


def _check_line(record: object, where: str) -> str | None:
    """The reason a --jsonl line is not usable, or None."""
    if not isinstance(record, dict):
        return f"{where}: expected a JSON object"
    unknown = sorted(set(record) - set(JSONL_TYPES))
    if unknown:
        return f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(JSONL_TYPES)})"
    for key in JSONL_REQUIRED:
        if key not in record:
            return f"{where}: missing key {key!r}"
    for key, value in record.items():
        is_bool = isinstance(value, bool)
        if not isinstance(value, JSONL_TYPES[key]) or (is_bool and key != "on_trafficking"):
            return f"{where}: key {key!r} has the wrong type ({type(value).__name__})"
    return None


def cmd_tag(args: argparse.Namespace) -> int:
    from pipeline.build import speaker_named
    from pipeline.tag import Speaker, build_nlp, explain_doc

    def out(obj: object) -> None:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def speaker_for(name: str | None, text: str, where: str) -> Speaker:
        if not name:
            return Speaker(kind="text")
        found = speaker_named(name, text)
        if found is None:
            unresolved.append(
                f"{where}: speaker {name!r} does not resolve to a State or "
                "organization; tagged as a text with no known speaker"
            )
            return Speaker(kind="text")
        return found

    unresolved: list[str] = []
    if args.jsonl:
        path = Path(args.jsonl)
        try:
            raw = sys.stdin.buffer.read() if args.jsonl == "-" else path.read_bytes()
        except OSError as exc:
            return _fail(f"{args.jsonl}: cannot read ({exc.strerror or exc})")
        text = decode_text(raw, args.jsonl)
        records = []
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{args.jsonl}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                return _fail(f"{where}: not JSON ({exc.msg})")
            problem = _check_line(record, where)
            if problem:
                return _fail(problem)
            records.append((where, record))
        nlp = build_nlp()
        docs = nlp.pipe(r["text"] for _w, r in records)
        for (where, record), doc in zip(records, docs, strict=True):
            speaker = speaker_for(record.get("speaker"), record["text"], where)
            tie = record.get("on_trafficking", args.on_trafficking)
            measures, decisions = explain_doc(doc, speaker, topic_tie=tie)
            row: dict[str, object] = {
                "id": record["id"],
                "measures": [asdict(m) for m in measures],
            }
            if args.explain:
                row["explain"] = [_decision_json(d) for d in decisions]
            out(row)
    else:
        source = args.file or "-"
        try:
            raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        except OSError as exc:
            return _fail(f"{source}: cannot read ({exc.strerror or exc})")
        text = decode_text(raw, source)
        speaker = speaker_for(args.speaker, text, "--speaker")
        measures, decisions = explain_doc(build_nlp()(text), speaker, topic_tie=args.on_trafficking)
        for m in measures:
            out(asdict(m))
        if args.explain:
            for d in decisions:
                out({"explain": _decision_json(d)})
            if not decisions:
                out({"explain": "no candidate: no category trigger word in the text"})
    for line in unresolved:
        print(f"warning: {line}", file=sys.stderr)
    return EXIT_SKIPPED if unresolved else EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate, format_report, write_report

    gold = Path(args.gold)
    report = evaluate(gold, Path(args.output))
    print(format_report(report))
    print(f"wrote {write_report(report, gold, Path(args.output))}")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.bench import main as bench_main

    return bench_main(words=args.words, input_dir=Path(args.input))


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Tag what countries say they do against human trafficking (offline).",
    )
    sub = root.add_subparsers(dest="command", required=True)

    build = sub.add_parser(
        "build",
        help="run every stage and write the CSV outputs",
        description="Read every .txt/.html file in --input, write "
        "documents/statements/measures/participants/unresolved.csv to --output.",
    )
    build.add_argument(
        "--input", default="seeds", help="folder of source documents (default: seeds)"
    )
    build.add_argument(
        "--output", default="data", help="folder for the CSV outputs (default: data)"
    )
    build.add_argument("--quiet", action="store_true", help="no progress lines")
    build.set_defaults(func=cmd_build)

    tag = sub.add_parser(
        "tag",
        help="tag one plain text as a single statement (codebook §6)",
        description="Prints one JSON line per applied category: "
        '{"category", "status", "evidence", "start", "end"}.',
    )
    tag.add_argument("file", nargs="?", help="a UTF-8 text file, or - for standard input (default)")
    tag.add_argument(
        "--jsonl",
        metavar="FILE",
        help='JSON lines {"id", "text"[, "speaker", "on_trafficking"]}; prints '
        '{"id", "measures"} per line, in order',
    )
    tag.add_argument(
        "--speaker",
        metavar="NAME",
        help="the State or organization whose words the text reports (codebook §6: only "
        "its own measures count)",
    )
    tag.add_argument(
        "--explain",
        action="store_true",
        help="also print, for every candidate, the rule that kept or dropped it",
    )
    tag.add_argument(
        "--on-trafficking",
        action="store_true",
        help="the text comes from a meeting on trafficking (codebook §5 tie supplied)",
    )
    tag.set_defaults(func=cmd_tag)

    evaluate = sub.add_parser(
        "evaluate",
        help="precision/recall/F1 of a build against gold labels",
        description="Compare --output/measures.csv with a gold CSV "
        "(doc_id,entity,category,status[,note]), or tag and compare a single-text gold in "
        "JSON lines (.jsonl); see docs/evaluation.md.",
    )
    evaluate.add_argument(
        "--gold", required=True, help="gold file: build gold (.csv) or single-text gold (.jsonl)"
    )
    evaluate.add_argument("--output", default="data", help="the build folder (default: data)")
    evaluate.set_defaults(func=cmd_evaluate)

    bench = sub.add_parser("bench", help="print speed and memory figures against their floors")
    bench.add_argument(
        "--words",
        type=int,
        default=1_000_000,
        help="size of the scaled corpus in words (default: 1,000,000)",
    )
    bench.add_argument("--input", default="seeds", help="documents to scale (default: seeds)")
    bench.set_defaults(func=cmd_bench)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (InputError, OutputError, DataFileError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")


if __name__ == "__main__":
    sys.exit(main())
