"""One sentence and clause splitter for every stage.

Segmentation cuts statements at sentence boundaries and the tagger takes its rule scopes
and its evidence from the same boundaries, so a statement, its sentences and the evidence
quoted for a measure always line up (``source[start:end] == evidence``).

A *clause* is a sentence piece between semicolons or ``|`` separators: narratives such as
the Factbook's join a dozen findings with semicolons into one "sentence", and the evidence
for a measure is the finding that carries it, not the whole paragraph.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Nos|Prof|Gen|Col|Jr|Sr|Inc|Ltd|Co|vs|etc|e\.g|i\.e|a\.m|p\.m|"
    r"U\.S|U\.N|approx|Art|para|paras|Vol|Fig)\.|\b[A-Z]\.)$"
)
_ABBREVIATION_REACH = 12  # the longest abbreviation above plus its word boundary
# a month's abbreviation before a day ("effective Jan. 1, makes it a requirement", real test
# #115) is inside its sentence; "… in Dec. The law" still ends one
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_DAY_AFTER = re.compile(r"\s+\d")
# a full stop glued to the next sentence ("digital violence.The Committee hopes",
# "Uyghurs..Imports"), as pages copied from PDFs and web layouts often are (real tests #100,
# #101): a lower-case word of three letters or more before it and a capitalised word after
# it, never an initial or "U.S."
_SENTENCE_END = re.compile(
    r"[.!?…]+[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9À-Þ])|(?<=[a-z]{3})[.!?]+(?=[A-Z][a-z])"
)
_CLAUSE_BREAK = re.compile(r";|\s\|\s")
# a blank line, or a line that opens with a bullet, ends a sentence whatever precedes it:
# headings without a full stop ("LEGAL FRAMEWORK\n\nThe law …") and bullets after a number
# ("… on line 135.\n\n• Pursuant to …") are not part of the next sentence
_HARD_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*|[ \t]*\n[ \t]*(?=[•▪◦●■·])")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], not splitting after titles like "Mr."."""
    out: list[tuple[int, int]] = []
    cursor = start
    for block_end in [m.start() for m in _HARD_BREAK.finditer(text, start, end)] + [end]:
        if cursor < block_end:
            out.extend(_sentences_in_block(text, cursor, block_end))
        cursor = block_end
        while cursor < end and text[cursor].isspace():
            cursor += 1
    return out


def _sentences_in_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        # only the tail can hold an abbreviation: looking at it alone keeps this linear
        tail = text[max(cursor, match.end() - _ABBREVIATION_REACH) : match.end()]
        if _ABBREVIATIONS.search(tail.rstrip("”\"’')]")):
            continue
        if _MONTH_ABBREVIATION.search(tail) and _DAY_AFTER.match(text, match.end(), end):
            continue
        out.append((cursor, match.end()))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        out.append((cursor, end))
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of one sentence: split at semicolons and " | ", trimmed, none empty."""
    out: list[tuple[int, int]] = []
    cursor = start
    for match in [*_CLAUSE_BREAK.finditer(text, start, end), None]:
        stop = match.start() if match else end
        piece = text[cursor:stop]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            out.append((cursor + lead, stop - trail))
        if match:
            cursor = match.end()
    return out


# whitespace that a hard-wrapped text (General Debate speeches, pages converted from PDF)
# puts inside a sentence: a line end, or several spaces or tabs
# (a single space, by far the most common run, is never matched: nothing to do for it)
_INNER_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")
_BULLETS = "•▪◦●■·"


# a list item's marker at a line's start: "a)", "(ii)", "iv." are not a sentence going on
_ITEM_MARKER = re.compile(r"\(?[a-z]{1,4}[.)]\s")


def _wrapped_across_blank_line(text: str, start: int, end: int) -> bool:
    """A blank line inside a sentence: a page copied from a PDF with a blank line after
    every printed line ("recommends that the State⏎⏎party ensure that domestic laws …")
    breaks its sentences wherever the lines ended. The words before end without a mark
    and the next line goes on in lower case, which a new paragraph, a heading or a bullet
    never does (real test #98, a treaty body's concluding observations)."""
    return (
        (text[start - 1].isalnum() or text[start - 1] == ",")
        and text[end].islower()
        and _ITEM_MARKER.match(text, end) is None
    )


def unwrap_lines(text: str) -> tuple[str, list[int] | None]:
    """The text with every line wrap inside a sentence made one space, and where each of
    its characters stands in the original (None when nothing changed).

    spaCy makes a line end, or a second space, a token of its own, so "a national referral
    ⏎mechanism" or "law  enforcement" never meet the phrase they spell: a cue or an exclusion
    fails on hard-wrapped text only. A blank line, a line that opens with a bullet, and a line
    end after a sentence's or a heading's last mark (".", ":", ";", "!", "?") stay as they
    are: the splitter reads them as breaks. A line end after a compound's hyphen
    ("anti-⏎trafficking", "Secretary-⏎General") joins the two words with the hyphen alone."""
    pieces: list[str] = []
    index: list[int] = []
    cursor = 0
    changed = False
    for match in _INNER_WHITESPACE.finditer(text):
        start, end = match.span()
        run = match.group()
        if (
            start == 0
            or end == len(text)
            or (run.count("\n") > 1 and not _wrapped_across_blank_line(text, start, end))
            or text[start - 1] in ".!?:;"
            or ("\n" in run and text[end] in _BULLETS)
        ):
            continue
        pieces.append(text[cursor:start])
        index.extend(range(cursor, start))
        # "anti-⏎trafficking", "Secretary-⏎General": a compound's hyphen at a line end
        # keeps its words joined, as the cues spell them
        if not (text[start - 1] == "-" and start > 1 and text[start - 2].isalnum()):
            pieces.append(" ")
            index.append(start)
        cursor = end
        changed = True
    if not changed:
        return text, None
    pieces.append(text[cursor:])
    index.extend(range(cursor, len(text)))
    return "".join(pieces), index
