"""Showing document text safely: markdown escaping and evidence highlighting.

Document text is data, never markup. Every ASCII punctuation character is backslash-escaped
(CommonMark allows that for all of them), which turns ``<script>``, ``[link](url)``,
emphasis, Streamlit's ``:color[...]`` directives and ``$`` maths into
literal text, and a word joiner defuses bare-URL autolinks (see ``_AUTOLINK``). Highlighting
then adds markup of our own around escaped text only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
# GFM autolinks are found in text *after* escapes are resolved, so escaping cannot stop
# "http://x", "www.x" or "a@b.c" from becoming links; a WORD JOINER (invisible, no width)
# inside the trigger does.
WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp|mailto|xmpp)(?=:)|\bwww(?=\.)|@")
HIGHLIGHT_OPEN = ":orange-background["
HIGHLIGHT_CLOSE = "]"


def escape_markdown(text: str) -> str:
    """Escape one line or paragraph of text for ``st.markdown``."""
    return _PUNCT.sub(r"\\\1", _AUTOLINK.sub(lambda m: m.group(0) + WORD_JOINER, text))


def escape_block(text: str) -> str:
    """Escape multi-line text, keeping its line breaks as visible breaks and paragraphs."""
    return _paragraphs(escape_markdown(text))


def merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Clip spans to ``[0, length]`` and merge overlaps, so markup never nests."""
    clipped = sorted((max(0, s), min(length, e)) for s, e in spans if e > s)
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight_markdown(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Escaped ``text`` with each span (offsets into ``text``) wrapped in a highlight.

    A span that crosses a line break is highlighted line by line, because a markdown
    directive cannot span paragraphs.
    """
    pieces: list[str] = []
    cursor = 0
    for start, end in merge_spans(spans, len(text)):
        pieces.append(escape_markdown(text[cursor:start]))
        segments = text[start:end].split("\n")
        marked = [
            f"{HIGHLIGHT_OPEN}{escape_markdown(seg)}{HIGHLIGHT_CLOSE}" if seg.strip() else seg
            for seg in segments
        ]
        pieces.append("\n".join(marked))
        cursor = end
    pieces.append(escape_markdown(text[cursor:]))
    return _paragraphs("".join(pieces))


def _paragraphs(marked: str) -> str:
    """Turn newlines of already-escaped text into markdown breaks and paragraphs.

    Lines are stripped because four leading spaces would start a code block.
    """
    lines = [line.strip() for line in marked.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
        elif out and out[-1] != "":
            out.append("")
    text = ""
    for i, line in enumerate(out):
        if i == 0:
            text = line
        elif line == "":
            continue
        elif out[i - 1] == "":
            text += "\n\n" + line
        else:
            text += "  \n" + line
    return text


def find_spans(
    text: str, text_start: int, evidence: Iterable[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """Evidence offsets relative to the statement, checked against the text itself.

    Offsets are into the source document; if they do not land on the evidence string inside
    the statement (e.g. data from an older pipeline), fall back to finding the string.
    """
    spans: list[tuple[int, int]] = []
    for start, end, quote in evidence:
        rel_start, rel_end = start - text_start, end - text_start
        if 0 <= rel_start < rel_end <= len(text) and text[rel_start:rel_end] == quote:
            spans.append((rel_start, rel_end))
            continue
        found = text.find(quote) if quote else -1
        if found >= 0:
            spans.append((found, found + len(quote)))
    return spans
