"""Stage 1: what counts as the source text, and which files are refused and why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.read import InputError, SkippedFile, read_document, read_folder


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bom_is_removed_and_offsets_start_at_the_first_character(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", "\ufeffThe representative of Chad said.".encode()))
    assert doc.text.startswith("The representative")
    assert doc.doc_id == "a"


def test_crlf_and_cr_newlines_are_kept_as_they_are(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", b"Line one.\r\nLine two.\rLine three.\n"))
    assert doc.text == "Line one.\r\nLine two.\rLine three.\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"caf\xe9 au lait", "not UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_files_are_refused_with_the_file_name_and_reason(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    with pytest.raises(InputError, match="^" + re.escape(f"bad.txt: {reason}")):
        read_document(write(tmp_path, "bad.txt", data))


def test_html_main_text_is_extracted_without_markup(tmp_path: Path) -> None:
    html = (
        "<html><head><title>T</title><script>var x = 1;</script></head><body>"
        "<nav>Home | About | Contact</nav><article><h1>Meeting coverage</h1>"
        + "".join(
            f"<p>The representative of Ghana said the Government of Ghana enacted law number {i} "
            "to prevent and suppress trafficking in persons, and will keep doing so.</p>"
            for i in range(6)
        )
        + "</article><footer>Copyright</footer></body></html>"
    )
    doc = read_document(write(tmp_path, "page.html", html.encode()))
    assert "The representative of Ghana said" in doc.text
    assert "<p>" not in doc.text and "var x" not in doc.text
    assert doc.is_html


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a_good.txt", b"The representative of Chad said hello.")
    write(tmp_path, "b_bad.txt", b"\xff\xfe\x00\x00")
    write(tmp_path, "c_ignored.pdf", b"%PDF")
    results = list(read_folder(tmp_path))
    assert [type(r).__name__ for r in results] == ["Document", "SkippedFile"]
    skipped = results[1]
    assert isinstance(skipped, SkippedFile)
    assert (
        skipped.source_file == "b_bad.txt" and skipped.reason == "binary file (contains NUL bytes)"
    )


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        list(read_folder(tmp_path / "nope"))
