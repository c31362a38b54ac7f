"""The UN General Debate corpus: every State's speech to the General Assembly, every year.

Why a source of its own: each file is one speech whose speaker is named by the file, not by
the text (``Session 70 - 2015/USA_70_2015.txt``), so the meeting-coverage segmenter, which
looks for "the representative of X said", has nothing to find. What this module decides:

- who spoke and when, from the file name alone (the EU's file is an observer's speech);
- which parts of a speech can hold a measure at all. Codebook §5: a speech is not about
  trafficking as a whole, so a measure counts only when its sentence or the one before ties
  it to trafficking. A paragraph with a tie word, and the paragraph after it (whose first
  sentence may be tied by the last one before it), is *kept*; contiguous kept paragraphs
  form an *excerpt*. The tie words here are a deliberately generous superset of the
  tagger's (a test checks it), so no measure the tagger could find is ever dropped, and only
  a few percent of each speech goes through spaCy.

The shipped extract (``seeds/general-debate/``, written by ``tools/gd_extract.py``) holds the
excerpts themselves, each followed by an ``EXCERPT_SEPARATOR`` line, so that a build of the extract
and a build of the full corpus see the same excerpts and give the same measures.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.resolve import Entity, resolve, state_by_iso3
from pipeline.segment import Segmentation, Statement, Unresolved
from pipeline.tag import load_cues

CORPUS = "UN General Debate Corpus"
CITATION = (
    "Baturo, A., Dasandi, N. and Mikhaylov, S. (2017), 'Understanding State Preferences With "
    "Text As Data: Introducing the UN General Debate Corpus', Research & Politics. "
    "Licence CC0 1.0."
)
FIRST_SESSION_YEAR = 1945  # session N opened in September of 1945 + N
EU_CODE = "EU"
EXCERPT_SEPARATOR = "\n[…]\n"

_FILE_NAME = re.compile(r"^(?P<code>[A-Z]{2,3})_(?P<session>\d{2,3})_(?P<year>\d{4})\.txt$")

# Beyond the tagger's tie terms (added in tie_pattern): closely linked exploitation, and
# drug or arms trafficking, whose paragraphs are cheap to keep and useful negatives.
_GENEROUS_TIE = (
    r"traffick|slaver|forced labou?r|servitude|sexual(?:ly)? exploit|exploitation of "
    r"(?:women|children|persons|migrants|workers)|smuggl|child labou?r|bonded labou?r|"
    r"debt bondage|sale of children|child pornography|sex tourism|forced marriage|"
    r"child marriage|prostitution"
)


@dataclass(frozen=True, slots=True)
class Speech:
    """What a corpus file name says: who spoke, at which session, in which year."""

    code: str  # ISO 3166 alpha-3, or "EU"
    session: int
    year: int

    @property
    def date(self) -> str:
        """The year only: the corpus gives no day, and the debate spans two weeks."""
        return str(self.year)

    @property
    def symbol(self) -> str:
        return f"General Assembly, {ordinal(self.session)} session, General Debate"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def parse_name(file_name: str) -> Speech | None:
    """The speech a corpus file name describes; None for any other file, and for a name
    whose session and year disagree (a renamed or foreign file must not pass as a speech)."""
    match = _FILE_NAME.match(file_name)
    if match is None:
        return None
    session, year = int(match["session"]), int(match["year"])
    if FIRST_SESSION_YEAR + session != year:
        return None
    return Speech(match["code"], session, year)


@cache
def tie_pattern() -> re.Pattern[str]:
    """The generous tie filter: the tagger's own tie terms, whitespace-flexible, plus more."""
    own = sorted(
        r"\s*".join(re.escape(token) for token in phrase)
        for phrase in load_cues().lists["tie_terms"]
    )
    return re.compile("|".join([_GENEROUS_TIE, *own]), re.IGNORECASE)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans without their surrounding whitespace (see paragraph_spans)."""
    return [_trim(text, a, b) for a, b in paragraph_spans(text)]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans in a hard-wrapped speech, as cut (tools/real_passages.py keeps these
    exact offsets): a blank line, or a line ending a sentence clearly short of the speech's
    typical line width, ends a paragraph."""
    lines = text.split("\n")
    widths = sorted(len(line) for line in lines if line.strip())
    if not widths:
        return []
    typical = widths[int(len(widths) * 0.9)]
    spans: list[tuple[int, int]] = []
    start = pos = 0
    for line in lines:
        end = pos + len(line)
        stripped = line.rstrip()
        if not stripped:
            if pos > start:
                spans.append((start, pos))
            start = end + 1
        elif stripped[-1] in '.!?"”:' and len(stripped) < 0.8 * typical:
            spans.append((start, end))
            start = end + 1
        pos = end + 1
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def excerpts(text: str) -> list[tuple[int, int]]:
    """The spans of a speech that can hold a measure (module docstring), in text order.

    A text that already is an extract (it contains separator lines) is cut at them instead:
    its excerpts were chosen from the full speech, where the paragraph layout was visible.
    """
    if EXCERPT_SEPARATOR in text:
        spans, cursor = [], 0
        for piece in text.split(EXCERPT_SEPARATOR):
            a, b = _trim(text, cursor, cursor + len(piece))
            if b > a:
                spans.append((a, b))
            cursor += len(piece) + len(EXCERPT_SEPARATOR)
        return spans
    tie = tie_pattern()
    paras = paragraphs(text)
    keep = [bool(tie.search(text, a, b)) for a, b in paras]
    keep = [k or (i > 0 and keep[i - 1]) for i, k in enumerate(keep)]
    groups: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(paras):
        if not keep[i]:
            continue
        if groups and i > 0 and keep[i - 1]:
            groups[-1] = (groups[-1][0], b)
        else:
            groups.append((a, b))
    return groups


def extract_text(text: str) -> str:
    """The excerpts of a full speech as the shipped extract stores them: each one followed
    by a separator line, so that even a one-excerpt extract is read back as an extract."""
    return "".join(text[a:b] + EXCERPT_SEPARATOR for a, b in excerpts(text))


def speaker_entity(speech: Speech) -> Entity | None:
    """The State (or the EU, an observer) a file name's code stands for."""
    if speech.code == EU_CODE:
        return resolve("European Union")
    return state_by_iso3(speech.code)


def segmentation(text: str, speech: Speech) -> Segmentation:
    """One statement per excerpt, all the named State's; the State is a participant whose
    content is recorded even when no excerpt is kept (it spoke; nothing tied to trafficking).
    A code that names no State is reported as unresolved, never dropped (codebook §7)."""
    entity = speaker_entity(speech)
    seg = Segmentation()
    if entity is None:
        seg.unresolved.append(Unresolved(speech.code, f"file name code {speech.code!r}", 0, 0))
        return seg
    seg.add_participant(entity, content_reported=True)
    seg.statements = [Statement(entity.name, entity, a, b) for a, b in excerpts(text)]
    return seg


def citation_title(speech: Speech) -> str:
    return f"General Debate speech, General Assembly {ordinal(speech.session)} session"


def document_title(speech: Speech, speaker: str) -> str:
    return f"{speaker}: General Debate speech, {speech.year} ({ordinal(speech.session)} session)"


# --------------------------------------------------------------------------- the extract index

INDEX_NAME = "speeches.csv"
INDEX_COLUMNS = (
    "code", "session", "year", "corpus_file", "chars", "sha256", "extract_file", "excerpts",
)  # fmt: skip
_SPAN = re.compile(r"^(\d+)-(\d+)$")


class ExtractIndexError(ValueError):
    """The extract's index cannot be used; the message names the file, line and reason."""


@dataclass(frozen=True, slots=True)
class IndexedSpeech:
    """One row of an extract's ``speeches.csv``: a speech, where it is in the corpus, and
    (when it has excerpts) the extract file and each excerpt's corpus character offsets."""

    speech: Speech
    corpus_file: str
    sha256: str
    extract_file: str  # relative to the input folder; "" when nothing was kept
    excerpts: tuple[tuple[int, int], ...]


def read_index(path: Path, base: str) -> list[IndexedSpeech]:
    """The rows of an extract index, strictly: the header must be the one the extract tool
    writes and every value must parse, or one line names the file, the line and the value.
    ``base`` is the index's folder relative to the input folder ("" at its top)."""
    where = base + INDEX_NAME
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(header) != INDEX_COLUMNS:
                raise ExtractIndexError(f"{where}: not a General Debate extract index (header)")
            rows: list[IndexedSpeech] = []
            for line, row in enumerate(reader, start=2):
                rows.append(_index_row(row, f"{where}:{line}", base))
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractIndexError(f"{where}: cannot be read ({exc})") from exc
    return rows


def _index_row(row: list[str], where: str, base: str) -> IndexedSpeech:
    if len(row) != len(INDEX_COLUMNS):
        raise ExtractIndexError(f"{where}: {len(row)} values, expected {len(INDEX_COLUMNS)}")
    values = dict(zip(INDEX_COLUMNS, row, strict=True))
    speech = parse_name(values["corpus_file"].rsplit("/", 1)[-1])
    if speech is None or (speech.code, str(speech.session), str(speech.year)) != (
        values["code"],
        values["session"],
        values["year"],
    ):
        file = values["corpus_file"]
        raise ExtractIndexError(f"{where}: corpus file {file!r} is not that speech")
    spans: list[tuple[int, int]] = []
    for token in values["excerpts"].split():
        match = _SPAN.match(token)
        if match is None or int(match[1]) >= int(match[2]):
            raise ExtractIndexError(f"{where}: excerpt offsets {token!r} are not START-END")
        spans.append((int(match[1]), int(match[2])))
    if bool(spans) != bool(values["extract_file"]):
        raise ExtractIndexError(f"{where}: excerpts and extract file must be given together")
    extract = base + values["extract_file"] if values["extract_file"] else ""
    return IndexedSpeech(speech, values["corpus_file"], values["sha256"], extract, tuple(spans))


def corpus_offsets(
    indexed: IndexedSpeech | None, text: str, start: int, end: int
) -> tuple[int, int]:
    """Where ``text[start:end]`` of an extract lies in the full corpus file (the offsets a
    citation gives); unchanged for a full speech, which has no index row."""
    if indexed is None:
        return start, end
    for (a, b), (corpus_a, _corpus_b) in zip(excerpts(text), indexed.excerpts, strict=False):
        if a <= start <= b:
            return corpus_a + start - a, corpus_a + end - a
    return start, end
