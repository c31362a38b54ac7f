"""Command line: ``python -m pipeline build | tag | evaluate | bench``.

Every failure the user can cause (missing folder, unwritable output, bad gold file,
unreadable input) ends with a one-line reason and a non-zero exit code, never a traceback.
Exit codes (README, "Exit codes and guarantees"): 0 all good; 1 the command ran but some
inputs were skipped; 2 usage or environment error; 3 internal error, with the traceback in a
log file the one-line message points to.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import NoReturn

from pipeline.export import OutputError
from pipeline.read import InputError, decode_text, shown
from pipeline.strict import UNPAIRED, DataFileError, is_text, strict_loads
from pipeline.tag import Decision

EXIT_OK = 0
EXIT_SKIPPED = 1  # the command ran but some inputs were skipped
EXIT_ERROR = 2  # usage or environment: the message says what to change
EXIT_INTERNAL = 3  # a bug: the message points to a log with the traceback


class UsageError(Exception):
    """A command line argparse rejects; one line, exit 2."""


class OneLineParser(argparse.ArgumentParser):
    """argparse prints the whole usage before its error; one line is easier to read in a
    script's log, and ``--help`` still shows the usage."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def _fail(message: str) -> int:
    """One line on stderr, whatever the message quotes (a path given on the command line
    may hold a newline or an escape sequence)."""
    print(f"error: {shown(message)}", file=sys.stderr)
    return EXIT_ERROR


def _read_stdin() -> bytes:
    if sys.stdin is None:
        raise InputError("standard input is closed")
    try:
        return sys.stdin.buffer.read()
    except (OSError, ValueError) as exc:
        raise InputError(f"standard input cannot be read ({exc})") from exc


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.build import run_build, stderr_document_progress, stderr_progress

    def note(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    summary = run_build(
        Path(args.input),
        Path(args.output),
        progress=None if args.quiet else stderr_progress,
        allow_empty=args.allow_empty,
        within_document=None if args.quiet else stderr_document_progress,
        on_wait=note,
    )
    print(f"built {shown(args.output)}/ from {shown(args.input)}/")
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
        if isinstance(value, str) and not is_text(value):
            return f"{where}: key {key!r} holds {UNPAIRED}"
    return None


def strict_json(line: str) -> object:
    """json.loads without NaN, Infinity or numbers that overflow to infinity: what is read
    must be writable back as valid JSON."""
    return strict_loads(line)


def json_lines(text: str) -> list[tuple[int, str]]:
    """Numbered non-blank lines, split on newline only: U+2028 and other characters
    str.splitlines() treats as line ends are valid inside a JSON string."""
    return [
        (number, line.removesuffix("\r"))
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    ]


def cmd_tag(args: argparse.Namespace) -> int:
    from pipeline.build import explain_texts, reads_as_trafficking_assessment, speaker_named
    from pipeline.tag import Speaker

    ascii_only = (sys.stdout.encoding or "").lower().replace("-", "") != "utf8"

    def out(obj: object) -> None:
        sys.stdout.write(json.dumps(obj, ensure_ascii=ascii_only, allow_nan=False) + "\n")

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
        shown_path = shown(args.jsonl)
        try:
            raw = _read_stdin() if args.jsonl == "-" else path.read_bytes()
        except OSError as exc:
            return _fail(f"{shown_path}: cannot read ({exc.strerror or exc})")
        text = decode_text(raw, shown_path)
        records = []
        for number, line in json_lines(text):
            where = f"{shown_path}:{number}"
            try:
                record = strict_json(line)
            except json.JSONDecodeError as exc:
                return _fail(f"{where}: not JSON ({exc.msg})")
            except ValueError as exc:
                return _fail(f"{where}: {exc}")
            problem = _check_line(record, where)
            if problem:
                return _fail(problem)
            assert isinstance(record, dict)
            records.append((where, record))
        items = [
            (
                record["text"],
                speaker_for(record.get("speaker"), record["text"], where),
                record.get(
                    "on_trafficking",
                    args.on_trafficking or reads_as_trafficking_assessment(record["text"]),
                ),
                0,
            )
            for where, record in records
        ]
        for (_where, record), (measures, decisions) in zip(
            records, explain_texts(items), strict=True
        ):
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
            raw = _read_stdin() if source == "-" else Path(source).read_bytes()
        except OSError as exc:
            return _fail(f"{shown(source)}: cannot read ({exc.strerror or exc})")
        text = decode_text(raw, shown(source))
        speaker = speaker_for(args.speaker, text, "--speaker")
        tie = args.on_trafficking or reads_as_trafficking_assessment(text)
        ((measures, decisions),) = explain_texts([(text, speaker, tie, 0)])
        for m in measures:
            out(asdict(m))
        if args.explain:
            for d in decisions:
                out({"explain": _decision_json(d)})
            if not decisions:
                out({"explain": "no candidate: no category trigger word in the text"})
        elif not measures:
            # nothing on stdout would read as "the tool did nothing": say why, on stderr
            why = (
                "no category trigger word in the text"
                if not decisions
                else f"{len(decisions)} candidate(s), each dropped by a codebook rule"
            )
            print(f"no measure: {why} (--explain shows each rule)", file=sys.stderr)
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
    root = OneLineParser(
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
    build.add_argument(
        "--allow-empty",
        action="store_true",
        help="publish a build with no document even over one that has documents (by "
        "default such a build is refused and the earlier one kept)",
    )
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


def _silence_stdout() -> None:
    """After a failed write to stdout, point it at /dev/null so the interpreter's final
    flush does not print a second error."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _log_internal_error(exc: BaseException) -> str:
    folder = Path(os.environ.get("PIPELINE_LOG_DIR") or Path(tempfile.gettempdir()))
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    path = folder / f"pipeline-error-{stamp}-{os.getpid()}.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"python -m pipeline {' '.join(sys.argv[1:])}\n")
            traceback.print_exception(exc, file=log)
    except OSError:
        return "no log could be written"
    return f"details in {path}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; every outcome is one line on stderr."""
    if sys.stderr is None:  # started with 2>&-: messages have nowhere to go, not a crash
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")  # a file name never crashes a print
    from pipeline.build import EmptyBuildError

    try:
        args = parser().parse_args(argv)
        code = int(args.func(args))
        if sys.stdout is not None:
            sys.stdout.flush()
        return code
    except UsageError as exc:
        return _fail(str(exc))
    except (InputError, OutputError, DataFileError, EmptyBuildError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        _silence_stdout()
        return _fail("output closed before everything was written (broken pipe)")
    except OSError as exc:
        if exc.errno is not None and exc.filename is None:
            _silence_stdout()  # the failed write was to stdout, e.g. > /dev/full
            return _fail(f"cannot write the output ({exc.strerror})")
        where = f"{shown(str(exc.filename))}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}")
    except Exception as exc:
        print(
            f"internal error: {type(exc).__name__}: {shown(str(exc))[:200]} "
            f"({_log_internal_error(exc)})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _terminate(signum: int, _frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so a build removes its staging folder before exiting."""
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminate)
    sys.exit(main())
