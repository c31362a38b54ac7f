"""Stage 1 — read: turn input files into decoded documents, or a reason they were skipped.

Offsets everywhere downstream are into ``Document.text``, so this is the one place that
decides what "the source text" is: the file decoded as UTF-8 with any BOM removed and
newlines kept exactly as they are (CRLF stays CRLF), or, for HTML, the main text that
trafilatura extracts.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import unicodedata
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


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_text(raw: bytes, name: str) -> str:
    """Decode strictly: a wrong byte is reported with its offset instead of being replaced.

    UTF-8 (with or without BOM) is the format; UTF-16 with a byte-order mark is accepted
    because Windows editors save "Unicode" text that way, and its NUL bytes must not get it
    called binary.
    """
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    if raw.startswith(_UTF16_BOMS):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid UTF-16 despite its byte-order mark (offset {exc.start})"
            ) from exc
        if "\x00" in text:
            raise InputError(f"{name}: binary file (contains NUL bytes)")
    else:
        if b"\x00" in raw:
            odd = raw[1::2]
            if len(raw) >= 4 and odd.count(0) > len(odd) * 0.9 and raw[0::2].count(0) == 0:
                raise InputError(f"{name}: UTF-16 without a byte-order mark (save it as UTF-8)")
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


def _bytes_of(name: str) -> bytes:
    """The bytes a name stands for: its file-system bytes, or UTF-8 for text that the
    file-system encoding cannot hold (an ASCII locale, a message that quotes a name)."""
    try:
        return os.fsencode(name)
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace")


def shown(name: str) -> str:
    """A file name as it can be printed and stored: undecodable bytes as \\xNN and control or
    invisible characters as \\uNNNN, so no name can move the cursor or hide from a reader."""
    decoded = _bytes_of(name).decode("utf-8", "backslashreplace")
    return "".join(
        ch if unicodedata.category(ch)[0] != "C" else f"\\u{ord(ch):04x}" for ch in decoded
    )


def html_main_text(html: str, name: str) -> str:
    """Extract the article body with trafilatura: boilerplate removal is not a regex job."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    if not text or not text.strip():
        raise InputError(f"{name}: HTML has no main text")
    return text


MAX_FILE_BYTES = 512 * 1024 * 1024  # a document, not a disk image: larger is refused by name


@dataclass(frozen=True, slots=True)
class InputEntry:
    """One directory entry with a supported suffix: its real name, the name shown for it,
    and why it cannot be read (empty when it is a regular file that looks usable)."""

    path: Path
    name: str
    problem: str = ""


def _entry(path: Path, relative: str | None = None) -> InputEntry:
    name = shown(relative if relative is not None else path.name)
    if path.name.startswith("."):  # macOS "._x.txt" companions, editors' backups
        return InputEntry(path, name, "hidden file (its name starts with a dot)")
    try:
        os.fsencode(path.name).decode("utf-8")
    except UnicodeDecodeError:
        return InputEntry(path, name, "file name is not valid UTF-8 (rename the file)")
    try:
        info = path.stat()
    except FileNotFoundError:
        return InputEntry(path, name, "dangling symbolic link (its target does not exist)")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputEntry(path, name, "symbolic link loop")
        return InputEntry(path, name, f"cannot read ({exc.strerror or exc})")
    if stat.S_ISDIR(info.st_mode):
        return InputEntry(path, name, "a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
        return InputEntry(path, name, f"not a regular file ({kind})")
    if info.st_size > MAX_FILE_BYTES:
        return InputEntry(
            path, name, f"too large ({info.st_size} bytes; the limit is {MAX_FILE_BYTES})"
        )
    return InputEntry(path, name)


def read_raw(entry: InputEntry) -> bytes:
    """The file's bytes. Opened without blocking and checked again once open: a file
    replaced by a FIFO after the listing would otherwise hang the build."""
    if entry.problem:
        raise InputError(f"{entry.name}: {entry.problem}")
    try:
        fd = os.open(entry.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(f"{entry.name}: cannot read ({exc.strerror or exc})") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{entry.name}: not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(f"{entry.name}: cannot read ({exc.strerror or exc})") from exc
    except MemoryError as exc:
        raise InputError(f"{entry.name}: too large to read into memory") from exc
    finally:
        os.close(fd)


def fingerprint(entry: InputEntry) -> str:
    """What build-info records for an input: its SHA-256, or why it could not be read, so
    an unreadable file neither stops the freshness check nor looks like an unchanged one."""
    try:
        return hashlib.sha256(read_raw(entry)).hexdigest()
    except InputError as exc:
        return "unreadable: " + str(exc).split(": ", 1)[-1]


def document_from(entry: InputEntry, raw: bytes) -> Document:
    name = entry.name
    text = decode_text(raw, name)
    is_html = entry.path.suffix.lower() in (".html", ".htm")
    if is_html:
        text = html_main_text(text, name)
    return Document(
        doc_id=document_id(name),
        source_file=name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        is_html=is_html,
    )


def document_id(name: str) -> str:
    """A document's id: its file name without folder or suffix (USA_70_2015 for
    ``Session 70 - 2015/USA_70_2015.txt``), the name that users and the corpora cite."""
    return name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def read_document(path: Path) -> Document:
    entry = _entry(path)
    return document_from(entry, read_raw(entry))


def list_entries(folder: Path) -> list[InputEntry]:
    """Every entry with a supported suffix, in this folder and its subfolders, sorted by
    relative path, usable or not: a folder, FIFO or broken link named *.txt is reported as
    skipped instead of silently left out.

    Subfolders are read because corpora come in them (the General Debate corpus has one per
    session); hidden ones (".git", ".cache") and symbolic links to folders are not entered,
    and hidden files are named as skipped, not read,
    so a link loop cannot make the listing endless. An entry is named by its path relative to
    ``folder``, so two files of the same name in different subfolders stay apart.
    """
    if not folder.exists():
        raise InputError(f"input folder {shown(str(folder))} does not exist")
    if not folder.is_dir():
        raise InputError(f"input folder {shown(str(folder))} is not a folder")
    found: list[tuple[bytes, Path, str]] = []
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        base = Path(root)
        prefix = base.relative_to(folder).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        # a folder named *.txt is an entry to report, not a place to look for documents
        listed = [d for d in dirs if Path(d).suffix.lower() in SUPPORTED_SUFFIXES]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in listed)
        for name in [*files, *listed]:
            if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            relative = prefix + name
            found.append((os.fsencode(relative), base / name, relative))
    if problems and not found and problems[0].filename == str(folder):
        exc = problems[0]
        raise InputError(
            f"input folder {shown(str(folder))} cannot be read ({exc.strerror or exc})"
        )
    return [_entry(path, relative) for _key, path, relative in sorted(found)]


def list_inputs(folder: Path) -> list[Path]:
    """Sorted input files, so every later stage sees documents in the same order."""
    return [e.path for e in list_entries(folder)]


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A document or the reason its file was skipped, with the file's fingerprint."""

    item: Document | SkippedFile
    name: str
    fingerprint: str


def read_entries(entries: list[InputEntry]) -> Iterator[ReadResult]:
    """Read each entry once: the bytes hashed for build-info are the bytes processed.

    Two files that would get the same document id (good.txt and good.html) cannot both be
    built; the later one in name order is skipped with a reason naming the other.
    """
    ids: dict[str, str] = {}
    for entry in entries:
        try:
            raw = read_raw(entry)
        except InputError as exc:
            yield ReadResult(SkippedFile(entry.name, _reason(exc)), entry.name, fingerprint(entry))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        doc_id = document_id(entry.name)
        if doc_id in ids:
            reason = f"same document id {doc_id!r} as {ids[doc_id]} (rename one of them)"
            yield ReadResult(SkippedFile(entry.name, reason), entry.name, digest)
            continue
        try:
            document = document_from(entry, raw)
        except InputError as exc:
            yield ReadResult(SkippedFile(entry.name, _reason(exc)), entry.name, digest)
            continue
        ids[doc_id] = entry.name
        yield ReadResult(document, entry.name, digest)


def _reason(exc: InputError) -> str:
    return str(exc).split(": ", 1)[-1]


def read_folder(folder: Path) -> Iterator[Document | SkippedFile]:
    """Yield documents one at a time (streaming), and skipped files with their reason."""
    for result in read_entries(list_entries(folder)):
        yield result.item
