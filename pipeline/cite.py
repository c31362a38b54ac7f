"""Citations: the plain-text reference an analyst pastes under a quoted sentence.

Why in the pipeline and not the dashboard: every export and every view must cite a sentence
the same way, and only the build knows where the sentence sits in its source (the corpus
file and character offsets of a General Debate excerpt, the statement's place in a meeting
record). The citation is text, never markup: it is shown and exported as data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

GENERAL_DEBATE = "general debate"
MEETING_COVERAGE = "meeting coverage"
ARTICLE = "article"
SOURCE_KINDS = (MEETING_COVERAGE, GENERAL_DEBATE, ARTICLE)

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True, slots=True)
class Source:
    """What a citation needs to know of the document a sentence comes from."""

    title: str
    date: str  # YYYY-MM-DD, YYYY, or ""
    source_kind: str
    symbol: str = ""  # a UN document symbol, e.g. GA/12387
    publisher: str = ""
    file: str = ""  # the corpus or input file the offsets below point into


def readable_date(value: str) -> str:
    """ "2021-11-22" -> "22 November 2021"; a year stays a year; "" -> "undated"."""
    if not value:
        return "undated"
    try:
        day = Date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def year_of(value: str) -> str:
    """The year of an ISO date or a bare year; "" when there is none."""
    head = value[:4]
    return head if len(head) == 4 and head.isdigit() else ""


def citation(source: Source, speaker: str, entity: str, order: int, start: int, end: int) -> str:
    """One line: who, where, when, and the position of the quoted text in its source.

    ``speaker`` is the name as the source writes it, ``entity`` what it resolved to; both
    are given when they differ ("Ms. X (Norway)"), so the reader can find the sentence.
    """
    who = entity or speaker
    if speaker and entity and speaker.casefold() != entity.casefold():
        who = f"{speaker} ({entity})"
    when = readable_date(source.date)
    where = f"characters {start}–{end}"
    if source.source_kind == GENERAL_DEBATE:
        return (
            f"{who}, {source.title}, {when}. UN General Debate Corpus (Baturo, Dasandi and "
            f"Mikhaylov 2017), {source.file}, {where}."
        )
    symbol = f" {source.symbol}" if source.symbol else ""
    if source.source_kind == MEETING_COVERAGE:
        outlet = f"United Nations meetings coverage{symbol}"
    else:
        outlet = source.publisher or "news article"
    return (
        f'{who}, in "{source.title}", {outlet}, {when}, statement {order} '
        f"({where} of the text of {source.file})."
    )
