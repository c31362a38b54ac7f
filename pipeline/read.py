"""Stage 1 — read: turn input files into decoded documents, or a reason they were skipped.

Offsets everywhere downstream are into ``Document.text``, so this is the one place that
decides what "the source text" is: the file decoded as UTF-8 with any BOM removed and
newlines kept exactly as they are (CRLF stays CRLF), or, for HTML, the main text that
trafilatura extracts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm")


class InputError(Exception):
    """A file or folder cannot be used; the message says which and why, in one line."""


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source_file: str
    text: str
    sha256: str
    is_html: bool = False


@dataclass(frozen=True, slots=True)
class SkippedFile:
    source_file: str
    reason: str


def decode_text(raw: bytes, name: str) -> str:
    """Decode strictly: a wrong byte is reported with its offset instead of being replaced."""
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from exc
    if not text.strip():
        raise InputError(f"{name}: no text")
    return text


def html_main_text(html: str, name: str) -> str:
    """Extract the article body with trafilatura: boilerplate removal is not a regex job."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    if not text or not text.strip():
        raise InputError(f"{name}: HTML has no main text")
    return text


def read_document(path: Path) -> Document:
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    text = decode_text(raw, name)
    is_html = path.suffix.lower() in (".html", ".htm")
    if is_html:
        text = html_main_text(text, name)
    return Document(
        doc_id=path.stem,
        source_file=name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        is_html=is_html,
    )


def list_inputs(folder: Path) -> list[Path]:
    """Sorted input files, so every later stage sees documents in the same order."""
    if not folder.exists():
        raise InputError(f"input folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(f"input folder {folder} is not a folder")
    try:
        entries = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
    except OSError as exc:
        raise InputError(f"input folder {folder} cannot be read ({exc.strerror or exc})") from exc
    return [p for p in entries if p.is_file()]


def read_folder(folder: Path) -> Iterator[Document | SkippedFile]:
    """Yield documents one at a time (streaming), and skipped files with their reason."""
    for path in list_inputs(folder):
        try:
            yield read_document(path)
        except InputError as exc:
            yield SkippedFile(path.name, str(exc).split(": ", 1)[-1])
