"""Stage 2 — segment: split a document into statements and participants (codebook §1).

The heart is :func:`segment`, a pure function of the document text. It works on
paragraphs (lines) and sentences, recognising who speaks from the openings UN meetings
coverage uses ("NAME (Country) said", "The representative of X said", "X's delegate",
"NAME, Minister … of X,") and the attributions of news articles ("said NAME, TITLE",
"TITLE NAME said"), and carries a statement over following paragraphs that report the
same speaker ("…, she said").

Rules decided here (and written down in docs/methodology.md):
- a paragraph repeated word for word counts once, at its first occurrence;
- presiding officers and panel chairs do not speak for the country in their brackets;
- in meetings coverage whose full statements open with names in capitals, everything
  before the first such section is the lead summary: a summary statement is dropped when
  the same entity makes a statement in the body (it restates it);
- "Also delivering statements were …" lists give participants with no reported content;
- a sentence naming several States as joint speakers gives one statement per State;
- in articles, narrative paragraphs are not statements; a speaker's statement runs from
  their first to their last attributed paragraph before another speaker is attributed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipeline.meta import ARTICLE
from pipeline.resolve import Entity, find_mentions, resolve, resolve_organization
from pipeline.split import sentences
from pipeline.strict import check_record, read_json
from pipeline.textnorm import strip_accents

RESOURCE = Path(__file__).parent / "resources" / "segmenting.json"

ALL_KINDS = frozenset({"state", "observer", "organization"})
STATE_KINDS = frozenset({"state", "observer"})


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Vocabulary:
    reporting_verbs: frozenset[str]
    honorifics: tuple[str, ...]
    speaker_nouns: tuple[str, ...]
    possessive_speaker_nouns: tuple[str, ...]
    presiding_roles: tuple[tuple[str, str], ...]
    participant_list_cues: tuple[str, ...]
    panel_intro_cues: tuple[str, ...]
    organization_words: frozenset[str]
    continuation_pronouns: tuple[str, ...]  # "he said" continues the last speaker
    object_pronouns: tuple[str, ...]  # "quoting him"
    role_references: tuple[tuple[str, str], ...]
    title_heads: tuple[str, ...]
    name_particles: tuple[str, ...]


@cache
def vocabulary(path: Path = RESOURCE) -> Vocabulary:
    """Load the speaker vocabulary; unknown keys are an error, not a silent no-op."""
    data = check_record(
        read_json(path),
        where=str(path),
        required={key: list for key in Vocabulary.__slots__},
    )

    def strings(key: str) -> list[str]:
        values = data[key]
        if not all(isinstance(v, str) for v in values):
            raise ValueError(f"{path}: {key} must be a list of strings")
        return values

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        out = []
        for i, item in enumerate(data[key]):
            rec = check_record(
                item, where=f"{path}: {key}[{i}]", required={"cue": str, "entity": str}
            )
            out.append((rec["cue"], rec["entity"]))
        return tuple(out)

    return Vocabulary(
        reporting_verbs=frozenset(strings("reporting_verbs")),
        honorifics=tuple(strings("honorifics")),
        continuation_pronouns=tuple(strings("continuation_pronouns")),
        object_pronouns=tuple(strings("object_pronouns")),
        speaker_nouns=tuple(strings("speaker_nouns")),
        possessive_speaker_nouns=tuple(strings("possessive_speaker_nouns")),
        presiding_roles=pairs("presiding_roles"),
        participant_list_cues=tuple(strings("participant_list_cues")),
        panel_intro_cues=tuple(strings("panel_intro_cues")),
        organization_words=frozenset(strings("organization_words")),
        role_references=pairs("role_references"),
        title_heads=tuple(strings("title_heads")),
        name_particles=tuple(strings("name_particles")),
    )


# --------------------------------------------------------------------------- output


@dataclass(frozen=True, slots=True)
class Unresolved:
    name: str
    context: str
    start: int
    end: int


@dataclass(slots=True)
class Statement:
    speaker: str
    entity: Entity | None  # None: the speaker was found but not resolved
    start: int
    end: int
    in_lead: bool = False
    runs_on: bool = False  # a released text of remarks: its paragraphs are all the speaker's

    @property
    def key(self) -> tuple[str, str]:
        if self.entity is None:
            return ("unresolved", self.speaker)
        return (self.entity.kind, self.entity.name)


@dataclass(slots=True)
class Segmentation:
    statements: list[Statement] = field(default_factory=list)
    participants: dict[tuple[str, str], tuple[Entity, bool]] = field(default_factory=dict)
    unresolved: list[Unresolved] = field(default_factory=list)

    def add_participant(self, entity: Entity, content_reported: bool) -> None:
        key = (entity.kind, entity.name)
        previous = self.participants.get(key)
        self.participants[key] = (entity, content_reported or bool(previous and previous[1]))


# --------------------------------------------------------------------------- text units

_NEWLINE = re.compile(r"\r\n|\r|\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), trimmed; a paragraph repeated word for word is kept
    only at its first occurrence (coverage pages sometimes repeat a block verbatim)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in [*_NEWLINE.finditer(text), None]:
        end = match.start() if match else len(text)
        line = text[position:end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
        if match:
            position = match.end()
    seen: set[str] = set()
    kept = []
    for s, e in spans:
        key = " ".join(text[s:e].split())
        if key not in seen:
            seen.add(key)
            kept.append((s, e))
    return kept


def is_heading(paragraph: str) -> bool:
    """Short title-like lines ("Opening Remarks", "Panel II") separate sections."""
    words = paragraph.split()
    return (
        0 < len(words) <= 6
        and paragraph[0].isupper()
        and paragraph[-1] not in '.!?:;,”"’)'
        and not any(ch.isdigit() for ch in paragraph[-1:])
    )


# --------------------------------------------------------------------------- patterns

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
CAPS_NAME = rf"[{_UP}][{_UP}'’\-]+(?:\s+[{_UP}][{_UP}'’\-]+)+"
_NAME_WORD = rf"[{_UP}][{_LOW}'’\-]+"
# an introductory clause before the speaker; a quoted title and a document symbol inside it
# are allowed ('Introducing the draft “rooted in …” (document A/79/L.37), Italy’s delegate
# recalled'): a sentence is cut before this runs, so a full stop here is never its end
_INTRO = r"(?:[A-Z][^;\"]{0,160}?,\s+)?"
_APOS = "['’]"
_HIDDEN = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"  # invisible format characters


@cache
def _honorific_prefix() -> re.Pattern[str]:
    """ "Mr. " and the like before a name (segmenting.json's honorifics)."""
    honorifics = _alternation(tuple(sorted({h.rstrip(".") for h in vocabulary().honorifics})))
    return re.compile(rf"^(?:{honorifics})\.?\s+")


def _alternation(words: tuple[str, ...]) -> str:
    """Longest first, hyphens matching any dash (UN texts use the non-breaking U+2011)."""
    escaped = (re.escape(w).replace(r"\-", "[-‑]") for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


@cache
def mixed_name() -> str:
    """A person's name in ordinary case: two to four capitalised words, with particles."""
    particle = _alternation(vocabulary().name_particles)
    initials = rf"(?:\s+[{_UP}]\.){{0,3}}"  # "James W. L. Kinobe"
    return rf"{_NAME_WORD}{initials}(?:[\s‑-]+(?:(?:{particle})\s+)?{_NAME_WORD}){{1,3}}"


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    v = vocabulary()
    MIXED_NAME = mixed_name()
    TITLE_HEADS = _alternation(v.title_heads)
    verbs = "|".join(sorted((re.escape(x) for x in v.reporting_verbs), key=len, reverse=True))
    verb = rf"(?:{verbs}|[a-z]+ing)\b"
    nouns = "|".join(v.speaker_nouns)
    honor = "|".join(re.escape(h) for h in v.honorifics if h.endswith("."))
    poss = "|".join(sorted(v.possessive_speaker_nouns, key=len, reverse=True))
    pronoun = _alternation(v.continuation_pronouns)
    lower_pronoun = _alternation(tuple(p for p in v.continuation_pronouns if p.islower()))
    object_pronoun = _alternation(v.object_pronouns)
    return {
        # Following are UN Secretary-General Ban Ki-moon's remarks to ...: (a release of a text)
        "following_text": re.compile(
            r"^Following (?:is|are) (?:the (?:full )?text of )?(?P<who>[^:;.]{3,160}?)['’]s?\s+"
            r"(?:(?:video|joint|opening|closing|keynote|recorded)\s+)?"
            r"(?:remarks|message|statement|address|speech|briefing)\b"
        ),
        # "…, said the representative of Iceland." / "“…,” said Egypt’s representative,
        # introducing …" / "… introduced by the representative of Belarus, who said …":
        # the attribution follows what was said
        "trailing": re.compile(
            rf"(?:[,”\"]\s+|\bby\s+)(?:(?:{verbs})\s+)?(?P<speaker>"
            rf"(?:the\s+(?:{nouns})\s+(?:of|for|from)\s+(?P<aff>(?:the\s+)?[{_UP}][^,.;:“”\"()—–]{{1,80}}?))|"
            rf"(?:(?P<aff2>[{_UP}][\w\-’'ô]*(?:\s+(?:of\s+the\s+|and\s+)?[{_UP}][\w\-’'ô]*){{0,5}})"
            rf"{_APOS}s\s+(?:representative|delegate|delegation))|"
            rf"(?:the\s+(?P<aff3>[{_UP}][\w\-]*(?:\s+[{_UP}][\w\-]*){{0,4}})\s+"
            rf"(?:representative|delegate|delegation)))"
            rf"(?=\s*(?:[.;:]|,\s+(?:who\s+(?:{verbs})|[a-z]+ing\b)|$)|\s+(?:{verbs})\b)"
        ),
        # "The delegation said …" / "Responding to questions, the head of delegation noted":
        # in a review of one State's report, its delegation
        "delegation_only": re.compile(
            rf"^{_INTRO}(?P<speaker>(?:[Tt]he|A|One|Another)\s+(?:head\s+of\s+(?:the\s+)?)?"
            rf"(?:delegation|delegate|delegates|representatives?)"
            rf"(?:\s+of\s+the\s+State\s+party)?)\s*,?\s+(?={verb})"
        ),
        # "Committee Experts asked …", "In the ensuing discussion, Experts commended …"
        "reviewers": re.compile(
            rf"^{_INTRO}(?P<speaker>(?:Committee\s+(?:Experts?|Members?)|(?:[Tt]he\s+)?Experts?|"
            rf"Members\s+of\s+the\s+Committee|Country\s+(?:Co-)?Rapporteurs?))\b"
            rf"[^.;]{{0,40}}?\s+(?={verb})"
        ),
        # "As highlighted by the representative of the Philippines, …"
        "as_by": re.compile(
            rf"^[Aa]s\s+(?:{verbs})\s+by\s+(?P<speaker>the\s+(?:{nouns})\s+(?:of|for)\s+"
            rf"(?P<aff>(?:the\s+)?[{_UP}][^,.;:“”\"()]{{1,80}}?))\s*,"
        ),
        # "The vote was called by Israel, whose representative said …"
        "whose_rep": re.compile(
            rf"(?<![\w\-’'])(?P<aff>[{_UP}][\w\-’']*(?:\s+(?:of\s+the\s+|and\s+|of\s+)?[{_UP}][\w\-’']*){{0,5}}),"
            rf"\s+whose\s+(?P<speaker>(?:representative|delegate|delegation))\s+(?={verb})"
        ),
        # ALFONSO NSUE MOKUY (Equatorial Guinea), noting ...
        "caps_bracket": re.compile(rf"^(?P<name>{CAPS_NAME})\s*\((?P<aff>[^()]+)\)"),
        # MARTA LUCIA RAMIREZ, Vice President ... of Colombia, noting ...
        "caps_title": re.compile(rf"^(?P<name>{CAPS_NAME}),\s+(?P<title>.+?),\s+(?={verb})"),
        # Mr. CHATZIS said / Ms. PEDRAZA LOZANO underlined
        "honorific": re.compile(
            rf"^{_INTRO}(?P<name>(?:{honor})\s+(?:{CAPS_NAME}|[{_UP}][{_UP}'’\-]+|{MIXED_NAME}|"
            rf"[{_UP}][{_LOW}'’\-]+)),?\s+(?={verb})"
        ),
        # The representative(s) of X said / A representative of X, noting
        "rep_of": re.compile(
            rf"^{_INTRO}(?P<speaker>(?:[Tt]he|An?|[Hh](?:is|er))\s+(?:youth\s+)?(?P<noun>{nouns}|counterpart)\s+(?:of|for|from)\s+"
            rf"(?P<aff>.+?))(?:,\s+in (?:its|their) capacity as (?:an )?observers?)?,?\s+(?={verb})"
        ),
        # Croatia's delegate labelled / Qatar's Minister of Labour said
        "possessive": re.compile(
            rf"^{_INTRO}(?P<speaker>(?:[Tt]he\s+)?(?P<aff>[{_UP}][\w\-’'ô{_HIDDEN}]*"
            rf"(?:\s+(?:of\s+the\s+|and\s+)?[{_UP}][\w\-’'ô{_HIDDEN}]*){{0,5}}){_APOS}s\s+(?:{poss})"
            rf"(?:\s+(?:of|for)\s+[A-Z][\w ]{{0,40}}?)?)"
            rf"(?:,\s+(?:speaking\s+)?(?:also\s+)?on behalf of [^,.;]{{1,80}},)?"
            rf",?\s+(?={verb})"
        ),
        # "X's delegate said" where X holds characters no name pattern expects (a bidi
        # isolate, a combining mark, full-width letters): reported, never dropped
        "possessive_any": re.compile(
            rf"^{_INTRO}(?P<speaker>(?:[Tt]he\s+)?(?P<aff>(?:[^\s,.;:]+\s+){{0,5}}?[^\s,.;:]+?)"
            rf"{_APOS}s\s+(?:{poss})(?:\s+(?:of|for)\s+[A-Z][\w ]{{0,40}}?)?),?\s+(?={verb})"
        ),
        # the same two openings with characters no name pattern expects (used only then)
        "adjective_any": re.compile(
            rf"^{_INTRO}(?P<speaker>[Tt]he\s+(?P<aff>[^\s,.;:]+(?:\s+[^\s,.;:]+){{0,4}}?)"
            rf"\s+(?:representative|delegate|delegation))\s+(?={verb})"
        ),
        "bracket_any": re.compile(
            r"^(?P<name>[^\s()]+(?:\s+[^\s()]+){1,5}?)\s*\((?P<aff>[^()]+)\)"
        ),
        "honorific_any": re.compile(
            rf"^{_INTRO}(?P<name>(?:{honor})\s+[^\s,]+(?:\s+[^\s,]+){{0,3}}?),?\s+(?={verb})"
        ),
        # the United States representative said
        "adjective_rep": re.compile(
            rf"^{_INTRO}(?P<speaker>[Tt]he\s+(?P<aff>[{_UP}][\w\-]*(?:\s+[{_UP}][\w\-]*){{0,4}})"
            rf"\s+(?:representative|delegate|delegation))\s+(?={verb})"
        ),
        # General Assembly President Abdulla Shahid (Maldives) said
        "mixed_bracket": re.compile(
            rf"^{_INTRO}(?P<title>(?:[{_UP}][\w\-‑]*\s+){{0,5}}?)(?P<name>{MIXED_NAME})\s*"
            rf"\((?P<aff>[^()]+)\),?\s+(?={verb})"
        ),
        # Vladimir Makei, Minister for Foreign Affairs of Belarus, said
        "mixed_title": re.compile(
            rf"^{_INTRO}(?:[“\"][^”\"]+[”\"],?\s+)?(?P<name>{MIXED_NAME}),\s+(?P<title>[^.;]+?),\s+(?={verb})"
        ),
        # Secretary-General António Guterres said / UN Deputy Secretary-General Amina Mohammed has
        # (starts only at a word's start: a search from inside a long word rescanned it
        # from every letter, quadratic in the word's length)
        "title_name": re.compile(
            rf"(?<![\w\-‑])(?P<title>(?:[{_UP}][\w\-‑]*\s+){{0,4}}(?:{TITLE_HEADS}))\s+"
            rf"(?P<name>{MIXED_NAME})"
            rf"\s+(?:(?:today|also|then|later|further|yesterday)\s+)?(?={verb})"
        ),
        # said Ilias Chatzis, Chief of the UNODC ... Section
        "said_name_title": re.compile(
            rf"\bsaid\s+(?P<name>{MIXED_NAME}),\s+(?P<title>[^.“”\"]+?)\s*(?:[.]|$)"
        ),
        # said UNHCR Special Envoy for ..., Vincent Cochetel
        "said_title_name": re.compile(
            rf"\bsaid\s+(?P<title>[{_UP}][^,“”\"]{{2,120}}?),\s+(?P<name>{MIXED_NAME})\s*(?:[.]|$)"
        ),
        # the head of the UN Office on Drugs and Crime (UNODC), Ghada Waly, spoke
        "head_of": re.compile(
            rf"\b[Tt]he\s+(?:head|chief|director)\s+of\s+(?P<title>[^,]+),\s+(?P<name>{MIXED_NAME}),\s+"
            rf"(?={verb})"
        ),
        # The UN refugee agency, UNHCR, warned
        "org_subject": re.compile(
            rf"^(?:[Tt]he\s+[^,]{{0,60}},\s+)?(?P<org>[^,]{{2,80}}?),?\s+(?:{verbs})\b"
        ),
        # said Mohammed / Chatzis said / said Ms. Waly
        "said_surname": re.compile(
            rf"\bsaid\s+(?P<name>(?:(?:{honor})\s+)?[{_UP}][\w\-]+)\s*(?:[.,]|$)|"
            rf"(?:^|[,”\"]\s+)(?P<name2>(?:(?:{honor})\s+)?[{_UP}][\w\-]+)\s+said\b"
        ),
        "pronoun": re.compile(
            rf"(?:^|[\s,”\"—–])(?:{pronoun})\s+(?:also\s+|further\s+|then\s+)?"
            rf"(?:{verbs}|went on|quoted)\b|\b(?:quoted|quoting)\s+(?:{object_pronoun})\b|"
            rf"\b(?:{verbs})\s+(?:{lower_pronoun})\b"
        ),
        "verb": re.compile(verb),
    }


# --------------------------------------------------------------------------- resolution


def _role_entity(name: str) -> Entity:
    found = resolve_organization(name)
    return found if found is not None else Entity(name=name, kind="organization")


def _office_entity(name: str) -> Entity:
    """An office of a UN organ (codebook §7): neither a State nor an organization."""
    found = resolve_organization(name)
    return found if found is not None and found.kind == "office" else Entity(name, "office")


def presiding_entity(text: str) -> Entity | None:
    """Presiding officers speak for their office, never for the country in brackets."""
    for cue, entity_name in vocabulary().presiding_roles:
        if cue in text:
            return _office_entity(entity_name)
    return None


_HIDDEN_CHARACTER = re.compile(f"[{_HIDDEN}]")


def _mixed_scripts(name: str) -> bool:
    """Latin letters mixed with Cyrillic or Greek look-alikes in one name."""
    scripts = {
        unicodedata.name(ch, "").split(" ")[0] for ch in name if ch.isalpha() and not ch.isascii()
    }
    has_latin = any(ch.isascii() and ch.isalpha() for ch in name)
    return has_latin and bool(scripts & {"CYRILLIC", "GREEK"})


def _unexpected_characters(name: str) -> bool:
    """Characters that make a name look like another or hide inside it: format and
    private-use characters, combining marks, compatibility forms (full-width letters) and
    letters of scripts other than Latin."""
    for ch in name:
        category = unicodedata.category(ch)
        if category[0] in "CM":
            return True
        if ch.isalpha() and not ch.isascii():
            if unicodedata.normalize("NFKC", ch) != ch:
                return True
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return True
    return False


def _around_bracket(sentence: str, m: re.Match[str]) -> str:
    """The title before a "NAME (Country)" and the appositive after it, where presiding
    officers name their office: "NAME (Maldives), President of the General Assembly, said",
    "NAME (Ethiopia), Vice-Chair of the Committee, presiding, opened"."""
    after = sentence[m.end("aff") + 1 :]
    appositive = after[:160] if after.lstrip().startswith(",") else ""
    return sentence[: m.start("aff")] + " " + appositive


def _looks_like_organization(name: str) -> bool:
    words = set(re.findall(r"[\wÀ-ÿ]+", name))
    return bool(words & vocabulary().organization_words) and len(words) >= 2


_UN_BODY = re.compile(
    r"\b(?:United Nations|UN|Secretary-General)\b|\b(?:Mission|Office|Operation|Force)\b|"
    r"\bSpecial (?:Envoy|Representative|Rapporteur|Adviser|Coordinator)\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|for)\s+(?:the\s+)?$")
# "By a recorded vote of 170 in favour to 6 against (Canada, Israel, …)": a tally, whose
# bracketed lists are voters, never a speaker's affiliation
_VOTE_TALLY = re.compile(r"\bby a (?:recorded )?vote of\b|\bin favour to \d|\bin favor to \d", re.I)


def entity_from_affiliation(text: str) -> Entity | None:
    """Who a title or affiliation speaks for: a State named in it, else an organization.

    The longest alias wins ("Hagar Cambodia" is an NGO, not Cambodia); among the rest a
    State beats an organization ("Ambassador of X to the United Nations" speaks for X).
    """
    text = text.strip().strip(",")
    presiding = presiding_entity(text)
    if presiding is not None:
        return presiding
    for cue, entity_name in vocabulary().role_references:
        if text == cue or text.endswith(" " + cue) or text.startswith(cue):
            return _role_entity(entity_name)
    direct = resolve(text)
    if direct is not None:
        return direct
    mentions = find_mentions(text, kinds=ALL_KINDS)
    if _UN_BODY.search(text):
        # "Force Commander of the United Nations Mission in South Sudan", "Special Envoy for
        # Syria": a State after "in"/"for" is where the UN body works, not whom it speaks for
        mentions = [
            m
            for m in mentions
            if not (m.entity.kind == "state" and _PLACE_BEFORE.search(text[: m.start]))
        ]
    for kind in ("state", "observer", "organization"):
        of_kind = [m for m in mentions if m.entity.kind == kind]
        if of_kind:
            return of_kind[-1].entity if kind == "state" else of_kind[0].entity
    match = re.search(r"\b(?:of|at|for)\s+(?:the\s+)?([A-Z][^,;()]+?)\s*(?:\(|,|$)", text)
    candidate = match.group(1).strip() if match else text
    if _looks_like_organization(candidate):
        return Entity(name=candidate, kind="organization")
    return None


def _list_entities(text: str, offset: int, context: str, result: Segmentation) -> list[Entity]:
    """Entities named in a list ("A, B, the C and D"); leftovers are reported unresolved."""
    mentions = find_mentions(text, kinds=ALL_KINDS)
    entities = [m.entity for m in mentions]
    covered = [(m.start, m.end) for m in mentions]
    residue_pattern = re.compile(r"[^,;]+")
    for piece in residue_pattern.finditer(text):
        for part in re.finditer(r"(?:(?!\band\b)[^,;])+", text[piece.start() : piece.end()]):
            s, e = piece.start() + part.start(), piece.start() + part.end()
            chunk = text[s:e]
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            words = chunk.strip()
            words = re.sub(r"^(?:and\s+|the\s+)+", "", words).strip()
            if (
                words
                and words[0].isupper()
                and not re.fullmatch(
                    r"(?:Government ministers|ministers|[Rr]epresentatives)(?: and .*)?",
                    words,
                )
            ):
                start = s + chunk.index(words)
                result.unresolved.append(
                    Unresolved(words, context, offset + start, offset + start + len(words))
                )
    return entities


# --------------------------------------------------------------------------- openings


@dataclass(slots=True)
class Opening:
    speaker: str
    entities: list[Entity | None]
    name_start: int
    name_end: int
    explicit: bool = True
    joint: bool = False
    # "Following is the text of X's remarks:": the speech runs on, in the first person,
    # with no "he said" to carry it, until another speaker opens
    runs_on: bool = False


@dataclass(slots=True)
class PersonRegistry:
    """People introduced with an affiliation, so "Mr. CHATZIS said" resolves later.

    People are indexed by each of their name tokens: a lookup reads only the people who
    share its first token, so a document introducing thousands of speakers stays linear.
    """

    people: list[tuple[list[str], Entity | None]] = field(default_factory=list)
    by_token: dict[str, list[int]] = field(default_factory=dict)

    @staticmethod
    def _tokens(name: str) -> list[str]:
        plain = strip_accents(name)
        return [t for t in re.split(r"[\s]+", plain.upper()) if t and not t.endswith(".")]

    def add(self, name: str, entity: Entity | None) -> None:
        tokens = self._tokens(name)
        if tokens:
            index = len(self.people)
            self.people.append((tokens, entity))
            for token in dict.fromkeys(tokens):
                self.by_token.setdefault(token, []).append(index)

    def lookup(self, name: str) -> tuple[bool, Entity | None]:
        wanted = self._tokens(_honorific_prefix().sub("", name))
        if not wanted:
            return False, None
        n = len(wanted)
        distinct: set[tuple[str, str] | None] = set()
        found: Entity | None = None
        for index in self.by_token.get(wanted[0], []):
            tokens, entity = self.people[index]
            if any(tokens[i : i + n] == wanted for i in range(len(tokens) - n + 1)):
                distinct.add((entity.kind, entity.name) if entity else None)
                if len(distinct) > 1:
                    return False, None
                if len(distinct) == 1 and found is None:
                    found = entity
        if len(distinct) == 1:
            return True, found
        return False, None


def _entity_or_unresolved(
    entity: Entity | None, name: str, start: int, context: str, result: Segmentation
) -> Entity | None:
    if entity is None:
        result.unresolved.append(Unresolved(name, context, start, start + len(name)))
    return entity


def _opening(
    m: re.Match[str], group: str, offset: int, entities: list[Entity | None], **flags: bool
) -> Opening:
    """An Opening whose speaker is the named group of a sentence match."""
    return Opening(
        m.group(group), entities, offset + m.start(group), offset + m.end(group), **flags
    )


_ON_BEHALF = re.compile(r",?\s+(?:speaking\s+)?on behalf of (?:the\s+)?(?P<bloc>[^,.;]{1,80}?)\s*,")


# "… considered the combined fifth and sixth periodic report of Kenya", "Reviews Report of
# Peru", "the review of Chile": a meeting summary of one State's review names it early
_REVIEWED = re.compile(
    r"\b(?:[Rr]eports?|[Rr]eview|[Rr]ecord)\s+(?:submitted\s+by|of)\s+(?:the\s+)?"
    r"(?P<state>[A-Z][^,.;:()\n]{2,60}?)(?=\s*(?:[,.;:()\n]|$)|\s+(?:under|on|today|this|in|at)\b)"
)


_REVIEW_CUE = re.compile(r"(?i)consider|review|examin|concluded|dialogue")


def reviewed_state(text: str) -> Entity | None:
    """The State whose report a meeting summary reviews, when its opening names one: then
    "the delegation said" speaks for that State."""
    for m in _REVIEWED.finditer(text, 0, min(len(text), 1500)):
        if not _REVIEW_CUE.search(text, max(0, m.start() - 80), m.start() + 8):
            continue  # "the report of Kenya's mission" in other coverage is not a review
        entity = resolve(m.group("state"))
        if entity is not None and entity.kind in STATE_KINDS:
            return entity
    return None


def find_opening(
    text: str,
    s: int,
    e: int,
    registry: PersonRegistry,
    result: Segmentation,
    is_article: bool,
    reviewed: Entity | None = None,
) -> Opening | None:
    """Recognise a sentence that opens a statement and resolve who it speaks for; a State's
    delegate speaking "on behalf of the European Union" speaks for the Union (an observer or
    organization), while "also on behalf of" others keeps the State."""
    opening = _find_opening(text, s, e, registry, result, is_article, reviewed)
    if opening is None and reviewed is not None:
        m = _compiled()["delegation_only"].match(text[s:e])
        if m:
            return _opening(m, "speaker", s, [reviewed], runs_on=True)
        m = _compiled()["reviewers"].match(text[s:e])
        if m:
            return _opening(m, "speaker", s, [_role_entity(REVIEWERS)])
    if opening is None or len(opening.entities) != 1:
        return opening
    behalf = _ON_BEHALF.match(text, opening.name_end, e)
    if behalf is not None:
        bloc = resolve(behalf.group("bloc"))
        if bloc is not None and bloc.kind in ("observer", "organization"):
            opening.entities = [bloc]
    return opening


# In a review of a State's report the committee's own members speak too; they comment on the
# State's measures and report none of their own
_REVIEWER_TITLE = re.compile(
    r"\b(?:Committee (?:Experts?|Members?|Chairperson|Chair|Vice-Chair(?:person)?)|"
    r"Country (?:Rapporteur|Co-Rapporteur)|Rapporteur for)\b"
)
REVIEWERS = "UN treaty body experts"


def _find_opening(
    text: str,
    s: int,
    e: int,
    registry: PersonRegistry,
    result: Segmentation,
    is_article: bool,
    reviewed: Entity | None = None,
) -> Opening | None:
    sentence = text[s:e]
    p = _compiled()
    if _VOTE_TALLY.search(sentence):
        return None

    m = p["following_text"].match(sentence)
    if m:
        who = re.sub("[\u2010\u2011]", "-", m.group("who"))
        entity = entity_from_affiliation(who)
        if entity is None:
            for cue, entity_name in vocabulary().role_references:
                if re.search(rf"(?<![\w-]){re.escape(cue)}(?![\w-])", who):
                    entity = _role_entity(entity_name)
                    break
        entity = _entity_or_unresolved(entity, m.group("who"), s + m.start("who"), sentence, result)
        return _opening(m, "who", s, [entity], runs_on=True)

    m = p["caps_bracket"].match(sentence)
    if m:
        aff = m.group("aff")
        entity = presiding_entity(_around_bracket(sentence, m)) or entity_from_affiliation(aff)
        registry.add(m.group("name"), entity)
        entity = _entity_or_unresolved(entity, aff, s + m.start("aff"), sentence, result)
        return _opening(m, "name", s, [entity])

    m = p["caps_title"].match(sentence)
    if m:
        entity = entity_from_affiliation(m.group("title"))
        registry.add(m.group("name"), entity)
        entity = _entity_or_unresolved(
            entity, m.group("title"), s + m.start("title"), sentence, result
        )
        return _opening(m, "name", s, [entity])

    m = p["rep_of"].match(sentence)
    if m:
        # "The representative of Kuwait — one of the co-chairs, along with … —": the aside
        # names others; the speaker's affiliation ends at the dash
        aff = re.split(r"\s+[—–]\s+|\s*[—–]\s*(?=[a-z])", m.group("aff"))[0].strip()
        if m.group("noun").endswith("s"):
            entities: list[Entity | None] = list(
                _list_entities(aff, s + m.start("aff"), sentence, result)
            )
            if entities:
                return _opening(
                    m,
                    "speaker",
                    s,
                    entities,
                    joint=len(entities) > 1,
                )
        entity = entity_from_affiliation(aff)
        entity = _entity_or_unresolved(entity, aff, s + m.start("aff"), sentence, result)
        if aff != m.group("aff").strip():
            end = m.start("aff") + len(aff)
            return Opening(
                sentence[m.start("speaker") : end], [entity], s + m.start("speaker"), s + end
            )
        return _opening(m, "speaker", s, [entity])

    m = p["possessive"].match(sentence)
    if m:
        entity = entity_from_affiliation(m.group("aff"))
        if entity is not None:
            return _opening(m, "speaker", s, [entity])
        if _HIDDEN_CHARACTER.search(m.group("aff")) or _mixed_scripts(m.group("aff")):
            # "X's delegate" with an invisible or look-alike character: a speaker whose
            # name does not resolve is reported (codebook §2, §7), never dropped.
            result.unresolved.append(
                Unresolved(m.group("aff"), sentence, s + m.start("aff"), s + m.end("aff"))
            )
            return _opening(m, "speaker", s, [None])

    m = p["possessive_any"].match(sentence)
    if m and (m.group("aff")[:1].isupper() or _unexpected_characters(m.group("aff"))):
        # "Côte d'Ivoire's delegate", "the Republic of Korea's delegate", and names with
        # hidden or look-alike characters: a speaker, resolved or reported, never dropped
        entity = entity_from_affiliation(m.group("aff"))
        if entity is None:
            result.unresolved.append(
                Unresolved(m.group("aff"), sentence, s + m.start("aff"), s + m.end("aff"))
            )
        return _opening(m, "speaker", s, [entity])

    m = p["adjective_rep"].match(sentence)
    if m:
        entity = resolve(m.group("aff"))
        if entity is not None:
            return _opening(m, "speaker", s, [entity])

    disguised = _disguised_opening(sentence, s, registry, result)
    if disguised is not None:
        return disguised

    m = p["mixed_bracket"].match(sentence)
    if m:
        entity = presiding_entity(_around_bracket(sentence, m)) or entity_from_affiliation(
            m.group("aff")
        )
        registry.add(m.group("name"), entity)
        entity = _entity_or_unresolved(entity, m.group("aff"), s + m.start("aff"), sentence, result)
        return _opening(m, "name", s, [entity])

    m = p["mixed_title"].match(sentence)
    if m:
        title = m.group("title")
        entity = entity_from_affiliation(title)
        if reviewed is not None and _REVIEWER_TITLE.search(title):
            entity = _role_entity(REVIEWERS)  # "NAME, Committee Expert and Country Rapporteur,"
        elif reviewed is not None and (
            entity is None
            or (entity.kind == "organization" and resolve_organization(entity.name) is None)
        ):
            # "Presenting the report, NAME, Human Rights Commissioner …, said": the person
            # presenting or answering in a review speaks for the State under review
            entity = reviewed
        if entity is not None:
            registry.add(m.group("name"), entity)
            return _opening(m, "name", s, [entity])

    m = p["honorific"].match(sentence)
    if m:
        known, entity = registry.lookup(m.group("name"))
        if not known:
            result.unresolved.append(
                Unresolved(m.group("name"), sentence, s + m.start("name"), s + m.end("name"))
            )
        return _opening(m, "name", s, [entity], explicit=False)

    # the three forms below all name a delegate or representative: a substring test first
    # keeps their searches off the many sentences that name neither
    noun_named = "representative" in sentence or "delegat" in sentence
    for key in ("as_by", "whose_rep") if noun_named else ():
        m = p[key].search(sentence)
        if m:
            entity = entity_from_affiliation(m.group("aff"))
            if entity is not None and entity.kind in STATE_KINDS:
                return _opening(m, "aff" if key == "whose_rep" else "speaker", s, [entity])

    m = p["trailing"].search(sentence) if noun_named else None
    if m:
        aff = m.group("aff") or m.group("aff2") or m.group("aff3")
        entity = entity_from_affiliation(aff) if m.group("aff") else resolve(aff)
        if entity is not None:
            return _opening(m, "speaker", s, [entity])

    for key in ("title_name", "head_of", "said_name_title", "said_title_name"):
        m = p[key].search(sentence)
        if m:
            entity = entity_from_affiliation(m.group("title"))
            if entity is not None:
                registry.add(m.group("name"), entity)
                return _opening(m, "name", s, [entity])

    if is_article:
        for cue, entity_name in vocabulary().role_references:
            index = sentence.find(cue)
            if index >= 0 and (
                p["verb"].search(sentence, index + len(cue), index + len(cue) + 40)
                or re.search(rf"\b(?:said|explained|added|noted)\s+{re.escape(cue)}", sentence)
            ):  # "the experts said" / "explained the UN chief"
                return Opening(
                    cue,
                    [_role_entity(entity_name)],
                    s + index,
                    s + index + len(cue),
                    explicit=False,
                )
        m = p["org_subject"].match(sentence)
        if m:
            mentions = find_mentions(m.group("org"), kinds=frozenset({"organization", "observer"}))
            if mentions:
                return Opening(
                    mentions[-1].text, [mentions[-1].entity], s + m.start("org"), s + m.end("org")
                )
        m = p["said_surname"].search(sentence)
        if m:
            name = m.group("name") or m.group("name2")
            known, entity = registry.lookup(name)
            if known and entity is not None:
                return Opening(name, [entity], s, s, explicit=False)
    return None


def _disguised_opening(
    sentence: str, s: int, registry: PersonRegistry, result: Segmentation
) -> Opening | None:
    """ "the X representative said" and "NAME (X) said" where the name holds a character no
    name pattern expects (zero-width, bidi control, full-width or look-alike letters): the
    speaker is resolved if it can be, else reported in unresolved.csv, never dropped."""
    p = _compiled()
    m = p["adjective_any"].match(sentence)
    if m and _unexpected_characters(m.group("aff")):
        entity = entity_from_affiliation(m.group("aff"))
        entity = _entity_or_unresolved(entity, m.group("aff"), s + m.start("aff"), sentence, result)
        return _opening(m, "speaker", s, [entity])
    m = p["bracket_any"].match(sentence)
    if (
        m
        and p["verb"].match(sentence[m.end() :].lstrip(" ,")) is not None
        and (_unexpected_characters(m.group("name")) or _unexpected_characters(m.group("aff")))
    ):
        aff = m.group("aff")
        entity = presiding_entity(_around_bracket(sentence, m)) or entity_from_affiliation(aff)
        registry.add(m.group("name"), entity)
        entity = _entity_or_unresolved(entity, aff, s + m.start("aff"), sentence, result)
        return _opening(m, "name", s, [entity])
    m = p["honorific_any"].match(sentence)
    if m and _unexpected_characters(m.group("name")):
        known, entity = registry.lookup(m.group("name"))
        if not known:
            result.unresolved.append(
                Unresolved(m.group("name"), sentence, s + m.start("name"), s + m.end("name"))
            )
        return _opening(m, "name", s, [entity], explicit=False)
    return None


def _participant_list(text: str, s: int, e: int, result: Segmentation) -> bool:
    """Record "Also delivering statements were …" lists as participants without content."""
    sentence = text[s:e]
    cues = vocabulary().participant_list_cues
    if not any(cue in sentence for cue in cues):
        return False
    body = sentence.rstrip(". ")
    start = 0
    match = re.search(r"\b(?:were|by)\s+", body)
    if match and not body.startswith("Representatives"):
        start = match.end()
    rep = re.search(r"\brepresentatives of\s+", body[start:], flags=re.IGNORECASE)
    if rep:
        start += rep.end()
    end = len(body)
    tail = re.search(r"\s+spoke in (?:their|its) capacity", body)
    if tail:
        end = tail.start()
    for entity in _list_entities(body[start:end], s + start, sentence, result):
        result.add_participant(entity, content_reported=False)
    return True


def _register_panellists(text: str, s: int, e: int, registry: PersonRegistry) -> None:
    """Panels introduce their speakers once ("featured presentations by A, title; B, …")."""
    sentence = text[s:e]
    chaired = re.search(rf"(?:Chaired|chaired|[Mm]oderated) by (?P<name>{mixed_name()})", sentence)
    if chaired:
        registry.add(chaired.group("name"), presiding_entity("Chaired by"))
    for cue in vocabulary().panel_intro_cues:
        index = sentence.find(cue)
        if index < 0:
            continue
        listing = sentence[index + len(cue) :].strip().rstrip(".")
        for item in re.split(r";\s*(?:and\s+)?", listing):
            m = re.match(rf"\s*(?:and\s+)?(?P<name>{mixed_name()}),\s+(?P<title>.+)$", item)
            if m:
                registry.add(m.group("name"), entity_from_affiliation(m.group("title")))
        break


# --------------------------------------------------------------------------- assembly


def _lead_end(text: str, paras: list[tuple[int, int]]) -> int:
    """Start of the body in coverage whose full statements open with NAMES IN CAPITALS."""
    caps = re.compile(rf"^{CAPS_NAME}\s*[,(]")
    for i, (s, e) in enumerate(paras):
        if caps.match(text[s:e]):
            j = i
            while j > 0 and is_heading(text[paras[j - 1][0] : paras[j - 1][1]]):
                j -= 1
            return paras[j][0]
    return -1


def segment(text: str, kind: str) -> Segmentation:
    """Split one document's text into statements, participants and unresolved names."""
    result = Segmentation()
    registry = PersonRegistry()
    is_article = kind == ARTICLE
    reviewed = reviewed_state(text)
    paras = paragraphs(text)
    lead_end = -1 if is_article else _lead_end(text, paras)
    pronoun = _compiled()["pronoun"]

    current: Statement | None = None
    open_group: list[Statement] = []  # joint statements share their span
    runs_on = False  # the current statement is a released text (see Opening.runs_on)

    def close() -> None:
        nonlocal current, open_group, runs_on
        current = None
        open_group = []
        runs_on = False

    def extend(end: int) -> None:
        for st in open_group:
            st.end = end

    for ps, pe in paras:
        paragraph = text[ps:pe]
        if is_heading(paragraph):
            if not is_article:
                close()
            continue
        sents = sentences(text, ps, pe)
        paragraph_has_pronoun = bool(pronoun.search(paragraph))
        started_here = False
        for ss, se in sents:
            _register_panellists(text, ss, se, registry)
            if _participant_list(text, ss, se, result):
                close()
                continue
            opening = find_opening(text, ss, se, registry, result, is_article, reviewed)
            if opening is not None:
                same = (
                    current is not None
                    and len(opening.entities) == 1
                    and opening.entities[0] is not None
                    and current.entity == opening.entities[0]
                    and (is_article or not opening.explicit)
                )
                if same:
                    extend(se)
                    started_here = True
                    continue
                start = ps if is_article and not started_here else ss
                open_group = []
                for entity in opening.entities:
                    st = Statement(
                        speaker=opening.speaker,
                        entity=entity,
                        start=start,
                        end=se,
                        in_lead=0 <= ss < lead_end,
                        runs_on=opening.runs_on,
                    )
                    result.statements.append(st)
                    open_group.append(st)
                current = open_group[0]
                # in a review, the State's presentation runs on in reported speech with no
                # "he said" until the experts or another speaker take the floor
                runs_on = opening.runs_on or (
                    reviewed is not None and opening.entities == [reviewed]
                )
                started_here = True
                continue
            if current is None:
                continue
            if started_here or paragraph_has_pronoun or is_article or runs_on:
                extend(se)
            else:
                close()
        if current is not None and not (
            started_here or paragraph_has_pronoun or is_article or runs_on
        ):
            close()
    if is_article:
        _trim_article_statements(text, paras, result)
    _drop_restated(text, result)
    for st in result.statements:
        if st.entity is not None:
            result.add_participant(st.entity, content_reported=True)
    return result


def _trim_article_statements(text: str, paras: list[tuple[int, int]], result: Segmentation) -> None:
    """An article statement ends at its speaker's last attributed paragraph.

    The document's paragraphs are found once and each statement looks up its own by
    bisection: splitting the whole text again per statement made long articles quadratic.
    """
    pronoun = _compiled()["pronoun"]
    para_starts = [s for s, _e in paras]
    for st in result.statements:
        if st.runs_on:
            continue  # a released text needs no "he said" to stay the speaker's
        first = bisect_left(para_starts, st.start)
        inside = []
        for s, e in paras[first:]:
            if s > st.end:
                break
            if e <= st.end:
                inside.append((s, e))
        keep_end = st.start
        for s, e in inside:
            chunk = text[s:e]
            if s == st.start or pronoun.search(chunk) or _mentions_speaker(chunk, st):
                keep_end = e
        st.end = keep_end


def _mentions_speaker(chunk: str, st: Statement) -> bool:
    surname = st.speaker.split()[-1] if st.speaker else ""
    chunk = re.sub(r"\b(Mr|Ms|Mrs|Dr)\.", r"\1", chunk)  # "said Ms. Waly" is one phrase
    if surname and re.search(
        rf"\b(?:said|explained|added|noted|told)\b[^.]{{0,40}}\b{re.escape(surname)}\b|"
        rf"\b{re.escape(surname)}\s+(?:said|explained|added|noted)\b",
        chunk,
    ):
        return True
    for cue, _entity in vocabulary().role_references:
        if cue in chunk and st.entity is not None and _role_entity(_entity) == st.entity:
            return True
    return False


def _drop_restated(text: str, result: Segmentation) -> None:
    """Drop lead-summary statements restated in the body, and word-for-word repeats.

    A repeated statement (same entity, same words) is kept at its first occurrence, like
    repeated paragraphs.
    """
    body_keys = {st.key for st in result.statements if not st.in_lead}
    seen: set[tuple[tuple[str, str], str]] = set()
    kept = []
    for st in result.statements:
        if st.in_lead and st.key in body_keys:
            continue
        words = (st.key, " ".join(text[st.start : st.end].split()))
        if words not in seen:
            seen.add(words)
            kept.append(st)
    result.statements = kept
