"""Stage 5 — export: CSV files written atomically and deterministically.

All files of a build (the five CSVs and build-info.json) are written into a staging
folder and published together in one atomic step (see :class:`CsvSet`), so a failed or
killed build never leaves a half-written or mixed set of outputs behind. Files follow the
umask like any other program's output.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import errno
import io
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

# who a row speaks for, in the same order in every file that has it
ENTITY_COLUMNS = ("entity", "entity_kind", "iso3", "region", "subregion")
# when and from what kind of source, in the same order in every file that has it
TIME_COLUMNS = ("date", "year", "source_kind")
DOCUMENT_COLUMNS = (
    "doc_id", "title", "date", "year", "date_source", "source_kind", "symbol", "source_file",
    "sha256", "n_statements",
)  # fmt: skip
STATEMENT_COLUMNS = (
    "statement_id", "doc_id", "order", "speaker", *ENTITY_COLUMNS,
    "start", "end", "categories", *TIME_COLUMNS, "citation", "text",
)  # fmt: skip
MEASURE_COLUMNS = (
    "statement_id", "doc_id", *ENTITY_COLUMNS,
    "category", "status", "evidence", "evidence_start", "evidence_end",
    "title", *TIME_COLUMNS, "citation",
)  # fmt: skip
PARTICIPANT_COLUMNS = ("doc_id", *ENTITY_COLUMNS, "content_reported")
UNRESOLVED_COLUMNS = ("doc_id", "name", "context", "start", "end")

OUTPUT_FILES: dict[str, Sequence[str]] = {
    "documents.csv": DOCUMENT_COLUMNS,
    "statements.csv": STATEMENT_COLUMNS,
    "measures.csv": MEASURE_COLUMNS,
    "participants.csv": PARTICIPANT_COLUMNS,
    "unresolved.csv": UNRESOLVED_COLUMNS,
}


class OutputError(Exception):
    """The output folder cannot be written; one line naming the folder and the reason."""


BUILD_INFO = "build-info.json"
STAGING = ".building-"  # a build in progress (removed by the next build if it was killed)
OLD_TEMP = (".probe-",)  # temp names of earlier versions, cleaned like staging folders


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-", delete=True):
            pass
    except OSError as exc:
        raise OutputError(f"output folder {folder} is not writable ({_reason(exc)})") from exc


def _create(path: Path) -> int:
    """A new file that follows the umask (mkstemp would make it 0600 whatever the umask)."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)


def _unique(folder: Path, prefix: str) -> Path:
    return folder / f"{prefix}{os.getpid()}-{secrets.token_hex(4)}"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write one file atomically (temp file in the same folder, fsync, then rename)."""
    tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        fd = _create(tmp)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


# --------------------------------------------------------------------------- locking


class FolderLock:
    """Exclusive lock on an output folder, so two builds (the dashboard's and a manual one)
    are serialised instead of interleaving their files.

    The lock is ``flock`` on the folder itself. A build publishes by swapping folders, so
    after waiting we check the name still refers to the folder we locked, and lock again if
    a build replaced it meanwhile. The kernel releases the lock when a process dies.
    """

    def __init__(self, folder: Path, on_wait: Callable[[str], None] | None = None) -> None:
        self.folder = folder
        self.on_wait = on_wait
        self.fd = -1

    def __enter__(self) -> FolderLock:
        try:
            return self._acquire()
        except OSError as exc:
            raise OutputError(
                f"output folder {self.folder} cannot be locked ({_reason(exc)})"
            ) from exc

    def _acquire(self) -> FolderLock:
        import fcntl  # POSIX only: imported here so the dashboard can import OUTPUT_FILES anywhere

        waited = False
        while True:
            fd = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    if not waited and self.on_wait:
                        self.on_wait(f"waiting for another build into {self.folder} to finish")
                    waited = True
                    fcntl.flock(fd, fcntl.LOCK_EX)
                here, locked = os.stat(self.folder), os.fstat(fd)
            except BaseException:
                os.close(fd)
                raise
            if (here.st_dev, here.st_ino) == (locked.st_dev, locked.st_ino):
                self.fd = fd
                return self
            os.close(fd)  # the folder was replaced while we waited: lock the new one

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def lock_folder(folder: Path, on_wait: Callable[[str], None] | None = None) -> FolderLock:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"output folder {folder} is not writable ({_reason(exc)})") from exc
    return FolderLock(folder, on_wait)


# --------------------------------------------------------------------------- publishing

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE)."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def _leftover(name: str, folder_name: str) -> bool:
    """A staging folder or temp file of a build (this version's or an earlier one's, which
    wrote ``.measures.csv.XXXX.tmp`` next to each output); nothing else is ever removed."""
    ours = (*OUTPUT_FILES, BUILD_INFO)
    return (
        name.startswith(STAGING)
        or name.startswith(f".{folder_name}{STAGING}")
        or name.startswith(OLD_TEMP)
        or (name.endswith(".tmp") and any(name.startswith(f".{n}.") for n in ours))
    )


def clean_leftovers(folder: Path) -> None:
    """Remove what killed builds left behind, inside the folder and next to it. Only called
    under the folder's lock, so no live build's files can be among them."""
    for parent in (folder, folder.parent):
        try:
            names = os.listdir(parent)
        except OSError:
            continue
        for name in names:
            if not _leftover(name, folder.name):
                continue
            if parent == folder.parent and not name.startswith(f".{folder.name}{STAGING}"):
                continue  # next to the folder only our own staging folders are ours
            path = parent / name
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()


class CsvSet:
    """Stream rows into a staging folder and publish the whole set in one atomic step.

    The staging folder sits next to the output folder; on success it receives links to
    every other file of the output folder (the evaluation figures) and the two folders are
    swapped with one ``renameat2(RENAME_EXCHANGE)``: readers see all-old or all-new files
    whatever is killed when. Where a swap is impossible (the parent is not writable, the
    folder is a mount point or holds sub-folders, the system lacks renameat2) the staging
    folder is inside the output folder and files are moved one by one, build-info.json
    removed first and written last, so an interrupted publish reads as stale, not fresh.
    The caller holds the folder's lock.
    """

    def __init__(self, folder: Path, files: dict[str, Sequence[str]] = OUTPUT_FILES) -> None:
        self.folder = Path(os.path.realpath(folder))
        self.files = files
        self.staging: Path | None = None
        self.swap = False
        self._handles: dict[str, tuple[io.TextIOWrapper, Any]] = {}
        self._extra: dict[str, bytes] = {}

    def _make_staging(self) -> None:
        # self.staging is set before the folder exists, so a signal between the two still
        # leaves _discard a folder to remove (or nothing, harmlessly)
        self.swap = self._can_swap()
        if self.swap:
            try:
                self.staging = _unique(self.folder.parent, f".{self.folder.name}{STAGING}")
                os.mkdir(self.staging)
                return
            except OSError:
                self.staging = None
                self.swap = False
        self.staging = _unique(self.folder, STAGING)
        os.mkdir(self.staging)

    def _can_swap(self) -> bool:
        try:
            if os.path.ismount(self.folder):
                return False
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    if _leftover(entry.name, self.folder.name):
                        continue
                    if entry.is_symlink() or not entry.is_file():
                        return False  # links to files only: sub-folders stay, moved in place
        except OSError:
            return False
        return os.access(self.folder.parent, os.W_OK)

    def __enter__(self) -> CsvSet:
        check_writable(self.folder)
        clean_leftovers(self.folder)
        try:
            self._make_staging()
            assert self.staging is not None
            for name, columns in self.files.items():
                fd = _create(self.staging / name)
                handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
                writer = csv.writer(handle, lineterminator="\n")
                self._handles[name] = (handle, writer)
                writer.writerow(columns)
        except OSError as exc:
            self._discard()
            raise OutputError(f"output folder {self.folder}: {_reason(exc)}") from exc
        except BaseException:
            # SIGTERM (raised as KeyboardInterrupt) while the staging folder is being set
            # up: __exit__ never runs for a failed __enter__, so the folder goes here
            self._discard()
            raise
        return self

    def write(self, name: str, rows: Iterable[Sequence[object]]) -> None:
        writer = self._handles[name][1]
        try:
            for row in rows:
                writer.writerow(["" if v is None else v for v in row])
        except OSError as exc:
            raise OutputError(f"output folder {self.folder}: {_reason(exc)}") from exc

    def add_file(self, name: str, data: bytes) -> None:
        """A whole file published with the CSVs (build-info.json)."""
        self._extra[name] = data

    def _discard(self) -> None:
        for handle, _writer in self._handles.values():
            with contextlib.suppress(OSError):
                handle.close()
        self._handles.clear()
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            self._publish()
        except OSError as error:
            self._discard()
            raise OutputError(f"output folder {self.folder}: {_reason(error)}") from error
        except BaseException:
            self._discard()
            raise

    def _publish(self) -> None:
        staging = self.staging
        assert staging is not None
        for handle, _writer in self._handles.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        self._handles.clear()
        for name, data in self._extra.items():
            with os.fdopen(_create(staging / name), "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        if self.swap:
            self._publish_by_swap(staging)
        else:
            self._publish_in_place(staging)

    def _publish_by_swap(self, staging: Path) -> None:
        published = {*self.files, *self._extra}
        for entry in os.scandir(self.folder):
            if entry.name in published or _leftover(entry.name, self.folder.name):
                continue
            try:
                os.link(entry.path, staging / entry.name)
            except OSError:
                shutil.copy2(entry.path, staging / entry.name)
        os.chmod(staging, stat.S_IMODE(os.stat(self.folder).st_mode))
        _fsync_dir(staging)
        try:
            _exchange(staging, self.folder)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EPERM, errno.EXDEV):
                raise
            self._publish_in_place(staging)  # a file system without folder exchange
            return
        _fsync_dir(self.folder.parent)
        shutil.rmtree(staging, ignore_errors=True)  # now the previous build
        self.staging = None

    def _publish_in_place(self, staging: Path) -> None:
        (self.folder / BUILD_INFO).unlink(missing_ok=True)
        _fsync_dir(self.folder)
        names = [*self.files, *(n for n in self._extra if n != BUILD_INFO)]
        if BUILD_INFO in self._extra:
            names.append(BUILD_INFO)
        for name in names:
            os.replace(staging / name, self.folder / name)
        _fsync_dir(self.folder)
        shutil.rmtree(staging, ignore_errors=True)
        self.staging = None
