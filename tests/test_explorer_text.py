"""Document text is displayed as literal text, with evidence highlighted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.text import (
    HIGHLIGHT_OPEN,
    WORD_JOINER,
    escape_block,
    escape_markdown,
    find_spans,
    highlight_markdown,
    merge_spans,
)


def test_html_and_links_are_escaped() -> None:
    out = escape_markdown("<script>alert(1)</script> [link](http://evil.example) *x* :red[y] $z$")
    assert "<script>" not in out
    assert "\\<script\\>" in out
    assert "\\[link\\]\\(" in out
    assert "\\*x\\*" in out
    assert "\\:red\\[y\\]" in out
    assert "\\$z\\$" in out


def test_bare_urls_and_emails_cannot_autolink() -> None:
    out = escape_markdown("see http://evil.example or www.evil.example or me@evil.example")
    assert "http" + WORD_JOINER in out
    assert "www" + WORD_JOINER in out
    assert "@" + WORD_JOINER in out


def test_highlight_wraps_evidence_only() -> None:
    text = "Intro <b>bold</b>. The law was adopted. Outro."
    start = text.index("The law")
    end = text.index(" Outro")
    out = highlight_markdown(text, [(start, end)])
    assert out.count(HIGHLIGHT_OPEN) == 1
    assert f"{HIGHLIGHT_OPEN}The law was adopted\\.]" in out
    assert "\\<b\\>" in out


def test_highlight_across_paragraphs_and_overlaps() -> None:
    text = "First line.\n\nSecond line."
    out = highlight_markdown(text, [(0, len(text)), (2, 5)])
    assert out.count(HIGHLIGHT_OPEN) == 2
    assert "\n\n" in out


def test_merge_spans() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 4), (8, 20)], 12) == [(0, 4), (5, 12)]
    assert merge_spans([(3, 3), (-5, 1)], 10) == [(0, 1)]


def test_find_spans_uses_offsets_then_falls_back() -> None:
    text = "A said this. The plan exists."
    quote = "The plan exists."
    start = 100
    good = (start + text.index(quote), start + len(text), quote)
    bad = (0, 5, quote)
    missing = (0, 5, "not there")
    assert find_spans(text, start, [good]) == [(13, 29)]
    assert find_spans(text, start, [bad]) == [(13, 29)]
    assert find_spans(text, start, [missing]) == []


def test_escape_block_keeps_paragraphs_and_strips_code_indent() -> None:
    out = escape_block("    indented\nnext\n\n\nnew para")
    assert out == "indented  \nnext\n\nnew para"


@given(st.text())
def test_escaped_text_has_no_raw_markup(text: str) -> None:
    out = escape_markdown(text)
    for char in "<>[]()*_`#|~$:":
        assert char not in out.replace("\\" + char, "")
