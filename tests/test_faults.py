"""Fault injection (issue 9): hostile inputs and interruptions, one class per section.

Each class of fault has its guarantee: one clear line naming the file or value, nothing
already good lost, never a mixed build, a distinct exit code. Property tests run a few
examples by default; ``make fuzz`` (FAULTS_PROFILE=fuzz) runs many more of each.
"""

from __future__ import annotations

import errno
import gc
import itertools
import json
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import build, export
from pipeline.export import OUTPUT_FILES
from pipeline.read import SkippedFile, read_folder
from pipeline.strict import UNPAIRED
from tests.conftest import ROOT, SEEDS, meeting_seeds, read_rows
from tests.test_build import run_cli

settings.register_profile(
    "faults", deadline=None, max_examples=8, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow]
)
FUZZ = os.environ.get("FAULTS_PROFILE") == "fuzz"
PROFILE = settings.get_profile("fuzz" if FUZZ else "faults")
KILL_EXAMPLES = 25 if FUZZ else 2

PUBLISHED = (*OUTPUT_FILES, build.BUILD_INFO)
SMALL = SEEDS / "002_1888e5659680e480.txt"  # meetings coverage, 7 statements


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in PUBLISHED if (folder / name).exists()}


def leftovers(folder: Path) -> list[str]:
    """Staging folders and temp files a build left inside or next to its output folder."""
    inside = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    beside = [p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.")]
    return inside + beside


def one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


# --------------------------------------------------------------------------- a build is one unit


def test_a_killed_build_leaves_all_old_or_all_new_outputs(tmp_path: Path) -> None:
    """SIGKILL at random moments of a build (reading, tagging, publishing): the published
    files are always one build's, and the next build removes what the killed one left."""
    old_in, new_in = tmp_path / "old", tmp_path / "new"
    for folder, sources in ((old_in, [SMALL]), (new_in, sorted(SEEDS.glob("00[0-2]*.txt")))):
        folder.mkdir()
        for source in sources:
            (folder / source.name).write_bytes(source.read_bytes())
    expected_new = tmp_path / "expected"
    build.run_build(new_in, expected_new)
    new = snapshot(expected_new)
    out = tmp_path / "out"
    build.run_build(old_in, out)
    old = snapshot(out)
    assert old != new
    command = [sys.executable, "-m", "pipeline", "build", "--quiet"]
    command += ["--input", str(new_in), "--output", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    full = time.monotonic() - started
    build.run_build(old_in, out)
    rng = random.Random(9)
    for _ in range(KILL_EXAMPLES):
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3 * full, 1.1 * full))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert snapshot(out) in (old, new)
        build.run_build(old_in, out)  # cleans the killed build's staging folder
        assert snapshot(out) == old
        assert leftovers(out) == []


@pytest.mark.parametrize("step", ["link", "chmod", "exchange", "rmtree"])
def test_an_interruption_at_each_step_of_publishing_gives_all_old_or_all_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """The kill test above lands in the publishing step only by chance; here each step of
    it is interrupted in turn."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "evaluation-x.json").write_text("{}\n", encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes(SMALL.read_bytes())
    build.run_build(inputs, out)
    old = snapshot(out)
    (inputs / "b.txt").write_bytes((SEEDS / "000_d17c2573a56b5b9d.txt").read_bytes())
    expected = tmp_path / "expected"
    build.run_build(inputs, expected)
    new = snapshot(expected)
    targets = {
        "link": (export.os, "link"),
        "chmod": (export.os, "chmod"),
        "exchange": (export, "_exchange"),
        "rmtree": (export.shutil, "rmtree"),
    }
    owner, name = targets[step]
    real = getattr(owner, name)
    calls = {"n": 0}

    def interrupted(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, interrupted)
    with pytest.raises(KeyboardInterrupt):
        build.run_build(inputs, out)
    monkeypatch.undo()
    assert snapshot(out) in (old, new)
    assert (snapshot(out) == new) == (step == "rmtree")
    assert (out / "evaluation-x.json").read_text(encoding="utf-8") == "{}\n"
    build.run_build(inputs, out)
    assert snapshot(out) == new and leftovers(out) == []


def test_sigterm_removes_the_staging_folder_at_once(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(3):
        (inputs / f"d{n}.txt").write_bytes((SEEDS / "003_ad5e1fdf5d9536eb.txt").read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "build", "--input", str(inputs), "--output", str(out)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not [p for p in tmp_path.iterdir() if p.name.startswith(".out.building-")]:
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2 and err.strip().splitlines()[-1] == "error: interrupted"
    assert "Traceback" not in err
    assert leftovers(out) == [] and snapshot(out) == {}


@pytest.mark.parametrize("fail_on", ["mkdir", "first_file"])
def test_an_interrupt_while_the_staging_folder_is_set_up_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_on: str
) -> None:
    """The SIGTERM test above can land before the staging folder is fully set up (the
    window widens on a loaded machine): __exit__ never runs for a failed __enter__, so
    the folder must go there, whenever the interrupt comes."""
    out = tmp_path / "out"
    real_mkdir, real_create = os.mkdir, export._create

    def mkdir_then_interrupt(path: os.PathLike[str] | str, *args: object) -> None:
        real_mkdir(path, *args)  # type: ignore[arg-type]
        if export.STAGING in os.fspath(path):
            raise KeyboardInterrupt  # the staging folder exists, its name not yet kept

    def create_then_interrupt(path: Path) -> int:
        os.close(real_create(path))
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "_create", create_then_interrupt)
    if fail_on == "mkdir":
        monkeypatch.setattr(export.os, "mkdir", mkdir_then_interrupt)
    with pytest.raises(KeyboardInterrupt), export.CsvSet(out):
        pass
    monkeypatch.undo()
    assert leftovers(out) == [] and snapshot(out) == {}


def test_concurrent_builds_into_one_folder_are_serialised(tmp_path: Path) -> None:
    """A second build waits for the lock of the first (the dashboard's rebuild and a
    manual one), then publishes a complete set of its own."""
    out = tmp_path / "out"
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes(SMALL.read_bytes())
    waits: list[str] = []
    done = threading.Event()

    def second() -> None:
        build.run_build(inputs, out, on_wait=waits.append)
        done.set()

    with export.lock_folder(out):
        thread = threading.Thread(target=second)
        thread.start()
        deadline = time.monotonic() + 30
        while not waits and time.monotonic() < deadline:
            time.sleep(0.01)
        assert waits == [f"waiting for another build into {out} to finish"]
        assert not done.is_set() and snapshot(out) == {}
    thread.join(60)
    assert done.is_set()
    assert [r["doc_id"] for r in read_rows(out / "documents.csv")] == ["a"]


def test_a_build_replacing_the_folder_meanwhile_is_noticed_by_a_waiting_lock(
    tmp_path: Path,
) -> None:
    """Publishing swaps folders: a build that waited on the old folder must lock the new."""
    out = tmp_path / "out"
    out.mkdir()
    first = export.lock_folder(out).__enter__()
    got: list[int] = []

    def waiter() -> None:
        with export.lock_folder(out) as lock:
            got.append(os.fstat(lock.fd).st_ino)

    thread = threading.Thread(target=waiter)
    thread.start()
    time.sleep(0.2)
    replacement = tmp_path / "replacement"
    replacement.mkdir()
    export._exchange(replacement, out)
    first.__exit__(None, None, None)
    thread.join(10)
    assert got == [out.stat().st_ino]


def test_outputs_follow_the_umask_and_keep_the_folder_mode(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o750)
    previous = os.umask(0o027)
    try:
        build.run_build(meeting_seeds(), out)
    finally:
        os.umask(previous)
    for name in PUBLISHED:
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o640, name
    assert stat.S_IMODE(out.stat().st_mode) == 0o750


def test_other_files_in_the_output_folder_survive_a_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "evaluation-heldout.json").write_text("{}\n", encoding="utf-8")
    (out / ".measures.csv.abc.tmp").write_text("left by a killed old-style build", "utf-8")
    build.run_build(meeting_seeds(), out)
    assert (out / "evaluation-heldout.json").read_text(encoding="utf-8") == "{}\n"
    assert leftovers(out) == []


def test_a_folder_with_sub_folders_is_published_in_place_and_reads_stale_midway(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no swap is possible, build-info.json goes first and comes back last: a
    publish interrupted midway is a stale build (rebuilt), never a fresh mixed one."""
    out = tmp_path / "out"
    (out / "keep").mkdir(parents=True)
    build.run_build(meeting_seeds(), out)
    assert (out / "keep").is_dir() and not build.is_stale(meeting_seeds(), out)
    real_replace = os.replace
    moved: list[str] = []

    def interrupted(src: object, dst: object) -> None:
        if len(moved) == 2:
            raise KeyboardInterrupt
        moved.append(str(dst))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(export.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build.run_build(meeting_seeds(), out)
    monkeypatch.undo()
    assert build.is_stale(meeting_seeds(), out)
    assert leftovers(out) == []


def test_disk_full_is_one_line_keeps_the_old_build_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build.run_build(meeting_seeds(), out)
    before = snapshot(out)

    def full(self: export.CsvSet, name: str, rows: object) -> None:
        raise export.OutputError(
            f"output folder {self.folder}: {os.strerror(errno.ENOSPC)}"
        ) from OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export.CsvSet, "write", full)
    result = run_cli("build", "--quiet", "--input", str(meeting_seeds()), "--output", str(out))
    assert result.returncode == 2 and one_line(result.stderr)
    assert "No space left on device" in result.stderr
    assert snapshot(out) == before and leftovers(out) == []


def test_disk_full_when_flushing_is_reported_and_the_staging_folder_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Buffered rows reach the disk at flush and fsync, where a full disk shows itself."""
    out = tmp_path / "out"
    build.run_build(meeting_seeds(), out)
    before = snapshot(out)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export.os, "fsync", full)
    with pytest.raises(export.OutputError, match="No space left on device"):
        build.run_build(meeting_seeds(), out)
    assert snapshot(out) == before and leftovers(out) == []


# --------------------------------------------------------------------------- per-file isolation


def hostile_folder(folder: Path) -> None:
    folder.mkdir()
    text = SMALL.read_bytes()
    (folder / "good.txt").write_bytes(text)
    (folder / "good.html").write_text(
        "<html><body><main>"
        + "".join(
            f"<p>The representative of Ghana said the Government enacted law {i} against "
            "trafficking in persons and will keep doing so.</p>"
            for i in range(4)
        )
        + "</main></body></html>",
        encoding="utf-8",
    )
    (folder / "utf16.txt").write_bytes(text.decode("utf-8").encode("utf-16"))
    (folder / "utf16-no-bom.txt").write_bytes("The representative spoke".encode("utf-16-le"))
    os.mkfifo(folder / "fifo.txt")
    (folder / "folder.txt").mkdir()
    (folder / "dangling.txt").symlink_to(folder / "nowhere")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / os.fsdecode(b"latin1-\xe9.txt")).write_bytes(text)
    (folder / "bell\x07\x1b[31m.txt").write_bytes(text)
    (folder / "unreadable.txt").write_bytes(text)


EXPECTED_SKIPS = {
    "good.txt": "same document id 'good' as good.html (rename one of them)",
    "utf16-no-bom.txt": "UTF-16 without a byte-order mark (save it as UTF-8)",
    "fifo.txt": "not a regular file (a FIFO)",
    "folder.txt": "a folder, not a file",
    "dangling.txt": "dangling symbolic link (its target does not exist)",
    "loop.txt": "symbolic link loop",
    "latin1-\\xe9.txt": "file name is not valid UTF-8 (rename the file)",
    "unreadable.txt": "cannot read (Permission denied)",
}


def deny_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """No read permission, simulated: chmod does not stop root, and CI runs as root."""
    real = os.open

    def refusing_open(path: object, *args: object, **kwargs: object) -> int:
        if os.fspath(path).endswith("unreadable.txt"):  # type: ignore[call-overload]
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)


def test_every_bad_file_is_named_with_its_reason_and_the_rest_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile_folder(tmp_path / "in")
    deny_unreadable(monkeypatch)
    out = tmp_path / "out"
    result = run_cli("build", "--quiet", "--input", str(tmp_path / "in"), "--output", str(out))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr + result.stdout
    skipped = dict(
        line.removeprefix("skipped ").split(": ", 1)
        for line in result.stderr.splitlines()
        if line.startswith("skipped ")
    )
    assert skipped == EXPECTED_SKIPS
    documents = {r["doc_id"]: r["source_file"] for r in read_rows(out / "documents.csv")}
    assert documents == {
        "good": "good.html",
        "utf16": "utf16.txt",
        "bell\\u0007\\u001b[31m": "bell\\u0007\\u001b[31m.txt",
    }
    ids = [r["statement_id"] for r in read_rows(out / "statements.csv")]
    assert len(ids) == len(set(ids))
    info = json.loads((out / "build-info.json").read_text(encoding="utf-8"))
    assert info["inputs"]["unreadable.txt"] == "unreadable: cannot read (Permission denied)"
    assert not build.is_stale(tmp_path / "in", out)


def test_a_file_replaced_by_a_fifo_after_the_listing_does_not_hang(tmp_path: Path) -> None:
    from pipeline.read import InputEntry, InputError, read_raw

    os.mkfifo(tmp_path / "late.txt")
    entry = InputEntry(tmp_path / "late.txt", "late.txt")  # listed while still a file
    with pytest.raises(InputError, match=r"^late\.txt: not a regular file$"):
        read_raw(entry)


def test_utf16_offsets_point_into_the_decoded_text(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    source = SMALL.read_text(encoding="utf-8")
    (inputs / "u.txt").write_bytes(source.encode("utf-16-be").join([b"\xfe\xff", b""]))
    build.run_build(inputs, tmp_path / "out")
    rows = read_rows(tmp_path / "out" / "statements.csv")
    assert rows and all(source[int(r["start"]) : int(r["end"])] == r["text"] for r in rows)


def test_non_ascii_names_under_the_c_locale(tmp_path: Path) -> None:
    """LC_ALL=C PYTHONUTF8=0: an ASCII terminal and file system encoding. Names are still
    read as UTF-8 and printed escaped, never a UnicodeEncodeError."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "café.txt").write_bytes(SMALL.read_bytes())
    (inputs / os.fsdecode(b"bad-\xff.txt")).write_bytes(SMALL.read_bytes())
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONPATH": str(ROOT)}
    env.pop("LANG", None)
    command = [sys.executable, "-m", "pipeline", "build", "--input", str(inputs)]
    result = subprocess.run(
        [*command, "--output", str(tmp_path / "out")],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert b"skipped bad-\\xff.txt: file name is not valid UTF-8" in result.stderr
    docs = read_rows(tmp_path / "out" / "documents.csv")
    assert [d["source_file"] for d in docs] == ["café.txt"]


@PROFILE
@given(names=st.lists(st.binary(min_size=1, max_size=40), min_size=1, max_size=6, unique=True))
def test_random_file_names_are_read_or_named_never_a_crash(names: list[bytes]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = []
        for raw in names:
            name = raw.replace(b"/", b"_").replace(b"\x00", b"_") + b".txt"
            if name in (b".txt", b"..txt") or os.path.exists(os.path.join(tmp.encode(), name)):
                continue
            try:
                (folder / os.fsdecode(name)).write_bytes(b"The representative of Chad said.")
            except OSError:
                continue  # a name too long for the file system
            made.append(name)
        results = list(read_folder(folder))
        assert len(results) == len(made)
        for item in results:
            assert all(unicodedata.category(ch)[0] != "C" for ch in item.source_file)
            item.source_file.encode("utf-8")  # storable in the CSVs
        docs = [r.doc_id for r in results if not isinstance(r, SkippedFile)]
        assert len(docs) == len(set(docs))


@PROFILE
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_read_or_named_never_a_crash(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.txt"
        path.write_bytes(data)
        (result,) = list(read_folder(Path(tmp)))
        if isinstance(result, SkippedFile):
            assert result.reason and "\n" not in result.reason
        else:
            assert result.text.strip()


@PROFILE
@given(text=st.text(max_size=3000))
def test_random_text_goes_through_every_stage(text: str) -> None:
    from pipeline.read import Document

    if not text.strip():
        return
    result = build.process_document(Document("d", "d.txt", text, "0"))
    for rows in build.rows_for(result).values():
        assert isinstance(rows, list)
    for st_ in result.segmentation.statements:
        assert 0 <= st_.start <= st_.end <= len(text)


def test_a_text_over_spacys_limit_is_tagged_in_pieces(tmp_path: Path) -> None:
    lead = "Luxembourg opened a shelter for victims of trafficking. "
    text = lead + "Then " + "word " * 200_000 + "."
    assert len(text) > 1_000_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("tag", str(path))
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    measure = json.loads(line)
    assert measure["category"] == "shelters"
    assert text[measure["start"] : measure["end"]] == measure["evidence"]
    jsonl = tmp_path / "long.jsonl"
    jsonl.write_text(json.dumps({"id": 1, "text": text}) + "\n", encoding="utf-8")
    result = run_cli("tag", "--jsonl", str(jsonl))
    assert result.returncode == 0, result.stderr
    assert [m["category"] for m in json.loads(result.stdout)["measures"]] == ["shelters"]


def test_pieces_cover_the_text_and_keep_short_statements_whole() -> None:
    short = SMALL.read_text(encoding="utf-8")
    assert build.tagging_pieces(short[:3000]) == [(0, 3000)]
    text = ("A sentence about nothing in particular. " * 4000) + ("x " * 6000)
    pieces = build.tagging_pieces(text)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_s, e), (s2, _e2) in itertools.pairwise(pieces):
        assert e <= s2 and not text[e:s2].strip()
    assert all(e - s <= build.PIECE_CHARS for s, e in pieces)


@PROFILE
@given(
    words=st.lists(
        st.sampled_from(["word", "Word.", "Mr.", "a,", "  ", "\n", "x" * 30, "End!", "U.N."]),
        max_size=400,
    )
)
def test_pieces_are_ordered_disjoint_bounded_and_skip_only_spaces(words: list[str]) -> None:
    text = " ".join(words)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build, "SENTENCE_CHARS", 40)
        patch.setattr(build, "PIECE_CHARS", 120)
        pieces = build.tagging_pieces(text)
    # leading whitespace may be skipped ("\n \n word …" starts its first piece at 4): the
    # loop checks that whatever lies before or between pieces is only spaces
    assert pieces
    covered = 0
    for start, end in pieces:
        assert covered <= start <= end <= len(text) and not text[covered:start].strip()
        assert end - start <= 120
        covered = end
    assert not text[covered:].strip()


# --------------------------------------------------------------------------- exit codes


def test_an_internal_error_is_one_line_pointing_to_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_named: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(build, "process_document", broken)
    monkeypatch.setenv("PIPELINE_LOG_DIR", str(tmp_path / "logs"))
    out = tmp_path / "out"
    result = run_cli("build", "--quiet", "--input", str(meeting_seeds()), "--output", str(out))
    assert result.returncode == 3 and one_line(result.stderr)
    assert result.stderr.startswith("internal error: RuntimeError: simulated bug (details in ")
    (log,) = (tmp_path / "logs").iterdir()
    assert str(log) in result.stderr and "Traceback" in log.read_text(encoding="utf-8")
    assert leftovers(out) == [] and snapshot(out) == {}


def test_usage_errors_are_one_line_with_exit_2(tmp_path: Path) -> None:
    hostile = str(tmp_path / "no\nsuch\x1b[2J")
    for args in (
        ["bogus"],
        ["build", "--nope"],
        ["evaluate"],
        ["build", "--input", hostile],
        ["tag", hostile],
        ["evaluate", "--gold", hostile + ".jsonl"],
    ):
        result = run_cli(*args)
        assert result.returncode == 2 and one_line(result.stderr), args
        assert "\x1b" not in result.stderr


class FailingStdout:
    """stdout whose writes fail the way a closed pipe or a full disk make them fail."""

    encoding = "utf-8"

    def __init__(self, error: OSError) -> None:
        self.error = error

    def write(self, _text: str) -> int:
        raise self.error

    def flush(self) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (BrokenPipeError(errno.EPIPE, "Broken pipe"), "broken pipe"),
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
    ],
)
def test_a_failing_stdout_is_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: OSError,
    message: str,
) -> None:
    from pipeline.__main__ import main

    path = tmp_path / "t.txt"
    path.write_text("Luxembourg opened a shelter for trafficking victims.", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", FailingStdout(error))
    assert main(["tag", str(path)]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and message in err


def test_dev_full_and_closed_stdin_leave_no_traceback(tmp_path: Path) -> None:
    """The real thing once: the interpreter's final flush must not add a second error."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = (
        f"{sys.executable} -m pipeline build --quiet --input {meeting_seeds()} "
        f"--output {tmp_path / 'out'} > /dev/full; echo rc=$? >&2; "
        f"{sys.executable} -m pipeline tag <&-; echo rc=$? >&2"
    )
    result = subprocess.run(
        ["bash", "-c", script], env=env, capture_output=True, text=True, timeout=180
    )
    assert result.stderr.splitlines() == [
        "error: cannot write the output (No space left on device)",
        "rc=2",
        "error: standard input is closed",
        "rc=2",
    ]
    assert leftovers(tmp_path / "out") == []


# --------------------------------------------------------------------------- empty input


def test_an_empty_or_all_bad_input_does_not_replace_a_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build.run_build(meeting_seeds(), out)
    before = snapshot(out)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\xff\xfe\x00")
    for folder in (tmp_path / "empty", bad):
        folder.mkdir(exist_ok=True)
        result = run_cli("build", "--quiet", "--input", str(folder), "--output", str(out))
        assert result.returncode == 2 and one_line(result.stderr), result.stderr
        assert "--allow-empty" in result.stderr and str(folder) in result.stderr
        assert snapshot(out) == before and leftovers(out) == []
    result = run_cli("build", "--quiet", "--allow-empty", "--input", str(bad), "--output", str(out))
    assert result.returncode == 1
    assert read_rows(out / "documents.csv") == []


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    "name",
    [
        "Fr\u200bance",
        "\u2066Fr\u2069ance",
        "Fr\u202eance",
        "Fr\u0430nce",
        "Ｆｒａｎｃｅ",
        "Fra\u034fnce",
        "Côte d’Ivoire",
        "the Republic of Korea",
        "Atlantis",
    ],
)
def test_a_disguised_possessive_speaker_is_never_dropped(name: str) -> None:
    from pipeline.meta import MEETING_COVERAGE
    from pipeline.segment import segment

    text = (
        "Meeting title\n\nThe representative of Chad said it adopted a law on trafficking.\n\n"
        f"{name}'s delegate said her country opened a shelter for victims.\n"
    )
    seg = segment(text, MEETING_COVERAGE)
    speakers = [s.speaker for s in seg.statements]
    assert f"{name}'s delegate" in speakers
    (disguised,) = [s for s in seg.statements if s.speaker.startswith(name)]
    assert disguised.entity is not None or name in [u.name for u in seg.unresolved]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("the Fr\u200bench representative said", "the Fr\u200bench representative"),
        ("the Ｆｒａｎｃｅ representative said", "the Ｆｒａｎｃｅ representative"),
        ("FR\u200bANCE SMITH (Fr\u200bance) said", "FR\u200bANCE SMITH"),
        ("JOHN SMITH (Fr\u202eance), Minister, said", "JOHN SMITH"),
        ("Mr. SM\u200bITH said", "Mr. SM\u200bITH"),
        ("Ms. Ｗａｌｙ said", "Ms. Ｗａｌｙ"),
    ],
)
def test_other_disguised_openings_are_never_dropped(opening: str, speaker: str) -> None:
    from pipeline.meta import MEETING_COVERAGE
    from pipeline.segment import segment

    text = (
        "Meeting title\n\nThe representative of Chad said it adopted a law on trafficking.\n\n"
        f"{opening} her country opened a shelter for victims.\n"
    )
    seg = segment(text, MEETING_COVERAGE)
    (found,) = [s for s in seg.statements if s.speaker == speaker]
    unresolved = [text[u.start : u.end] for u in seg.unresolved]
    assert found.entity is not None or any(name in opening for name in unresolved)


# --------------------------------------------------------------------------- strict JSON input


def test_tag_jsonl_accepts_u2028_inside_a_string(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    record = {"id": "a", "text": "The Government opened a shelter\u2028for trafficking victims."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run_cli("tag", "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "a"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": NaN, "text": "x"}', "NaN is not a number JSON allows"),
        ('{"id": 1e999, "text": "x"}', "1e999 is out of range"),
        ('{"id": Infinity, "text": "x"}', "Infinity is not a number JSON allows"),
        ('{"id": 1.5, "text": "x"}', "key 'id' has the wrong type (float)"),
        ('{"id": true, "text": "x"}', "key 'id' has the wrong type (bool)"),
        ('{"id": 2, "text": "a \\ud800 b"}', f"key 'text' holds {UNPAIRED}"),
    ],
)
def test_tag_jsonl_refuses_ids_that_cannot_be_written_back(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    result = run_cli("tag", "--jsonl", str(path))
    assert result.returncode == 2 and one_line(result.stderr)
    assert result.stderr == f"error: {path}:2: {reason}\n"
    assert result.stdout == ""


def gold_line(measures: object, **extra: object) -> str:
    record = {"id": "g1", "text": "Chad adopted a law.", "on_trafficking": True}
    return json.dumps({**record, "measures": measures, **extra}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        ([gold_line(["legislation"])], ":1: measures[0]: expected a JSON object, got str"),
        ([gold_line([None])], ":1: measures[0]: expected a JSON object, got NoneType"),
        ([gold_line([{"category": "legislation"}])], ":1: measures[0]: missing key(s) status"),
        (
            [gold_line([{"category": ["legislation"], "status": "in_place"}])],
            ":1: measures[0]: key 'category' has type list",
        ),
        (
            [gold_line([{"category": "legislation", "status": "in_place", "weight": 2}])],
            ":1: measures[0]: unknown key(s) weight",
        ),
        (
            [gold_line([{"category": "legislation", "status": "done"}])],
            ":1: measures[0]: unknown status 'done'",
        ),
        ([gold_line([]), "", gold_line([])], ":3: duplicate id 'g1' (first at line 1)"),
        ([""], ": no gold record (an empty gold set cannot be scored)"),
        ([gold_line([]).replace('"g1"', "NaN")], ":1: NaN is not a number JSON allows"),
        ([gold_line([]).replace("Chad", "\\udc00")], f":1: key 'text' holds {UNPAIRED}"),
    ],
)
def test_bad_gold_is_one_line_naming_file_and_line(
    tmp_path: Path, lines: list[str], reason: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("evaluate", "--gold", str(gold), "--output", str(tmp_path))
    assert result.returncode == 2 and one_line(result.stderr), result.stderr
    assert result.stderr == f"error: {gold}{reason}\n"
    assert not list(tmp_path.glob("evaluation*.json"))


def test_gold_with_u2028_inside_a_text_is_scored(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    line = gold_line([{"category": "legislation", "status": "in_place"}])
    gold.write_text(line.replace("adopted", "adopted\u2028") + "\n", encoding="utf-8")
    result = run_cli("evaluate", "--gold", str(gold), "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    figures = json.loads((tmp_path / "evaluation-gold.json").read_text(encoding="utf-8"))
    assert figures["overall"]["tp"] + figures["overall"]["fn"] == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("doc_id,entity,category,status\n", ": no gold row (an empty gold set cannot be scored)"),
        (
            "doc_id,entity,category,status,weight\nd,Chad,legislation,in_place,2\n",
            ": unknown column(s) 'weight' (allowed: doc_id, entity, category, status, note)",
        ),
        (
            "doc_id,entity,category,status\nd,Chad,legislation,in_place,extra\n",
            ":2: 4 fields expected, got a different number",
        ),
        (
            "doc_id,entity,category,status\nd,Chad,legislation,in_place\n"
            "d,Chad,legislation,planned\n",
            ":3: duplicate gold row for d / Chad / legislation (first at line 2)",
        ),
    ],
)
def test_bad_csv_gold_is_one_line_naming_file_and_line(
    tmp_path: Path, content: str, reason: str
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(content, encoding="utf-8")
    (tmp_path / "measures.csv").write_text("doc_id,entity,category,status\n", encoding="utf-8")
    result = run_cli("evaluate", "--gold", str(gold), "--output", str(tmp_path))
    assert result.returncode == 2 and one_line(result.stderr), result.stderr
    assert result.stderr == f"error: {gold}{reason}\n"


# --------------------------------------------------------------------------- linear time


def best_time(run: object, repeat: int = 2) -> float:
    """CPU time of this process, the best of a few runs, without the cyclic garbage
    collector: other processes on a busy CI machine slow the wall clock, not this, and a
    collection landing in one run but not the other is noise, not the algorithm."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            run()  # type: ignore[operator]
            times.append(time.process_time() - started)
        finally:
            gc.enable()
    return min(times)


def article(blocks: int) -> str:
    countries = ["Peru", "Chile", "France", "Ghana", "Kenya", "Nepal", "Spain", "Italy"]
    out = ["Ministry opens shelter", ""]
    for k in range(blocks):
        out += [
            f"“We opened shelter number {k} for victims of trafficking this year,” said "
            f"Maria Lopez, Minister of Social Affairs of {countries[k % 8]}.",
            "",
            f"The meeting {k} continued in the afternoon with other items.",
            "",
        ]
    return "\n".join(out)


def letters(k: int) -> str:
    word = ""
    while True:
        k, digit = divmod(k, 26)
        word += "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[digit]
        if not k:
            return word + "SON"


def meeting(blocks: int) -> str:
    """Coverage introducing a new speaker per paragraph, each referred to again as "Mr. X":
    every lookup reads the registry of people introduced so far."""
    out = ["GA/99999", "Meeting on trafficking", ""]
    for k in range(blocks):
        out += [
            f"PERSON {letters(k)} (Chile) said the Government adopted law {k} on trafficking.",
            f"Mr. {letters(k)} said the Government opened a shelter.",
        ]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("shape", "make", "n"),
    [
        (
            "one long paragraph",
            lambda n: "The representative of France said trafficking victims need shelters, " * n,
            60,
        ),
        ('"Mr. " repeated', lambda n: "Title\n\n" + "Mr. " * n, 20_000),
        ("a run of capitals", lambda n: "Title\n\nMs. " + "PEDRAZA " * n + "said.", 6000),
        ("one long word", lambda n: "Title\n\n" + "A" * n + " said.", 100_000),
        ("article with many speakers", article, 120),
        ("meeting with many named speakers", meeting, 100),
    ],
)
def test_time_grows_linearly_with_the_document(shape: str, make: object, n: int) -> None:
    """Time at 4n over time at n, measured in this run: about 4 when linear, 16 when
    quadratic; under 6 leaves room for a noisy machine. Sizes are chosen so that n takes
    some tens of milliseconds."""
    from pipeline.read import Document

    small, large = make(n), make(4 * n)  # type: ignore[operator]
    results = []

    def timed(text: str) -> float:
        def run() -> None:
            results.append(build.process_document(Document("d", "d.txt", text, "0")))

        return best_time(run)

    timed(small[: len(small) // 4])  # warm caches
    ratio = timed(large) / timed(small)
    found = results[-3].segmentation.statements  # of the large text
    assert found or shape in ('"Mr. " repeated', "a run of capitals", "one long word")
    if ratio >= 6:  # measured once more: a quadratic cost fails again, a busy moment passes
        ratio = min(ratio, timed(large) / timed(small))
    assert ratio < 6, f"{shape}: 4x the text took {ratio:.1f}x the time"
