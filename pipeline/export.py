"""Stage 5 — export: CSV files written atomically and deterministically.

All five files are first written next to their destination under temporary names and
only then moved into place, so a failed build never leaves a half-written or mixed set
of outputs behind.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

# who a row speaks for, in the same order in every file that has it
ENTITY_COLUMNS = ("entity", "entity_kind", "iso3", "region", "subregion")
DOCUMENT_COLUMNS = ("doc_id", "title", "date", "kind", "source_file", "sha256", "n_statements")
STATEMENT_COLUMNS = (
    "statement_id", "doc_id", "order", "speaker", *ENTITY_COLUMNS,
    "start", "end", "categories", "text",
)  # fmt: skip
MEASURE_COLUMNS = (
    "statement_id", "doc_id", *ENTITY_COLUMNS,
    "category", "status", "evidence", "evidence_start", "evidence_end",
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


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-", delete=True):
            pass
    except OSError as exc:
        raise OutputError(
            f"output folder {folder} is not writable ({exc.strerror or exc})"
        ) from exc


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write one file atomically (temp file in the same folder, then rename)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class CsvSet:
    """Stream rows into temporary CSV files and publish them together on success."""

    def __init__(self, folder: Path, files: dict[str, Sequence[str]] = OUTPUT_FILES) -> None:
        self.folder = folder
        self.files = files
        self._handles: dict[str, tuple[io.TextIOWrapper, Any, str]] = {}

    def __enter__(self) -> CsvSet:
        check_writable(self.folder)
        try:
            for name, columns in self.files.items():
                fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{name}.", suffix=".tmp")
                handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(columns)
                self._handles[name] = (handle, writer, tmp)
        except OSError as exc:
            self._discard()
            raise OutputError(f"output folder {self.folder}: {exc.strerror or exc}") from exc
        return self

    def write(self, name: str, rows: Iterable[Sequence[object]]) -> None:
        writer = self._handles[name][1]
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])

    def _discard(self) -> None:
        for handle, _writer, tmp in self._handles.values():
            handle.close()
            Path(tmp).unlink(missing_ok=True)
        self._handles.clear()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._discard()
            return
        for handle, _writer, _tmp in self._handles.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        for name, (_handle, _writer, tmp) in self._handles.items():
            os.replace(tmp, self.folder / name)
        self._handles.clear()
