"""Stage 4 — tag: measure categories per statement, with evidence and status (codebook §3, §5).

spaCy runs from ``spacy.blank("en")`` with rule components only: the lookup lemmatizer
(tables from spacy-lookups-data) and a SpanRuler whose patterns are the category files in
``resources/categories/``; cue words from ``resources/cues.json`` match through one
PhraseMatcher over the same tokenizer. Sentences come from :mod:`pipeline.split`, the
splitter segmentation uses. Adding a category is a new JSON file plus its tests.

Every candidate (a category trigger) goes through :data:`RULES`, one function per codebook
rule, in order; the first that fires drops it and says why, and a candidate no rule drops is
the speaker's own measure, with the status cue that decided its status. :func:`explain_doc`
returns those decisions (``tag --explain``); :func:`tag_doc` only the measures.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, overload

from pipeline.resolve import non_mention_names
from pipeline.split import clauses, sentences, unwrap_lines
from pipeline.strict import DataFileError, check_record, read_json
from pipeline.vocabulary import CATEGORY_FIELDS, status_rank

RESOURCES = Path(__file__).parent / "resources"
CATEGORY_DIR = RESOURCES / "categories"
CUES_FILE = RESOURCES / "cues.json"

STATUS_RANK = status_rank()  # resources/statuses.json; higher is more advanced
CLAUSE_AFTER_REACH = 10  # tokens after a trigger, beyond its window, a status cue may lie
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

    def account_tied(self) -> frozenset[str]:
        """Trigger ids tied to trafficking by the account's last few sentences, as a named
        measure is: a penalty a suspect faces follows the charge that named the offence."""
        return frozenset(r["id"] for r in self.triggers if r.get("account_tie"))

    def contexts(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        """Per trigger id: the phrases required before / after it in its clause (as written;
        the pipeline lemmatizes them, so "trafficking" matches "trafficked")."""
        return {
            rule["id"]: (
                tuple(rule.get("context_before", [])),
                tuple(rule.get("context_after", [])),
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
        required={**CATEGORY_FIELDS, "triggers": list, "excludes": list},  # header: vocabulary
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
                    "account_tie": bool,
                    "pattern": (str, list),
                    "phrases": list,
                    "note": str,
                    "context_before": list,
                    "context_after": list,
                    "context_reach": int,
                    "unless_speaker": list,
                },
            )
            if "unless_speaker" in rule and (
                group != "excludes"
                or not rule["unless_speaker"]
                or not all(isinstance(n, str) and n.strip() for n in rule["unless_speaker"])
            ):
                raise DataFileError(
                    f"{where}: unless_speaker must be a non-empty list of names on an exclude"
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
            if "context_reach" in rule and (
                group == "excludes"
                or isinstance(rule["context_reach"], bool)
                or not 1 <= rule["context_reach"] <= CONTEXT_REACH
                or not ("context_before" in rule or "context_after" in rule)
            ):
                raise DataFileError(
                    f"{where}: context_reach must be 1 to {CONTEXT_REACH} on a trigger with a "
                    "context"
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
    "workplace_people",
    "workplace_leads",
    "actor_nouns",
    "negation",
    "creation_verbs",
    "post_denial",
    "advocacy",
    "question",
    "generic_modal",
    "capacity_verbs",
    "third_party_subjects",
    "third_party_clause_subjects",
    "elsewhere_places",
    "law_breach_nouns",
    "future_modals",
    "joint_subject_links",
    "perpetrators",
    "deficit",
    "misuse",
    "cover_for",
    "praise",
    "partner_prepositions",
    "own_reference_state",
    "own_reference_organization",
    "definite_determiners",
    "tie_terms",
    "foreign_topics",
    "clause_breaks",
    "aside_dashes",
    "shelter_place_prepositions",
    "bill_content_verbs",
    "conditional_adoption",
    "closure_shields",
    "possessive_clitics",
    "subject_left_context",
    "predicate_breaks",
    "denial_scope_breaks",
    "negation_enders",
    "state_subject_heads",
    "source_verbs",
    "speaking_verbs",
    "other_operators",
    "funding",
    "informal",
    "auxiliaries",
    "ambiguous_trafficking",
    "deficit_targets",
    "closure_verbs",
    "imperative_openers",
    "recommendation_headings",
    "implemented_recommendation_leads",
    "statement_subjects",
    "instrument_number_words",
    "need_contexts",
    "perpetration_links",
    "adjectival_adverbs",
    "content_calls",
    "content_clause_openers",
    "name_connectors",
    "trafficking_assessment_markers",
    "assessment_openers",
    "assessment_subjects",
    "other_law_leads",
    "citation_leads",
    "plan_purposes",
    "intention_nouns",
    "bare_intention_nouns",
    "plan_verb_objects",
    "alias_openers",
    "presupposing_modifiers",
    "continuation_verbs",
    "presupposing_passives",
    "contrastive_own",
    "adopted_by",
    "list_item_openers",
    "deficit_quality_breaks",
    "negation_blockers",
    "deficit_predicates",
    "status_blockers",
    "noun_negations",
    "possessive_determiners",
    "presupposing_call_verbs",
    "demonstratives",
    "presupposing_nouns",
    "importance_nouns",
    "law_process_nouns",
    "title_joiners",
    "residence_participles",
    "membership_leads",
    "section_words",
    "legal_basis_leads",
    "reference_leads",
    "vulnerability_links",
    "deficit_quality",
    "foreign_complements",
    "complement_heads",
    "enforcement_verbs",
    "penalty_verbs",
    "place_clause_breaks",
    "manner_adverbs",
    "state_run",
    "formality_categories",
    "indefinite_determiners",
    "partner_suffixes",
    "support_leads",
    "agency_names",
    "offence_predicates",
    "offender_uses",
    "tech_purposes",
    "recently_adopted",
    "bare_in_place_verbs",
    "infinitive_leads",
    "content_verbs",
    "purpose_nouns",
    "purpose_copulas",
    "plain_use_verbs",
    "item_conjunctions",
    "not_calls",
    "call_additions",
    "comparative_leads",
    "retro_denials",
    "relative_pronouns",
    "determiner_stops",
    "date_prepositions",
    "list_separators",
    "list_verbs",
    "historical_slavery",
    "historical_tie_terms",
    "legislature_destinations",
    "bill_nouns",
    "bill_in_force_cues",
    "called_draft_modifiers",
    "risk_predicates",
    "plan_instruments",
    "clause_coordinators",
    "own_predicate_starts",
    "called_draft_places",
    "bill_verbs",
    "retro_in_progress",
    "retro_subjects",
    "draft_rejections",
    "draft_concessives",
    "gap_denials",
    "draft_nouns",
    "past_denial_auxiliaries",
    "vague_law_nouns",
    "vague_law_leads",
    "law_qualifiers",
    "victim_nouns",
    "rescue_words",
    "place_modifiers",
    "intention_means",
    "plan_document_modifiers",
    "intended_creation_verbs",
    "attributive_participles",
    "own_adoption_verbs",
    "articles",
    "ratification_purposes",
    "criminalized_objects",
    "office_title_nouns",
    "office_name_links",
    "modus_leads",
    "perpetrator_group_nouns",
    "suspect_subjects",
    "imposed_labour",
    "reading_stages",
    "draft_publication_verbs",
    "imposed_labour_blockers",
    "labour_law_reforms",
    "field_words",
    "praise_attributive_leads",
    "penalty_statements",
    "pre_verb_adverbs",
    "topic_leads",
    "visit_verbs",
    "evaluator_subjects",
    "praised_own_objects",
    "recommending_voices",
    "reform_processes",
    "presupposing_prepositions",
    "peer_review_cues",
    "evaluator_wishes",
    "complement_action_nouns",
    "presupposing_verbs",
    "nominal_creation_cues",
    "ruling_leads",
    "past_effort_verbs",
    "bill_purpose_leads",
    "bill_reference_words",
    "bill_reference_blockers",
    "mission_nouns",
    "pending_predicates",
    "named_use_leads",
    "changing_nouns",
    "complement_verb_breaks",
    "short_title_formulas",
    "bill_title_leads",
    "fragment_openers",
    "operator_phrases",
    "state_body_nouns",
    "publication_leads",
    "source_leads",
    "website_words",
    "nominal_calls",
    "infringement_verbs",
    "list_negations",
    "bill_amending_links",
    "law_number_words",
    "framework_nouns",
    "approval_verbs",
    "cabinet_bodies",
    "first_chambers",
    "enactment_cues",
    "recruitment_verbs",
    "channel_prepositions",
    "operated_by_phrases",
    "operator_relatives",
    "nongovernmental_operators",
    "speech_verbs",
    "purpose_predicates",
    "placement_leads",
    "programme_words",
    "programme_qualifiers",
    "passive_auxiliaries",
    "call_verbs_past",
    "future_release_verbs",
    "law_list_joiners",
    "law_name_links",
    "organization_support_verbs",
    "implementer_leads",
    "court_decision_nouns",
    "awareness_site_purposes",
    "website_services",
    "body_name_nouns",
    "bill_pending_cues",
    "legislator_titles",
)


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue phrases as tuples of lower-case tokens, grouped for fast lookup by first token."""

    status: dict[str, frozenset[tuple[str, ...]]]
    lists: dict[str, frozenset[tuple[str, ...]]]

    def words(self, key: str) -> frozenset[str]:
        """The one-token entries of a list, for membership tests on single tokens."""
        return _single_words(self.lists[key])


@cache
def _single_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases if len(p) == 1)


@cache
def _tokenizer() -> Any:
    """spaCy's English tokenizer: cue phrases are cut exactly as the text they match is."""
    return _blank_english().tokenizer


# Treaty-body documents copied from PDFs lose the tab after a paragraph or item number:
# "4.The Committee welcomes", "(b)Law on combating Trafficking in Persons". spaCy keeps
# "4.The" and "b)Law" as one token each, so neither the cue nor the law's name is seen.
NUMBERING_INFIXES = (
    r"(?<=[0-9])\.(?=[A-Z][a-z])",
    r"(?<=\b[a-z0-9])\)(?=[A-Z])",
    # a comma glued between a word and a number ("Transportation Control Act,2007")
    r"(?<=[A-Za-z]),(?=[0-9])",
)


def _blank_english() -> Any:
    """A blank English pipeline whose tokenizer also splits a number or item letter from
    the word it was glued to, and a word from a number glued to it by a comma, so that
    "Act,2007" still shows its "Act" (NUMBERING_INFIXES)."""
    import spacy
    from spacy.util import compile_infix_regex

    nlp: Any = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, *NUMBERING_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A cue phrase as lower-case tokens of the same tokenizer that cuts the text, so that
    hyphenated cues ("non-functional", "drug-trafficking") match."""
    return tuple(t.lower_ for t in _tokenizer()(phrase.strip()) if not t.is_space)


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
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class TriggerConditions:
    """What a trigger needs beyond its match, keyed by (category, trigger id)."""

    contexts: dict[tuple[str, str], tuple[Phrases, Phrases]]  # lemma phrases before / after
    capitalised: frozenset[tuple[str, str]]  # first word must be capitalised ("Act")
    account_tied: frozenset[tuple[str, str]]  # tied by the account's last few sentences
    # how many tokens from the trigger its context may lie, where a trigger sets its own
    # ("issued light penalties" is not "increased penalties" twelve words later)
    reaches: dict[tuple[str, str], int]
    # excludes that do not hold when the speaker is one of these (lower-case names)
    exempt: dict[tuple[str, str], frozenset[str]]


# Span labels carry only (category, trigger id); the conditions and the cue matcher of the
# pipeline that made a Doc are looked up by its vocabulary, which each cached pipeline owns.
_CONDITIONS: dict[int, TriggerConditions] = {}
# Per vocab, the lookup lemmatizer's table (word -> lemma), for lemmas of capitalised words
# (see _Scan.lemmas).
_LEMMA_TABLES: dict[int, Any] = {}
# spaCy's English lookup table lemmatizes "developed" and "developing" to "develope" while
# "develop" stays "develop", so "developing a new database" never met the context "develop".
# Both the context phrases and the text's lemmas go through this correction.
LEMMA_FIXES = {"develope": "develop"}
_CUE_MATCHERS: dict[int, Any] = {}
_WORD_CUES: dict[int, dict[str, frozenset[str]]] = {}  # label -> words, per vocab


class _GatedMatcher:
    """The span ruler's token-pattern Matcher, one pattern at a time, each behind a gate. A
    pattern such as "UK … Act" or "procedures … identifying … gaps" can match only a statement
    that holds one word of each of its required, fixed tokens ("uk" and "act"); most
    statements hold "act" or "law" but not "UK", and running the Matcher over them anyway
    cost as much as tokenizing them. A statement goes through a pattern's Matcher only when
    every such token of the pattern finds its word, so the skipped statements could not have
    matched and the spans found are the same (the span ruler sorts and deduplicates them)."""

    def __init__(self, matcher: Any, entries: list[dict[str, Any]], vocab: Any) -> None:
        from spacy.matcher import Matcher

        self._matcher = matcher  # all patterns in one: what the gated ones must equal
        self._gated: list[tuple[tuple[frozenset[int], ...], Any]] = []
        for entry in entries:
            pattern = entry["pattern"]
            # the key the span ruler gives the pattern, so a match maps to its label and id
            key = repr((entry["label"], entry.get("id", "")))
            single = Matcher(vocab)
            single.add(key, [pattern])
            gate = tuple(
                frozenset(vocab.strings.add(w) for w in words) for words in _required_words(pattern)
            )
            self._gated.append((gate, single))

    def __call__(self, doc: Any) -> Any:
        lowers = set(doc.to_array("LOWER").tolist())
        found: list[Any] = []
        for gate, single in self._gated:
            if all(not words.isdisjoint(lowers) for words in gate):
                found.extend(single(doc))
        return found


def _required_words(pattern: list[dict[str, Any]]) -> list[frozenset[str]]:
    """For each token of the pattern that is required (no "OP", or "+") and fixed by LOWER,
    TEXT or ORTH (a word or an IN list), the lower-case words one of which a match must hold
    there. A token fixed only by a regular expression or a shape ("IS_TITLE") gives none."""
    required: list[frozenset[str]] = []
    for token in pattern:
        if token.get("OP", "1") not in ("1", "+"):
            continue
        for key in ("LOWER", "TEXT", "ORTH"):
            value = token.get(key)
            if isinstance(value, str):
                required.append(frozenset({value.lower()}))
                break
            if isinstance(value, dict) and set(value) == {"IN"}:
                required.append(frozenset(str(v).lower() for v in value["IN"]))
                break
    return required


@cache
def build_nlp(category_dir: Path = CATEGORY_DIR) -> Any:
    """The rule-based pipeline, built once per process (no model download)."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = _blank_english()
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler: Any = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": True},
    )
    nlp.initialize()
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    _LEMMA_TABLES[id(nlp.vocab)] = lemmatizer.lookups.get_table("lemma_lookup")
    patterns = []
    categories = load_categories(category_dir)
    nlp.meta["categories"] = [c.key for c in categories]

    def lemma_phrases(phrases: tuple[str, ...]) -> Phrases:
        # context is matched on lemmas, so the phrases go through the same lemmatizer
        with nlp.select_pipes(enable=["lemmatizer"]):
            return frozenset(
                tuple(
                    LEMMA_FIXES.get(t.lemma_.lower(), t.lemma_.lower())
                    for t in nlp(p.strip())
                    if not t.is_space
                )
                for p in phrases
            )

    _CONDITIONS[id(nlp.vocab)] = TriggerConditions(
        contexts={
            (c.key, rule_id): (lemma_phrases(before), lemma_phrases(after))
            for c in categories
            for rule_id, (before, after) in c.contexts().items()
        },
        capitalised=frozenset((c.key, rule_id) for c in categories for rule_id in c.capitalised()),
        account_tied=frozenset(
            (c.key, rule_id) for c in categories for rule_id in c.account_tied()
        ),
        reaches={
            (c.key, rule["id"]): rule["context_reach"]
            for c in categories
            for rule in c.triggers
            if "context_reach" in rule
        },
        exempt={
            (c.key, rule["id"]): frozenset(n.lower() for n in rule["unless_speaker"])
            for c in categories
            for rule in c.excludes
            if "unless_speaker" in rule
        },
    )
    for category in categories:
        for label, rules in (
            (category.key, category.triggers),
            (EXCLUDE_PREFIX + category.key, category.excludes),
        ):
            for rule in rules:
                for pattern in rule.get("phrases", [rule.get("pattern")]):
                    patterns.append({"label": label, "pattern": pattern, "id": rule["id"]})
    with nlp.select_pipes(disable=["lemmatizer"]):
        ruler.add_patterns(patterns)  # phrase patterns need only the tokenizer
    ruler.matcher = _GatedMatcher(
        ruler.matcher,
        [p for p in patterns if not isinstance(p["pattern"], str)],
        nlp.vocab,
    )
    # Every cue list in one PhraseMatcher over the same tokenizer: one pass per statement.
    cues = load_cues()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    groups = {**{f"cue:{k}": v for k, v in cues.lists.items()}}
    groups.update({f"status:{k}": v for k, v in cues.status.items()})
    # A list of one-word entries only ("the", "and", ",") matches wherever its words stand:
    # such lists are most of the matches and few statements are ever asked about them, so
    # they are looked up in the statement's tokens when a rule first asks (_Scan.find)
    # instead of being matched in every statement.
    single: dict[str, frozenset[str]] = {}
    for label, phrases in groups.items():
        if phrases and all(len(p) == 1 for p in phrases):
            single[label] = frozenset(p[0].lower() for p in phrases)
        else:
            matcher.add(label, [Doc(nlp.vocab, words=list(p)) for p in sorted(phrases)])
    _CUE_MATCHERS[id(nlp.vocab)] = matcher
    _WORD_CUES[id(nlp.vocab)] = single
    # lemmas are looked up lazily (_Scan.lemmas), only where a trigger needs its context: the
    # component stays in the pipeline, disabled, so that the context phrases above went
    # through it
    nlp.disable_pipe("lemmatizer")
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
    # the entity's own names (lower-case phrases; a State's acronyms as written, "U.S.",
    # which the tokenizer keeps whole only in that case)
    names: tuple[str, ...] = ()
    # names of the other States and organizations the text names (written as ``names``)
    other_actor_names: tuple[str, ...] = ()
    # those of them that are international organizations, not States (IOM has no national
    # plan: "IOM supports the drafting of a National Plan of Action" is the State's plan)
    organization_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """Why one candidate (a category trigger) was kept or dropped: ``tag --explain``."""

    category: str
    trigger: str  # the trigger id in the category file
    matched: str  # the words that matched
    start: int  # character offsets of the match (plus base offset)
    end: int
    kept: bool
    rule: str  # the rule that decided
    reason: str
    status: str = ""


@cache
def _index(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by first token, so a scan costs one dict lookup per token."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v)) for k, v in grouped.items()}


def _find(tokens: Sequence[str], lo: int, hi: int, phrases: Phrases) -> list[Span]:
    """Token spans (i, j) in tokens[lo:hi] that equal one of the phrases (names given at
    run time; the fixed cue lists go through the PhraseMatcher instead)."""
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


@cache
def _non_mentions() -> Phrases:
    return frozenset(_phrase_tokens(name) for name in non_mention_names())


def _other_actors_in(ctx: _Context, lo: int, hi: int) -> list[Span]:
    """Where the other States and organizations the text names occur in tokens[lo:hi],
    leaving out a State's name inside a place that is not that State: "the Public Prosecutor
    for Northern Ireland" is the United Kingdom's, even when Ireland is named elsewhere."""
    tokens = ctx.scan.tokens
    places = _find(tokens, max(0, lo - 3), min(len(tokens), hi + 3), _non_mentions())
    return [
        (i, j)
        for i, j in _find(tokens, lo, hi, ctx.other_actors)
        if not any(a <= i and j <= b for a, b in places)
    ]


# how far back from a gerund "by" may open its chain ("by establishing multisectoral
# institutions at both national and regional level and developing relevant national plans")
MEANS_CHAIN_REACH = 14
# how far before "by" the past predicate it says the means of may stand
MEANS_VERB_REACH = 10


def _means_of_past_effort(scan: _Scan, cue_at: int, lo: int) -> Span | None:
    """ "The Peruvian authorities have demonstrated a strong will … by establishing
    multisectoral institutions … and developing relevant national plans": a gerund after
    "by" names how a past effort was made, so what it develops is done, not under way (real
    test #69). "Is committed to combating it by establishing a mechanism" has no past
    predicate, and the gerund keeps its own status."""
    tokens = scan.tokens
    by = next(
        (
            k
            for k in range(cue_at - 1, max(lo, cue_at - MEANS_CHAIN_REACH) - 1, -1)
            if tokens[k] == "by"
        ),
        None,
    )
    if by is None or not (by == cue_at - 1 or "and" in tokens[by:cue_at]):
        return None
    if any(t in (";", ":", ".") for t in tokens[by:cue_at]):
        return None
    for k in range(by - 1, max(lo, by - MEANS_VERB_REACH) - 1, -1):
        word = tokens[k]
        if word in (",", ";", ":", "that"):
            return None  # "confirmed that Kuwait is moving forward … by developing": not its verb
        # "is committed to …", "was dedicated to …": an adjective, not a past predicate;
        # "made efforts by …", "took steps by …": past forms without "-ed"
        if (word.endswith("ed") or scan.has("past_effort_verbs", k, k + 1)) and not (
            k > lo and scan.has("passive_auxiliaries", k - 1, k)
        ):
            return k, by + 1
    return None


def _intended_by(scan: _Scan, c: _Candidate, cue_at: int, lo: int) -> Span | None:
    """The means or decision ("funds", "a decision", "fundraising") whose infinitive ("to
    set up", "to turn … into") stands right before the status cue or between it and the
    measure: the measure is what they are for, not yet made."""
    for k in range(max(lo, cue_at - 1), c.t_lo):
        # an infinitive of making ("to set up", "to build"), not a recipient ("funding to the
        # Office") nor the use of what exists ("funding to implement the Act")
        if scan.tokens[k] != "to" or not scan.has("intended_creation_verbs", k + 1, k + 2):
            continue
        found = scan.find("cue:intention_means", max(lo, k - INTENTION_MEANS_REACH), k)
        if found:
            return found[-1]
    return None


# how far before its "to" the means of an intended measure may stand ("funds to states and
# territories in border areas to set up …")
INTENTION_MEANS_REACH = 8


def _month_may(doc: Any, i: int, sentence_start: bool) -> bool:
    """ "10 May 2005", "in May", "since May": a capitalised "May" inside a sentence, or one a
    number stands beside, is the month."""
    if doc[i].text != "May":
        return False
    beside = [doc[k].text for k in (i - 1, i + 1) if 0 <= k < len(doc)]
    return any(t[:1].isdigit() for t in beside) or not sentence_start


def _number_sign(tokens: list[str], i: int) -> bool:
    """ "No." or "No" before a numeral abbreviates "number"."""
    if tokens[i] not in ("no", "no."):
        return False
    k = i + 1
    if k < len(tokens) and tokens[k] == ".":
        k += 1
    # "No. 1178/2020", "no 1"; not "no 24-hour shelter"
    if k >= len(tokens) or re.fullmatch(r"\d+(?:[/.-]\d+)*", tokens[k]) is None:
        return False
    if k + 1 < len(tokens) and tokens[k + 1] in ("-", "–"):
        # "Decree No. 1385-A of 2008": a suffixed number; "no 24-hour shelter": a denial
        return k + 2 < len(tokens) and len(tokens[k + 2]) == 1 and tokens[k + 2].isalpha()
    return True


class _Lemmas(Sequence[str]):
    """Lower-case lemmas of one statement, each looked up once, when first read. spaCy's
    lookup lemmatizer is case-sensitive, so a capitalised word ("Program for the Prevention
    and Control of Trafficking", a sentence-initial "Trafficking") keeps its form; it is
    looked up again in lower case, as the context phrases it is compared with were."""

    def __init__(self, doc: Any, lower: list[str]) -> None:
        self._doc = doc
        self._lower = lower
        self._orth: list[int] | None = None
        self._cache: list[str | None] = [None] * len(lower)

    def __len__(self) -> int:
        return len(self._lower)

    @overload
    def __getitem__(self, k: int) -> str: ...

    @overload
    def __getitem__(self, k: slice) -> list[str]: ...

    def __getitem__(self, k: int | slice) -> str | list[str]:
        if isinstance(k, slice):
            return [self._lemma(i) for i in range(*k.indices(len(self._lower)))]
        return self._lemma(range(len(self._lower))[k])

    def _lemma(self, k: int) -> str:
        cached = self._cache[k]
        if cached is not None:
            return cached
        if self._orth is None:
            self._orth = self._doc.to_array("ORTH").tolist()
        # the lookup lemmatizer's own rule (table.get(text, text)), applied here instead of
        # by a pipeline component over every token of every statement
        table = _LEMMA_TABLES[id(self._doc.vocab)]
        text = self._doc.vocab.strings[self._orth[k]]
        lower = self._lower[k]
        lemma = str(table.get(text, text)).lower()
        lemma = str(table.get(lower, lower)) if lemma == lower else lemma
        lemma = LEMMA_FIXES.get(lemma, lemma)
        self._cache[k] = lemma
        return lemma


class _Scan:
    """One statement, scanned once: tokens, sentences, clauses and every cue match."""

    def __init__(self, doc: Any, cues: Cues, source: str | None = None) -> None:
        strings = doc.vocab.strings  # hashes -> text without building Token objects
        self.doc = doc
        self.cues = cues
        self.source = doc.text if source is None else source  # Doc.text joins every token
        self.tokens: list[str] = [strings[h] for h in doc.to_array("LOWER").tolist()]
        n = len(self.tokens)
        # Sentences come from pipeline.split, the splitter segmentation uses, computed here
        # only for statements that hold a candidate (most hold none).
        offsets = doc.to_array("IDX").tolist()

        def token_starts(chars: list[int]) -> list[int]:
            return sorted({0} | {k for k in (bisect_left(offsets, x) for x in chars) if k < n})

        spans = sentences(self.source, 0, len(self.source))
        starts = token_starts([s for s, _e in spans])
        self.sentence_starts = starts
        self.sentence_bounds = [*starts, n]
        clause = token_starts([cs for s, e in spans for cs, _ce in clauses(self.source, s, e)])
        self.clause_starts = clause
        self.clause_bounds = [*clause, n]
        self.matches: dict[str, list[Span]] = {}
        vocab_strings = doc.vocab.strings
        for match_id, i, j in _CUE_MATCHERS[id(doc.vocab)](doc):
            self.matches.setdefault(vocab_strings[match_id], []).append((i, j))
        for spans in self.matches.values():
            spans.sort()
        if "cue:negation" in self.matches:
            # "Decision No. 123", "Law No 1 for 2008": a number, not a denial
            # "a never ending challenge", "not only … but also": no denial either
            blocked = self.matches.get("cue:negation_blockers", [])
            self.matches["cue:negation"] = [
                (i, j)
                for i, j in self.matches["cue:negation"]
                if not _number_sign(self.tokens, i)
                and not any(a <= i and j <= b for a, b in blocked)
            ]
        if "cue:generic_modal" in self.matches:
            # "Law No. 2005-06 of 10 May 2005": the month, not the modal ("laws may help")
            self.matches["cue:generic_modal"] = [
                (i, j)
                for i, j in self.matches["cue:generic_modal"]
                if not _month_may(doc, i, i in self.sentence_starts)
            ]
        self._match_starts = {k: [i for i, _ in v] for k, v in self.matches.items()}
        self._word_cues = _WORD_CUES[id(doc.vocab)]
        self._lemmas: _Lemmas | None = None

    @property
    def lemmas(self) -> _Lemmas:
        """Lower-case lemmas, looked up token by token as a rule first reads them (a context
        check reads a few words around one trigger, not the whole statement)."""
        if self._lemmas is None:
            self._lemmas = _Lemmas(self.doc, self.tokens)
        return self._lemmas

    def sentence_of(self, k: int) -> Span:
        i = bisect_right(self.sentence_starts, k) - 1
        return self.sentence_bounds[i], self.sentence_bounds[i + 1]

    def clause_of(self, k: int) -> Span:
        i = bisect_right(self.clause_starts, k) - 1
        return self.clause_bounds[i], self.clause_bounds[i + 1]

    def find(self, label: str, lo: int, hi: int) -> list[Span]:
        """Matches of one cue list ("cue:negation", "status:planned") inside [lo, hi)."""
        spans = self.matches.get(label)
        if spans is None and label in self._word_cues:
            words = self._word_cues[label]
            starts = [k for k, token in enumerate(self.tokens) if token in words]
            spans = self.matches[label] = [(k, k + 1) for k in starts]
            self._match_starts[label] = starts
        if not spans:
            return []
        starts = self._match_starts[label]
        # sorted by start: the spans starting in [lo, hi) are one slice, found by bisection
        # instead of reading every later match (a long statement holds hundreds of some cues)
        first, end = bisect_left(starts, lo), bisect_left(starts, hi)
        return [(i, j) for i, j in spans[first:end] if j <= hi]

    def has(self, key: str, lo: int, hi: int) -> bool:
        return bool(self.find(f"cue:{key}", lo, hi))

    def text(self, lo: int, hi: int) -> str:
        return self.doc[lo:hi].text if hi > lo else ""


@dataclass(frozen=True, slots=True)
class _Candidate:
    category: str
    trigger: str
    t_lo: int
    t_hi: int
    c_lo: int  # the clause (sentence piece between semicolons) around the trigger
    c_hi: int
    lo: int  # the comma-bounded window around the trigger, inside its clause
    hi: int


@dataclass(frozen=True, slots=True)
class _Context:
    """Per-statement facts every rule may read."""

    scan: _Scan
    speaker: Speaker
    topic_tie: bool
    own_names: Phrases
    own_refs_key: str
    other_actors: Phrases
    organizations: Phrases  # the other actors that are international organizations
    excluded: tuple[tuple[int, int, str], ...]
    triggers: tuple[tuple[int, int, str], ...]

    def sentence_own(self, lo: int, hi: int) -> bool:
        return self.scan.has(self.own_refs_key, lo, hi) or bool(
            _find(self.scan.tokens, lo, hi, self.own_names)
        )


def _dash_aside(scan: _Scan, t_hi: int, c_hi: int) -> Span | None:
    """A dash-delimited aside opening right after a measure ("Anti-trafficking
    legislation—including provisions to prohibit and penalize …—remained pending review"):
    the predicate after the closing dash is the measure's own, so neither the dashes nor
    the words inside bound its window. None when no closing dash follows in the clause."""
    if t_hi >= c_hi or scan.tokens[t_hi] not in scan.cues.words("aside_dashes"):
        return None
    dash = scan.tokens[t_hi]
    close = next((k for k in range(t_hi + 1, c_hi) if scan.tokens[k] == dash), None)
    if close is None or close + 1 >= c_hi:
        return None
    return t_hi, close + 1


def _window(scan: _Scan, c_lo: int, c_hi: int, t_lo: int, t_hi: int) -> Span:
    """The clause around a trigger: bounded by commas and clause-break words."""
    lo, hi = c_lo, c_hi
    negations = scan.find("cue:negation", c_lo, c_hi)
    breaks = [  # "yet" breaks a clause, but not inside "not yet" or "has yet to"
        (i, j)
        for i, j in scan.find("cue:clause_breaks", c_lo, c_hi)
        if not any(a <= i and j <= b for a, b in negations)
    ]
    commas = [(k, k + 1) for k in range(c_lo, c_hi) if scan.tokens[k] == ","]
    aside = _dash_aside(scan, t_hi, c_hi)
    for i, j in [*breaks, *commas]:
        if aside is not None and aside[0] <= i and j <= aside[1]:
            continue  # "legislation—including provisions to …—remained pending": an aside
        if j <= t_lo:
            lo = max(lo, j)
        elif i >= t_hi:
            hi = min(hi, i)
    return lo, hi


# --------------------------------------------------------------------------- rules
#
# Each rule reads one candidate and returns the reason it is dropped, or None. They run in
# order and the first that fires decides; a candidate no rule drops is the speaker's own
# measure. ``tag --explain`` prints the deciding rule for every candidate.


def rule_excluded(ctx: _Context, c: _Candidate) -> str | None:
    for es, ee, category in ctx.excluded:
        if category == c.category and es < c.t_hi and c.t_lo < ee:
            return f"§3 'not this': inside {ctx.scan.text(es, ee)!r}"
    scan = ctx.scan
    span = scan.tokens[c.t_lo : c.t_hi]
    for es, ee, category in ctx.excluded:
        # "migrant reception centers … victims in reception centers": a later, shortened
        # mention of an excluded facility names the same one (a bare one-word trigger such
        # as "shelters" may well be another, so only longer names are followed)
        if (
            category == c.category
            and ee <= c.t_lo
            and len(span) > 1
            and scan.tokens[ee - len(span) : ee] == span
            and ee - len(span) > es
        ):
            return f"§3 'not this': the {scan.text(es, ee)!r} named before"
        if (
            category == c.category
            and len(span) == 1
            and 0 < c.t_lo - ee <= CONTEXT_REACH
            and (
                scan.has("demonstratives", before := _previous_word(scan, c.t_lo), before + 1)
                # "Programme of Support … (hereinafter „programme“)": the alias it defines
                or scan.has("alias_openers", before, before + 1)
            )
            and span[0] in scan.tokens[es:ee]
        ):
            # "the law of the jungle. This law is in force …": the same generic law
            return f"§3 'not this': {scan.text(before, c.t_hi)!r} is the {scan.text(es, ee)!r}"
    if _definite_repeat(scan, c):
        # "a virtual training program … The program also provided an overview of the law":
        # the bare definite noun names the one mentioned last, and that one was excluded
        last = next((k for k in range(c.t_lo - 1, -1, -1) if scan.tokens[k] == span[0]), None)
        for es, ee, category in ctx.excluded:
            if last is not None and category == c.category and last == ee - 1 and es < last:
                return f"§3 'not this': 'the {span[0]}' is the {scan.text(es, ee)!r} named before"
    return None


def _definite_repeat(scan: _Scan, c: _Candidate) -> bool:
    """A bare "the program" that can only point back: one lower-case word after "the", no
    number or name after it ("the Law 91 of 2013", "the Act on Prevention …" are names). A
    law is left out: after "under international law", "the law did not criminalise …" is
    the State's own law, not the one named last."""
    if c.category == "legislation" or c.t_hi - c.t_lo != 1:
        return False
    if scan.tokens[_previous_word(scan, c.t_lo)] != "the" or scan.doc[c.t_lo].text[:1].isupper():
        return False
    after = scan.doc[c.t_hi].text if c.t_hi < len(scan.doc) else ""
    return not (
        after[:1].isdigit() or after[:1].isupper() or after.lower() in ("no", "no.", "on", "of")
    )


def _previous_word(scan: _Scan, k: int) -> int:
    """The index of the last token before k that is not whitespace (OCR'd speeches carry
    runs of spaces, which spaCy keeps as tokens)."""
    k -= 1
    while k > 0 and not scan.tokens[k].strip():
        k -= 1
    return k


def rule_office_name(ctx: _Context, c: _Candidate) -> str | None:
    """ "the Coordinating Minister for Politics, Law, and Peace", "the Department of Law and
    Human Rights": a capitalised trigger among the capitalised words of an office's or a
    post's name names its field, not a measure. The name is read back from the trigger over
    capitalised words and their links (",", "and", "of", "for") to a title noun."""
    scan = ctx.scan
    # only a law names a field this way; "the Department of Social Welfare Shelter" is a
    # shelter the department runs
    if (
        c.category != "legislation"
        or c.t_hi - c.t_lo != 1
        or not scan.has("field_words", c.t_lo, c.t_hi)
        or not scan.doc[c.t_lo].text[:1].isupper()
    ):
        return None  # "the Bureau of Foreign Employment Act", a "Ministry … Decree": instruments
    k = c.t_lo - 1
    while k >= max(0, c.t_lo - OFFICE_NAME_REACH):
        word = scan.doc[k].text
        if scan.has("office_title_nouns", k, k + 1) and word[:1].isupper():
            return f"the name of an office or post ({scan.text(k, c.t_hi)!r}), not a measure"
        if not (word[:1].isupper() or scan.has("office_name_links", k, k + 1)):
            return None
        k -= 1
    return None


# how many tokens before a capitalised trigger an office's title noun may stand
OFFICE_NAME_REACH = 8

# how many tokens around a capitalised shelter word the rest of a body's name may run
BODY_NAME_REACH = 14


def rule_body_name(ctx: _Context, c: _Candidate) -> str | None:
    """ "The Georgians for Refuge, Action, Compassion, and Education (GRACE) Commission", "the
    Union of Crisis Centres": a capitalised shelter word inside the name of a commission, a
    union or a league names what the body stands for, not a shelter. The name is read over
    capitalised words and their links to the body's noun, forward ("… Commission") or back
    ("Union of …"). Any measure's capitalised words after a body's noun and "for" name the
    body's purpose ("the Foundation for Administration and Public Policy (FIIAP)", real test
    #78); read forward, a plan's or a law's name may stand before the body that runs it
    ("the National Action Plan of the Committee"), so only a shelter's is read forward."""
    scan = ctx.scan
    if not scan.doc[c.t_lo].text[:1].isupper():
        return None
    links = scan.cues.words("office_name_links") | {"(", ")"}
    what = "a shelter" if c.category == "shelters" else "a measure"
    if c.category == "shelters":
        for k in range(c.t_hi, min(len(scan.tokens), c.t_hi + BODY_NAME_REACH)):
            if scan.has("body_name_nouns", k, k + 1) and scan.doc[k].text[:1].isupper():
                return f"the name of a body ({scan.text(c.t_lo, k + 1)!r}), not {what}"
            if not (scan.doc[k].text[:1].isupper() or scan.tokens[k] in links):
                break
    # "Union of …" names a shelter body's members, across a list ("the Union of Crisis
    # Centres, Shelters …"); "Foundation for …" names any body's purpose, which a comma
    # ends ("the Council of Europe Action Plan" is a plan: its body owns it)
    of_heads = ("of",) if c.category == "shelters" else ()
    after_comma = False
    for k in range(c.t_lo - 1, max(-1, c.t_lo - BODY_NAME_REACH), -1):
        heads = of_heads if after_comma else (*of_heads, "for")
        if (
            scan.has("body_name_nouns", k, k + 1)
            and scan.doc[k].text[:1].isupper()
            and scan.tokens[k + 1] in heads
        ):
            return f"the name of a body ({scan.text(k, c.t_hi)!r}), not {what}"
        after_comma = after_comma or scan.tokens[k] == ","
        if not (scan.doc[k].text[:1].isupper() or scan.tokens[k] in links):
            break
    return None


def rule_capitalised(ctx: _Context, c: _Candidate) -> str | None:
    conditions = _CONDITIONS[id(ctx.scan.doc.vocab)]
    if (c.category, c.trigger) not in conditions.capitalised:
        return None
    doc = ctx.scan.doc
    if not doc[c.t_lo].text[:1].isupper():
        return "trigger counts only as a capitalised name ('Act')"
    following = doc[c.t_hi] if c.t_hi < len(doc) else None
    if (
        c.t_hi - c.t_lo == 1
        and c.t_lo == ctx.scan.sentence_of(c.t_lo)[0]
        and following is not None
        and following.is_lower
        and following.is_alpha
        and following.text != "of"
    ):
        # "Acts promoting sexual exploitation seriously infringe human rights": capitalised
        # only as its sentence's first word, with no name running on (real test #93)
        return f"capitalised only as its sentence's first word ({doc[c.t_lo : c.t_hi + 1].text!r})"
    before = doc[_previous_word(ctx.scan, c.t_lo)] if c.t_lo > 0 else None
    if doc[c.t_lo].text.isupper() and before is not None and before.is_lower and before.is_alpha:
        # "the rights group alliance ACT", "in the ACT": an all-capitals ACT after a
        # lower-case word is an acronym; a statute's name stands after a capitalised word
        # ("Trafficking ACT", "TRAFFICKING ACT")
        return f"an acronym after a lower-case word ({before.text} {doc[c.t_lo].text!r})"
    if doc[c.t_lo].text.isupper() and any(
        _acronym_in_parentheses(doc, k)
        for k in range(c.t_lo + 1)
        if doc[k].text == doc[c.t_lo].text
    ):
        # "The Action Coalition on Human Trafficking (ACT Alberta) … ACT Alberta's work": an
        # all-capitals ACT opening a parenthesis is the name's acronym, and so is every later
        # ACT; Ghana's "(ACT 694)" numbers a statute (real test #81)
        return f"an acronym the text defines in parentheses ('({doc[c.t_lo].text}')"
    return None


def _acronym_in_parentheses(doc: Any, k: int) -> bool:
    """Token k opens a parenthesis and no number follows it ("(ACT Alberta)", not "(ACT 29)")."""
    return k > 0 and doc[k - 1].text == "(" and not (k + 1 < len(doc) and doc[k + 1].like_num)


def rule_trigger_context(ctx: _Context, c: _Candidate) -> str | None:
    conditions = _CONDITIONS[id(ctx.scan.doc.vocab)]
    required = conditions.contexts.get((c.category, c.trigger))
    if required is None:
        return None
    scan = ctx.scan
    if (
        c.category == "action_plan"
        and (
            scan.has("intention_nouns", c.t_hi - 1, c.t_hi)
            # "the government's plan to create an office": one word, an intention; "the
            # action plan to implement the Protocol" names a plan
            or (c.t_hi - c.t_lo == 1 and scan.has("bare_intention_nouns", c.t_lo, c.t_hi))
        )
        # "set out a new four-year plan to increase its reach": a document, not an intention
        # ("the National Assembly now plans to draft": an adverb before it, a verb)
        and not (
            scan.has("plan_document_modifiers", max(c.c_lo, c.t_lo - 3), c.t_lo)
            and not scan.has("pre_verb_adverbs", c.t_lo - 1, c.t_lo)
        )
        and c.t_hi + 1 < len(scan.tokens)
        and scan.tokens[c.t_hi] == "to"
        and not scan.has("plan_purposes", c.t_hi + 1, c.t_hi + 2)
    ):
        # "announced plans to build a shelter": an intention about another measure
        return f"an intention ('plans to {scan.tokens[c.t_hi + 1]}'), not a plan"
    subject = c.t_lo - 1 - int(scan.has("pre_verb_adverbs", c.t_lo - 1, c.t_lo))
    if (
        c.category == "action_plan"
        and c.t_hi - c.t_lo == 1
        and scan.has("intention_nouns", c.t_lo, c.t_hi)
        and subject >= c.c_lo
        and scan.doc[subject].text[:1].isupper()
        and scan.has("plan_verb_objects", c.t_hi, c.t_hi + 1)
    ):
        # "Home Ministry plans more safe houses": a verb after its named subject
        return f"a verb ('plans {scan.tokens[c.t_hi]}'), not a plan"
    lemmas = ctx.scan.lemmas
    before, after = required
    context_reach = conditions.reaches.get((c.category, c.trigger), CONTEXT_REACH)
    if before and _find(lemmas, max(c.c_lo, c.t_lo - context_reach), c.t_lo, before):
        return None
    reach = min(c.c_hi, c.t_hi + context_reach)
    reach = next(
        (k for k in range(c.t_hi, reach) if ctx.scan.has("denial_scope_breaks", k, k + 1)), reach
    )
    if after and _find(lemmas, c.t_hi, reach, after):
        return None  # a trigger with both lists needs either one
    side = "before or after" if before and after else ("before" if before else "after")
    return f"the words this trigger needs {side} it are missing"


def rule_contents_entry(ctx: _Context, c: _Candidate) -> str | None:
    """ "LEGAL FRAMEWORK........14": a table of contents names a chapter, it reports no
    measure (governments' reports converted from PDF keep them)."""
    scan = ctx.scan
    end = scan.doc[c.t_hi - 1].idx + len(scan.doc[c.t_hi - 1].text)
    # scan.source, not doc.text: Doc.text joins every token on each call
    after = scan.source[end : end + CONTENTS_REACH].split("\n", 1)[0]
    # a leader on its line with no sentence ending before it ("… set up. See p……" is prose)
    if CONTENTS_LEADER.search(after) and not re.search(r"[.!?]\s", after.split("..", 1)[0]):
        return "a table of contents entry, not a report"
    start = scan.doc[c.t_lo].idx
    line_start = scan.source.rfind("\n", 0, start) + 1
    line_end = scan.source.find("\n", end)
    line = scan.source[line_start : len(scan.source) if line_end < 0 else line_end]
    before = scan.source[line_start:start]
    # "Table of contents Preamble... 5 I. Introduction... 8 II. National framework …": a
    # contents page run together on one line, its leaders only three dots long; "II.......
    # Overview of … framework for action. 11": an outline entry ending on its page number
    if CONTENTS_HEADING.search(before) and CONTENTS_PAGE.search(line):
        # prose run on after the last entry on the same line is a report: "TABLE OF
        # CONTENTS: … WORKSHOP.....6 DEAR READER … connected with human trafficking. Why …
        # the Ministry established the National Referral Mechanism" (real test #94); entries
        # between page numbers have no sentence end of their own
        pages = list(CONTENTS_PAGE.finditer(before))
        since = before[pages[-1].end() :] if pages else before
        if not CONTENTS_PROSE_END.search(since):
            return "a table of contents entry, not a report"
    if CONTENTS_OUTLINE.match(line) and CONTENTS_PAGE_END.search(line):
        return "a table of contents entry, not a report"
    if _inside_contents(scan.source, line_start, line_end, line):
        return "a table of contents entry, not a report"
    return None


def rule_run_in_heading(ctx: _Context, c: _Candidate) -> str | None:
    """ "Law – Article 4: The case raised two questions.": the Court's case summaries open
    their sections with a one-word heading and a dash ("Facts –", "Law –"); the heading
    names the section, no law (real test #81). A news site's navigation trail names its
    sections the same way."""
    scan = ctx.scan
    start = scan.doc[c.t_lo].idx
    end = scan.doc[c.t_hi - 1].idx + len(scan.doc[c.t_hi - 1].text)
    line_start = scan.source.rfind("\n", 0, start) + 1
    line_end = scan.source.find("\n", end)
    after = scan.source[end : len(scan.source) if line_end < 0 else line_end]
    if BREADCRUMB.search(scan.source[line_start:start]) and BREADCRUMB.search(after):
        # "Home » Crime & Law » Over 80 human traffickers …": a site's navigation trail
        # names its sections (real test #83)
        return "a page's navigation trail, not a report"
    if scan.source[line_start:start].strip() or c.t_hi - c.t_lo != 1:
        return None
    if RUN_IN_HEADING_DASH.match(scan.source, end):
        return f"a run-in heading ({scan.source[start:end]!r} and a dash), not a report"
    return None


def _inside_contents(source: str, line_start: int, line_end: int, line: str) -> bool:
    """ "2. Overview of the legal and policy framework in the field of action against
    trafficking in / human beings ........ 12": a contents entry that a PDF wrapped over
    lines has its leader and page number on a later line. A line with no sentence end of its
    own counts as one when a line with a leader follows it and one stands shortly before."""
    body = CONTENTS_OUTLINE_NUMBER.sub("", line, count=1)
    if re.search(r"[.!?]\s", body.rstrip() + " ") or line_end < 0:
        return False
    following = _nonempty_lines(source, line_end, CONTENTS_WRAP_AFTER, forward=True)
    preceding = _nonempty_lines(source, line_start, CONTENTS_WRAP_BEFORE, forward=False)
    return any(map(_contents_line, following)) and any(map(_contents_line, preceding))


def _contents_line(text: str) -> bool:
    return bool(CONTENTS_LEADER.search(text) or CONTENTS_PAGE.search(text))


def _nonempty_lines(source: str, at: int, count: int, *, forward: bool) -> list[str]:
    """Up to `count` non-empty lines after the line break at `at` (or before the line that
    starts at `at`), read line by line so a long document is not split whole per candidate."""
    lines: list[str] = []
    while len(lines) < count:
        if forward:
            if at < 0 or at >= len(source):
                break
            end = source.find("\n", at + 1)
            text = source[at + 1 : len(source) if end < 0 else end]
            at = end
        else:
            if at <= 0:
                break
            start = source.rfind("\n", 0, at - 1) + 1
            text = source[start : at - 1]
            at = start
        if text.strip():
            lines.append(text)
    return lines


# how far after a trigger, on its line, a table of contents' dot leader may start
CONTENTS_REACH = 120
# dot leaders of a table of contents ("Framework........14")
CONTENTS_LEADER = re.compile(r"\.{4,}|(?:\. ){4,}|…{2,}")
CONTENTS_HEADING = re.compile(r"(?i)\btable of contents\b")
CONTENTS_PAGE = re.compile(r"\.{3,}\s?\d")  # "Preamble... 5", "...14"
CONTENTS_OUTLINE = re.compile(r"\s*(?:[IVX]+|\d+|[a-z])\.{2,}")  # "II.......", "3..."
CONTENTS_PAGE_END = re.compile(r"[.:]\s+\d{1,3}\s*$")  # "… for action. 11"
# a sentence's end in prose: a word, its full stop and a capital ("trafficking. Why")
CONTENTS_PROSE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
CONTENTS_OUTLINE_NUMBER = re.compile(r"\s*(?:[IVX]+|\d+|[a-z])\.\s")  # "2. Overview …"
# the separators of a site's navigation trail ("Home » Crime & Law » …")
BREADCRUMB = re.compile(r"\s[»›]\s")
# a run-in heading's dash, spaced ("Law – Article 4")
RUN_IN_HEADING_DASH = re.compile(r" [–—] ")
# how many non-empty lines after and before a wrapped contents entry may hold its leaders
CONTENTS_WRAP_AFTER = 2
CONTENTS_WRAP_BEFORE = 3


def rule_visited(ctx: _Context, c: _Candidate) -> str | None:
    """ "the GRETA delegation visited a shelter for victims of trafficking": a shelter an
    evaluator or an official visited exists, but the visit does not say the State runs or
    funds it (a shelter counts for the State only then); "visited the state-run shelter",
    "the shelter under the Ministry of Social Development", "run by the Provincial
    Directorates" say so."""
    scan = ctx.scan
    if c.category != "shelters":
        return None
    visits = [  # the verb, not the noun: "his visit to the shelter of the Authority"
        (i, j)
        for i, j in scan.find("cue:visit_verbs", max(c.c_lo, c.t_lo - VISIT_REACH), c.t_lo)
        if scan.tokens[j] != "to"
    ]
    # "visited a state run shelter": an ownership word says whose it is, whatever article
    if not visits or scan.find("cue:state_run", visits[-1][1], c.t_hi):
        return None
    if _run_by_state_body(scan, c):
        return None  # "run by the respective Provincial Migration Management Directorates"
    return f"a shelter visited ({scan.text(*visits[-1])!r}), not said to be the State's"


# how far before a shelter the verb of a visit to it may stand ("visited the Women's Shelter")
VISIT_REACH = 5
# how far after "run by", "under" the State body running it may be named
STATE_OPERATOR_REACH = 5


def _run_by_state_body(scan: _Scan, c: _Candidate) -> bool:
    """ "run by the respective Provincial Migration Management Directorates", "a place of
    safety which was provided by the Department of Social Development": a State body named
    after the shelter as the one that runs or provides it."""
    return any(
        scan.has("state_body_nouns", j, min(c.c_hi, j + STATE_OPERATOR_REACH))
        for _i, j in scan.find("cue:operator_phrases", c.t_hi, c.c_hi)
    )


def rule_publication(ctx: _Context, c: _Candidate) -> str | None:
    """ "available on the State Department's website", "released through the website of the
    Ministry", "the news agency said on its website", "On its website, the department
    defines …": a website named as where a text is published, said or found is an address,
    not the State's use of technology against trafficking ("receives tips through its
    official website" is)."""
    scan = ctx.scan
    if c.category != "tech_partnership" or not scan.has("website_words", c.t_lo, c.t_hi):
        return None
    found = scan.find("cue:publication_leads", max(c.c_lo, c.t_lo - PUBLICATION_REACH), c.t_lo)
    if found:
        return f"a website where a text is published ({scan.text(*found[-1])!r}), not a technology"
    opening = scan.sentence_of(c.t_lo)[0]
    if (
        scan.tokens[opening] == "on"
        and c.t_lo - opening <= PUBLICATION_REACH
        and scan.tokens[c.t_hi : c.t_hi + 1] == [","]
    ):
        # "On its website, the Justice Department defines trafficking as …": an opening
        # phrase saying where what follows is said
        return f"a website where a text is published ({scan.text(opening, c.t_hi)!r})"
    shown = [
        (i, j)
        for i, j in scan.find("cue:speaking_verbs", c.t_hi, min(c.c_hi, c.t_hi + 2))
        if i == c.t_hi
    ]
    if shown:
        # "The hotline's website shows that since 2007 there were 30 calls": the website
        # quoted as the source of a figure, not the technology (real test #99)
        return f"a website quoted as a source ({scan.text(c.t_lo, shown[0][1])!r})"
    return None


# how far before "website" the words saying a text is published there may stand ("available on
# the newly launched Michigan Human Trafficking Commission website")
PUBLICATION_REACH = 10


def rule_awareness_website(ctx: _Context, c: _Candidate) -> str | None:
    """ "launched a new public website … to bring together all anti-trafficking resources",
    "a website aimed at training state workers and the public on how to detect the warning
    signs": a website that informs or raises awareness is a campaign, not the State's use of
    technology against trafficking (tests #54, #55 and #62 were labelled so). One through
    which people report, trace or find help ("lets people report", "to help families trace")
    stays technology."""
    scan = ctx.scan
    if c.category != "tech_partnership" or not scan.has("website_words", c.t_lo, c.t_hi):
        return None
    s_lo, s_hi = scan.sentence_of(c.t_lo)
    purpose = scan.find("cue:awareness_site_purposes", s_lo, s_hi)
    # what the website offers may go on in the next sentence ("It also … provides a
    # platform for reporting such crimes")
    after = scan.sentence_of(s_hi)[1] if s_hi < len(scan.tokens) else s_hi
    if not purpose or scan.find("cue:website_services", s_lo, after):
        return None
    return f"a website that informs ({scan.text(*purpose[0])!r}), not a technology"


def rule_topic(ctx: _Context, c: _Candidate) -> str | None:
    """ "modules covering trafficking indicators and national referral mechanisms", "a
    handbook with chapters on victim identification": a measure named as what a training or
    a text covers is its subject, not a report that the State has one. A named
    measure ("sessions on the National Referral Mechanism") still exists."""
    scan = ctx.scan
    after = scan.find("cue:topic_leads", c.t_hi, min(c.c_hi, c.t_hi + 3))
    if after:
        # "the handbook includes chapters on … victim identification": a training text
        return f"a text whose subjects are listed ({scan.text(*after[0])!r}), not a procedure"
    found = [
        (i, j)
        for i, j in scan.find("cue:topic_leads", c.c_lo, c.t_lo)
        # "launched a Trafficking in Persons Module on the ministry's case management
        # system": a capitalised lead inside a name is a part of what is launched
        if not _name_word(scan, i)
    ]
    if not found or scan.doc[c.t_lo].text[:1].isupper():
        return None
    return f"the subject of a training or a text ({scan.text(*found[-1])!r}), not a report"


def _name_word(scan: _Scan, k: int) -> bool:
    """A capitalised word that does not open its sentence: a part of a name."""
    return scan.doc[k].text[:1].isupper() and k > scan.sentence_of(k)[0]


def rule_bare_programme(ctx: _Context, c: _Candidate) -> str | None:
    """ "a program to find and return trafficked children", "a return programme", "a
    two-day residential programme on combating human trafficking", "The programme was on
    the theme …": a programme is as often a course, an event or a service as a plan. A
    lower-case one is the State's plan only when it is said to be one: national, state or
    government, an action programme, adopted or approved, dated ("for the 2021-2025
    period") or given a name ("the programme Together against Human Trafficking")."""
    scan = ctx.scan
    if (
        c.category != "action_plan"
        or c.t_hi - c.t_lo != 1
        or not scan.has("programme_words", c.t_lo, c.t_hi)
        or scan.doc[c.t_lo].text[:1].isupper()
    ):
        return None
    before = max(c.c_lo, c.t_lo - PROGRAMME_QUALIFIER_REACH)
    if (
        scan.has("programme_qualifiers", before, c.t_lo)
        # "we adopted a programme against …", "implementing the programme on preventing …"
        or scan.has("approval_verbs", before, c.t_lo)
        or (before < c.t_lo and scan.doc[c.t_lo - 1].is_quote)
    ):
        return None  # "a state program", "the Government's program", "'Training …' program"
    nxt = scan.doc[c.t_hi] if c.t_hi < c.c_hi else None
    if nxt is not None and (nxt.is_quote or nxt.text[:1].isupper()):
        return None  # named: "the programme Together against Human Trafficking"
    if any(YEAR.search(scan.tokens[k]) for k in range(before, c.c_hi)):
        return None  # dated: "a programme … for the 2021-2025 period", "a 2006-2008 program"
    return "a programme not said to be the State's plan (a course, an event or a service)"


# how far before a programme "national", "state" or "government" may stand
PROGRAMME_QUALIFIER_REACH = 3
YEAR = re.compile(r"(?:19|20)\d\d")


def rule_question(ctx: _Context, c: _Candidate) -> str | None:
    scan = ctx.scan
    if _named_as_existing(scan, c):
        return None  # "asked for information on the impact of the National Plan": it exists
    s_lo, s_hi = scan.sentence_of(c.t_lo)
    asking = [
        i
        for i, _j in scan.find("cue:question", c.c_lo, c.t_lo)
        if scan.tokens[i] != "?" or _question_mark(scan, i)
    ]
    if asking or any(_question_mark(scan, k) for k in range(s_lo, s_hi) if scan.tokens[k] == "?"):
        return "§3 a question, not a report"
    return None


def _question_mark(scan: _Scan, k: int) -> bool:
    """A "?" that ends a question. Pages scraped with a broken encoding turn curly quotes and
    apostrophes into "?" ("the country?s", "?This meeting … Fund.?"): one that a letter
    follows, or that stands after a full stop or a space, asks nothing."""
    token = scan.doc[k]
    before = scan.source[token.idx - 1 : token.idx] if token.idx else ""
    after = scan.source[token.idx + 1 : token.idx + 2]
    return not (after.isalnum() or before in (".", " ", "\n", ""))


# how far after a measure "passed by the Cabinet" may stand (past a parenthesised period)
ADOPTED_BY_REACH = 8


def rule_call(ctx: _Context, c: _Candidate) -> str | None:
    scan = ctx.scan
    # "a call for evidence" asks for submissions, but "a call for evidence-based
    # strategies" calls for strategies: a phrase that ends inside a hyphenated word blocks
    # nothing
    blocked = [
        (i, j)
        for i, j in scan.find("cue:not_calls", c.c_lo, c.c_hi)
        if not (j < len(scan.tokens) and _word_hyphen(scan, j))
    ]

    def calls_in(lo: int, hi: int) -> list[Span]:
        return [
            (i, j)
            for i, j in scan.find("cue:advocacy", lo, hi)
            if not any(a <= i and j <= b for a, b in blocked)  # "much-needed legislation"
            # "the new national action plan called for the ministry to coordinate", "an
            # action plan compiled by the government in 2014 that calls for …": what the
            # measure itself provides, not a call on anyone
            and not (_measure_provides(scan, c, i) and scan.has("content_calls", i, j))
            # "The Rules on the National Referral Mechanism provide that representatives …
            # can be invited": inside what the measure provides, not a call on anyone
            and not _inside_measure_content(scan, c, i)
            # "noted with interest the measures taken to strengthen the legal framework and
            # encouraged the Government to pursue its efforts": a second predicate of the one
            # who noted the measure, not said of it
            and not (
                c.t_hi < i and scan.tokens[i - 1] == "and" and scan.has("call_verbs_past", i, j)
            )
            # "launched a mobile app to encourage witnesses to report …": the measure's
            # purpose, what it does for the State, not a call on the State
            and not (c.t_hi <= i - 1 and scan.tokens[i - 1] == "to")
        ]

    if _presupposed_in_call(scan, c) or _named_as_existing(scan, c):
        return None  # "should finalize its national action plan": the plan exists (brief)
    if _numbered_instrument(scan, c) and not scan.find(
        "cue:creation_verbs", max(c.c_lo, c.t_lo - NUMBERED_CREATION_REACH), c.t_lo
    ):
        # "encouraged the Government to ensure that Act No. 029 2008/AN of 15 May 2008 … is
        # effectively implemented": a law cited by its number or year exists; "adopt Act No.
        # 12" would still call for it
        return None
    if _reference_lead(scan, c):
        # "must wind up … in line with the Children Act 2022": the call is about something
        # else and cites the measure as the standard it follows
        return None
    if scan.has("recently_adopted", max(c.c_lo, c.t_lo - 6), c.t_lo):
        return None  # "should implement newly passed anti-trafficking legislation"
    if _called_draft(scan, c):
        return None  # "should adopt pending legislation": the draft exists, in progress
    if scan.has("adopted_by", c.t_hi, min(c.c_hi, c.t_hi + ADOPTED_BY_REACH)):
        # "urged the committee to push … as outlined in the National Action Plan
        # (2020-2022) passed by the Cabinet in February": the call is about something else;
        # the measure it names was adopted
        return None
    if calls_in(c.lo, c.hi):
        return "§3 a call or recommendation in the measure's clause"
    if [
        (i, j)
        for i, j in calls_in(c.t_hi, min(c.c_hi, c.t_hi + 6))
        # "spoke about the launching of the NRM, the need to fight impunity, …": a nominal
        # call after a comma is the next item of a list, not said of the measure
        if not (scan.has("nominal_calls", i - 1, j) and "," in scan.tokens[c.t_hi : i])
    ]:
        return "§3 a call right after the measure ('shelters, she added, should …')"
    called_list = _called_list(scan, c, calls_in)
    if called_list is not None:
        return f"§3 an item of the list a call opens ({called_list!r} …; …)"
    calls = calls_in(c.c_lo, c.t_lo)
    if calls:
        if ctx.speaker.kind not in ("state", "text"):
            return "§3 an organization's call governs the whole sentence"
        after_call = max(j for _, j in calls)
        # "should implement its action plan, implement and formalize a victim referral
        # mechanism": the own reference of an earlier item in the list is not this one's
        own_lo = max(after_call, c.lo)
        # an own reference that is the measure's own modifier ("adopt a national plan")
        # names the measure, not the speaker taking the call on itself
        own_refs = [
            (i, j) for i, j in scan.find(f"cue:{ctx.own_refs_key}", own_lo, c.t_lo) if j < c.t_lo
        ]
        if not (own_refs or _find(scan.tokens, own_lo, c.t_lo, ctx.own_names)):
            if _subject_of_own_clause(scan, c, after_call):
                return None
            return "§3 a call on others ('urged every Government to …')"
    return None


# how far before a numbered instrument a creation verb makes it the object of the call
NUMBERED_CREATION_REACH = 3


def _numbered_instrument(scan: _Scan, c: _Candidate) -> bool:
    """A law or act cited by "No." or a comma and a number right after its name ("Act No.
    029 2008/AN", "Law No. 12 of 2015", "the (Control) Act, 2064"): one specific instrument
    that a call can only be about applying, not adopting."""
    k = c.t_hi
    if c.category != "legislation" or k >= len(scan.tokens):
        return False
    if not (scan.tokens[k] == "," or scan.has("instrument_number_words", k, k + 1)):
        return False
    k += 1
    if k < len(scan.tokens) and scan.tokens[k] == ".":  # "No." splits into "No" "."
        k += 1
    return k < len(scan.tokens) and scan.tokens[k][:1].isdigit()


def _measure_provides(scan: _Scan, c: _Candidate, i: int) -> bool:
    """A content call ("calls for", "provides for", "encourages") right after the measure,
    opening a relative clause on it a few words on ("… compiled in December 2014 that calls
    for"), or as its own verb after the rest of its name ("… 2017 to 2020 encourages")."""
    if c.t_hi <= i <= c.t_hi + 1:
        return True
    if any(t in (",", ";") for t in scan.tokens[c.t_hi : i - 1]):
        return False
    if c.t_hi < i <= c.t_hi + RELATIVE_CONTENT_REACH and scan.tokens[i - 1] in ("that", "which"):
        return True
    # "the National Plan of Action for TIP 2017 to 2020 encourages …": the measure's name
    # runs on to its own verb, which says what it provides
    return c.t_hi < i <= c.t_hi + NAME_CONTENT_REACH and scan.tokens[i].endswith("s")


def _inside_measure_content(scan: _Scan, c: _Candidate, i: int) -> bool:
    """The word at i stands in the "that" clause the measure's own verb opens right after its
    name ("the Rules … provide that …", "the Act stipulates that …")."""
    return any(
        lo <= c.t_hi + 1 and hi <= i
        for lo, hi in scan.find("cue:content_clause_openers", c.t_hi, min(i, c.t_hi + 3))
    )


# how far after the measure a relative clause saying what it provides may open, and how far
# its own verb may stand after the rest of its name ("for TIP 2017 to 2020")
RELATIVE_CONTENT_REACH = 12
NAME_CONTENT_REACH = 6


def _subject_of_own_clause(scan: _Scan, c: _Candidate, after_call: int) -> bool:
    """ "Observers reported the need to increase identification efforts, and a national
    action plan remained in development": after a coordinator, the measure is the subject of
    its own predicate, which the call does not govern ("should ensure a plan is adopted" has
    no coordinator: the call governs it)."""
    joined = any(
        scan.tokens[k] in scan.cues.words("clause_coordinators") for k in range(after_call, c.t_lo)
    )
    return joined and scan.has("own_predicate_starts", c.t_hi, c.t_hi + 1)


# how far a noun that presupposes its object ("the implementation of") may stand before it
PRESUPPOSING_NOUN_REACH = 4


def _named_as_existing(scan: _Scan, c: _Candidate) -> bool:
    """ "requested the Government to provide information on the application of the
    Anti-Human Trafficking Act": a request or question about how a measure is applied, what
    it achieved or how it was evaluated names the measure as existing; the call or question
    is about information, not about adopting the measure."""
    return _importance_of_named(scan, c) is not None or any(
        _words_between(scan, j, c.t_lo) <= PRESUPPOSING_NOUN_REACH and _definite(scan, j, c.t_lo)
        for _i, j in scan.find("cue:presupposing_nouns", max(c.c_lo, c.t_lo - 8), c.t_lo)
    )


# a numbered part of a law, its abbreviation joined on or not: "13", "76a", "4(1)", "s49",
# "art.5" (the abbreviation must be a `section_words` entry), "127.2" (the Russian Criminal
# Code numbers its articles so, real test #92)
_SECTION_NUMBER = re.compile(r"^([a-z]+\.?)?\d+(\.\d+)*[a-z]?(\(\d+\))?$")


def _cited_section(scan: _Scan, c: _Candidate) -> Span | None:
    """ "section 13 of the Act", "s49 of the Modern Slavery Act 2015", "Article 76a of the
    Identity Documents Act": a capitalised law cited by a numbered part of it, or as the basis
    of something ("under the Trafficking Victims Protection Act"). A bill is left out
    ("section 5 of the Bill" is part of a draft)."""
    if c.category != "legislation" or _is_bill(scan, c):
        return None
    if not scan.doc[c.t_lo].text[:1].isupper():
        return _section_of_definite_law(scan, c)
    k = c.t_lo
    joiners = scan.cues.words("title_joiners") - {"(", ")", ","}
    while k > c.c_lo and (
        scan.tokens[k - 1] == "the"
        or _name_word(scan, k - 1)
        # "of the Prevention and Combatting of the Trafficking in Persons Act"
        or (scan.tokens[k - 1] in joiners and k - 2 >= c.c_lo and _name_word(scan, k - 2))
    ):
        k -= 1  # back over the law's name ("of the Modern Slavery Act")
    named_from = k + 1 if scan.tokens[k] == "the" else k
    for i, j in scan.find("cue:infringement_verbs", max(c.c_lo, k - 3), k):
        if j == k and c.t_hi - named_from >= 2:
            # "will be charged with violation of Anti-Trafficking in Persons Act": a law a
            # charge says was violated is in force (real test #101)
            return i, j
    if c.t_lo - k >= 2 and scan.tokens[k] == "the":
        for i, j in scan.find("cue:legal_basis_leads", max(c.c_lo, k - 3), k):
            if j == k:
                # "reporting requirements under the Trafficking Victims Protection Act of
                # 2000": a named law cited as the basis of something is in force, whatever
                # modal governs the sentence (real test #81)
                return (i, j)
    if k - 2 < c.c_lo or scan.tokens[k - 1] != "of":
        return None
    number = scan.tokens[k - 2]
    shape = _SECTION_NUMBER.match(number)
    if shape is None:
        return None
    if shape.group(1) is not None:
        # "s49": the abbreviation joined to its number must be one the data names
        prefix = shape.group(1)
        words = scan.cues.words("section_words")
        return (k - 2, k - 1) if prefix in words or prefix.rstrip(".") in words else None
    if k - 3 < c.c_lo or not scan.has("section_words", k - 3, k - 2):
        return None  # a bare number must follow its word ("Section 7 of the …")
    return k - 3, k - 1


# how many lower-case words a law's description may run between "of the" and the law word
SECTION_LAW_REACH = 5


def _section_of_definite_law(scan: _Scan, c: _Candidate) -> Span | None:
    """ "under Article 16 of the anti-human trafficking law": a numbered part of a definite
    law on trafficking, cited in lower case, is a part of a law in force (real test #101)."""
    for k in range(c.t_lo, max(c.c_lo, c.t_lo - SECTION_LAW_REACH) - 1, -1):
        if k - 4 < c.c_lo:
            return None
        if scan.tokens[k - 2 : k] == ["of", "the"]:
            between = scan.tokens[k : c.t_hi]
            if not any(t.removeprefix("anti-").startswith("traffick") for t in between):
                return None
            if scan.has("draft_nouns", k, c.t_hi) or scan.has("bill_nouns", k, c.t_hi):
                return None
            if _SECTION_NUMBER.match(scan.tokens[k - 3]) and scan.has(
                "section_words", k - 4, k - 3
            ):
                return k - 4, k - 2
            return None
        if not (scan.doc[k].text.isalpha() or scan.doc[k].text == "-"):
            return None
    return None


def _importance_of_named(scan: _Scan, c: _Candidate) -> Span | None:
    """ "noted the importance of the 'National Action Plan for 2020-2024'", "stressed the
    importance of the NAP-TIP in guiding …": the importance of a measure the speaker names
    with a definite article is said of one that exists, not a call for it (real test #75).
    "the importance of adopting a plan", "of the adoption of the Law", "of a national plan"
    still call: a gerund, a second "of" or no definite article keeps the call."""
    definite = scan.cues.words("definite_determiners") | scan.cues.words("possessive_determiners")
    for i, j in scan.find("cue:importance_nouns", max(c.c_lo, c.t_lo - 8), c.t_lo):
        between = scan.tokens[j : c.t_lo]
        if (
            between
            and between[0] in definite
            and _words_between(scan, j, c.t_lo) <= PRESUPPOSING_NOUN_REACH
            and not any(t == "of" or t.endswith("ing") for t in between)
        ):
            return i, j
    return None


# how far before a recommended measure a verb may presuppose it ("continue funding … shelters")
PRESUPPOSITION_REACH = 12


def _called_list(
    scan: _Scan, c: _Candidate, calls_in: Callable[[int, int], list[Span]]
) -> str | None:
    """ "The government should appoint a coordinator; conduct an assessment and develop a
    national plan; adopt … legislation": items after semicolons that open with a verb (not a
    subject, article or preposition) continue the list the call opened, so they are called
    for too. Returns the call's words, or None."""
    s_lo, _s_hi = scan.sentence_of(c.t_lo)
    lo = c.c_lo
    for _ in range(CALLED_LIST_ITEMS):
        if lo <= s_lo or scan.tokens[lo - 1] != ";":
            return None
        # "…; and provide some financial assistance for shelters": the last item of the
        # list keeps its verb after the conjunction
        conjunctions = scan.cues.words("item_conjunctions")
        opener = lo + 1 if scan.tokens[lo] in conjunctions and lo + 1 < c.t_lo else lo
        first = scan.tokens[opener]
        if _enumeration_marker(scan, opener, c.t_lo):
            # "urges the Government to … ensure that: (i) thorough investigations … are
            # carried out …; and (ii) sufficiently dissuasive penalties are imposed": a
            # numbered item belongs to the list the call before it opened, however far back
            # in its sentence (real test #92)
            found = calls_in(s_lo, lo - 1)
            return scan.text(*found[0]) if found else None
        # "…; to ensure that child victims benefit from specialised accommodation": an
        # infinitive continues a list that "calls for the authorities to …" opened
        infinitive = first == "to" and any(
            i == opener + 1 for i, _j in scan.find("cue:imperative_openers", opener + 1, opener + 3)
        )
        if not infinitive and (
            not (first.isalpha() and first.islower())
            or scan.has("list_item_openers", opener, opener + 1)
        ):
            return None
        previous = scan.clause_of(lo - 1)[0]
        found = calls_in(previous, lo - 1)
        if found:
            return scan.text(*found[0])
        lo = previous
    return None


# how many semicolon-separated items back a call may open the list a measure is in
CALLED_LIST_ITEMS = 8

# the numbers of a list's items as they stand in parentheses: "(ii)", "(b)"
_ENUMERATION = re.compile(r"^(i{1,3}|iv|v|vi{1,3}|ix|x|[a-h])$")
# the number of an item opening its line, where no mid-sentence word can be mistaken for one:
# any letter, roman numeral or one- or two-digit number ("(k)", "(xii)", "12.")
_LINE_ITEM_NUMBER = re.compile(r"[a-z]|[ivx]+|\d{1,2}")


def _enumeration_marker(scan: _Scan, k: int, hi: int) -> bool:
    """ "(ii)", "(b)" at k, before hi: the number of a list item."""
    return (
        k + 2 < hi
        and scan.tokens[k] == "("
        and scan.tokens[k + 2] == ")"
        and _ENUMERATION.match(scan.tokens[k + 1]) is not None
    )


def _presupposed_in_recommendation(scan: _Scan, c: _Candidate) -> bool:
    """A recommendation addressed to the State a report describes ("Recommendations for
    Albania: … continue funding … shelters", "ensure full implementation of the national
    mechanism for referring victims", "train officials to use available anti-trafficking
    legislation") names measures it already has: what is continued, implemented in full or
    used exists (the brief), unless a creation verb governs it ("continue efforts to adopt
    a law")."""
    if _presupposed_in_call(scan, c):
        return True
    lo = max(c.c_lo, c.t_lo - PRESUPPOSITION_REACH)
    if scan.find("cue:creation_verbs", lo, c.t_lo):
        return False
    if scan.has("presupposing_modifiers", max(c.c_lo, c.t_lo - 5), c.t_lo):
        return True
    if scan.has("presupposing_passives", c.t_hi, min(c.c_hi, c.t_hi + PRESUPPOSITION_REACH)):
        return True  # "ensure that standard operating procedures … are implemented"
    if scan.has("continuation_verbs", lo, c.t_lo):
        return True
    verbs = scan.find("cue:presupposing_call_verbs", lo, c.t_lo) + scan.find(
        "cue:presupposing_nouns", lo, c.t_lo
    )
    return bool(verbs) and scan.has("definite_determiners", max(j for _, j in verbs), c.t_lo)


# how far before a measure "in addition to" may stand ("in addition to the recent legislative
# measures")
CALL_ADDITION_REACH = 7


# how long a manner adverbial between a verb and its object may be ("in a more effective
# manner")
MANNER_REACH = 6


def _past_manner(scan: _Scan, k: int, hi: int) -> int:
    """Where a verb's object starts after a manner adverbial: "implement in a more effective
    manner the national action plan" (real test #15), "implement effectively the plan"."""
    if k < hi and scan.tokens[k] == "in":
        for m in range(k + 1, min(hi, k + 1 + MANNER_REACH)):
            if scan.tokens[m] in ("manner", "way", "fashion"):
                return m + 1
        return k
    while k < hi and scan.tokens[k].endswith("ly") and scan.doc[k].text.islower():
        k += 1
    return k


def _presupposed_in_call(scan: _Scan, c: _Candidate) -> bool:
    """A call to implement, finalize or fund the State's own measure, referred to
    possessively ("should finalize its national action plan", "implement their plan"),
    presupposes the measure, as a possessive reference does under negation (the brief); a
    call to adopt or create one ("should adopt a plan") still calls for a new measure."""
    # "urges the State party, in addition to the recent legislative measures to combat
    # trafficking, to prosecute …": what the call comes on top of is there already
    # ("In addition to abuse, the law must cover …" adds to something else)
    if any(
        "," not in scan.tokens[j : c.t_lo]
        for _i, j in scan.find(
            "cue:call_additions", max(c.c_lo, c.t_lo - CALL_ADDITION_REACH), c.t_lo
        )
    ):
        return True
    possessive = [
        k
        for k in range(max(c.c_lo, c.t_lo - 4), c.t_lo)
        if scan.has("possessive_determiners", k, k + 1)
    ]
    if not possessive:
        # "called for more … convictions of offenders under the anti-trafficking law": the
        # call is for something done under the definite law, which is there (real test
        # #98); a bare "under the law" is a vague reference, left to its own rule
        if tuple(scan.tokens[c.t_lo : c.t_hi]) not in scan.cues.lists["vague_law_nouns"] and any(
            scan.tokens[j : c.t_lo][:1] == ["the"] and c.t_lo - j <= 3
            for _i, j in scan.find("cue:presupposing_prepositions", max(c.c_lo, c.t_lo - 4), c.t_lo)
        ):
            return True
        # "appealed to the government to … harden the law on fighting human traffickers":
        # what is implemented, enforced or amended is there
        return any(
            scan.tokens[m] == "the" and m + 1 <= c.t_lo <= m + 3
            for _i, j in scan.find(
                "cue:presupposing_call_verbs", max(c.c_lo, c.t_lo - 5 - MANNER_REACH), c.t_lo
            )
            if (m := _past_manner(scan, j, c.t_lo)) < c.t_lo
        )
    k = possessive[-1]
    if scan.find("cue:presupposing_call_verbs", max(c.c_lo, k - 3), k):
        return True
    # "should educate officials about its new anti-trafficking law", "should focus on
    # amending its trafficking law": the call is about something else and names the
    # State's own measure as existing; "should adopt its first plan" still calls for one.
    # "their" is left out: a call on others names their measures ("implement their laws")
    return scan.tokens[k] != "their" and not scan.find("cue:creation_verbs", max(c.c_lo, k - 3), k)


def _past_enumerator(scan: _Scan, lo: int) -> int:
    """The first token after a list item's enumerator at `lo`: "(d)", "d)", "(iv)", "12."
    (``_enumeration_marker`` finds the narrower set mid-sentence)."""
    toks = scan.tokens
    k = lo + (lo < len(toks) and toks[lo] == "(")
    if (
        k + 1 < len(toks)
        and _LINE_ITEM_NUMBER.fullmatch(toks[k]) is not None
        and toks[k + 1] in (")", ".")
        and (k > lo or toks[k + 1] == ")")
    ):
        return k + 2
    return lo


def _opens_with_imperative(scan: _Scan, lo: int) -> bool:
    """ "Adopt …", "Vigorously investigate …", "More actively conduct …": an imperative
    first, after at most two manner adverbs (report recommendations often lead with one),
    the first of which may be made comparative."""
    k = lo
    comparative = scan.has("comparative_leads", k, k + 1)
    if comparative and k + 1 < len(scan.tokens) and scan.tokens[k + 1].endswith("ly"):
        k += 1
    first = k
    while k < first + 2 and k < len(scan.tokens) and scan.tokens[k].endswith("ly"):
        k += 1
    return any(i == k for i, _j in scan.find("cue:imperative_openers", k, k + 3))


def _recommendations_heading(scan: _Scan, c: _Candidate) -> str | None:
    """ "Recommendations for Albania: enact …; establish …": a heading whose list the
    measure belongs to. Its scope is its paragraph, or, when the heading stands alone
    ("PRIORITIZED RECOMMENDATIONS:"), the paragraphs after it up to the next all-capitals
    heading ("PROSECUTION")."""
    source = scan.source
    at = scan.doc[c.t_lo].idx
    for i, j in reversed(scan.find("cue:recommendation_headings", 0, c.t_lo)):
        colon = next((k for k in range(j, min(j + 8, c.t_lo)) if scan.tokens[k] == ":"), None)
        if colon is None:
            continue
        start = scan.doc[colon].idx + 1
        between = source[start:at]
        rest_of_heading = source[start:].split("\n", 1)[0]
        if rest_of_heading.strip():  # an inline list: its paragraph only
            if "\n" in between:
                continue
        elif any(line.strip().isupper() for line in between.splitlines()):
            continue  # a later heading closed the list
        elif _after_bulleted_list(source, start, at):
            continue  # "• … ; • …" then "Meanwhile, the task team …": the list has ended
        if scan.find("cue:implemented_recommendation_leads", max(0, i - IMPLEMENTED_REACH), i):
            return None  # "had implemented … its previous recommendations, in particular:"
        return scan.text(i, colon)
    return None


# how many tokens before "recommendations" the verb saying they were implemented may stand
# ("Georgia had implemented a number of its previous recommendations")
IMPLEMENTED_REACH = 7


def _after_bulleted_list(source: str, start: int, at: int) -> bool:
    """Whether the paragraph holding ``at`` follows bulleted items of the list opened at
    ``start`` without being one itself: a plain paragraph after a bulleted list is the text
    going on, no longer the list."""
    own_start = source.rfind("\n", start, at) + 1
    if own_start == 0:
        return False
    earlier = [line.strip() for line in source[start:own_start].splitlines() if line.strip()]
    own = source[own_start:at].lstrip()
    return any(line[:1] in LIST_BULLETS for line in earlier) and own[:1] not in LIST_BULLETS


def _reviews_another_state(ctx: _Context) -> bool:
    """A State's statement at another State's Universal Periodic Review ("The United States
    warmly welcomes the New Zealand delegation to the UPR Working Group"): the text names
    the review and another State. What it recommends is for the State under review, even
    when the recommendation presupposes a measure ("Continue to pursue convictions under
    domestic anti-trafficking laws" is New Zealand's law, not the speaker's)."""
    scan = ctx.scan
    if ctx.speaker.kind != "state" or not scan.find("cue:peer_review_cues", 0, len(scan.tokens)):
        return False
    organizations = set(_find(scan.tokens, 0, len(scan.tokens), ctx.organizations))
    return any(s not in organizations for s in _other_actors_in(ctx, 0, len(scan.tokens)))


def _past_item_marker(scan: _Scan, s_lo: int, t_lo: int) -> int:
    """Where a list item's words start: past its bullets ("•", "-") and its enumerator
    ("(d)", "12."), never past the trigger at `t_lo`."""
    while s_lo < t_lo and scan.tokens[s_lo] in LIST_BULLETS:
        s_lo += 1
    return min(_past_enumerator(scan, s_lo), t_lo)


def _capitalised_imperative(scan: _Scan, k: int) -> bool:
    """ "Adopt …" opening a sentence or list item at `k` (capitalised, as a recommendation's
    first word is)."""
    return scan.doc[k].text[:1].isupper() and _opens_with_imperative(scan, k)


def _recommended_at_anothers_review(ctx: _Context, c: _Candidate) -> str | None:
    """A measure in a recommendation ("- Continue to pursue …", "We recommend …", "We
    encourage …") of a statement at another State's review (real test #99: 13 of its 48
    false positives on legislation)."""
    scan = ctx.scan
    s_lo, s_hi = scan.sentence_of(c.t_lo)
    s_lo = _past_item_marker(scan, s_lo, c.t_lo)
    recommended = _capitalised_imperative(scan, s_lo) or bool(
        scan.find("cue:recommending_voices", s_lo, s_hi) or scan.find("cue:advocacy", s_lo, s_hi)
    )
    if recommended and _reviews_another_state(ctx):
        return "§6 a recommendation to the State under review (the speaker reviews another State)"
    return None


def rule_recommendation(ctx: _Context, c: _Candidate) -> str | None:
    """A sentence opening with an imperative ("Adopt a national action plan … (Chile)") is a
    recommendation, as UN review outcomes and country reports list them, not a report; so is
    a measure in the list a "Recommendations:" heading opens."""
    scan = ctx.scan
    review = _recommended_at_anothers_review(ctx, c)
    if review is not None:
        return review
    if _presupposed_in_recommendation(scan, c) or _called_draft(scan, c):
        return None  # "Finalize its draft plan": recommended, but the plan exists
    s_lo, _s_hi = scan.sentence_of(c.t_lo)
    # "• Adopt …" in a text where an evaluator (GRETA, a rapporteur) speaks is a bulleted
    # recommendation; in a government's own list ("• Establish dedicated accommodation"
    # among a plan's actions) the same bullet is what the State plans
    evaluator = scan.find("cue:evaluator_subjects", 0, s_lo)
    # "We recommend …", "Implement our recommendation of 2019 to develop …": one State's
    # statement at another's review lists what it recommends (real test #98)
    evaluator = evaluator or scan.find("cue:recommending_voices", 0, c.t_lo)
    if evaluator:
        # "(d)Develop a multisectoral national strategy": an enumerated item, as a bullet is
        # (real test #95, a treaty body's list of issues)
        s_lo = _past_item_marker(scan, s_lo, c.t_lo)
    for i, j in scan.find("cue:evaluator_subjects", c.c_lo, c.t_lo):
        # "And GRETA wants suspected victims to be systematically referred to specialised
        # assistance services": what the evaluator wants the State to do (real test #70)
        for _w, k in scan.find("cue:evaluator_wishes", j, min(j + 2, c.t_lo)):
            return f"§6 a recommendation ({scan.text(i, k)!r})"
    if _capitalised_imperative(scan, s_lo):
        return f"§6 a recommendation (opens with the imperative {scan.doc[s_lo].text!r})"
    heading = _recommendations_heading(scan, c)
    if heading is not None:
        return f"§6 a recommendation (listed under {heading!r})"
    return None


LIST_BULLETS = frozenset({"•", "·", "▪", "◦", "-", "–", "*"})


def rule_closure(ctx: _Context, c: _Candidate) -> str | None:
    """A measure closed, abolished or suspended is not in place (§3 denial), unless the
    abolition is itself the measure ("abolished exit permits")."""
    scan = ctx.scan
    found = [
        (i, j)
        for i, j in scan.find("cue:closure_verbs", c.lo, c.t_lo)
        # "suspended nearly all sentences for offenders convicted under its trafficking
        # law": what is suspended is the sentences; the law is where they were passed
        if not scan.has("closure_shields", j, c.t_lo)
    ]
    if not found:
        found = _closed_antecedent(ctx, c)
    if not found:
        return None
    required = _CONDITIONS[id(scan.doc.vocab)].contexts.get((c.category, c.trigger))
    if required and any(_find(scan.lemmas, i, j + 1, required[0] | required[1]) for i, j in found):
        return None
    return f"§3 closed or abolished ({scan.text(*found[-1])!r})"


# how many tokens a closed measure's noun phrase may take between the closure verb and the
# relative pronoun that opens what it did
CLOSED_ANTECEDENT_REACH = 6


def _closed_antecedent(ctx: _Context, c: _Candidate) -> list[Span]:
    """ "repealed the law which had criminalised migrant smuggling": the trigger inside a
    relative clause says what a closed measure did; the closure of its antecedent closes it
    too (real test #97). Only when a trigger of the same category stands between the
    closure verb and the relative pronoun."""
    scan = ctx.scan
    s_lo = scan.sentence_of(c.t_lo)[0]
    for r in range(c.t_lo - 1, max(s_lo, c.t_lo - 4) - 1, -1):
        if scan.has("relative_pronouns", r, r + 1):
            break
    else:
        return []
    lo = max(s_lo, r - CLOSED_ANTECEDENT_REACH - 2)
    closures = [
        (i, j) for i, j in scan.find("cue:closure_verbs", lo, r) if r - j <= CLOSED_ANTECEDENT_REACH
    ]
    if not closures:
        return []
    j = closures[-1][1]
    antecedent = any(j <= a and b <= r and label == c.category for a, b, label in ctx.triggers)
    return closures[-1:] if antecedent else []


# how far after a praise verb the court decision it praises may stand ("praised the issuance
# of the ruling")
PRAISED_OBJECT_REACH = 6


def rule_praise(ctx: _Context, c: _Candidate) -> str | None:
    scan = ctx.scan
    s_lo = scan.sentence_of(c.t_lo)[0]
    for i, _j in scan.find("cue:praise", c.c_lo, c.t_lo):
        # "as part of these widely welcomed efforts, the Ministry launched …": a participle
        # describing the speaker's own efforts, not a welcome of another's measure
        if i > 0 and scan.has("praise_attributive_leads", i - 1, i):
            continue
        # "GRETA welcomes the adoption of relevant legislation", in a text about one State:
        # an evaluator's welcome of the State's own measure reports it (the State is not
        # the one welcoming; another State named there is still decided by third_party).
        # "It also welcomes …": the sentence before names the evaluator.
        lo = s_lo
        if s_lo > 0 and "it" in scan.tokens[max(s_lo, i - 2) : i]:
            lo = scan.sentence_of(s_lo - 1)[0]
        if ctx.own_refs_key == "own_reference_state" and scan.find("cue:evaluator_subjects", lo, i):
            continue
        if (
            ctx.own_refs_key == "own_reference_state"
            and any(a == _j for a, _b in scan.find("cue:praised_own_objects", _j, c.t_lo))
            and not _other_actors_in(ctx, _j, c.t_lo)
        ):
            # "Pojman praised the authorities on the adoption of a State Strategy and Action
            # Plan", in a text about one State: the State praised is the speaker, and the
            # measure is its own (real test #112)
            continue
        if scan.find("cue:speech_verbs", _j, c.t_lo):
            # "praised the verdict … and said the two were convicted according to the
            # Anti-trafficking Law": the measure is in what they said, not what they praised
            continue
        if scan.has("court_decision_nouns", _j, min(c.t_lo, _j + PRAISED_OBJECT_REACH)):
            # "praised the issuance of the ruling … as the court convicted the defendants for
            # the crime stipulated in … Law No. 15 of 2011": a court's ruling is praised, and
            # the law it applied is the State's own (real test #80)
            continue
        return "§6 praise or welcome of another's measure"
    return None


# how far before a law the verb saying it was broken may stand ("contravening the … Act")
INFRINGEMENT_REACH = 6
# how far after a measure "adopted by" may stand before the one who adopted it ("a new
# strategy appears to have been adopted by the traffickers")
ADOPTER_REACH = 8


def rule_perpetrator(ctx: _Context, c: _Candidate) -> str | None:
    """Traffickers as subject ("traffickers use …"), not object ("convicted a trafficker")."""
    scan = ctx.scan
    if scan.has("infringement_verbs", max(c.c_lo, c.t_lo - INFRINGEMENT_REACH), c.t_lo):
        # "appeared in court for contravening the Trafficking in Persons Act 7 of 2013": the
        # law the suspects broke is the State's
        return None
    for _i, j in scan.find("cue:adopted_by", c.t_hi, min(c.c_hi, c.t_hi + ADOPTER_REACH)):
        if scan.has("perpetrators", j, min(c.c_hi, j + 2)):
            # "a new strategy appears to have been adopted by the traffickers": the
            # perpetrators' own plan, the problem (real test #92)
            return "§3 describes what perpetrators do (the problem)"
    if (
        c.category == "action_plan"
        and scan.tokens[c.t_hi : c.t_hi + 1] == ["of"]
        and scan.has("perpetrator_group_nouns", c.t_hi + 1, min(c.c_hi, c.t_hi + 5))
    ):
        # "the alleged plan of human trafficking syndicates to use the terminal": the
        # perpetrators' own plan (real test #107); "a database of traffickers" is the State's
        return "§3 describes what perpetrators do (the problem)"
    left = scan.cues.words("subject_left_context")
    subjects = scan.find("cue:perpetrators", c.c_lo, c.t_lo)
    if c.category == "tech_partnership":
        # "the suspects are believed to have set up the website": the suspects' website;
        # only for technology, since the law suspects are charged under is the State's
        subjects = sorted([*subjects, *scan.find("cue:suspect_subjects", c.c_lo, c.t_lo)])
    for i, j in subjects:
        if scan.has("enforcement_verbs", max(c.c_lo, i - 5), i):
            continue  # "prosecute suspected smugglers and traffickers": the object
        if scan.has("enforcement_verbs", j, min(c.t_lo, j + 4)):
            continue  # "traffickers can be prosecuted under laws …": the subject of a passive
        if c.category == "legislation" and scan.has("penalty_verbs", j, min(c.t_lo, j + 3)):
            continue  # "the traffickers could face 12 years in prison": the law's penalty
        if "of" in scan.tokens[max(c.c_lo, i - 2) : i] and scan.has(
            "victim_nouns", max(c.c_lo, i - 4), i
        ):
            continue  # "312 victims of human traffickers were placed in a safe shelter"
        if i == c.c_lo or scan.tokens[i - 1] in left:
            return "§3 describes what perpetrators do (the problem)"
    if c.category == "tech_partnership":
        # "the use of digital technology has changed the way trafficking rings operate":
        # the technology of the crime, not of the State ("the police use technology to
        # learn how traffickers recruit" is the State's)
        for _i, j in scan.find("cue:modus_leads", c.t_hi, c.c_hi):
            if scan.has("perpetrator_group_nouns", j, min(c.c_hi, j + 4)):
                return "§3 describes how perpetrators work (the problem)"
    return None


def rule_need(ctx: _Context, c: _Candidate) -> str | None:
    """Shelter as what people need or seek ("sex in exchange for food, clothing, shelter",
    "money for living expenses and shelter", "seek refuge in Timor-Leste") describes the
    problem, not a place that shelters victims."""
    if c.category != "shelters":
        return None
    scan = ctx.scan
    found = [  # "seek refuge" holds it
        (i, j)
        for i, j in scan.find("cue:need_contexts", c.c_lo, c.t_hi)
        # "sought refuge at a Sri Lankan Embassy safehouse": the place they found exists
        if not (j <= c.t_lo and scan.has("shelter_place_prepositions", j, j + 1))
    ]
    if found:
        return f"§3 shelter as a need ({ctx.scan.text(*found[-1])!r}), not a measure"
    return None


def rule_placement(ctx: _Context, c: _Candidate) -> str | None:
    """Where rescued people were taken in one case ("the girls were taken to a safe house by
    the police", "the children were being kept in a shelter", "relocated to a temporary
    shelter managed by Caritas") tells of the case, not of a shelter as a measure; a shelter
    named by whom it is for ("taken to a Nicosia safe house for victims") is one."""
    if c.category != "shelters" or c.trigger == "sheltering":
        return None
    scan = ctx.scan
    if c.t_hi < len(scan.tokens) and scan.tokens[c.t_hi] == "for":
        return None
    for k in range(max(c.lo, c.t_lo - 3), c.t_lo):
        if scan.tokens[k] in ("a", "an"):
            found = [(i, j) for i, j in scan.find("cue:placement_leads", c.lo, k) if j == k]
            # "taken to a place of safety which was provided by the Department of Social
            # Development": the State's shelter as well as the case (real test #101)
            if found and not _run_by_state_body(scan, c):
                return f"§3 where people were placed in one case ({scan.text(*found[0])!r} a …)"
    return None


def rule_workplace(ctx: _Context, c: _Candidate) -> str | None:
    """Shelters named as where the people of an event work ("shelter staff", "personnel from
    humanitarian care homes", "representatives of shelters") or as one kind of institution in
    a list of actors ("police, social services, NGOs, shelters, academics") say who took part
    or was reached, not that the State runs or funds a shelter for victims."""
    if c.category != "shelters" or c.trigger == "sheltering":
        return None
    scan = ctx.scan
    if _state_run(scan, max(c.lo, c.t_lo - 3), c.t_hi):
        return None  # "training for government-run shelter staff": the State's shelters
    if c.t_hi < len(scan.tokens) and scan.has("workplace_people", c.t_hi, c.t_hi + 1):
        return f"people who work at shelters ({scan.text(c.t_lo, c.t_hi + 1)!r}), not a shelter"
    found = scan.find("cue:workplace_leads", max(c.lo, c.t_lo - WORKPLACE_REACH), c.t_lo)
    if found:
        return f"people who work at shelters ({scan.text(*found[-1])!r} …), not a shelter"
    actors = [
        i
        for i, _j in scan.find(
            "cue:actor_nouns",
            max(c.c_lo, c.t_lo - ACTOR_LIST_REACH),
            min(c.c_hi, c.t_hi + ACTOR_LIST_REACH),
        )
        if not c.t_lo <= i < c.t_hi and _list_item(scan, i)
    ]
    if len(actors) >= 2 and (_list_item(scan, c.t_lo) or _list_item(scan, c.t_hi - 1)):
        first = scan.text(actors[0], actors[0] + 1)
        return f"shelters listed among actors ({first!r} …), not a measure"
    return None


def _list_item(scan: _Scan, k: int) -> bool:
    """A word that ends or opens an item of an enumeration: a comma or "and"/"or" next to it."""
    before = scan.tokens[k - 1] if k > 0 else ""
    after = scan.tokens[k + 1] if k + 1 < len(scan.tokens) else ""
    return before in LIST_SEPARATORS or after in LIST_SEPARATORS


LIST_SEPARATORS = frozenset({",", "and", "or", ";"})
# how far before a shelter "staff of", "representatives from" may stand
WORKPLACE_REACH = 4
# how far from a shelter the other actors of its list may stand
ACTOR_LIST_REACH = 12


# how far after a policy the words saying it is the abuse may stand ("national policies and
# mandatory programs amounting to forced labor")
PERPETRATION_REACH = 8


def rule_perpetration(ctx: _Context, c: _Candidate) -> str | None:
    """A State's policy that is itself the abuse ("national policies and mandatory programs
    amounting to forced labor", "complicit in trafficking through … national policies") is
    the problem, not a plan against it; so is a law the sentence says puts workers at risk
    ("regulations that make it difficult for foreign workers to change employers")."""
    if c.category == "legislation":
        # "regulations that make it difficult for foreign workers to change employers place
        # them at increased risk of servitude": the rule is the cause, not a law against it
        scan = ctx.scan
        s_hi = scan.sentence_of(c.t_lo)[1]
        found = scan.find("cue:vulnerability_links", c.t_hi, min(s_hi, c.t_hi + 25))
        if found:
            return f"§3 the law is a cause of vulnerability ({scan.text(*found[0])!r})"
        return None
    if c.category == "shelters":
        # "Children in orphanages and crisis centers continue to be vulnerable to
        # trafficking", "residents at … women's shelters have been subjected to forced
        # labor": the place is where people are exploited or at risk; "shelters for
        # victims subjected to forced labor" names whom it serves
        scan = ctx.scan
        for i, j in scan.find("cue:risk_predicates", c.t_hi, c.c_hi):
            if not any(scan.tokens[k] == "for" for k in range(c.t_hi, i)):
                return f"§3 a place of risk or exploitation ({scan.text(i, j)!r}), not a shelter"
        return None
    if c.category != "action_plan":
        return None
    scan = ctx.scan
    for i, j in scan.find("cue:perpetration_links", c.c_lo, c.c_hi):
        if i >= c.t_hi + PERPETRATION_REACH:
            # "adopted the action plan (2015-2017) and cancelled licences of 70 agencies
            # suspected of engaging in activities amounting to human trafficking": said of
            # something further on, not of the plan
            continue
        return f"§3 the policy is the exploitation ({scan.text(i, j)!r})"
    return None


# how far after a shelter a predicate may say it is lacking ("… are still lacking")
DEFICIT_REACH = 12


def rule_deficit(ctx: _Context, c: _Candidate) -> str | None:
    """A lack of the measure itself ("lack of shelters") is an absence; a lack of something
    about it ("lack of familiarity with the anti-trafficking law") presupposes it."""
    scan = ctx.scan
    # an absence ("protection gaps … notably in shelter") reaches over its clause; a poor
    # quality ("inadequate") only over its window, and "its inadequate system" exists
    found = scan.find("cue:deficit", c.c_lo, c.t_lo) + [
        (i, j)
        for i, j in scan.find("cue:deficit_quality", c.lo, c.t_lo)
        # "inadequate anti-trafficking legislation" qualifies it; "efforts remained
        # inadequate and the new law …", "… inadequate and hampered by antiquated
        # statutes" qualify something else: a new noun phrase or an agent starts between
        if not scan.has("deficit_quality_breaks", j, c.t_lo)
    ]
    for i, j in found:
        if scan.has("deficit_targets", j, c.t_lo) or scan.has("possessive_determiners", i - 1, i):
            continue
        return f"§3 reports a gap or lack ({scan.text(i, j)!r})"
    if c.category == "shelters":
        # "shelter capacity for victims continued to be limited", "government shelters …
        # are still lacking": the shelter is the subject of a complaint that it is missing
        after = scan.find("cue:deficit_predicates", c.t_hi, min(c.hi, c.t_hi + DEFICIT_REACH))
        if after:
            return f"§3 reports a gap or lack ({scan.text(*after[0])!r})"
    return None


def rule_imposed_labour(ctx: _Context, c: _Candidate) -> str | None:
    """A law under which the State exacts compulsory labour ("punishable by imprisonment
    (involving compulsory labour)", "national service, as established in Ordinance No.
    78-002, is incompatible with the Convention") is the forced labour the ILO's
    supervisors ask the State to end: the problem, not a measure against it (real test
    #109's forced labour comments). Its repeal, amendment or revision reported in the same
    clause, and a law that prohibits such labour, stay measures."""
    if c.category != "legislation":
        return None
    scan = ctx.scan
    found = [
        (i, j)
        for i, j in scan.find("cue:imposed_labour", c.c_lo, c.c_hi)
        # "forced or compulsory labour", "unlawful compulsory labour": the labour a law
        # prohibits, in the Conventions' own words
        if not any(
            b_hi == i
            for _b, b_hi in scan.find("cue:imposed_labour_blockers", max(c.c_lo, i - 3), i)
        )
    ]
    if not found or scan.find("cue:labour_law_reforms", c.c_lo, c.c_hi):
        return None
    return f"§3 the law imposes compulsory labour ({scan.text(*found[0])!r}): the problem"


# how far after a technology what it is used for may stand ("used to deceive", "to identify")
TECH_PURPOSE_REACH = 6


# how far before a channel the verb of recruiting through it may stand ("enticed three
# unsuspecting women through WhatsApp")
RECRUITMENT_REACH = 10


# how far after a measure "a cover for" may stand ("the program is just a disguise for")
COVER_REACH = 8


def rule_misuse(ctx: _Context, c: _Candidate) -> str | None:
    scan = ctx.scan
    if scan.has("misuse", c.lo, c.t_lo):
        return "§3 misuse of the thing by criminals (the problem)"
    cover = scan.find("cue:cover_for", c.t_hi, min(c.c_hi, c.t_hi + COVER_REACH))
    if cover:
        # "the 'trainee program' is just a disguise for labor trafficking": what the clause
        # calls a cover for exploitation is the abuse, not a measure against it (real test
        # #100)
        return f"§3 called a cover for the abuse ({scan.text(*cover[0])!r}), the problem"
    if c.category == "tech_partnership":
        # "enticed three women through WhatsApp", "recruited young women through ads on a
        # Facebook page": the channel victims were recruited through is the crime's
        for i, j in scan.find(
            "cue:recruitment_verbs", max(c.c_lo, c.t_lo - RECRUITMENT_REACH), c.t_lo
        ):
            if scan.has("channel_prepositions", j, c.t_lo):
                return f"§3 the channel victims were recruited through ({scan.text(i, j)!r})"
    # "the use of technology facilitates perpetrators", "how technology can be used to
    # deceive and recruit victims": technology in a clause about what offenders do with it,
    # with no purpose against trafficking after it, is the problem, not a State's tool
    near = scan.tokens[max(c.c_lo, c.t_lo - TECH_PURPOSE_REACH) : c.t_hi + TECH_PURPOSE_REACH]
    if (
        c.trigger == "use_technology"
        # the plain verb "use": "harnesses the same technologies misused by criminals" is
        # the State's own use of them (codebook §3)
        and any(t in scan.cues.words("plain_use_verbs") for t in near)
        and scan.has("offender_uses", c.c_lo, c.c_hi)
        and not scan.has("tech_purposes", c.t_hi, min(c.c_hi, c.t_hi + TECH_PURPOSE_REACH))
    ):
        found = scan.find("cue:offender_uses", c.c_lo, c.c_hi)[0]
        return f"§3 technology as offenders use it ({scan.text(*found)!r}), the problem"
    return None


def _owns_named_trigger(scan: _Scan, actor_end: int, trigger_lo: int) -> bool:
    """ "the ILO's Special Action Programme": an actor's possessive, then a name running
    into the trigger, says whose the measure is, whatever partnership came before."""
    if not scan.has("possessive_clitics", actor_end, actor_end + 1):
        return False
    # a lower-case measure ("taken to the IJM's rehabilitation centre") is where the
    # State placed the victims; only a name is the actor's own
    return all(scan.doc[k].text[:1].isupper() for k in range(actor_end + 1, trigger_lo + 1))


def rule_foreign_topic(ctx: _Context, c: _Candidate) -> str | None:
    scan = ctx.scan
    found = [
        (i, j)
        for i, j in scan.find("cue:foreign_topics", c.lo, c.hi)
        # "the United Nations Office on Drugs and Crime (UNODC)": an agency's name
        if not any(a <= i and j <= b for a, b in scan.find("cue:agency_names", c.lo, c.hi))
        and not _coordinated_with_tie(scan, i, j, c)
    ]
    if found:
        i, j = found[0]
        return f"§5 on another subject ({ctx.scan.text(i, j)!r})"
    return None


def _coordinated_with_tie(scan: _Scan, i: int, j: int, c: _Candidate) -> bool:
    """ "under the anti-trafficking and anti-terrorism law": the other subject is joined to
    trafficking as a second subject of the same measure, not its only one (real test #82)."""
    joiners = scan.cues.words("item_conjunctions")

    def tie_in(lo: int, hi: int) -> bool:
        # a bare "trafficking" beside drugs may be drug trafficking ("a National Plan of
        # Action against drugs and trafficking"); "anti-trafficking" or "human trafficking"
        # names its subject
        return any(
            end - start > 1 or not scan.tokens[start].startswith("traffick")
            for start, end in scan.find("cue:tie_terms", lo, hi)
        )

    # "on the trafficking of persons and the illicit trafficking of migrants": an article
    # may stand between the conjunction and the other subject (real test #90)
    joined_at = i - 2 if i - 2 > c.lo and scan.has("articles", i - 1, i) else i - 1
    before = (
        joined_at > c.lo
        and scan.tokens[joined_at] in joiners
        and tie_in(max(c.lo, joined_at - COORDINATED_TIE_REACH), joined_at)
    )
    after = (
        j < c.hi - 1
        and scan.tokens[j] in joiners
        and tie_in(j + 1, min(c.hi, j + 1 + COORDINATED_TIE_REACH))
    )
    return before or after


# how many tokens a trafficking word coordinated with another subject may span
COORDINATED_TIE_REACH = 3


def _third_party_before(
    scan: _Scan, spans: list[Span], lo: int, trigger_lo: int | None = None
) -> Span | None:
    """Another actor is the subject when named before the measure, not as a partner."""
    partner_words = scan.cues.words("partner_prepositions")
    adopting = scan.cues.words("own_adoption_verbs")
    for i, j in spans:
        if trigger_lo is not None and _owns_named_trigger(scan, j, trigger_lo):
            return i, j  # "in partnership with the ILO's Special Action Programme": the ILO's
        preceding = scan.tokens[i - 1] if i > lo else ""
        if scan.has("articles", i - 1, i) and any(
            t in adopting for t in scan.tokens[max(lo, i - 4) : i - 1]
        ):
            continue  # "implemented an EU directive", "agreed to a UN action plan": its own
        determiner = preceding == "the" or scan.has("possessive_determiners", i - 1, i)
        before_the = scan.tokens[i - 2] if i - 1 > lo and determiner else preceding
        if before_the in partner_words or preceding in partner_words:
            continue  # "cooperation with NGOs", "in dialogue with their Myanmar counterparts"
        if scan.find("cue:source_verbs", j, j + 2):
            continue  # "NGOs report that laws …": a source, not the actor
        if scan.find("cue:support_leads", max(lo, i - 12), i):
            continue  # "with the support from the UN Migration Agency (IOM) launched …"
        if (
            scan.tokens[j : j + 2]
            and scan.tokens[j] == "-"
            and scan.has("partner_suffixes", j + 1, j + 2)
        ):
            continue  # "a UN-backed action plan" the State signed is the State's
        return i, j
    return None


def _complement_end(scan: _Scan, start: int, limit: int) -> int:
    """Where a measure's complement stops: the first comma, semicolon or "and" (a second
    measure or subject may follow), or the clause's finite verb ("a new action plan for
    2025/26 is in development": the development is its status, not its subject; real test
    #115), else ``limit``."""
    breaks = {",", ";", "and"} | scan.cues.words("complement_verb_breaks")
    return next((k for k in range(start, limit) if scan.tokens[k] in breaks), limit)


def rule_other_subject(ctx: _Context, c: _Candidate) -> str | None:
    """§5: a measure whose own complement names another subject ("a national plan of action
    for human rights", "legislation to control money laundering") is not against trafficking,
    whatever the sentence around it says."""
    scan = ctx.scan
    heads = [h for h in scan.find("cue:complement_heads", c.t_hi, c.t_hi + 4) if h[0] == c.t_hi]
    if not heads:
        return None
    start = heads[0][1]
    # "a crisis center for the victims of domestic violence" (real test #90)
    victims_at = start + 1 if scan.has("articles", start, start + 1) else start
    if (
        scan.find("cue:foreign_complements", victims_at + 2, victims_at + 5)
        and scan.tokens[victims_at : victims_at + 2] in (["victims", "of"], ["victim", "of"])
        # "Shelter for Victims of Child and Youth Trafficking" is for victims of trafficking
        and not any(t.startswith("traffick") for t in scan.tokens[victims_at + 2 : victims_at + 8])
    ):
        return f"§5 for victims of another harm ({scan.text(start, victims_at + 5)!r})"
    end = _complement_end(scan, start, min(c.c_hi, start + 6))
    if (
        end < c.c_hi
        and scan.tokens[end] == "and"
        and scan.has("complement_action_nouns", end - 1, end)
    ):
        # "a national strategy for the prevention and response to gender-based violence",
        # "for the promotion and protection of girls": two actions on one subject, so the
        # subject after "and" is the strategy's too (real test #70)
        end = _complement_end(scan, end + 1, min(c.c_hi, end + 6))
    if any(i < end for i, _j in scan.find("cue:tie_terms", start, min(c.c_hi, end + 2))) or any(
        t.startswith(("traffick", "victim", "survivor")) for t in scan.tokens[start:end]
    ):
        # "a protocol for referring victims to health services" is on trafficking; so is a
        # plan "for the Protection of Children from Economic Exploitation", whose tie term
        # runs past the complement's reach (real test #98)
        return None
    found = scan.find("cue:foreign_complements", start, end)
    if found:
        return f"§5 a measure on another subject ({scan.text(*found[0])!r})"
    return None


def _numbered_law(scan: _Scan, c: _Candidate) -> bool:
    """ "Law No. 64 of 2010", "Law Number 21", "Law 27-14": a capitalised law followed by
    its number is named, however it is cited."""
    if not scan.doc[c.t_lo].text[:1].isupper() or c.t_hi >= len(scan.tokens):
        return False
    return scan.has("law_number_words", c.t_hi, c.t_hi + 1) or scan.tokens[c.t_hi][:1].isdigit()


# how many tokens a list of law names may run from the verb saying they were broken
BROKEN_LIST_REACH = 20
# how far after a broken law's name a relative clause may say what the law is about
RELATIVE_TIE_REACH = 8


def _name_part(scan: _Scan, k: int) -> bool:
    """A capitalised word or a number ("No.21/2007"): part of a law's name."""
    return scan.doc[k].text[:1].isupper() or any(ch.isdigit() for ch in scan.tokens[k])


def rule_broken_law(ctx: _Context, c: _Candidate) -> str | None:
    """ "face charges of human trafficking, violating Namibia's Labor Act, Immigration Control
    Act, Marine Resources Act": laws named only as what suspects broke, whose names say no
    word of trafficking, are laws on another subject (§5), not the State's measures against
    trafficking. "Contravening the Trafficking in Persons Act" keeps its law: the name ties
    it. The words between the verb and the law must be a list of names ("the", "of",
    capitalised words, commas), so "violating the rights of victims, the new Act …" stays."""
    scan = ctx.scan
    if c.category != "legislation" or not scan.doc[c.t_lo].text[:1].isupper():
        return None
    s_lo = scan.sentence_of(c.t_lo)[0]
    joiners = scan.cues.words("law_list_joiners")
    verbs = scan.find("cue:infringement_verbs", max(s_lo, c.t_lo - BROKEN_LIST_REACH), c.t_lo)
    listed = [
        j
        for _i, j in verbs
        if all(
            scan.doc[k].text[:1].isupper() or scan.tokens[k] in joiners for k in range(j, c.t_hi)
        )
    ]
    if not listed:
        return None
    j = listed[0]
    # the name may go on after the trigger: "Law No.21/2007 on Human Trafficking"
    links = scan.cues.words("law_name_links")
    end = c.t_hi
    while end < c.c_hi and (
        _name_part(scan, end)
        # a link word only inside the name: "Act for the Prevention of Trafficking"
        or (
            scan.tokens[end] in links
            and end + 1 < c.c_hi
            and (_name_part(scan, end + 1) or scan.tokens[end + 1] == "the")
        )
    ):
        end += 1
    # "violating the Child Welfare Law for trafficking a girl": the law the trafficking
    # itself broke, applied to it, is a law against it
    applied = end < c.c_hi and scan.tokens[end] == "for"
    tied_to = min(c.c_hi, end + 4) if applied else end
    # "violating Republic Act 9208, which deals with trafficking in persons": a relative
    # clause saying what the numbered law is about ties it (real test #80)
    s_hi = scan.sentence_of(c.t_lo)[1]
    if scan.has("relative_pronouns", end, min(s_hi, end + 2)):
        tied_to = min(s_hi, end + RELATIVE_TIE_REACH)
    if scan.find("cue:tie_terms", j, tied_to) or any(
        scan.tokens[k].removeprefix("anti-").startswith("traffick") for k in range(j, tied_to)
    ):
        return None
    return "§5 a law on another subject, named only as what was broken"


def rule_vague_law(ctx: _Context, c: _Candidate) -> str | None:
    """A bare "law" or "legislation" met only as what is enforced, applied or broken ("failed
    to enforce its laws", "under existing legislation", "gaps in existing laws", "breaching
    immigration and labour laws"), with nothing
    after it saying what it is about, and neither named nor dated, reports no law on
    trafficking (methodology: vague references to law are not labelled)."""
    scan = ctx.scan
    if (
        c.category != "legislation"
        or tuple(scan.tokens[c.t_lo : c.t_hi]) not in (scan.cues.lists["vague_law_nouns"])
    ):
        return None
    if scan.has("law_process_nouns", c.t_hi, c.t_hi + 1):
        # "we assist national partners in legislation harmonization", "advance policy and
        # legislation implementation": a bare noun modifying a process names no law
        # (real test #75)
        return f"§3 {scan.text(c.t_lo, c.t_hi + 1)!r} is a process, not a law on trafficking"
    if scan.has("law_breach_nouns", c.t_hi, c.t_hi + 1) and not any(
        scan.tokens[k].removeprefix("anti-").startswith("traffick")
        for k in range(max(c.c_lo, c.t_lo - 3), c.t_lo)
    ):
        # "charges related to human trafficking, kidnapping, labor law violations": a law
        # met only as the kind of offence charged (real test #101)
        return f"§3 {scan.text(c.t_lo, c.t_hi + 1)!r} names an offence, not a law on trafficking"
    lead = scan.find("cue:vague_law_leads", max(c.lo, c.t_lo - 3), c.t_lo)
    # "could constitute trafficking, according to Togo's law": the law cited as a standard
    lead = lead or scan.find("cue:citation_leads", max(c.lo, c.t_lo - 10), c.t_lo)
    # "breaching immigration and labour laws": laws on another subject met only as what was
    # broken ("not mere violations of the law" speaks of the law itself)
    lead = lead or [
        (i, j)
        for i, j in scan.find(
            "cue:infringement_verbs", max(c.c_lo, c.t_lo - BROKEN_LAWS_REACH), c.t_lo
        )
        if any(t not in scan.cues.words("articles") for t in scan.tokens[j : c.t_lo])
    ]
    if not lead:
        return None
    if scan.has("offence_predicates", max(c.c_lo, lead[-1][0] - 2), lead[-1][0]) and any(
        scan.tokens[k].startswith("traffick") for k in range(c.c_lo, lead[-1][0])
    ):
        return None  # "trafficking in all its forms is severely punished under the law"
    if scan.has("penalty_statements", c.t_hi, c.c_hi):
        return None  # "according to Georgian laws, the criminals could face up to 20 years"
    if _opening_law_ruling(scan, c, lead[-1][0]):
        return None  # "Under Indian law, the sale of human organs is illegal"
    between = range(lead[-1][1], c.t_lo)
    if any(_is_year(scan.tokens[k]) or scan.tokens[k].startswith("traffick") for k in between):
        return None  # "under its 2005 law", "under the trafficking law"
    if scan.find("cue:tie_terms", lead[-1][1], c.t_lo):
        return None  # "convicted under forced marriage laws" (real test #80)
    if _numbered_law(scan, c):
        return None  # "according to Law No. 64 of 2010", "under Law 27-14": a law by its number
    if _name_word(scan, c.t_lo):
        return None  # "in violation of the Labor Standards Law": a law by its name
    after = scan.tokens[c.t_hi : min(c.c_hi, c.t_hi + 3)]
    qualifiers = scan.cues.words("law_qualifiers")
    # "other criminal laws to prosecute trafficking offences": laws on something else, used
    # against trafficking; what they are used for does not make them laws on trafficking
    other = scan.has("other_law_leads", max(c.lo, c.t_lo - 3), c.t_lo)
    if not other and any(t in qualifiers or t.startswith("traffick") for t in after):
        return None  # "enforce laws prohibiting …", "existing laws on trafficking"
    # "a range of other relevant laws that are being used to prosecute traffickers": laws
    # on other offences, whatever the relative clause after them says they are used for
    vague = scan.text(lead[-1][0], c.t_hi)
    return f"§3 a vague reference to law ({vague!r}), not a law on trafficking"


def _opening_law_ruling(scan: _Scan, c: _Candidate, lead_at: int) -> bool:
    """A sentence opening on "Under federal law," whose rest says what that law makes of a
    trafficking-related act ("…, a 'severe form of trafficking in persons' is:", "…, the sale
    of human organs is illegal"): the law is cited for its ruling on the subject, so it is a
    law on it, not a vague reference (real test #115)."""
    s_lo, s_hi = scan.sentence_of(c.t_lo)
    if scan.tokens[lead_at] not in scan.cues.words("ruling_leads") or any(
        t.isalpha() for t in scan.tokens[s_lo:lead_at]
    ):
        return False
    if c.t_hi >= s_hi or scan.tokens[c.t_hi] != ",":
        return False
    return scan.has("tie_terms", c.t_hi, s_hi) or scan.has("offence_predicates", c.t_hi, s_hi)


# how many tokens before a bare law the word saying it was broken may stand: "breaches in
# Vanuatu immigration, labour and Vanuatu Financial Service Commission (VFSC) laws" lists
# the laws broken (real test #98)
BROKEN_LAWS_REACH = 14


def rule_ratification_law(ctx: _Context, c: _Candidate) -> str | None:
    """Codebook §3 (revised): ratifying is not legislation, and neither is the law or
    decree that only authorises the ratification ("a draft law with a view to ratifying
    the Convention and its protocols")."""
    scan = ctx.scan
    if c.category != "legislation":
        return None
    found = scan.find("cue:ratification_purposes", c.t_hi, min(c.c_hi, c.t_hi + 6))
    if found:
        return f"§3 a law to ratify a treaty ({scan.text(*found[0])!r}) is ratification"
    return None


def rule_plan_instrument(ctx: _Context, c: _Candidate) -> str | None:
    """A decree that adopts a plan ("approved the National Action Plan …, adopted in
    accordance with the Decree of the President") is the plan's instrument: the clause
    reports the plan (codebook §3, action plan), not a law on trafficking."""
    scan = ctx.scan
    if c.category != "legislation" or not scan.has("plan_instruments", c.t_lo, c.t_hi):
        return None
    plans = [
        (i, j)
        for i, j, label in ctx.triggers
        if label == "action_plan" and c.c_lo <= i and j <= c.c_hi
    ]
    if plans:
        return f"§3 the instrument that adopts a plan ({scan.text(*plans[0])!r}), not a law"
    return None


# how far after a criminalising verb a tie term may close its object
CRIMINALIZED_OBJECT_REACH = 10


def rule_criminalized_object(ctx: _Context, c: _Candidate) -> str | None:
    """§5 outside a meeting on trafficking: "criminalizing consumption", "the
    criminalization of sexuality" criminalise something else. What is criminalised must be
    trafficking, a linked exploitation, or a word pointing back to it ("criminalized it")."""
    scan = ctx.scan
    if c.category != "legislation" or c.trigger != "criminalize":
        return None
    victims_criminalised = _criminalises_victims(scan, c)
    if victims_criminalised:
        return f"§3 victims criminalised ({victims_criminalised!r}): the problem, not a law"
    if ctx.topic_tie:
        return None
    end = min(c.c_hi, c.t_hi + 6)
    start = max(c.c_lo, c.t_lo - 4)  # the passive: "slavery was criminalized"
    objects = scan.cues.words("criminalized_objects")
    # "outlawed the importation of goods made using forced labour": a tie term may close a
    # longer object (real test #101)
    if scan.find("cue:tie_terms", c.t_hi, min(c.c_hi, c.t_hi + CRIMINALIZED_OBJECT_REACH)):
        return None
    for k in [*range(start, c.t_lo), *range(c.t_hi, end)]:
        token = scan.tokens[k]
        if token in objects or token.removeprefix("anti-").startswith("traffick"):
            return None
    if scan.find("cue:tie_terms", start, end) or c.t_hi >= end:
        return None
    return f"§5 criminalises something else ({scan.text(c.t_hi, end)!r})"


def _criminalises_victims(scan: _Scan, c: _Candidate) -> str | None:
    """ "the criminalization of trafficked girl victims", "victims were criminalised for
    immigration offences": what is criminalised is the victims, which is the harm a report
    criticises, not a law against trafficking. "criminalizes the trafficking of child
    victims" criminalises the trafficking; "the non-criminalisation of victims" is the
    principle that protects them, left to the other rules."""
    if c.t_lo >= 2 and scan.tokens[c.t_lo - 1] == "-" and scan.tokens[c.t_lo - 2] == "non":
        return None
    after = scan.find("cue:victim_nouns", c.t_hi, min(c.c_hi, c.t_hi + CRIMINALISED_REACH))
    if after and "trafficking" not in scan.tokens[c.t_hi : after[0][0]]:
        return scan.text(c.t_lo, after[0][1])
    passive = scan.tokens[c.t_lo].endswith(("ized", "ised"))
    before = scan.find("cue:victim_nouns", max(c.c_lo, c.t_lo - 4), c.t_lo)
    if passive and before and scan.has("passive_auxiliaries", before[-1][1], c.t_lo):
        return scan.text(before[-1][0], c.t_hi)
    return None


# how far after "criminalization" the victims it falls on may stand ("of trafficked girl victims")
CRIMINALISED_REACH = 5


def _own_agent_after(ctx: _Context, c: _Candidate) -> bool:
    """ "the measures adopted by the Government": a passive agent naming the speaker."""
    scan = ctx.scan
    for k in range(c.t_hi, min(c.c_hi, c.t_hi + 4)):
        if scan.tokens[k] == "by" and ctx.sentence_own(k + 1, min(c.c_hi, k + 4)):
            return True
    return False


SUBJECT_REACH = 4  # tokens from a clause's start where its subject is looked for


def _inside_name(scan: _Scan, i: int, c: _Candidate) -> bool:
    """Whether tokens i .. the trigger are one capitalised name ("the Counter Terrorism and
    Transnational Organized Crime Act"), so a word in it ("Organized Crime") names nothing."""
    doc = scan.doc
    connectors = scan.cues.words("name_connectors")
    return doc[c.t_lo].text[:1].isupper() and all(
        doc[k].text[:1].isupper() or scan.tokens[k] in connectors for k in range(i, c.t_lo)
    )


def _verb_states(scan: _Scan, i: int, j: int) -> bool:
    """ "The report states that the Criminal Code criminalizes …": "states" is the verb of a
    document or a speaker, not the States; it reports, it owns nothing."""
    return (
        j - i == 1
        and scan.doc[i].text == "states"
        and j < len(scan.tokens)
        and scan.tokens[j] == "that"
        and i > 0
        and scan.has("statement_subjects", _previous_word(scan, i), i)
    )


def _funded_in_clause(scan: _Scan, c: _Candidate) -> bool:
    """Whether the measure's clause says it is funded, not under a negation ("did not
    directly fund"): a shelter others run is then the speaker's too."""
    return any(
        not scan.find("cue:negation", max(c.c_lo, i - 3), i)
        for i, _j in scan.find("cue:funding", c.c_lo, c.c_hi)
    )


# how far before a non-State actor a word saying it is a member of a body may stand
MEMBERSHIP_REACH = 12


def rule_third_party(ctx: _Context, c: _Candidate) -> str | None:
    scan = ctx.scan
    if _own_agent_after(ctx, c):
        return None
    subjects = [
        s
        for s in scan.find("cue:third_party_subjects", c.lo, c.t_lo)
        if not _inside_name(scan, s[0], c)
        and not _verb_states(scan, *s)
        # "The governments of Canada and Ontario will provide funding for transitional
        # housing": the speaker's own government, with a province (real test #70)
        and not (scan.tokens[s[1] : s[1] + 1] == ["of"] and ctx.sentence_own(s[1] + 1, s[1] + 4))
        # "a national task force … consisting of relevant agencies and NGOs in implementing
        # the national action plan": NGOs as members of the State's body (real test #76)
        and not scan.find("cue:membership_leads", max(c.c_lo, s[0] - MEMBERSHIP_REACH), s[0])
    ]
    found = _third_party_before(scan, subjects, c.lo)
    if found is None and c.c_lo < c.lo:
        # the clause's subject, when the measure sits in a later comma window of it ("Some
        # foreign embassies provide protection services, including temporary shelter")
        head = scan.find("cue:third_party_subjects", c.c_lo, min(c.c_lo + SUBJECT_REACH, c.lo))
        found = _third_party_before(scan, head, c.c_lo)
    if found is None:
        # "An NGO provided … temporary shelter": one named non-State actor as the clause's
        # subject; unlike "NGOs" it is not looked for elsewhere in the clause ("in
        # partnership with an NGO, the government opened a shelter" is the government's)
        head = scan.find(
            "cue:third_party_clause_subjects", c.c_lo, min(c.c_lo + SUBJECT_REACH, c.t_lo)
        )
        # "an NGO and the government began drafting a plan" is the State's too
        joint = bool(head) and scan.has("joint_subject_links", head[0][1], head[0][1] + 1)
        sole = bool(head) and head[0][0] == c.c_lo and not joint
        found = head[0] if sole and not _funded_in_clause(scan, c) else None
    if found and _state_run(scan, max(found[1], c.t_lo - 3), c.t_lo):
        found = None  # "NGOs operating the state-funded sheltered accommodations": the State's
    if found:
        return f"§3 another actor's measure ({scan.text(*found)!r})"
    found = _in_other_jurisdictions(scan, c)
    if found:
        return f"§6 a measure of other jurisdictions ({scan.text(*found)!r})"
    if ctx.other_actors:
        # an actor may run into the trigger: "a Thai government shelter" (trigger
        # "government shelter") is Thailand's
        spans = [s for s in _other_actors_in(ctx, c.lo, c.t_hi) if s[0] < c.t_lo]
        found = _third_party_before(scan, spans, c.lo, c.t_lo)
        if (
            found
            and scan.tokens[c.t_lo] == "national"
            and tuple(scan.tokens[found[0] : found[1]]) in ctx.organizations
        ):
            # "IOM supports the drafting of a National Plan of Action": an international
            # organization has no national plan; the plan is the State's, the support IOM's
            found = None
        if (
            found
            and tuple(scan.tokens[found[0] : found[1]]) in ctx.organizations
            and scan.find("cue:organization_support_verbs", found[1], found[1] + 3)
        ):
            # "IOM also contributes to … victims of trafficking through establishment of
            # victim referral and assistance mechanisms": what an international organization
            # contributes to or helps with in a State is the State's measure, the help its
            # own ("the EU fully supports the Plan of Action" endorses another's: not here)
            found = None
        if found:
            return f"§6 another State's or organization's measure ({scan.text(*found)!r})"
        found = _located_elsewhere(ctx, c)
        if found and not _own_mission_measure(ctx, c):
            return f"§6 a measure located in another State ({scan.text(*found)!r})"
        found = _possessive_antecedent(ctx, c)
        if found:
            return f"§6 the measure of the actor its 'its' refers to ({scan.text(*found)!r})"
        found = _clause_subject_elsewhere(ctx, c)
        if found:
            return f"§6 the measure of the clause's subject ({scan.text(*found)!r})"
        found = _organization_opening(ctx, c) or _implemented_by_organization(ctx, c)
        if found:
            return f"§6 the measure of the organization named after it ({scan.text(*found)!r})"
    return None


# how far before a measure its possessive ("its domestic law") may stand, and how far back
# in the clause the actor the possessive refers to may be
POSSESSIVE_REACH = 5
ANTECEDENT_REACH = 12


def _possessive_antecedent(ctx: _Context, c: _Candidate) -> Span | None:
    """ "the remarks made by the US based on its domestic law" (real test #105, China
    speaking): "its" before the measure refers to the nearest actor named before it in the
    clause; when that is another State, the measure is that State's (§6). The speaker's own
    names and references between them keep the measure the speaker's; an organization is
    left out ("the government implemented an EU directive that strengthened its legal
    framework", real test #2: the directive's "its" is the State's), and
    an actor that only possesses or partners something ("Japan's support for its plan",
    "with Japan, the country adopted its plan") is not the antecedent."""
    scan = ctx.scan
    possessive = next(
        (
            k
            for k in range(c.t_lo - 1, max(c.c_lo, c.t_lo - POSSESSIVE_REACH) - 1, -1)
            if scan.tokens[k] in ("its", "their")
            and all(scan.tokens[m].isalpha() or scan.tokens[m] == "-" for m in range(k, c.t_lo))
        ),
        None,
    )
    if possessive is None:
        return None
    lo = max(c.c_lo, possessive - ANTECEDENT_REACH)
    actors = [s for s in _other_actors_in(ctx, lo, possessive) if s[1] <= possessive]
    if not actors or ctx.sentence_own(actors[-1][1], possessive):
        return None
    i, j = actors[-1]
    if tuple(scan.tokens[i:j]) in ctx.organizations:
        return None
    partner_words = scan.cues.words("partner_prepositions") - {"by"}
    k = i - 2 if i > 0 and scan.tokens[i - 1] == "the" else i - 1
    before = scan.tokens[k] if k >= 0 else ""  # "the US" opening the text has nothing before
    if before in partner_words or scan.has("possessive_clitics", j, j + 1):
        return None
    return i, j


def _clause_subject_elsewhere(ctx: _Context, c: _Candidate) -> Span | None:
    """ "The Government of Chile also increased victim protection and prevention efforts in
    the past year, including the development of a comprehensive national action plan" (the
    US Embassy speaking, real test #107): another State that opens the clause is the subject
    of a measure in a later comma window of it too, as it is in its own window. Only a State
    in the clause's first words ("The Government of Chile"), with no own reference after it."""
    if c.c_lo >= c.lo:
        return None  # the measure's own window: the rule above has read it
    scan = ctx.scan
    head = [
        (i, j)
        for i, j in _other_actors_in(ctx, c.c_lo, min(c.lo, c.c_lo + SUBJECT_REACH))
        if tuple(scan.tokens[i:j]) not in ctx.organizations
    ]
    if not head or ctx.sentence_own(head[0][1], c.lo):
        return None
    i, j = head[0]
    heads = scan.cues.words("state_subject_heads")
    if any(t not in heads for t in scan.tokens[c.c_lo : i]):
        return None  # "in cooperation with Chile, …": a partner, not the subject
    if scan.has("possessive_clitics", j, j + 1):
        return None  # "Chile's support, …": a possessor
    return i, j


# how far after a programme's name "by" the organization implementing it may stand
IMPLEMENTER_REACH = 12


def _implemented_by_organization(ctx: _Context, c: _Candidate) -> Span | None:
    """ "The Committee also notes the implementation in Kyrgyzstan of the Joint Programme to
    Combat Human Trafficking in Central Asia by the ILO, the UNDP and the UNODC" (real test
    #78): a programme an international organization implements in the State is the
    organization's, as the State's shelter "run by" an NGO is the NGO's. The organization
    must stand right after "by", and the clause must say the programme is implemented."""
    scan = ctx.scan
    hi = min(c.c_hi, c.t_hi + IMPLEMENTER_REACH)
    for k in range(c.t_hi, hi):
        if scan.tokens[k] != "by":
            continue
        start = k + 2 if k + 1 < len(scan.tokens) and scan.tokens[k + 1] == "the" else k + 1
        for i, j in _other_actors_in(ctx, start, min(len(scan.tokens), start + 4)):
            if (
                i == start
                and tuple(scan.tokens[i:j]) in ctx.organizations
                and scan.has("implementer_leads", c.c_lo, k)
            ):
                return i, j
    return None


def _organization_opening(ctx: _Context, c: _Candidate) -> Span | None:
    """ "As part of its counter-trafficking programme in the Maldives, IOM provides …": an
    opening phrase whose "its" the subject after the comma resolves, when that subject is an
    international organization, names the organization's measure, not the State's."""
    scan = ctx.scan
    if c.hi >= c.c_hi or scan.tokens[c.hi] != ",":
        return None
    if not any(scan.tokens[k] in ("its", "their") for k in range(max(c.lo, c.t_lo - 4), c.t_lo)):
        return None
    subjects = _other_actors_in(ctx, c.hi + 1, min(c.c_hi, c.hi + 4))
    if subjects and tuple(scan.tokens[subjects[0][0] : subjects[0][1]]) in ctx.organizations:
        return subjects[0]
    return None


def _in_other_jurisdictions(scan: _Scan, c: _Candidate) -> Span | None:
    """ "examining laws in other states and on the federal level", "the legislation of other
    countries", "slavery was outlawed by most nations": measures placed right after in, or
    made by, jurisdictions the text does not name are theirs, not the speaker's (§6; real
    tests #100, #101), as a named State's would be."""
    if c.t_hi + 1 >= c.c_hi or scan.tokens[c.t_hi] not in ("in", "of", "by"):
        return None
    lo = c.t_hi + 2 if scan.tokens[c.t_hi + 1] == "the" else c.t_hi + 1
    for i, j in scan.find("cue:elsewhere_places", lo, min(c.c_hi, lo + 4)):
        if i == lo:
            return c.t_hi, j
    return None


# how many words the speaker's name and its mission may take before the measure
MISSION_REACH = 6


def _own_mission_measure(ctx: _Context, c: _Candidate) -> bool:
    """ "the Sri Lankan Embassy's safe house in Oman" (real test #113): a shelter the
    speaker's own embassy or mission runs abroad is the speaker's, though it stands in
    another State. Only a mission noun and its possessive right before the measure, with no
    other State named before it; "the US Embassy's safe house" names another State's
    mission."""
    scan = ctx.scan
    lo = max(c.lo, c.t_lo - MISSION_REACH)
    for i, j in scan.find("cue:mission_nouns", lo, c.t_lo):
        if scan.has("possessive_clitics", j, j + 1) and j + 1 == c.t_lo:
            return not _other_actors_in(ctx, lo, i)
    return False


def _located_elsewhere(ctx: _Context, c: _Candidate) -> Span | None:
    """ "In neighbouring Uzbekistan, recruiters face severe penalties", "since the plan was
    introduced in Norway": a measure placed "in" another State the text names is that
    State's (§6). Only where the clause opens on the place, the place follows the measure
    in its comma window, or the measure is "of" it ("the legislation of the United
    States"); "victims from Norway" or "in cooperation with Norway" place nothing."""
    scan = ctx.scan
    places = _other_actors_in(ctx, c.c_lo, c.hi)
    for i, j in places:
        opening = (
            c.c_lo < c.lo
            and scan.tokens[c.c_lo] == "in"
            and all(scan.has("place_modifiers", k, k + 1) for k in range(c.c_lo + 1, i))
            and j < len(scan.tokens)
            and scan.tokens[j] == ","
        )
        # "charges of violating the Trafficking in Persons Act after she … sold them to
        # buyers in Oman": a place in a finite clause the measure's own one leads into
        # ("after she", "when they") is where something else happened (real test #86);
        # "living in safe homes in West Bengal after being detained in India" is not one
        # "came into force last December in the United States" (real test #92): "the" may
        # stand between before a State ("indicated in the UN Trafficking in Persons
        # Protocol" names an organization's instrument, not a place), if no other item is
        # joined on first ("the 2014 Law … and a programme to support Haitian migrants in the
        # Dominican Republic")
        after = (
            c.t_hi <= i < c.hi
            and (
                scan.tokens[i - 1] == "in"
                or (
                    scan.tokens[i - 2 : i] == ["in", "the"]
                    and tuple(scan.tokens[i:j]) not in ctx.organizations
                    and not {"and", "or"} & set(scan.tokens[c.t_hi : i])
                )
            )
            and not scan.has("place_clause_breaks", c.t_hi, i)
        )
        # "as stipulated in the legislation of the United States of America": the law "of"
        # the State named right after it is that State's
        owner = c.t_hi < i and scan.tokens[c.t_hi : i] in (["of"], ["of", "the"])
        # "debt bondage is a crime in Chile" (trigger crime_in_a_state): the State closes
        # the trigger itself
        closing = c.t_lo < i < c.t_hi <= j and scan.tokens[i - 1] in ("in", "the")
        if opening or after or owner or closing:
            return i, j
    return None


# how far after "run by" the words naming a non-governmental operator may stand
OPERATOR_REACH = 12


def rule_run_by_others(ctx: _Context, c: _Candidate) -> str | None:
    """ "NGO shelters", "private centres": the speaker's only when it funds them."""
    scan = ctx.scan
    found = [
        (i, j)
        for i, j in scan.find("cue:other_operators", max(c.lo, c.t_lo - 4), c.t_lo)
        if not scan.find("cue:source_verbs", j, j + 2)  # "NGOs report that …" is a source
    ]
    if found and not _funded_in_clause(scan, c):
        return f"§3 run by others ({scan.text(*found[0])!r}) and not funded by the speaker"
    if c.category == "shelters":
        # "a shelter run by the NGO Monica Multicultural Women's Association", "safe houses
        # managed by Pourakhi …, the local civil society organisation": the operator named
        # right after it is not the State ("run by the Ministry of Social Affairs" is)
        operated_by = scan.find("cue:operated_by_phrases", c.t_hi, min(c.hi, c.t_hi + 8))
        if c.t_hi < len(scan.tokens) and scan.tokens[c.t_hi] == "by":
            # "taken into shelter by Maiti Nepal, an organisation working for women victims"
            # (real test #102): "by" right after the shelter names who gives it
            operated_by = [(c.t_hi, c.t_hi + 1), *operated_by]
        for _i, j in operated_by:
            operator = scan.find(
                "cue:nongovernmental_operators", j, min(c.c_hi, j + OPERATOR_REACH)
            )
            if operator and not scan.has("state_body_nouns", j, operator[0][0]):
                if _funded_in_clause(scan, c):
                    return None
                return (
                    f"§3 run by others ({scan.text(*operator[0])!r}) and not funded by the speaker"
                )
            # "a women's safe house belonging to the Malaysian government", said by Indonesia
            states = [
                (a, b)
                for a, b in _other_actors_in(ctx, j, min(c.c_hi, j + OPERATOR_REACH))
                if tuple(scan.tokens[a:b]) not in ctx.organizations
            ]
            if states and not _funded_in_clause(scan, c):
                return f"§3 another State's shelter ({scan.text(*states[0])!r})"
        speaking = _shelter_speaking(scan, c)
        if speaking is not None:
            return (
                f"§3 a shelter's own name speaking ({scan.text(*speaking)!r}), not a report of one"
            )
        subject = _nongovernmental_subject(scan, c)
        if subject is not None and not _funded_in_clause(scan, c):
            return f"§3 run by others ({scan.text(*subject)!r} as its subject)"
        relative = _relative_operator(ctx, c)
        if relative is not None and not _funded_in_clause(scan, c):
            return f"§3 run by others ({scan.text(*relative)!r}, which runs it)"
    return None


# how far before a shelter the relative clause naming who runs it may open ("The Salvation
# Army, which operates a safe house for victims")
RELATIVE_OPERATOR_REACH = 6


def _relative_operator(ctx: _Context, c: _Candidate) -> Span | None:
    """ "The Salvation Army, which operates a safe house for victims", "Caritas, a charity that
    runs a shelter for victims": a shelter run by the name (or the non-governmental noun) the
    relative clause hangs on, when that name is neither a State body nor the speaker (real
    test #111). "The Ministry, which runs a shelter" stays the State's. The caller still keeps
    a shelter its clause says the speaker funds, and "support" reads as funding, so "an
    organization that provides support and housing" is kept."""
    scan = ctx.scan
    s_lo = scan.sentence_of(c.t_lo)[0]
    for i, _j in scan.find(
        "cue:operator_relatives", max(s_lo, c.t_lo - RELATIVE_OPERATOR_REACH), c.t_lo
    ):
        if i - 2 < s_lo:
            continue
        if scan.has("nongovernmental_operators", i - 1, i):
            head = i - 1  # "an organization that provides …"
            lo = head - int(scan.has("indefinite_determiners", head - 1, head))
            name = (lo, i)
        elif scan.tokens[i - 1] == "," and scan.doc[i - 2].text[:1].isupper():
            lo = i - 1
            connectors = scan.cues.words("name_connectors")
            while lo > s_lo and (
                scan.doc[lo - 1].text[:1].isupper() or scan.tokens[lo - 1] in connectors
            ):
                lo -= 1
            name = (lo, i - 1)
        else:
            continue
        if scan.has("state_body_nouns", *name) or _find(
            scan.tokens, name[0], name[1], ctx.own_names
        ):
            continue
        return name
    return None


# how far after a shelter's name its speaking verb may stand ("The Tongan Women's Crisis
# Centre says", "Society „Shelter „Safe House”” informs")
SPEAKING_REACH = 6


def _shelter_speaking(scan: _Scan, c: _Candidate) -> Span | None:
    """ "The Tongan Women's Crisis Centre says it has been contacted by …", "Society „Shelter
    „Safe House”” informs that …": a capitalised shelter or centre that is the subject of a
    speaking verb is an organization quoted as a source, not a report of the State's shelter
    (real test #95); "the shelter said to be run by …" is lower-case and stays."""
    if not scan.doc[c.t_hi - 1].text[:1].isupper():
        return None
    for i, j in scan.find("cue:source_leads", max(c.lo, c.t_lo - SPEAKING_REACH), c.t_lo):
        # "according to the Cambodian Women's Crisis Center": a figure's source (real test
        # #103), with only the rest of its name between
        if all(
            scan.doc[k].text[:1].isupper() or scan.tokens[k] in ("the", "’s", "'s")
            for k in range(j, c.t_lo)
        ):
            return i, j
    for i, j in scan.find("cue:speaking_verbs", c.t_hi, min(c.c_hi, c.t_hi + SPEAKING_REACH)):
        # only the rest of its name and its quotation marks between
        if all(not scan.doc[k].text[:1].islower() for k in range(c.t_hi, i)):
            return i, j
    return None


# how far before the shelter a non-governmental subject may stand
SUBJECT_OPERATOR_REACH = 12


def _nongovernmental_subject(scan: _Scan, c: _Candidate) -> Span | None:
    """ "The SEED Foundation opened a shelter", "Run by Open Gate/La Strada, a national
    anti-trafficking organization, the shelter …": the clause's subject, or the operator that
    opens it, is a foundation, an association or an NGO, not the State (real tests #77, #81).
    Only names opening the clause count ("the Ministry and the NGO Foundation opened" names the
    State first)."""
    s_lo = scan.sentence_of(c.t_lo)[0]
    lo = max(s_lo, c.t_lo - SUBJECT_OPERATOR_REACH)
    for _i, j in scan.find("cue:operated_by_phrases", s_lo, min(c.t_lo, s_lo + 2)):
        found = scan.find("cue:nongovernmental_operators", j, c.t_lo)
        if found and not scan.has("state_body_nouns", j, found[0][0]):
            return found[0]
    for i, j in scan.find("cue:nongovernmental_operators", lo, c.t_lo):
        opening = range(s_lo, i)
        if all(
            scan.doc[k].text[:1].isupper() or scan.tokens[k] in ("the", "a", "an", "-", "’s", "'s")
            for k in opening
        ) and not (
            scan.has("state_body_nouns", s_lo, i) or scan.has("state_body_nouns", j, c.t_lo)
        ):
            # "With an NGO, the government opened a shelter": the State is the subject
            return i, j
    return None


def rule_informal(ctx: _Context, c: _Candidate) -> str | None:
    """Where the codebook asks for a formal measure (a referral *procedure*), an informal
    or ad hoc arrangement is not one; "informal shelters" still shelter victims."""
    if (c.category,) not in ctx.scan.cues.lists["formality_categories"]:
        return None
    found = ctx.scan.find("cue:informal", max(c.lo, c.t_lo - 4), c.t_lo)
    if found:
        return f"§3 an informal arrangement ({ctx.scan.text(*found[0])!r}), not a formal one"
    return None


def rule_organization_own(ctx: _Context, c: _Candidate) -> str | None:
    if ctx.speaker.kind not in ("state", "text") and not ctx.sentence_own(c.c_lo, c.c_hi):
        return "§3 an organization's sentence with no reference to itself"
    return None


def rule_generic_modal(ctx: _Context, c: _Candidate) -> str | None:
    scan = ctx.scan
    for _i, j in scan.find("cue:generic_modal", c.lo, c.hi):
        if scan.has("enforcement_verbs", j, min(c.t_lo, j + 3)):
            continue  # "traffickers can be prosecuted under laws prohibiting …": laws in use
        if c.category == "legislation" and scan.has("penalty_verbs", j, min(c.t_lo, j + 3)):
            # "they could face a maximum sentence of life imprisonment", "the offence can
            # carry a maximum sentence of 10 years": the penalty the law sets, which the
            # modal makes conditional on a conviction, not a general claim (real test #86)
            continue
        if c.category == "shelters" and scan.has("capacity_verbs", j, j + 1):
            # "a shelter in Banjul that can accommodate 48 persons": what the shelter holds,
            # not a claim of what shelters could do (real test #93)
            continue
        if scan.find("cue:short_title_formulas", j, min(c.t_lo, j + 3)):
            # "These regulations may be cited as the … Regulations, 2014": the short-title
            # clause of an instrument in force, not a claim (real test #114)
            continue
        if scan.has("passive_auxiliaries", j, j + 1) and scan.has(
            "channel_prepositions", j + 1, min(c.t_lo, j + 4)
        ):
            # "Referrals can be made via the online NRM portal": how an existing channel is
            # used, not a claim of what one could do (real test #92)
            continue
        if not ctx.sentence_own(c.c_lo, c.c_hi):
            return "§3 a general claim ('the right laws can help'), not a report"
    return None


def _own_draft(scan: _Scan, c: _Candidate) -> bool:
    """ "its draft law", "their draft procedures": a possessive draft right before it."""
    for i, _j in scan.find("status:in_progress", max(c.lo, c.t_lo - 6), c.t_lo):
        if scan.tokens[i] == "draft" and scan.has("possessive_determiners", max(c.lo, i - 2), i):
            return True
    return False


def _called_draft(scan: _Scan, c: _Candidate) -> bool:
    """ "should adopt pending legislation", "should pass the new penal code reforms currently
    before it", "enact the draft anti-trafficking law": a call to adopt a draft the text says
    exists names that draft, which is being worked on (the brief: a pending draft is in
    progress). Not "should draft a law": the marker stands right before the measure or
    right after it."""
    if c.category not in ("legislation", "action_plan", "referral_mechanism"):
        return False
    if scan.has("called_draft_modifiers", max(c.c_lo, c.t_lo - 3), c.t_lo):
        return True
    return scan.has("called_draft_places", c.t_hi, min(c.c_hi, c.t_hi + 4))


def _before_but(scan: _Scan, negation_at: int) -> int | None:
    """The word a "but" joins to a negation ("drafted but not finalized", "drafted, but did
    not finalize,"): the index of the last word before "but", past commas and the
    negation's own auxiliaries; None when the negation does not follow a "but"."""
    k = negation_at - 1
    skip = scan.cues.words("past_denial_auxiliaries") | scan.cues.words("auxiliaries")
    while k >= 0 and (scan.tokens[k] == "," or scan.tokens[k] in skip):
        k -= 1
    if k < 1 or scan.tokens[k] != "but":
        return None
    k -= 1
    while k >= 0 and scan.tokens[k] == ",":
        k -= 1
    return k if k >= 0 else None


def _drafted_but_not(scan: _Scan, c: _Candidate) -> bool:
    """ "legislation was drafted but not finalized … that outlines procedures", "drafted,
    but did not finalize, a plan": drafted, so it exists, as a draft (in progress)."""
    for i, _j in scan.find("cue:negation", _governing_lo(scan, c), c.t_lo):
        k = _before_but(scan, i)
        if k is not None and scan.find("status:in_progress", k, k + 1):
            return True
    return False


def _draft_conceded(scan: _Scan, c: _Candidate) -> bool:
    """ "has not yet adopted a national action plan, although a draft was completed": the
    denial is of adoption, and the same sentence concedes that a draft exists, so the
    measure is a draft (in progress, brief). A negated draft ("but no draft exists") is not
    conceded."""
    _s_lo, s_hi = scan.sentence_of(c.t_lo)
    concessives = scan.cues.words("draft_concessives")
    drafts = scan.cues.words("draft_nouns")
    for k in range(c.t_hi, s_hi):
        if scan.tokens[k] not in concessives:
            continue
        for m in range(k + 1, min(s_hi, k + 6)):
            if scan.tokens[m] in drafts:
                return not scan.find("cue:negation", k, m)
    return False


def _dated_gap(scan: _Scan, c: _Candidate, denial: tuple[int, int]) -> bool:
    """ "its anti-trafficking law, passed in 2005, does not prohibit labor trafficking": a
    gap in a law the passage dates, which presupposes the law (brief: "its 2010 act does not
    cover …" reports the act); an undated "its law does not prohibit all forms" stays a gap."""
    if not scan.has("gap_denials", *denial):
        return False
    # the year must qualify the law ("its 2010 act", "the law, passed in 2005,"), not an
    # earlier clause ("no efforts in 2007 and the penal code does not prohibit …")
    return any(_is_year(scan.tokens[k]) for k in range(max(c.lo, c.t_lo - 2), denial[0]))


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


def _dated(scan: _Scan, k: int) -> bool:
    """A year that qualifies a noun ("the 2011 law", "2012 legislation"), not a date
    phrase ("drafted in 2013")."""
    return _is_year(scan.tokens[k]) and (
        k == 0 or scan.tokens[k - 1] not in scan.cues.words("date_prepositions")
    )


def _definite(scan: _Scan, lo: int, hi: int) -> bool:
    """Whether the nearest determiner before hi is definite, possessive or a qualifying
    year ("its plan", "the 2011 law") rather than indefinite ("a process", "no plan")."""
    definite = scan.cues.words("definite_determiners")
    stops = scan.cues.words("indefinite_determiners") | scan.cues.words("determiner_stops")
    for k in range(hi - 1, lo - 1, -1):
        token = scan.tokens[k]
        if token in stops:
            return False  # "the development of formal procedures": "the" is development's
        if token in definite or _dated(scan, k):
            return True
    return False


# how many words a negation may stand before the measure and still govern it across a comma
NEGATION_WORD_REACH = 6


def _words_between(scan: _Scan, lo: int, hi: int) -> int:
    """Words in [lo, hi), a hyphenated compound or a possessive counting once and punctuation
    not at all: "has yet to develop and enact formalized, victim-centered procedures" is five
    words from its negation, though the tokenizer makes eight tokens of them."""
    words = 0
    for k in range(lo, hi):
        token = scan.tokens[k]
        if not any(ch.isalnum() for ch in token) or token in scan.cues.words("possessive_clitics"):
            continue  # punctuation, and the possessive "'s" of the word before
        if k > lo and _word_hyphen(scan, k - 1):
            continue  # the part after a hyphen belongs to the word before it
        words += 1
    return words


def _word_hyphen(scan: _Scan, k: int) -> bool:
    """Token k is the hyphen inside a hyphenated word ("victim-centered", "evidence-based"),
    which spaCy cuts into three tokens: no space follows it."""
    return scan.tokens[k] == "-" and scan.doc[k].whitespace_ == ""


def _governing_lo(scan: _Scan, c: _Candidate) -> int:
    """Where the predicate governing the measure may start, for negation.

    Normally the trigger's comma-bounded window; but a negation reaches across commas
    inside a short noun phrase ("continues to lack a formal, nationwide procedure"), over a
    coordinated verb list ("did not investigate, prosecute, or operationalize procedures")
    and into a list it heads (:func:`_list_governor`).
    """
    lo = c.lo
    breaks = [j for _i, j in scan.find("cue:denial_scope_breaks", c.c_lo, c.t_lo)]
    floor = max(breaks, default=c.c_lo)
    for i, j in scan.find("cue:negation", floor, lo):
        between = scan.tokens[j : c.t_lo]
        # "did not investigate, prosecute, or operationalize procedures": a coordinated
        # list carries the negation far; not past a verb of its own ("no use of forced or
        # child labour, no discrimination … are provided in compliance with … laws")
        coordinated = ("or" in between or "nor" in between) and not (
            scan.has("noun_negations", i, j) and scan.has("passive_auxiliaries", j, c.t_lo)
        )
        if (
            _words_between(scan, j, c.t_lo) <= NEGATION_WORD_REACH
            or coordinated
            or _negated_noun_list(scan, i, j, c.t_lo)
        ):
            lo = min(lo, i)
    governor = _list_governor(scan, c, floor)
    if governor is not None:
        lo = min(lo, governor)
    return max(lo, floor)


# how many words one item of a negated noun list may have ("the ability to leave")
NOUN_LIST_ITEM_WORDS = 4


def _negated_noun_list(scan: _Scan, neg_lo: int, neg_hi: int, t_lo: int) -> bool:
    """ "forced to work without pay, freedom of choice, the ability to leave, protection,
    medical care, time off, food, and shelter": a list of short noun phrases that a
    preposition of lack heads, with the measure as its last item after "and" or "or", is
    all lacked, however long (real test #96). Only "without"-like heads: a verb's negation
    ("did not …") stops at its own object."""
    if not scan.has("list_negations", neg_lo, neg_hi):
        return False
    if t_lo - 1 <= neg_hi or scan.tokens[t_lo - 1] not in ("and", "or"):
        return False
    items, words = 1, 0
    for k in range(neg_hi, t_lo - 1):
        token = scan.tokens[k]
        if token == ",":
            items, words = items + 1, 0
        elif any(ch.isalnum() for ch in token):
            words += 1
            if words > NOUN_LIST_ITEM_WORDS:
                return False
    return items >= 3


def _list_governor(scan: _Scan, c: _Candidate, floor: int) -> int | None:
    """A negation heading a list the measure's window belongs to: "has not launched its
    plan, convened the committee, … provided shelter"; "failed to fulfill commitments …,
    including the adoption of legislation, …, support to the first shelter". Only for a
    window that continues a verb list (it opens with a participle) or a list a head word
    ("including") opened, so "Although no one was convicted, it adopted a plan" stays."""
    start = c.lo + 1 if c.lo < c.t_lo and scan.tokens[c.lo] in ("and", "or") else c.lo
    first = scan.tokens[start] if start < c.t_lo else ""
    # "did not establish a committee, adopt comprehensive legislation, or …": a base-form
    # creation verb continues the negated verb list as a participle does
    verb_list = (
        (first.endswith(("ed", "en")) and len(first) > 3)
        or scan.has("creation_verbs", start, start + 1)
        # "did not pass a new plan, fund a full-time victim shelter, or …"
        or scan.has("list_verbs", start, start + 1)
    )
    separators = scan.cues.words("list_separators")
    crossed_head = False
    k = c.lo
    for _ in range(10):
        sep = k - 1
        if sep <= floor or scan.tokens[sep] not in separators:
            return None
        while sep > floor and scan.tokens[sep] in separators:
            crossed_head = crossed_head or scan.tokens[sep] == "including"
            sep -= 1
        previous = max(_window(scan, c.c_lo, c.c_hi, sep, sep + 1)[0], floor)
        negations = scan.find("cue:negation", previous, sep + 1)
        if negations and (verb_list or crossed_head):
            return negations[0][0]
        k = previous
    return None


def _negations_before(scan: _Scan, c: _Candidate, governing: int) -> list[Span]:
    """The negations between the governing verb and the measure, less a word of the
    measure's own capitalised name ("the Not Invisible Act of 2019", real test #117)."""
    return [
        (i, j)
        for i, j in scan.find("cue:negation", governing, c.t_lo)
        if not (scan.doc[i].text[:1].isupper() and i > governing and _inside_name(scan, i, c))
    ]


def rule_denied(ctx: _Context, c: _Candidate) -> str | None:
    """Codebook §3: a denied measure is not applied; a presupposed one under negation is.

    The cue is a definite or possessive reference to the measure ("its plan", "the 2011
    law") inside a clause whose negation targets something else (funding, convictions).
    """
    scan = ctx.scan
    denial_end = next(
        (k for k in range(c.t_hi, c.c_hi) if scan.has("denial_scope_breaks", k, k + 1)),
        c.c_hi,
    )
    hi = max(c.hi, denial_end)
    post = scan.find("cue:post_denial", c.t_hi, hi) + scan.find("cue:retro_denials", c.t_hi, c.c_hi)
    if post and not _dated_gap(scan, c, post[0]):
        return f"§3 denied after the measure ({scan.text(*post[0])!r})"
    governing = _governing_lo(scan, c)
    # "has not only issued legislation … but also": an addition, not a denial (negations
    # inside such blockers were dropped when the statement was scanned)
    negations = _negations_before(scan, c, governing)
    if not negations:
        return None
    neg_end = max(j for _, j in negations)
    if scan.has("negation_enders", neg_end, c.t_lo):
        # "there was no law on trafficking until the enactment of the Trafficking in Persons
        # Act": what came "until" ended the lack (real test #107)
        return None
    negation = scan.text(*max(negations, key=lambda s: s[1]))
    first_neg = min(i for i, _ in negations)
    joined = _before_but(scan, first_neg)
    if joined is not None and scan.has("creation_verbs", joined, joined + 1):
        return None  # "has written but not implemented a plan": written, so it exists
    definite = _definite(scan, max(neg_end, c.t_lo - 6), c.t_lo)
    creation = [
        (i, j)
        for i, j in scan.find("cue:creation_verbs", neg_end, c.t_lo)
        # "failed to implement the newly passed law": a participle describing the law
        if not scan.has("adjectival_adverbs", i - 1, i)
        # "does not provide information on the status of the draft bill": right before a
        # bill, after an article, the word is the bill's name, no verb (real test #94); "did
        # not finalise the draft guidelines" still denies the guidelines
        and not (j == c.t_lo and scan.has("articles", i - 1, i) and _is_bill(scan, c))
    ]
    if _draft_conceded(scan, c):
        return None  # "has not adopted a plan, although a draft was completed": a draft
    if creation and _own_draft(scan, c):
        past = any(scan.has("past_denial_auxiliaries", max(c.c_lo, i - 1), j) for i, j in negations)
        if past and any(scan.has("draft_rejections", i, j) for i, j in creation):
            # "did not enact its draft law": a draft the text says was not adopted (brief)
            return f"§3 a draft not adopted ({negation!r} … {scan.text(*creation[-1])!r})"
        return None  # "has not approved its draft procedures": the draft exists (in progress)
    owned = any(
        scan.has("possessive_determiners", k, k + 1) or _dated(scan, k)
        for k in range(max(neg_end, c.t_lo - 4), c.t_lo)
    )
    if creation and owned:
        return None  # "has not launched its national plan": its plan exists, unlaunched
    if scan.has("manner_adverbs", neg_end, min(c.t_lo, neg_end + 2)):
        return None  # "failed to fully implement procedures": the manner is denied
    if not creation and scan.has("deficit_targets", neg_end, c.t_lo):
        last = max(negations, key=lambda s: s[1])
        if scan.has("noun_negations", *last):
            return None  # "lack of familiarity with the law": the lack targets familiarity
    if creation:
        # "did not adopt the draft amendments to its 2014 law": the denial falls on the
        # amendments; the law behind them, referred to possessively, exists.
        last_creation = max(j for _, j in creation)
        if scan.has("infringement_verbs", last_creation, c.t_lo):
            # "refused to open a docket for the contravention of the Trafficking in Persons
            # Act": what was refused is the case; the law it would be opened under exists
            # (real test #92)
            return None
        others = [(a, b) for a, b, _label in ctx.triggers if b <= c.t_lo]
        shielded = any(last_creation <= a and b <= c.t_lo for a, b in others)
        if shielded and definite:
            return None
        return f"§3 denied ({negation!r} … {scan.text(*creation[-1])!r})"
    gap_at = c.t_lo - 1
    while gap_at > neg_end and (
        scan.has("possessive_determiners", gap_at, gap_at + 1)
        or scan.has("articles", gap_at, gap_at + 1)
    ):
        gap_at -= 1
    if c.category == "legislation" and gap_at >= neg_end and scan.tokens[gap_at] == "in":
        # "continued to lack prohibitions against forced labor in its penal code": what
        # the code lacks is the report, a gap (methodology), not the code as a measure
        return f"§3 a gap in the law ({negation!r} … {scan.text(gap_at, c.t_hi)!r})"
    if scan.has("contrastive_own", max(neg_end, c.t_lo - 4), c.t_lo):
        # "did not operate its own victim shelter, but refers victims to NGOs": "its own"
        # contrasts with others' shelters, so the State's own is what is denied
        return f"§3 denied ({negation!r} … its own)"
    if definite:
        return None  # presupposed while criticised: "did not fund its plan"
    if _state_run(scan, max(neg_end, c.t_lo - 4), c.t_lo) and not scan.has(
        "noun_negations", *max(negations, key=lambda s: s[1])
    ):
        return None  # "not eligible for government-funded shelters": the shelters exist
    return f"§3 denied ({negation!r})"


def _state_run(scan: _Scan, lo: int, hi: int) -> bool:
    """Whether a State-ownership modifier ("government-run", "state-funded") qualifies the
    measure without an indefinite determiner before it: such a reference is specific, so a
    verbal negation ("were not eligible for", "did not refer victims to") presupposes the
    facility; "no state-run shelters" still denies it."""
    stops = scan.cues.words("indefinite_determiners") | scan.cues.words("noun_negations")
    return any(
        i == lo or scan.tokens[i - 1] not in stops for i, _j in scan.find("cue:state_run", lo, hi)
    )


# how many sentences, its own included, a measure's capitalised name may take its tie from
NAMED_TIE_SENTENCES = 4


def rule_tie(ctx: _Context, c: _Candidate) -> str | None:
    """§5: outside a meeting on trafficking, its sentence or the one before must tie it."""
    if ctx.topic_tie:
        return None
    scan = ctx.scan
    s_lo, s_hi = scan.sentence_of(c.t_lo)
    prev_lo = scan.sentence_of(s_lo - 1)[0] if s_lo > 0 else s_lo
    named = c.t_hi - c.t_lo > 1 and scan.doc[c.t_lo].text[:1].isupper()
    account = (c.category, c.trigger) in _CONDITIONS[id(scan.doc.vocab)].account_tied
    if named or account or _for_victims(scan, c):
        # a measure's proper name ("the National Action Plan") in a government's account
        # refers to the one its last few sentences tied to trafficking; so do "shelters for
        # child victims": the victims the account was speaking of
        for _ in range(NAMED_TIE_SENTENCES - 2):
            prev_lo = scan.sentence_of(prev_lo - 1)[0] if prev_lo > 0 else prev_lo
    if any(i == s_hi for i, _j in scan.find("cue:fragment_openers", s_hi, s_hi + 3)):
        # "We have created a working relationship with META … . And to also work with them
        # on developing a campaign against human trafficking": a fragment opened by "And
        # to" has no verb of its own and goes on with this sentence (real test #69); "And
        # we must enhance …" is a sentence of its own
        s_hi = scan.sentence_of(s_hi)[1]
    foreign = scan.find("cue:foreign_topics", prev_lo, s_hi)
    foreign += scan.find("cue:ambiguous_trafficking", prev_lo, s_hi)
    # "a plan to honour the victims of the transatlantic slave trade and slavery": history
    history = scan.has("historical_slavery", prev_lo, s_hi)
    for i, j in scan.find("cue:tie_terms", prev_lo, s_hi):
        if history and tuple(scan.tokens[i:j]) in scan.cues.lists["historical_tie_terms"]:
            continue  # "modern slavery" is its own, longer tie term and still ties
        if foreign and j - i == 1 and scan.tokens[i].removeprefix("anti-").startswith("traffick"):
            continue  # a bare "traffickers" beside "poppy eradication" may be drug traffickers
        if not any(fi <= i and j <= fj for fi, fj in foreign):
            return None  # "illegal trafficking in human beings" ties; "illegal trafficking" not
    if not foreign and any(t.startswith("traffick") for t in scan.tokens[prev_lo:s_hi]):
        return None
    return "§5 no tie to trafficking in its sentence or the one before"


def _for_victims(scan: _Scan, c: _Candidate) -> bool:
    """ "shelters for child victims", "the victims are being sheltered", "our shelter has
    received the most victims": the measure's sentence is about victims."""
    if c.category == "shelters":
        # a shelter houses people: victims anywhere in its sentence are its residents
        lo, hi = scan.sentence_of(c.t_lo)
        if scan.has("rescue_words", lo, hi):
            return True  # "the rescued girls are cared for in a shelter home": the victims
    else:
        lo, hi = max(c.lo, c.t_lo - 2), min(c.hi, c.t_hi + 4)
    return scan.has("victim_nouns", lo, hi)


Rule = Callable[[_Context, _Candidate], "str | None"]
RULES: tuple[tuple[str, Rule], ...] = (
    ("excluded", rule_excluded),
    ("capitalised", rule_capitalised),
    ("office_name", rule_office_name),
    ("body_name", rule_body_name),
    ("trigger_context", rule_trigger_context),
    ("contents_entry", rule_contents_entry),
    ("run_in_heading", rule_run_in_heading),
    ("topic", rule_topic),
    ("bare_programme", rule_bare_programme),
    ("visited", rule_visited),
    ("publication", rule_publication),
    ("awareness_website", rule_awareness_website),
    ("question", rule_question),
    ("call", rule_call),
    ("recommendation", rule_recommendation),
    ("praise", rule_praise),
    ("perpetrator", rule_perpetrator),
    ("need", rule_need),
    ("placement", rule_placement),
    ("workplace", rule_workplace),
    ("perpetration", rule_perpetration),
    ("deficit", rule_deficit),
    ("imposed_labour", rule_imposed_labour),
    ("misuse", rule_misuse),
    ("foreign_topic", rule_foreign_topic),
    ("other_subject", rule_other_subject),
    ("vague_law", rule_vague_law),
    ("broken_law", rule_broken_law),
    ("ratification_law", rule_ratification_law),
    ("plan_instrument", rule_plan_instrument),
    ("criminalized_object", rule_criminalized_object),
    ("third_party", rule_third_party),
    ("run_by_others", rule_run_by_others),
    ("informal", rule_informal),
    ("organization_own", rule_organization_own),
    ("generic_modal", rule_generic_modal),
    ("closure", rule_closure),
    ("denied", rule_denied),
    ("tie", rule_tie),
)


def _new_predicate(scan: _Scan, k: int) -> bool:
    """ "and"/"but" at k starts another predicate when a verb or auxiliary follows it
    ("launched a plan and adopted a law"), not when it joins nouns ("guidelines for
    identification and guidance … are still pending")."""
    if not scan.has("predicate_breaks", k, k + 1):
        return False
    if scan.tokens[k] != "and":
        return True
    after = k + 1
    starts_cue = any(
        i == after for s in STATUS_RANK for i, _j in scan.find(f"status:{s}", after, after + 4)
    )
    return starts_cue or scan.has("auxiliaries", after, after + 1)


def _bill_introduced(scan: _Scan, c: _Candidate, start: int, end: int) -> bool:
    """ "introduced a bill in Parliament", "a bill … has been tabled": a bill introduced
    anywhere is not yet law, whichever side of it the verb stands. So is legislation a
    legislator introduced ("a package of legislation introduced by Assemblyman …")."""
    if not scan.has("bill_verbs", start, end):
        return False
    if scan.has("bill_nouns", c.t_lo, c.t_hi):
        return True
    return (
        end < len(scan.tokens)
        and scan.tokens[end] == "by"
        and scan.has("legislator_titles", end + 1, min(len(scan.tokens), end + 3))
    )


# how far from the measure the verb of a body that cannot make law may stand, and how far
# from that verb the body ("The Lok Sabha on Thursday passed", "approved yesterday in the
# Council of Ministers")
APPROVAL_REACH = 12
APPROVER_REACH = 7


def _status(scan: _Scan, c: _Candidate, trigger_spans: Sequence[Span]) -> tuple[str, str]:
    """A law approved only by a body that cannot make it law is still in progress: a bill a
    cabinet, a council of ministers or a committee approved, or that one chamber passed."""
    status, cue = _status_of(scan, c, trigger_spans)
    if status == "planned":
        used = _named_use(scan, c) or _enforced_under(scan, c)
        if used is not None:
            return "in_place", f"{scan.text(*used)!r} it (it exists)"
    if status == "in_place" and c.category == "legislation":
        approver = _approved_short_of_law(scan, c)
        if approver is not None:
            if scan.has("reading_stages", *approver):
                return "in_progress", f"passed its {scan.text(*approver)!r} (not yet law)"
            return "in_progress", f"{scan.text(*approver)!r} approved it (not yet law)"
    return status, cue


# how far before the law the verb of a charge brought under it may stand ("will be charged
# under local human trafficking, child pornography and child abuse laws")
ENFORCED_UNDER_REACH = 12


def _enforced_under(scan: _Scan, c: _Candidate) -> Span | None:
    """ "will be charged under local human trafficking … laws", "are expected to be charged
    under anti-trafficking laws": the modal says the charge is to come; the law a charge is
    brought under exists (real test #94, labelled in place). A bill or a draft named there
    stays what it is."""
    if c.category != "legislation":
        return None
    lo = max(c.c_lo, c.t_lo - ENFORCED_UNDER_REACH)
    for i, j in scan.find("cue:enforcement_verbs", lo, c.t_lo):
        if j < c.t_lo and scan.tokens[j] == "under":
            if scan.has("draft_nouns", j, c.t_hi) or scan.has("bill_nouns", j, c.t_hi):
                return None
            return i, j + 1
    return None


def _named_use(scan: _Scan, c: _Candidate) -> Span | None:
    """ "will be sent back to their countries under the National Referral Mechanism", "will
    enter Thailand's National Referral Mechanism", "will contribute … together with the
    National Referral Mechanism", "is to strengthen efforts in line with the National
    Anti-Trafficking Action Plan": what is to come is done under, with, in or to a measure
    named with capitals (`named_use_leads`), or is an entry into one; the named measure
    exists (real tests #94, #95, labelled in place). A draft or a bill named so stays what it
    is, and so does a measure word opening a longer name ("Housing Assistance Grants for
    Victims")."""
    if not scan.doc[c.t_lo].text[:1].isupper() or _is_bill(scan, c):
        return None
    k = c.t_lo
    while k > c.c_lo and (
        scan.tokens[k - 1] in ("the", "its", "their", "'s", "’s")
        or scan.doc[k - 1].text[:1].isupper()
    ):
        k -= 1
    if k <= c.c_lo or not scan.has("named_use_leads", k - 1, k):
        return None
    if scan.has("draft_nouns", k, c.t_hi) or _name_continues(scan, c.t_hi):
        return None
    if scan.has("changing_nouns", c.c_lo, k - 1):
        # "amendments to the Criminal Code", "a draft bill that would strengthen the
        # offences in the Criminal Code": what is to come changes the named law, which the
        # clause reports as the change's, not as a law it is done under
        return None
    return k - 1, k


def _name_continues(scan: _Scan, k: int) -> bool:
    """Whether a capitalised name runs on at token k ("Housing Assistance Grants"); "the
    National Action Plan against Trafficking" goes on only through a connector, and is still
    the plan."""
    return k < len(scan.doc) and scan.doc[k].text[:1].isupper()


def _is_bill(scan: _Scan, c: _Candidate) -> bool:
    """The measure is a bill: "the Bill", "the draft law", "the … (Amendment) Bill 2023"."""
    return (
        c.category == "legislation"
        and (
            any(
                j == c.t_hi
                for _i, j in scan.find("cue:bill_nouns", max(c.c_lo, c.t_lo - 2), c.t_hi)
            )
            # "the Anti-Human Trafficking (Amendment) Bill of 2023": a word of the bill's name
            or any(
                all(t == ")" for t in scan.tokens[c.t_hi : i])
                for i, _j in scan.find("cue:bill_nouns", c.t_hi, min(c.c_hi, c.t_hi + 2))
            )
            or _inside_bill_title(scan, c)
            # "introduced S.B. 158", "House Bill 4210": a bill by its number
            or c.trigger == "numbered_bill"
            or _amended_by_bill(scan, c)
            or _amendment_to_bill(scan, c)
        )
    )


# how many tokens may stand between a bill and the law it would amend
BILL_OBJECT_REACH = 4


def _amended_by_bill(scan: _Scan, c: _Candidate) -> bool:
    """ "the bill to amend the Employment Act 1955 has failed to …": the clause reports the
    amending bill, so the amendment, and the law it would change, have the bill's status
    (real test #96); the Act already in force is not the measure the clause reports."""
    for _i, j in scan.find("cue:bill_nouns", max(c.c_lo, c.t_lo - BILL_OBJECT_REACH - 3), c.t_lo):
        links = scan.find("cue:bill_amending_links", j, min(c.t_hi, j + 3))
        if not links or links[0][0] != j:
            continue
        link_hi = links[0][1]
        if link_hi > c.t_lo:  # the trigger is the amending verb itself ("amend")
            return True
        between = range(link_hi, c.t_lo)
        if len(between) <= BILL_OBJECT_REACH and all(
            scan.tokens[k] in scan.cues.words("articles") or scan.doc[k].text[:1].isupper()
            for k in between
        ):
            return True
    return False


def _amendment_to_bill(scan: _Scan, c: _Candidate) -> bool:
    """ "potential amendments to this bill", "amendments to the Modern Slavery Bill": an
    amendment moved to a bill is part of the bill's passage and has its status (real test
    #113, Hansard debates); "amendments to the Penal Code" amend a law in force."""
    if c.trigger != "amendment" or c.t_hi >= c.c_hi or scan.tokens[c.t_hi] != "to":
        return False
    determiners = scan.cues.words("definite_determiners") | scan.cues.words("articles")
    for i, _j in scan.find("cue:bill_nouns", c.t_hi + 1, min(c.c_hi, c.t_hi + BILL_TITLE_REACH)):
        between = range(c.t_hi + 1, i)
        if all(scan.tokens[k] in determiners for k in between) or (
            scan.doc[i].text[:1].isupper() and _name_runs_between(scan, c.t_hi + 1, i)
        ):
            return True
    return False


# how many tokens a bill's title may run after a law word inside it
BILL_TITLE_REACH = 16


def _inside_bill_title(scan: _Scan, c: _Candidate) -> bool:
    """ "the Criminal Law (Sexual Offences and Human Trafficking) Bill 2023": "Law" is a word
    of the title of a bill, when only capitalised words, brackets and the small words of a
    title stand between it and a capitalised "Bill" (real test #76, Irish debates)."""
    return any(
        scan.doc[i].text[:1].isupper() and _name_runs_between(scan, c.t_hi, i)
        for i, _j in scan.find("cue:bill_nouns", c.t_hi, min(c.c_hi, c.t_hi + BILL_TITLE_REACH))
    )


def _approved_short_of_law(scan: _Scan, c: _Candidate) -> Span | None:
    """The body whose approval the clause reports, when that body cannot make the measure
    law: one chamber of a legislature ("the House of Representatives passed the Act", "approved
    by the Dewan Rakyat"), or, for a bill or a draft, a cabinet, a council of ministers or a
    committee ("the Union cabinet cleared the … Bill"), or the reading a bill passed ("passed
    its first reading"). Nothing in the clause may say it
    became law ("signed", "enacted", "into force"); a decree a cabinet approves is made."""
    if scan.find("cue:enactment_cues", c.c_lo, c.c_hi):
        return None
    drafted = _is_bill(scan, c) or any(
        scan.has(key, max(c.c_lo, c.t_lo - 4), c.t_hi) for key in ("draft_nouns", "bill_nouns")
    )
    keys = ("first_chambers", "cabinet_bodies") if drafted else ("first_chambers",)
    # a bill's long title counts as one word ("approved the proposed Criminal Prohibition of
    # Consumption of Prostitution Services and Community Treatment Bill", real test #94)
    title_lo = c.t_lo
    joiners = scan.cues.words("title_joiners")
    while title_lo > c.c_lo and (
        scan.doc[title_lo - 1].text[:1].isupper() or scan.tokens[title_lo - 1] in joiners
    ):
        title_lo -= 1
    lo = max(c.c_lo, title_lo - APPROVAL_REACH)
    hi = min(c.c_hi, c.t_hi + APPROVAL_REACH)
    for v_lo, v_hi in scan.find("cue:approval_verbs", lo, hi):
        # "passed its first reading", "approved last Thursday on second reading": a stage of
        # a bill's passage, not its end, whatever the bill is called ("the Anti-OSAEC Law
        # has been passed on its third and final reading in the Senate", real test #105)
        stages = scan.find("cue:reading_stages", v_hi, min(c.c_hi, v_hi + APPROVER_REACH))
        if stages:
            return stages[0]
        for key in keys:
            for b_lo, b_hi in scan.find(
                f"cue:{key}",
                max(c.c_lo, v_lo - APPROVER_REACH),
                min(c.c_hi, v_hi + APPROVER_REACH),
            ):
                before = b_hi <= v_lo
                # after the verb only as its agent or place ("approved by the Cabinet",
                # "approved yesterday in the Council of Ministers") or the chamber it passed
                # ("passed the lower house")
                after = b_lo >= v_hi and (
                    any(t in ("by", "in", "at") for t in scan.tokens[v_hi:b_lo])
                    or (key == "first_chambers" and scan.tokens[v_hi:b_lo] == ["the"])
                )
                if before or after:
                    return b_lo, b_hi
    return None


def _status_of(scan: _Scan, c: _Candidate, trigger_spans: Sequence[Span]) -> tuple[str, str]:
    """A bill is not yet law (codebook §3, "being drafted … in progress"): "the Bill 2022,
    published in July", "this Bill is long overdue" are in progress whatever cue stands near
    them, unless its clause says it was passed, enacted or signed."""
    status, cue = _status_cue(scan, c, trigger_spans)
    if (
        status == "in_progress"
        and scan.has("framework_nouns", c.t_hi - 1, c.t_hi)
        and c.t_lo > 0
        and scan.has("definite_determiners", c.t_lo - 1, c.t_lo)
    ):
        # "the progress made to develop the legal framework", "further developing the
        # legal and institutional framework": the framework exists and is being developed
        # further ("developing a legal framework" has none yet)
        return "in_place", f"{cue} the existing framework (developed further)"
    if status == "in_place":
        for _i, j in scan.find("cue:bill_nouns", c.c_lo, c.t_lo):
            if scan.has("bill_content_verbs", j, min(c.t_lo, j + 3)):
                # "the bill provides for a range of measures to … accommodate them in
                # dedicated facilities": what a bill provides for comes when it is law
                return "in_progress", f"{scan.text(_i, j)!r} provides for it (a bill)"
    if not _is_bill(scan, c):
        return status, cue
    s_hi = scan.sentence_of(c.t_lo)[1]
    pending = scan.find("cue:bill_pending_cues", c.t_hi, s_hi)
    if status == "in_place" and pending:
        # "a bill … has passed the California Legislature and is now awaiting the
        # governor's signature": passed by the legislature, not yet law
        return "in_progress", f"{scan.text(*pending[0])!r} (a bill not yet signed)"
    in_force = [
        (i, j)
        for i, j in scan.find("cue:bill_in_force_cues", c.c_lo, c.c_hi)
        # "a bill which seeks to criminalize human trafficking … went through the second
        # reading": what the bill would do, not a law in force (real test #74)
        if not (i > 0 and scan.has("bill_purpose_leads", i - 1, i))
    ]
    if status == "in_place" and not in_force:
        return "in_progress", f"a bill not said to be passed ({cue})"
    if status == "planned" and not scan.find("status:planned", c.c_lo, c.t_lo):
        # "the Bill, published in July, will help victims": what it will do once law; a
        # bill that exists is drafted ("will introduce a bill" stays planned)
        return "in_progress", f"a bill, drafted ({cue} is said of what it will do)"
    return status, cue


# how far before a measure's trigger a lead may cite it when the words between are its name
# ("as per the Prohibition of Trafficking in Persons Act 2014")
NAMED_REFERENCE_REACH = 10


def _name_runs_between(scan: _Scan, lo: int, hi: int) -> bool:
    """The words from lo to hi are a capitalised name ("the Prohibition of Trafficking in
    Persons", "(Sexual Offences and Human Trafficking)"): only capitalised words and the small
    words and brackets of a title (``title_joiners``)."""
    joiners = scan.cues.words("title_joiners")
    return all(
        scan.doc[k].text[:1].isupper()
        or scan.tokens[k] in joiners
        # "Slavery-like Conditions": the lower-case half of a capitalised hyphenated word
        or (k - 2 >= lo and scan.tokens[k - 1] == "-" and scan.doc[k - 2].text[:1].isupper())
        for k in range(lo, hi)
    )


def _reference_lead(scan: _Scan, c: _Candidate) -> Span | None:
    """ "In line with the National Action Plan", "consistent with its second plan", "based on
    Law Number 21": a measure cited as the standard something follows is referred to as
    existing. Only a definite or named reference counts ("based on a new law" may name one
    to come), and nothing between may mark it as a draft or a future one ("in line with the
    draft law", "consistent with the upcoming plan"). Returns the lead that cites it."""
    found = scan.find("cue:reference_leads", max(c.lo, c.t_lo - NAMED_REFERENCE_REACH), c.t_lo)
    if not found:
        return None
    j = found[-1][1]
    if c.t_lo - j > 4 and not _name_runs_between(scan, j, c.t_lo):
        return None
    named = scan.doc[c.t_lo].text[:1].isupper() and all(
        scan.tokens[k] not in scan.cues.words("indefinite_determiners") for k in range(j, c.t_lo)
    )
    if not (named or _definite(scan, j, c.t_lo)):
        return None
    if scan.has("draft_nouns", j, c.t_hi) or scan.has("bill_nouns", j, c.t_hi):
        return None
    if any(scan.find(f"status:{status}", j, c.t_hi) for status in STATUS_RANK):
        return None
    return found[-1]


def _attached_relative_status(scan: _Scan, c: _Candidate) -> tuple[str, str] | None:
    """ "The National Plan of Action (2008-12), which is being drafted, will be unveiled":
    a relative clause right after the measure (set off by a comma, or opened by "which"
    without one) says what state it is in, before anything the sentence goes on to say it
    will do."""
    k = c.hi
    if (
        c.t_hi < c.c_hi
        and scan.has("relative_pronouns", c.t_hi, c.t_hi + 1)
        and scan.tokens[c.t_hi] != "that"
    ):
        # "a $10.6 million national action plan which was funded in this year's budget":
        # "which" right after the measure, without a comma, is its relative clause too
        k = c.t_hi - 1
    elif (
        k >= c.c_hi
        or scan.tokens[k] != ","
        or not scan.has("relative_pronouns", k + 1, k + 2)
        or scan.tokens[k + 1] == "that"
    ):
        return None
    end = next(
        (m for m in range(k + 2, c.c_hi) if scan.tokens[m] == "," or _new_predicate(scan, m)),
        c.c_hi,
    )
    # its own predicate only, right after the pronoun ("which is being drafted", "which was
    # adopted in 2010"), not a later object's ("which included …, its draft legislation")
    end = min(end, k + 6)
    if scan.find("status:planned", k + 2, end):
        return None  # "which would criminalize child trafficking": what it would do
    # what the measure is: made or being made ("which will be presented to the Cabinet" says
    # what comes next, and leaves the status to the rest of the sentence)
    for status in ("in_place", "in_progress"):
        for i, j in scan.find(f"status:{status}", k + 2, end):
            if scan.has("auxiliaries", i, j) and any(
                scan.find(f"status:{other}", j, j + 3) for other in STATUS_RANK
            ):
                continue  # "which has been adopted": the participle decides
            return status, f"{scan.text(i, j)!r} (its relative clause)"
    return None


# how far before the measure the verb that made it may stand ("adopted a new National
# Action Plan")
MADE_REACH = 5


def _made_by_its_predicate(scan: _Scan, c: _Candidate) -> bool:
    """ "The government adopted a new National Action Plan, which was drafted with civil
    society": the clause's own verb says the measure was made; a relative clause saying how
    it was drafted tells its history, not that it is still in progress (real test #101)."""
    for i, j in scan.find("status:in_place", max(c.c_lo, c.t_lo - MADE_REACH), c.t_lo):
        if not scan.has("auxiliaries", i, j) and not scan.has("draft_nouns", j, c.t_hi):
            return True
    return False


# how far before "is to" the noun saying what something is for may stand
PURPOSE_REACH = 10

# how far before a creation named as a noun ("the creation of") a modal may govern it
NOMINAL_CREATION_REACH = 6


def _planned_creation(
    scan: _Scan, start: int, end: int, lo: int, blockers: Sequence[Span]
) -> Span | None:
    """A modal shortly before a creation named as a noun, with no other status cue between.
    "Creation of" or "setting up of" carries no tense of its own: "the creation of the NRM in
    2019" reports one, "will be the creation of two shelters" plans one."""
    if not scan.has("nominal_creation_cues", start, end):
        return None
    for i, j in scan.find("status:planned", max(lo, start - NOMINAL_CREATION_REACH), start):
        if any(a <= i and j <= b for a, b in blockers):
            continue
        if not scan.find("status:in_place", j, start):
            return i, j
    return None


# how many tokens a future release verb may stand before the plan it releases (a dated
# name in brackets between: "its 2021-2023 Trafficking in Persons (TIP) Action Plan")
RELEASE_REACH = 16


def _future_release(scan: _Scan, c: _Candidate) -> Span | None:
    """ "The Ministry will soon launch its 2021-2023 Action Plan", "her department will
    publish its Strategy": a State's own plan that is only to be released is written and
    waiting, so in progress (real test #61; tests #43 and #30 were labelled so). "Will
    launch a plan" with no possessive stays planned: nothing says the plan exists."""
    if c.category != "action_plan":
        return None
    for i, j in scan.find("cue:future_release_verbs", max(c.lo, c.t_lo - RELEASE_REACH), c.t_lo):
        if scan.has("possessive_determiners", j, min(c.t_lo, j + 2)) and not scan.has(
            "draft_nouns", j, c.t_hi
        ):
            return i, j
    return None


def _future_passive(scan: _Scan, i: int, j: int) -> bool:
    """ "a national action plan will be adopted in 2025", "a strategy would be introduced to
    the government": "will be" or "would be" before a participle puts what the participle
    says in the future, so the modal decides, not the participle (real test #101)."""
    return (
        j == i + 1
        and scan.has("future_modals", i, j)
        and j < len(scan.tokens)
        and scan.tokens[j] == "be"
        and any(x == j + 1 for x, _y in scan.find("status:in_place", j + 1, j + 3))
    )


def _bare_after_lead(scan: _Scan, i: int) -> bool:
    """A bare verb after a modal or "to" ("would set up", "to criminalise") says what is to
    be done; the same form as a participle ("was set up") says it was done."""
    return (
        i > 0
        and scan.has("bare_in_place_verbs", i, i + 1)
        and scan.has("infinitive_leads", i - 1, i)
    )


# the status of a measure no cue dates or places: a law the text refers to as in force
BARE_EXISTING = "no status cue: referred to as existing"


# how far after the measure the predicate saying it is still being finished may stand
PENDING_REACH = 12


def _status_cue(scan: _Scan, c: _Candidate, trigger_spans: Sequence[Span]) -> tuple[str, str]:
    """The status cue nearest the trigger, and the cue that decided it.

    Its comma-bounded window first, then its clause. Before the trigger wins over after it
    ("the mechanism launched in 2019" looks after); a look after stops at "and"/"but",
    which start another predicate, and prefers the main predicate to a modal inside a
    relative clause ("a bill that would extend protection is before the Assembly" is in
    progress). "Will prepare" is planned. With no cue the measure is referred to as
    existing: in place. Words that are themselves measure triggers are not status cues
    ("drafting amendments to its law": the law's status is "drafting").
    """
    tokens = scan.tokens
    for i, j in scan.find("cue:bill_title_leads", max(0, c.t_lo - 3), c.t_lo):
        if j == c.t_lo:
            # "A BILL FOR AN ACT RELATING TO HUMAN TRAFFICKING": the Act a bill proposes, as
            # a US state bill's title gives it (real test #70)
            return "in_progress", f"{scan.text(i, j)!r} (the Act a bill proposes)"
    relative = scan.cues.words("relative_pronouns")
    s_hi = scan.sentence_of(c.t_lo)[1]
    for i, j in scan.find("cue:retro_in_progress", c.t_hi, max(c.c_hi, s_hi)):
        if scan.has("retro_subjects", max(c.t_hi, i - 3), i):
            # "… was passed, but these modifications await parliamentary adoption"
            return "in_progress", f"{scan.text(i, j)!r} (said of it afterwards)"
        if i == c.hi + 1 and c.hi < len(scan.tokens) and scan.tokens[c.hi] == ",":
            # "has developed a national action plan, waiting approval by Parliament": the
            # participle opening the next comma's phrase is said of the measure
            return "in_progress", f"{scan.text(i, j)!r} (said of it right after)"
    if any(i == c.t_hi - 1 for i, _j in scan.find("cue:reform_processes", c.t_hi - 1, c.t_hi + 1)):
        # "welcomed the current legislative reform process, and urged law makers to speed it
        # up": a reform still going on, whatever "current" says of it (real test #98)
        return "in_progress", f"{scan.text(c.t_lo, c.t_hi + 1)!r} (a reform under way)"
    for i, j in scan.find("cue:pending_predicates", c.t_hi, min(c.c_hi, c.t_hi + PENDING_REACH)):
        # "a new national action plan to combat human trafficking has yet to be finalized"
        # (real test #115): a draft not finished is in progress, whatever "has" says
        return "in_progress", f"{scan.text(i, j)!r} (being finished)"
    for i, j in scan.find("cue:conditional_adoption", c.t_hi, min(c.c_hi, c.t_hi + 6)):
        # "Introduced the Anti-Human Trafficking Act 2017, that if passed, would enable …",
        # "a law … which would be implemented upon approval of the parliament"
        return "in_progress", f"{scan.text(i, j)!r} (not yet adopted)"
    for i, j in scan.find("cue:presupposing_nouns", max(c.c_lo, c.t_lo - 8), c.t_lo):
        if (
            _words_between(scan, j, c.t_lo) <= PRESUPPOSING_NOUN_REACH
            and _definite(scan, j, c.t_lo)
            # "the provisions of the draft Penal Code": a draft exists, not the code
            and not scan.has("draft_nouns", j, c.t_hi)
        ):
            # "will oversee the implementation of the National Plan": the plan exists
            return "in_place", f"{scan.text(i, j)!r} the measure (it exists)"
    if c.category == "shelters":
        for i, j in scan.find("cue:residence_participles", max(c.c_lo, c.t_lo - 4), c.t_lo):
            if all(scan.tokens[k] in scan.cues.words("articles") for k in range(j, c.t_lo)):
                # "the social worker will assist returned victims accommodated in shelters":
                # the people are in the shelters now; the modal is the social worker's
                # (real test #76)
                return "in_place", f"{scan.text(i, j)!r} the shelter (people are in it)"
    section = _cited_section(scan, c)
    if section is not None:
        # "(under s49 of the Modern Slavery Act 2015)", "as per Section 13 of the Bonded
        # Labour System (Abolition) Act": a named law cited by its section is in force,
        # whatever modal governs the sentence (real test #77)
        # "under the … Act" cites it as the basis of something (real test #81)
        return "in_place", f"{scan.text(*section)!r} the named law (cited: in force)"
    importance = _importance_of_named(scan, c)
    if importance is not None and not scan.has("draft_nouns", importance[1], c.t_hi):
        # "noted the importance of the 'National Action Plan for 2020-2024'": it exists
        return "in_place", f"{scan.text(*importance)!r} the named measure (it exists)"
    if c.category != "legislation":
        for i, j in scan.find("cue:presupposing_verbs", max(c.c_lo, c.t_lo - 4), c.t_lo):
            if (
                # "to reinforce the Government's action plan": a possessive may stand between
                # (real test #98)
                0 < c.t_lo - j <= (4 if scan.has("possessive_clitics", j, c.t_lo) else 2)
                # "the update of the National Action Plan" is a noun: the update is under way
                and scan.tokens[j] != "of"
                and _definite(scan, j, c.t_lo)
                and not scan.has("draft_nouns", j, c.t_hi)
            ):
                # "the Government will revise the NRM": what is to be revised exists (real
                # test #72); a law is left out, as "will amend the Act" may be labelled as
                # the amendment it plans
                return "in_place", f"{scan.text(i, j)!r} the measure (it exists)"
    release = _future_release(scan, c)
    if release is not None:
        return "in_progress", f"{scan.text(*release)!r} its plan (written, not yet out)"
    dated_own = [
        k
        for k in range(max(c.lo, c.t_lo - 4), c.t_lo)
        if scan.has("possessive_determiners", k, k + 1)
        and any(_dated(scan, m) for m in range(k + 1, c.t_lo))
    ]
    if dated_own and not scan.has("draft_nouns", dated_own[0], c.t_hi):
        # "a draft bill to strengthen its 1986 anti-trafficking law": the State's dated law
        return "in_place", f"{scan.text(dated_own[0], c.t_lo)!r} (a dated own reference)"
    attached = _attached_relative_status(scan, c)
    if attached is not None and not (
        attached[0] == "in_progress" and _made_by_its_predicate(scan, c)
    ):
        return attached
    lead = _reference_lead(scan, c)
    if lead is not None:
        # "carrying out the mandate as outlined in the National Plan of Action", "based on
        # Law Number 21 of 2007": what is acted on or cited exists, whatever else is said
        return "in_place", f"{scan.text(*lead)!r} the measure (cited: it exists)"
    for lo, hi in ((c.lo, c.hi), (c.c_lo, c.c_hi)):
        aside = _dash_aside(scan, c.t_hi, hi)
        stop = next(
            (
                k
                for k in range(c.t_hi, hi)
                if _new_predicate(scan, k) and not (aside and aside[0] <= k < aside[1])
            ),
            hi,
        )
        # (distance, start, -rank): at one distance the longer cue is the more specific ("is
        # establishing" over "establishing", "being set up" over "set up"), then the more
        # advanced status
        best_key: tuple[int, int, int] | None = None
        best_before: tuple[int, str, int, int] | None = None
        best_after: tuple[int, int, str, int, int] | None = None  # (in relative?, distance, …)
        blockers = scan.find("cue:status_blockers", lo, hi)
        for status in STATUS_RANK:
            for i, j in scan.find(f"status:{status}", lo, hi):
                if any(i < b and j > a for a, b in (*trigger_spans, (c.t_lo, c.t_hi))):
                    continue
                if any(a <= i and j <= b for a, b in blockers):
                    continue  # "political will" is not a modal
                if (
                    j <= c.t_lo
                    # a participle modifying the measure's name ("the revised Anti-Trafficking Law")
                    and all(
                        scan.doc[k].text[:1].isupper() or scan.doc[k].text == "-"
                        for k in range(j, c.t_lo)
                    )
                    and i > lo
                    and scan.has("attributive_participles", i, j)
                    and scan.has("articles", i - 1, i)
                ):
                    continue  # "the passage of the revised Law": the law's name, no status
                if (
                    status == "planned"
                    and tokens[i] in scan.cues.words("purpose_copulas")
                    and scan.has("purpose_nouns", max(lo, i - PURPOSE_REACH), i)
                    # the measure is what the purpose is of ("the aim of the amendments is
                    # to …"), or named as the standard ("is to … in line with the Plan"); "the
                    # first objective is to establish a mechanism" still plans it
                    and ((j <= c.t_lo and _reference_lead(scan, c) is not None) or i >= c.t_hi)
                ):
                    continue
                if (
                    scan.has("auxiliaries", i, j)
                    and not _future_passive(scan, i, j)
                    and any(
                        # a trigger's own words are no cue ("there will be standard operating
                        # procedures": "operating" names the procedures)
                        not any(a < y and x < b for a, b in (*trigger_spans, (c.t_lo, c.t_hi)))
                        and not (other == "in_place" and _bare_after_lead(scan, x))
                        for other in STATUS_RANK
                        for x, y in scan.find(f"status:{other}", j, j + 3)
                    )
                ):
                    continue  # "has been pending": the participle decides, not "has"
                if (lo, hi) != (c.lo, c.hi) and i >= c.t_hi + CLAUSE_AFTER_REACH:
                    continue  # past its window, only a cue close after it speaks for it
                if status == "in_place" and _bare_after_lead(scan, i):
                    # "he would set up a DNA database", "plans to set up a shelter": the
                    # bare verb after a modal or "to" is what is to be done, not a participle
                    # saying it was done (real test #85)
                    continue
                if (
                    status == "planned"
                    and i >= c.t_hi
                    and all(t in (")", "also") for t in tokens[c.t_hi : i])
                    and scan.has("purpose_predicates", i, j)
                    and not _is_bill(scan, c)  # "the bill seeks to …": a bill, drafted
                ):
                    # "This system aims to facilitate coordination", "This Law shall
                    # determine …": the measure as the subject of what it is for or provides
                    continue
                in_relative = any(tokens[k] in relative for k in range(max(lo, i - 2), i))
                if j <= c.t_lo:
                    if in_relative and (lo, hi) != (c.lo, c.hi):
                        continue  # "regulations that will allow …, though victims …"
                    if any(
                        scan.has("predicate_breaks", k, k + 1)
                        and scan.has("auxiliaries", k + 1, k + 2)
                        for k in range(j, c.t_lo)
                    ):
                        # "the funding will be provided … and is part of the province's
                        # Strategy": another predicate governs the measure (real test #81)
                        continue
                    distance = c.t_lo - j
                    rank = (distance, i, -STATUS_RANK[status])
                    if best_key is None or rank < best_key:
                        best_key, best_before = rank, (distance, status, i, j)
                elif i >= c.t_hi and j <= stop:
                    after_rel = any(tokens[k] in relative for k in range(max(c.t_hi, i - 2), i))
                    if after_rel and (lo, hi) != (c.lo, c.hi):
                        continue  # beyond its window a relative clause speaks for nothing
                    key = (int(after_rel), i - c.t_hi)
                    if best_after is None or key < best_after[:2]:
                        best_after = (*key, status, i, j)
        if best_before is not None:
            _distance, status, start, end = best_before
            cue = scan.text(start, end)
            if scan.has("bill_verbs", start, end) and scan.has(
                "legislature_destinations", c.t_hi, min(hi, c.t_hi + 8)
            ):
                # "introduced an anti-trafficking law to the legislature": a bill, not a law
                return "in_progress", f"{cue!r} … to the legislature (a bill)"
            if _bill_introduced(scan, c, start, end):
                return "in_progress", f"{cue!r} a bill (not yet law)"
            planned_noun = (
                _planned_creation(scan, start, end, lo, blockers) if status == "in_place" else None
            )
            if planned_noun is not None:
                # "another objective will be the creation of two shelters", "the fund would
                # be used for setting up of shelters": a creation named as a noun has no
                # tense; the modal before it says it is to come
                return "planned", f"{scan.text(*planned_noun)!r} … {cue!r} (to be created)"
            means = _intended_by(scan, c, start, lo)
            if status == "in_place" and means is not None:
                # "approved a decision to turn a building into a shelter", "will provide
                # funds to states to set up centres": what the means are for is planned
                return "planned", f"{scan.text(*means)!r} … to (the means to create it)"
            past_means = _means_of_past_effort(scan, start, lo) if status == "in_progress" else None
            if past_means is not None:
                return (
                    "in_place",
                    f"{scan.text(*past_means)!r} … {cue!r} (how a past effort was made)",
                )
            if status == "in_progress":
                # the verb governing a draft decides: "will prepare" is planned, "adopted a
                # draft law" in place (auxiliaries such as "has" do not govern)
                for earlier in ("planned", "in_place"):
                    for i, j in scan.find(f"status:{earlier}", max(lo, start - 3), start):
                        if (
                            j >= start - 1
                            and not scan.has("auxiliaries", i, j)
                            # "a project which includes construction of two shelters": what
                            # a project includes is still being built
                            and not scan.has("content_verbs", i, j)
                            # "released a draft national action plan": a draft made public
                            # is still a draft (real test #109)
                            and not (
                                earlier == "in_place" and scan.has("draft_publication_verbs", i, j)
                            )
                        ):
                            return earlier, f"{scan.text(i, end)!r} (governs the draft)"
            return status, repr(cue)
        if best_after is not None:
            _rel, _distance, status, start, end = best_after
            if scan.has("bill_verbs", start, end) and scan.has(
                "legislature_destinations", end, min(hi, end + 6)
            ):
                # "anti-trafficking legislation was introduced into the National Assembly"
                return "in_progress", f"{scan.text(start, end)!r} … the legislature (a bill)"
            if _bill_introduced(scan, c, start, end):
                return "in_progress", f"{scan.text(start, end)!r} a bill (not yet law)"
            return status, repr(scan.text(start, end))
        if (lo, hi) == (c.lo, c.hi) and any(
            scan.has("possessive_determiners", k, k + 1) or _dated(scan, k)
            for k in range(max(c.lo, c.t_lo - 3), c.t_lo)
        ):
            return "in_place", "a possessive or dated reference to it (it exists)"
    return "in_place", BARE_EXISTING


def _evidence(scan: _Scan, c_lo: int, c_hi: int) -> Span:
    """Character span of a clause, without surrounding spaces and clause separators."""
    span = scan.doc[c_lo:c_hi]
    start, end = span.start_char, span.end_char
    text = scan.source
    while end > start and (text[end - 1].isspace() or text[end - 1] in ";|"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def explain_doc(
    doc: Any, speaker: Speaker, *, topic_tie: bool, base: int = 0, source: str | None = None
) -> tuple[list[Measure], list[Decision]]:
    """Apply the codebook to one processed statement: its measures, and for every candidate
    the rule that kept or dropped it. Offsets are shifted by ``base``."""
    spans = doc.spans[SPANS_KEY]
    if not any(not s.label_.startswith(EXCLUDE_PREFIX) for s in spans):
        return [], []  # most statements name no measure: skip the per-token work entirely
    scan = _Scan(doc, load_cues(), source)
    exempt = _CONDITIONS[id(doc.vocab)].exempt
    own_names = frozenset(n.lower() for n in speaker.names)
    ctx = _Context(
        scan=scan,
        speaker=speaker,
        topic_tie=topic_tie,
        own_names=frozenset(_phrase_tokens(n) for n in speaker.names if n.strip()),
        own_refs_key="own_reference_state"
        if speaker.kind in ("state", "text")
        else "own_reference_organization",
        other_actors=frozenset(_phrase_tokens(n) for n in speaker.other_actor_names if n.strip()),
        organizations=frozenset(_phrase_tokens(n) for n in speaker.organization_names if n.strip()),
        excluded=tuple(
            (s.start, s.end, s.label_[len(EXCLUDE_PREFIX) :])
            for s in spans
            if s.label_.startswith(EXCLUDE_PREFIX)
            # "the Trafficking Victims Protection Act" is not Ghana's law, but it is the US's
            and not exempt.get((s.label_[len(EXCLUDE_PREFIX) :], s.id_), frozenset()) & own_names
        ),
        triggers=tuple(
            (s.start, s.end, s.label_) for s in spans if not s.label_.startswith(EXCLUDE_PREFIX)
        ),
    )
    decisions: list[Decision] = []
    kept: list[tuple[_Candidate, str, str, int]] = []  # candidate, status, cue, decision index
    best: dict[str, tuple[int, int, Span]] = {}  # category -> (rank, start, evidence clause)
    for span in sorted(spans, key=lambda s: (s.start, s.end, s.label_)):
        if span.label_.startswith(EXCLUDE_PREFIX):
            continue
        c_lo, c_hi = scan.clause_of(span.start)
        lo, hi = _window(scan, c_lo, c_hi, span.start, span.end)
        cand = _Candidate(span.label_, span.id_, span.start, span.end, c_lo, c_hi, lo, hi)
        where = (base + span.start_char, base + span.end_char)
        for name, rule in RULES:
            reason = rule(ctx, cand)
            if reason is not None:
                decisions.append(
                    Decision(cand.category, cand.trigger, span.text, *where, False, name, reason)
                )
                break
        else:
            same = [(a, b) for a, b, label in ctx.triggers if label == cand.category]
            if _negations_before(scan, cand, _governing_lo(scan, cand)):
                # it survived the denial rule: presupposed while criticised (§3)
                status, cue = (
                    ("in_progress", "its draft, not yet adopted")
                    if _own_draft(scan, cand)
                    # "does not provide information on the status of the draft bill": a bill
                    # presupposed is still a bill (real test #94)
                    or _is_bill(scan, cand)
                    or _drafted_but_not(scan, cand)
                    or _draft_conceded(scan, cand)
                    else ("in_place", "a negation that targets something else (presupposed)")
                )
            elif _called_draft(scan, cand) and (
                scan.find("cue:advocacy", cand.c_lo, cand.c_hi)
                or _opens_with_imperative(scan, scan.sentence_of(cand.t_lo)[0])
            ):
                status, cue = "in_progress", "a draft a call names (it exists, not yet adopted)"
            else:
                status, cue = _status(scan, cand, same)
            decisions.append(
                Decision(
                    cand.category,
                    cand.trigger,
                    span.text,
                    *where,
                    True,
                    "own_measure",
                    _kept_reason(status, cue),
                    status,
                )
            )
            kept.append((cand, status, cue, len(decisions) - 1))
    for cand, status, _cue, _k in _bill_references(scan, kept, decisions):
        rank = STATUS_RANK[status]
        current = best.get(cand.category)
        if current is None or rank > current[0]:
            best[cand.category] = (rank, cand.t_lo, (cand.c_lo, cand.c_hi))
    order = {key: i for i, key in enumerate(_category_order(doc))}
    rank_status = {v: k for k, v in STATUS_RANK.items()}
    measures = []
    for category, (rank, _t, (c_lo, c_hi)) in sorted(best.items(), key=lambda kv: order[kv[0]]):
        start, end = _evidence(scan, c_lo, c_hi)
        measures.append(
            Measure(category, rank_status[rank], scan.source[start:end], base + start, base + end)
        )
    return measures, decisions


def _kept_reason(status: str, cue: str) -> str:
    """The reason `tag --explain` gives a kept candidate: whose measure, and what set its
    status (one wording for the rules' pass and for the bill pass after it)."""
    return f"the speaker's own measure; status {status} from {cue}"


def _bill_references(
    scan: _Scan, kept: list[tuple[_Candidate, str, str, int]], decisions: list[Decision]
) -> list[tuple[_Candidate, str, str, int]]:
    """In a text about a bill, a bare "the legislation", "this law" or "amendments" with no
    status cue of its own is the bill the text is about, not a law in force (a second
    reading debate: "I am pleased the Minister is present to deal with this legislation",
    real test #113). Such a reference takes the bill's status; a law named by its title, or
    one a cue dates or places ("the existing law", "under current law"), keeps its own."""
    if not any(status == "in_progress" and _is_bill(scan, c) for c, status, _cue, _k in kept):
        return kept
    bare = scan.cues.words("bill_reference_words")
    out = []
    for cand, status, cue, k in kept:
        if (
            status == "in_place"
            and cue == BARE_EXISTING
            and cand.category == "legislation"
            and cand.t_hi - cand.t_lo == 1
            and scan.tokens[cand.t_lo] in bare
            and not scan.doc[cand.t_lo].text[:1].isupper()
            and not _law_of_its_own(scan, cand)
        ):
            status, cue = "in_progress", "a bare reference in a text about a bill (the bill)"
            decisions[k] = replace(decisions[k], reason=_kept_reason(status, cue), status=status)
        out.append((cand, status, cue, k))
    return out


def _law_of_its_own(scan: _Scan, c: _Candidate) -> bool:
    """ "the existing laws", "current law", "Guatemalan law", "was made law", "under the
    law", "a law … came into force": a word before the reference places it in force, names
    whose law it is, or makes it the predicate of an enactment, or its clause says it was
    enacted, so it is not the bill under debate."""
    lo = max(c.c_lo, c.t_lo - 2)
    if scan.has("bill_reference_blockers", lo, c.t_lo) or scan.find(
        "cue:enactment_cues", c.c_lo, c.c_hi
    ):
        return True
    k = c.t_lo - 1
    return (
        k >= 0
        and scan.doc[k].text[:1].isupper()
        # "This legislation is long overdue", "The law": a capitalised determiner opens the
        # sentence and names no owner
        and not scan.has("articles", k, k + 1)
        and not scan.has("definite_determiners", k, k + 1)
    )


def tag_doc(
    doc: Any, speaker: Speaker, *, topic_tie: bool, base: int = 0, source: str | None = None
) -> list[Measure]:
    """Apply the codebook to one processed statement; offsets are shifted by ``base``.
    ``source`` is the text the Doc was made from, when the caller has it (saves a rebuild)."""
    return explain_doc(doc, speaker, topic_tie=topic_tie, base=base, source=source)[0]


def _category_order(doc: Any) -> list[str]:
    labels = sorted(
        {s.label_ for s in doc.spans[SPANS_KEY] if not s.label_.startswith(EXCLUDE_PREFIX)}
    )
    known = [c.key for c in load_categories()]
    return [k for k in known if k in labels] + [k for k in labels if k not in known]


def explain_stream(
    items: Sequence[tuple[str, Speaker, bool, int]], batch_size: int = 64
) -> Iterator[tuple[list[Measure], list[Decision]]]:
    """Apply the codebook to many statements (text, speaker, topic tie, base offset) in one
    spaCy stream. Each text is unwrapped first (split.unwrap_lines: a line end inside a
    sentence must not hide a cue); offsets and quotes are those of the text as given."""
    unwrapped = [unwrap_lines(text) for text, *_ in items]
    docs = build_nlp().pipe((flat for flat, _where in unwrapped), batch_size=batch_size)
    for (text, speaker, topic_tie, base), (flat, where), doc in zip(
        items, unwrapped, docs, strict=True
    ):
        if where is None:
            yield explain_doc(doc, speaker, topic_tie=topic_tie, base=base, source=text)
        else:
            found = explain_doc(doc, speaker, topic_tie=topic_tie, source=flat)
            yield _rewrapped(found, text, where, base)


def tag_text(
    text: str, speaker: Speaker | None = None, *, topic_tie: bool = False
) -> list[Measure]:
    """§6: one plain text is one statement of the State it describes."""
    return next(explain_stream([(text, speaker or Speaker(kind="text"), topic_tie, 0)]))[0]


def _rewrapped(
    found: tuple[list[Measure], list[Decision]], piece: str, where: list[int], base: int
) -> tuple[list[Measure], list[Decision]]:
    """Measures and decisions found in an unwrapped piece (split.unwrap_lines), with their
    offsets and words put back into the piece as it was given: the evidence is quoted with
    its line ends, and ``source[start:end] == evidence`` still holds."""

    def span(start: int, end: int) -> tuple[int, int]:
        return where[start], (where[end - 1] + 1 if end > start else where[start])

    measures, decisions = found
    out_measures = []
    for m in measures:
        s, e = span(m.start, m.end)
        out_measures.append(replace(m, evidence=piece[s:e], start=base + s, end=base + e))
    out_decisions = []
    for d in decisions:
        s, e = span(d.start, d.end)
        out_decisions.append(replace(d, matched=piece[s:e], start=base + s, end=base + e))
    return out_measures, out_decisions
