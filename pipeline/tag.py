"""Stage 4 — tag: measure categories per statement, with evidence and status (codebook §3, §5).

spaCy runs from ``spacy.blank("en")`` with rule components only: a sentencizer, the
lookup lemmatizer (tables from spacy-lookups-data) and a SpanRuler whose patterns are the
category files in ``resources/categories/``. Everything that decides whether a matched
measure counts — advocacy, questions, denials, other actors, the trafficking tie, the
status — is driven by the cue lists in ``resources/cues.json``. Adding a category is a
new JSON file plus its tests; no code change.

The heart is :func:`tag_doc`, a pure function from a processed statement to measures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.strict import DataFileError, check_record, read_json

RESOURCES = Path(__file__).parent / "resources"
CATEGORY_DIR = RESOURCES / "categories"
CUES_FILE = RESOURCES / "cues.json"

STATUS_RANK = {"in_place": 3, "in_progress": 2, "planned": 1}
CONTEXT_REACH = 12  # tokens a trigger's required context may lie from it, within its sentence
SPANS_KEY = "measures"
EXCLUDE_PREFIX = "exclude:"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    label: str
    order: int
    description: str
    triggers: tuple[dict[str, Any], ...]
    excludes: tuple[dict[str, Any], ...]

    def capitalised(self) -> frozenset[str]:
        """Trigger ids that count only when their first word is capitalised ("Act")."""
        return frozenset(r["id"] for r in self.triggers if r.get("capitalised"))

    def contexts(self) -> dict[str, tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]]:
        """Per trigger id: lemma phrases required before / after it in its clause."""
        return {
            rule["id"]: (
                frozenset(_phrase_tokens(p) for p in rule.get("context_before", [])),
                frozenset(_phrase_tokens(p) for p in rule.get("context_after", [])),
            )
            for rule in self.triggers
            if "context_before" in rule or "context_after" in rule
        }


def _check_pattern(pattern: Any, where: str) -> None:
    if isinstance(pattern, str):
        if not pattern.strip():
            raise DataFileError(f"{where}: empty phrase pattern")
        return
    if (
        not isinstance(pattern, list)
        or not pattern
        or not all(isinstance(t, dict) for t in pattern)
    ):
        raise DataFileError(f"{where}: pattern must be a phrase or a non-empty list of token dicts")


def load_category(path: Path) -> Category:
    """One category file, strictly checked (unknown keys are errors, not ignored)."""
    data = check_record(
        read_json(path),
        where=str(path),
        required={
            "key": str,
            "label": str,
            "order": int,
            "description": str,
            "triggers": list,
            "excludes": list,
        },
    )
    if data["key"] != path.stem:
        raise DataFileError(f"{path}: key {data['key']!r} does not match the file name")
    for group in ("triggers", "excludes"):
        seen: set[str] = set()
        for i, rule in enumerate(data[group]):
            where = f"{path}: {group}[{i}]"
            check_record(
                rule,
                where=where,
                required={"id": str},
                optional={
                    "capitalised": bool,
                    "pattern": (str, list),
                    "phrases": list,
                    "note": str,
                    "context_before": list,
                    "context_after": list,
                },
            )
            for key in ("context_before", "context_after"):
                if key in rule and (
                    group == "excludes"
                    or not rule[key]
                    or not all(isinstance(c, str) and c.strip() for c in rule[key])
                ):
                    raise DataFileError(
                        f"{where}: {key} must be a non-empty list of phrases on a trigger"
                    )
            if ("pattern" in rule) == ("phrases" in rule):
                raise DataFileError(f"{where}: give exactly one of 'pattern' or 'phrases'")
            for pattern in rule.get("phrases", [rule.get("pattern")]):
                _check_pattern(pattern, where)
            if rule["id"] in seen:
                raise DataFileError(f"{where}: duplicate id {rule['id']!r}")
            seen.add(rule["id"])
    if not data["triggers"]:
        raise DataFileError(f"{path}: a category needs at least one trigger")
    return Category(
        key=data["key"],
        label=data["label"],
        order=data["order"],
        description=data["description"],
        triggers=tuple(data["triggers"]),
        excludes=tuple(data["excludes"]),
    )


@cache
def load_categories(directory: Path = CATEGORY_DIR) -> tuple[Category, ...]:
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise DataFileError(f"{directory}: no category files")
    return tuple(sorted((load_category(p) for p in paths), key=lambda c: (c.order, c.key)))


CUE_KEYS = (
    "negation",
    "creation_verbs",
    "post_denial",
    "advocacy",
    "question",
    "generic_modal",
    "third_party_subjects",
    "perpetrators",
    "deficit",
    "misuse",
    "praise",
    "partner_prepositions",
    "own_reference_state",
    "own_reference_organization",
    "definite_determiners",
    "tie_terms",
    "foreign_topics",
    "clause_breaks",
    "subject_left_context",
    "predicate_breaks",
    "denial_scope_breaks",
)


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue phrases as tuples of lower-case tokens, grouped for fast lookup by first token."""

    status: dict[str, frozenset[tuple[str, ...]]]
    lists: dict[str, frozenset[tuple[str, ...]]]


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t for t in re.findall(r"n't|[\w\-]+|[^\w\s]", phrase.lower()) if t)


@cache
def load_cues(path: Path = CUES_FILE) -> Cues:
    data = check_record(
        read_json(path), where=str(path), required={"status": dict, **{k: list for k in CUE_KEYS}}
    )
    status = check_record(
        data["status"], where=f"{path}: status", required={k: list for k in STATUS_RANK}
    )
    for key, values in [*status.items(), *((k, data[k]) for k in CUE_KEYS)]:
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise DataFileError(f"{path}: {key} must be a list of non-empty strings")
    return Cues(
        status={k: frozenset(_phrase_tokens(p) for p in v) for k, v in status.items()},
        lists={k: frozenset(_phrase_tokens(p) for p in data[k]) for k in CUE_KEYS},
    )


# --------------------------------------------------------------------------- model


Phrases = frozenset[tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class TriggerConditions:
    """What a trigger needs beyond its match, keyed by (category, trigger id)."""

    contexts: dict[tuple[str, str], tuple[Phrases, Phrases]]  # lemma phrases before / after
    capitalised: frozenset[tuple[str, str]]  # first word must be capitalised ("Act")


# Span labels carry only (category, trigger id); the conditions of the pipeline that made a
# Doc are looked up by its vocabulary, which each cached pipeline owns for its lifetime.
_CONDITIONS: dict[int, TriggerConditions] = {}


@cache
def build_nlp(category_dir: Path = CATEGORY_DIR) -> Any:
    """The rule-based pipeline, built once per process (no model download)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler: Any = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": True},
    )
    nlp.initialize()
    patterns = []
    categories = load_categories(category_dir)
    nlp.meta["categories"] = [c.key for c in categories]
    _CONDITIONS[id(nlp.vocab)] = TriggerConditions(
        contexts={
            (c.key, rule_id): req for c in categories for rule_id, req in c.contexts().items()
        },
        capitalised=frozenset((c.key, rule_id) for c in categories for rule_id in c.capitalised()),
    )
    for category in categories:
        for label, rules in (
            (category.key, category.triggers),
            (EXCLUDE_PREFIX + category.key, category.excludes),
        ):
            for rule in rules:
                for pattern in rule.get("phrases", [rule.get("pattern")]):
                    patterns.append({"label": label, "pattern": pattern, "id": rule["id"]})
    with nlp.select_pipes(disable=["sentencizer", "lemmatizer"]):
        ruler.add_patterns(patterns)  # phrase patterns need only the tokenizer
    return nlp


# --------------------------------------------------------------------------- tagging


@dataclass(frozen=True, slots=True)
class Measure:
    category: str
    status: str
    evidence: str
    start: int  # character offsets into the text given to the tagger (plus base offset)
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    """What the tagger needs to know about who speaks."""

    kind: str  # "state", "observer", "organization", "unresolved", or "text" (§6)
    names: tuple[str, ...] = ()  # the entity's own names (lower-case phrases)
    other_state_names: tuple[str, ...] = ()  # lower-case names of other States in the text


@cache
def _index(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by first token, so a scan costs one dict lookup per token."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v)) for k, v in grouped.items()}


def _find(
    tokens: Sequence[str], lo: int, hi: int, phrases: frozenset[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """Token spans (i, j) in tokens[lo:hi] that equal one of the phrases."""
    index = _index(phrases)
    found = []
    for i in range(lo, hi):
        candidates = index.get(tokens[i])
        if candidates:
            for phrase in candidates:
                n = len(phrase)
                if i + n <= hi and tuple(tokens[i : i + n]) == phrase:
                    found.append((i, i + n))
    return found


def _window(
    tokens: Sequence[str],
    s_lo: int,
    s_hi: int,
    t_lo: int,
    t_hi: int,
    breaks: frozenset[tuple[str, ...]],
) -> tuple[int, int]:
    """The clause around a trigger: bounded by commas and clause-break words."""
    lo, hi = s_lo, s_hi
    for i, j in _find(tokens, s_lo, s_hi, breaks | {(",",)}):
        if j <= t_lo:
            lo = max(lo, j)
        elif i >= t_hi:
            hi = min(hi, i)
    return lo, hi


def _status(
    tokens: Sequence[str],
    window: tuple[int, int],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    cues: Cues,
    trigger_spans: Sequence[tuple[int, int]] = (),
) -> str:
    """The status cue nearest the trigger: in its clause first, then in its sentence.

    Before the trigger wins over after it ("the mechanism launched in 2019" looks after);
    a look after stops at "and"/"but", which start another predicate. "Will prepare" is
    planned, not in progress. With no cue the measure is referred to as existing: in place.
    Words that are themselves measure triggers are not status cues for their neighbours
    ("drafting amendments to its law": the law's status is "drafting", not "amendments").
    """
    t_lo, t_hi = trigger
    planned = cues.status["planned"]
    breaks = cues.lists["predicate_breaks"]
    for lo, hi in (window, sentence):
        stop = next((k for k in range(t_hi, hi) if (tokens[k],) in breaks), hi)
        best_before: tuple[int, str, int] | None = None
        best_after: tuple[int, str] | None = None
        for status, phrases in cues.status.items():
            for i, j in _find(tokens, lo, hi, phrases):
                if any(i < b and j > a for a, b in (*trigger_spans, trigger)):
                    continue  # a trigger word ("criminalize", "amendments") is not a status cue
                if j <= t_lo:
                    distance = t_lo - j
                    if (
                        best_before is None
                        or distance < best_before[0]
                        or (
                            distance == best_before[0]
                            and STATUS_RANK[status] > STATUS_RANK[best_before[1]]
                        )
                    ):
                        best_before = (distance, status, i)
                elif i >= t_hi and j <= stop:
                    distance = i - t_hi
                    if best_after is None or distance < best_after[0]:
                        best_after = (distance, status)
        if best_before is not None:
            _distance, status, start = best_before
            if status == "in_progress" and _find(tokens, max(lo, start - 2), start, planned):
                return "planned"  # "we will prepare a plan"
            return status
        if best_after is not None:
            return best_after[1]
    return "in_place"


def _is_denied(
    tokens: Sequence[str],
    lo: int,
    hi: int,
    t_lo: int,
    t_hi: int,
    cues: Cues,
    other_triggers: Sequence[tuple[int, int]] = (),
) -> bool:
    """Codebook §3: a denied measure is not applied; a presupposed one under negation is.

    The cue is a definite or possessive reference to the measure ("its plan", "the 2011
    law") inside a clause whose negation targets something else (funding, convictions).
    """
    lists = cues.lists
    if _find(tokens, t_hi, hi, lists["post_denial"]):
        return True
    negations = _find(tokens, lo, t_lo, lists["negation"])
    if not negations:
        return False
    neg_end = max(j for _, j in negations)
    determiners = {p[0] for p in lists["definite_determiners"]}
    definite = any(tokens[k] in determiners for k in range(max(neg_end, t_lo - 6), t_lo))
    creation = _find(tokens, neg_end, t_lo, lists["creation_verbs"])
    if creation:
        # "did not adopt the draft amendments to its 2014 law": the denial falls on the
        # amendments; the law behind them, referred to possessively, exists.
        last_creation = max(j for _, j in creation)
        shielded = any(last_creation <= a and b <= t_lo for a, b in other_triggers)
        return not (shielded and definite)
    return not definite


def _perpetrator_subject(tokens: Sequence[str], s_lo: int, t_lo: int, cues: Cues) -> bool:
    """Traffickers as subject ("traffickers use …"), not object ("convicted a trafficker")."""
    left = {p[0] for p in cues.lists["subject_left_context"]}
    for i, _j in _find(tokens, s_lo, t_lo, cues.lists["perpetrators"]):
        if i == s_lo or tokens[i - 1] in left:
            return True
    return False


def _has_any(tokens: Sequence[str], lo: int, hi: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    return bool(_find(tokens, lo, hi, phrases))


def _third_party_before(
    tokens: Sequence[str],
    lo: int,
    t_lo: int,
    phrases: frozenset[tuple[str, ...]],
    partners: frozenset[tuple[str, ...]],
) -> bool:
    """Another actor is the subject when named before the measure, not as a partner."""
    partner_words = {p[0] for p in partners}
    for i, _j in _find(tokens, lo, t_lo, phrases):
        preceding = tokens[i - 1] if i > lo else ""
        before_the = tokens[i - 2] if i - 1 > lo and preceding == "the" else preceding
        if before_the not in partner_words and preceding not in partner_words:
            return True
    return False


def _tie(tokens: Sequence[str], lo: int, hi: int, cues: Cues) -> bool:
    """A trafficking tie term that is not part of a foreign topic ("drug trafficking")."""
    foreign = _find(tokens, lo, hi, cues.lists["foreign_topics"])
    for i, j in _find(tokens, lo, hi, cues.lists["tie_terms"]):
        if not any(fi <= i < fj or fi < j <= fj for fi, fj in foreign):
            return True
    return any(t.startswith("traffick") for t in tokens[lo:hi]) and not foreign


def tag_doc(doc: Any, speaker: Speaker, *, topic_tie: bool, base: int = 0) -> list[Measure]:
    """Apply the codebook to one processed statement; offsets are shifted by ``base``."""
    spans = doc.spans[SPANS_KEY]
    if not any(not s.label_.startswith(EXCLUDE_PREFIX) for s in spans):
        return []  # most statements name no measure: skip the per-token work entirely
    cues = load_cues()
    lists = cues.lists
    strings = doc.vocab.strings  # hashes -> text without building Token objects
    tokens = [strings[h] for h in doc.to_array("LOWER").tolist()]
    starts = [i for i, flag in enumerate(doc.to_array("SENT_START").tolist()) if flag == 1] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    bounds = [*starts, len(doc)]

    def sentence_of(k: int) -> tuple[int, int]:
        i = bisect_right(starts, k) - 1
        return bounds[i], bounds[i + 1]

    conditions = _CONDITIONS[id(doc.vocab)]
    contexts, capitalised = conditions.contexts, conditions.capitalised
    lemmas: list[str] | None = None
    own_names = frozenset(_phrase_tokens(n) for n in speaker.names if n)
    own_refs = (
        lists["own_reference_state"]
        if speaker.kind in ("state", "text")
        else lists["own_reference_organization"]
    )
    other_states = frozenset(_phrase_tokens(n) for n in speaker.other_state_names if n)

    excluded = [
        (s.start, s.end, s.label_[len(EXCLUDE_PREFIX) :])
        for s in spans
        if s.label_.startswith(EXCLUDE_PREFIX)
    ]
    trigger_spans = [
        (s.start, s.end, s.label_) for s in spans if not s.label_.startswith(EXCLUDE_PREFIX)
    ]
    best: dict[str, tuple[int, int, Any]] = {}  # category -> (rank, -start, sentence span)
    for span in sorted(spans, key=lambda s: (s.start, s.end, s.label_)):
        category = span.label_
        if category.startswith(EXCLUDE_PREFIX):
            continue
        t_lo, t_hi = span.start, span.end
        if any(c == category and es < t_hi and t_lo < ee for es, ee, c in excluded):
            continue
        s_lo, s_hi = sentence_of(t_lo)
        lo, hi = _window(tokens, s_lo, s_hi, t_lo, t_hi, lists["clause_breaks"])
        if (category, span.id_) in capitalised and not doc[t_lo].text[:1].isupper():
            continue
        required = contexts.get((category, span.id_))
        if required is not None:
            if lemmas is None:
                lemmas = [strings[h].lower() for h in doc.to_array("LEMMA").tolist()]
            before, after = required
            if before and not _find(lemmas, max(s_lo, t_lo - CONTEXT_REACH), t_lo, before):
                continue
            if after and not _find(lemmas, t_hi, min(s_hi, t_hi + CONTEXT_REACH), after):
                continue
        # questions anywhere before the measure in its sentence
        if _has_any(tokens, s_lo, t_lo, lists["question"]) or ("?" in tokens[s_lo:s_hi]):
            continue
        if _has_any(tokens, lo, hi, lists["advocacy"]):
            continue
        if _has_any(tokens, t_hi, min(s_hi, t_hi + 6), lists["advocacy"]):
            continue  # "Shelters, she added, should be open to men"
        calls = _find(tokens, s_lo, t_lo, lists["advocacy"])
        if calls:
            if speaker.kind not in ("state", "text"):
                continue  # an organization's "we need to …" governs the whole sentence
            after_call = max(j for _, j in calls)
            if not (
                _has_any(tokens, after_call, t_lo, own_refs)
                or _has_any(tokens, after_call, t_lo, own_names)
            ):
                continue  # "urged every Government … to give victims safe accommodation"
        if _has_any(tokens, s_lo, t_lo, lists["praise"]):
            continue  # "commended Brazil for launching its plan" is Brazil's measure
        if _perpetrator_subject(tokens, s_lo, t_lo, cues):
            continue  # "traffickers use technology" describes the problem
        if _has_any(tokens, s_lo, t_lo, lists["deficit"]):
            continue  # "protection gaps … notably in shelter" reports an absence
        if _has_any(tokens, lo, t_lo, lists["misuse"]):
            continue  # "the criminal use of technology" is the problem, not a response
        if _has_any(tokens, lo, hi, lists["foreign_topics"]):
            continue
        if _third_party_before(
            tokens, lo, t_lo, lists["third_party_subjects"], lists["partner_prepositions"]
        ):
            continue
        if other_states and _third_party_before(
            tokens, lo, t_lo, other_states, lists["partner_prepositions"]
        ):
            continue
        sentence_own = _has_any(tokens, s_lo, s_hi, own_refs) or _has_any(
            tokens, s_lo, s_hi, own_names
        )
        if speaker.kind not in ("state", "text") and not sentence_own:
            continue  # organizations mostly talk about the world: require "we", "UNODC", …
        if _has_any(tokens, lo, hi, lists["generic_modal"]) and not sentence_own:
            continue  # "the right laws can help" is a claim, not a report
        denial_end = next(
            (k for k in range(t_hi, s_hi) if (tokens[k],) in lists["denial_scope_breaks"]),
            s_hi,
        )
        others = [(a, b) for a, b, _label in trigger_spans if b <= t_lo]
        if _is_denied(tokens, lo, max(hi, denial_end), t_lo, t_hi, cues, others):
            continue
        if not topic_tie:
            prev_lo = sentence_of(s_lo - 1)[0] if s_lo > 0 else s_lo
            if not _tie(tokens, prev_lo, s_hi, cues):
                continue
        same_category = [(a, b) for a, b, label in trigger_spans if label == category]
        status = _status(tokens, (lo, hi), (s_lo, s_hi), (t_lo, t_hi), cues, same_category)
        rank = STATUS_RANK[status]
        current = best.get(category)
        if current is None or rank > current[0]:
            best[category] = (rank, t_lo, (s_lo, s_hi))
    measures = []
    order = {key: i for i, key in enumerate(_category_order(doc))}
    rank_status = {v: k for k, v in STATUS_RANK.items()}
    for category, (rank, _t, (s_lo, s_hi)) in sorted(best.items(), key=lambda kv: order[kv[0]]):
        sent = doc[s_lo:s_hi]
        start, end = sent.start_char, sent.end_char
        text = doc.text[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        measures.append(
            Measure(category, rank_status[rank], doc.text[start:end], base + start, base + end)
        )
    return measures


def _category_order(doc: Any) -> list[str]:
    labels = sorted(
        {s.label_ for s in doc.spans[SPANS_KEY] if not s.label_.startswith(EXCLUDE_PREFIX)}
    )
    known = [c.key for c in load_categories()]
    return [k for k in known if k in labels] + [k for k in labels if k not in known]


def tag_texts(
    items: Iterable[tuple[str, Speaker, bool, int]], batch_size: int = 64
) -> Iterator[list[Measure]]:
    """Tag many statements in one spaCy stream: (text, speaker, topic_tie, base offset)."""
    nlp = build_nlp()
    buffered = list(items) if not isinstance(items, list) else items
    docs = nlp.pipe((text for text, *_ in buffered), batch_size=batch_size)
    for (_text, speaker, topic_tie, base), doc in zip(buffered, docs, strict=True):
        yield tag_doc(doc, speaker, topic_tie=topic_tie, base=base)


def tag_text(
    text: str, speaker: Speaker | None = None, *, topic_tie: bool = False
) -> list[Measure]:
    """§6: one plain text is one statement of the State it describes."""
    speaker = speaker or Speaker(kind="text")
    return tag_doc(build_nlp()(text), speaker, topic_tie=topic_tie)
