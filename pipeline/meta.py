"""Document metadata (codebook §4): title, date and kind as the text states them.

These are read from the text itself so that any new input folder works without a
manifest; ``seeds/manifest.json`` records the same facts for provenance, and a test
checks the two agree on the seeds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MEETING_COVERAGE = "meeting coverage"
ARTICLE = "article"

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})[- ]{_MONTH}[- ,]+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{_MONTH}\.? (?P<day>\d{{1,2}}),? (?P<year>(?:19|20)\d\d)\b"),
]
_DOC_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[A-Z0-9.]+)*/\d{2,6}\s*$")
# Bounded repeats: a name is a few words and an affiliation a few dozen characters. With
# unbounded ones, a long run of capitals not followed by "(" was rescanned from every word.
_MEETING_MARKERS = re.compile(
    r"\b(?:[Tt]he|A) (?:representatives?|delegates?|speakers?) (?:of|for) |"
    r"[A-Z][a-z]+['’]s (?:delegate|representative)\b|"
    r"\b[A-Z]{3,}(?: [A-Z]{2,}){1,8} \(\s*[A-Z][^)]{1,300}\)|"
    r"\bA complete summary of today['’]s [A-Za-z ]{3,60} meeting will be made available|"
    r"\(documents? [AS]/[A-Z0-9.]+/|\bThird Committee \(Social, Humanitarian"
)


# The furniture above a press release's headline, as stored copies of press.un.org pages
# keep it: session and meeting lines, the date, the news division's line, a site banner.
_SESSION_LINE = re.compile(
    r"^(?:[A-Z][a-z]+(?:[-‑][a-z]+)? (?:General Assembly|Session),?|"
    r"\d+(?:st|nd|rd|th)(?:\s*(?:&|and|to|,)\s*\d+(?:st|nd|rd|th))*\s+Meetings?\b[^a-z]*"
    r"(?:\((?:AM|PM|Night)[^)]*\))?)"
    r"(?:,?\s+\d+(?:st|nd|rd|th)(?:\s*(?:&|and|to|,)\s*\d+(?:st|nd|rd|th))*\s+Meetings?\s*"
    r"\([^)]*\))?$"
)
_FURNITURE_LINE = re.compile(
    r"^(?:Skip to main content|In progress at UNHQ|Press Release|"
    r"Meetings Coverage(?: and Press Releases)?|.*News and Media Division.*|"
    r"Meeting Summar(?:y|ies)|"
    r"General Assembly|Security Council|Third Committee|Economic and Social Council|"
    r"\d{1,2} [A-Z][a-z]+ \d{4}|\d{8}|[|\s]+)$"
)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str
    date: str
    kind: str


def _lines(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text) if line.strip()]


def extract_title(text: str) -> str:
    """The headline: after a UN document symbol line (GA/12387) if there is one, else line 1."""
    lines = _lines(text)
    for i, line in enumerate(lines[:8]):
        if _DOC_SYMBOL.match(line) and i + 1 < len(lines):
            return lines[i + 1]
    for line in lines[:12]:  # a stored page without its symbol line: skip the furniture
        if not re.search("[A-Za-z]", line):
            continue  # a site banner in another script ("Перейти к основному содержанию")
        if not (_SESSION_LINE.match(line) or _FURNITURE_LINE.match(line)):
            return line
    return lines[0] if lines else ""


def extract_date(text: str) -> str:
    """The first complete calendar date (day, month and year) the text states, else ""."""
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = (
                int(groups["mnum"])
                if groups.get("mnum")
                else _MONTHS.get(groups["month"].lower().rstrip("."))
            )
            if not month:
                continue
            try:
                value = date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            found.append((match.start(), value.isoformat()))
    return min(found)[1] if found else ""


def extract_kind(text: str) -> str:
    """Meetings coverage reports delegations speaking; articles are everything else."""
    head = _lines(text)[:12]
    if any(_DOC_SYMBOL.match(line) for line in head[:8]):
        return MEETING_COVERAGE
    if any(_SESSION_LINE.match(line) for line in head):
        return MEETING_COVERAGE  # "Seventy-first Session," / "71st Meeting (PM)"
    if any(line in ("Meeting Summaries", "Meeting Summary") for line in head):
        return MEETING_COVERAGE  # the UN Office at Geneva's summaries
    return MEETING_COVERAGE if len(_MEETING_MARKERS.findall(text)) >= 2 else ARTICLE


def extract_meta(text: str) -> DocumentMeta:
    return DocumentMeta(extract_title(text), extract_date(text), extract_kind(text))


def extract_symbol(text: str) -> str:
    """The UN document symbol heading a press release ("GA/12387"), else ""."""
    return next((line for line in _lines(text)[:8] if _DOC_SYMBOL.match(line)), "")
