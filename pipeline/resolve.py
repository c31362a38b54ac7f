"""Entity resolution: map names as UN documents write them to States and organizations.

Every statement must carry the right ISO code and M49 region, and a wrong code is worse
than none (codebook §2: "never guessed"). So resolution is exact alias lookup after a
normalisation that only removes typographic noise (case, accents, curly apostrophes, dash
variants, spacing, a leading "the"); there is deliberately no fuzzy matching. All names
live in data files (resources/countries.json, resources/organizations.json) and the loader
refuses files whose aliases are ambiguous, because a silent collision would misattribute
statements.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from pipeline.strict import DataFileError, check_record, read_json
from pipeline.textnorm import strip_accents

RESOURCES = Path(__file__).resolve().parent / "resources"
COUNTRIES_PATH = RESOURCES / "countries.json"
ORGANIZATIONS_PATH = RESOURCES / "organizations.json"

# The closed M49 vocabulary: region -> the subregion values a State in it may carry
# (the intermediate region where M49 defines one, else the sub-region).
REGIONS: Mapping[str, frozenset[str]] = {
    "Africa": frozenset(
        {"Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"}
    ),
    "Americas": frozenset({"Caribbean", "Central America", "South America", "Northern America"}),
    "Asia": frozenset(
        {"Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"}
    ),
    "Europe": frozenset({"Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"}),
    "Oceania": frozenset({"Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"}),
}

STATE_KINDS = frozenset({"state", "observer"})
ORGANIZATION_KINDS = frozenset({"observer", "organization", "office"})
DEFAULT_MENTION_KINDS = frozenset({"state", "observer"})


@dataclass(frozen=True, slots=True)
class Entity:
    name: str  # display name
    kind: str  # "state" | "observer" | "organization"
    iso3: str = ""  # ISO alpha-3 for states and observer States, else ""
    region: str = ""  # M49 region, "" for organizations
    subregion: str = ""  # M49 intermediate region where defined, else M49 sub-region


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity


# ----------------------------------------------------------------------------- normalisation

_APOSTROPHES = "'\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`\uff07"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# Applied before NFKC too: NFKC would turn U+00B4 into a space plus a combining accent.
_TYPOGRAPHY = str.maketrans({**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_DASHES, "-")})


def _is_edge_noise(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_edge_noise(text[start]):
        start += 1
    while end > start and _is_edge_noise(text[end - 1]):
        end -= 1
    return text[start:end]


def normalize_name(name: str) -> str:
    """Reduce a name to the key aliases are compared on.

    Only differences that typesetting introduces are removed, so two names with the same key
    are the same name; anything more aggressive would turn exact matching into guessing.
    """
    if not isinstance(name, str):
        return ""
    text = unicodedata.normalize("NFKC", name.translate(_TYPOGRAPHY)).translate(_TYPOGRAPHY)
    text = strip_accents(text.casefold())
    text = _strip_edges(" ".join(text.split()))
    if text.startswith("the "):
        text = _strip_edges(text[4:])
    return text


# ----------------------------------------------------------------------------- data loading


@dataclass(frozen=True, slots=True)
class ResolverData:
    """Everything resolution needs, built once from the data files."""

    states: Mapping[str, Entity]  # normalised alias -> State or observer State
    organizations: Mapping[str, Entity]  # normalised alias -> organization or observer body
    aliases: tuple[tuple[str, Entity], ...]  # every alias as written, with its entity
    non_mentions: tuple[str, ...]
    pattern: re.Pattern[str]  # matches any alias or non-mention in running text
    lookup: Mapping[str, Entity | None]  # normalised matched text -> entity (None: non-mention)
    entities: tuple[Entity, ...]  # States and observer States, sorted by iso3
    names: Mapping[Entity, tuple[str, ...]]  # entity -> its aliases as written, sorted


_COUNTRY_FILE_KEYS: dict[str, type | tuple[type, ...]] = {
    "generated_by": str,
    "source": str,
    "countries": list,
    "non_mentions": list,
}
_COUNTRY_KEYS: dict[str, type | tuple[type, ...]] = {
    "iso3": str,
    "iso2": str,
    "m49": str,
    "name": str,
    "kind": str,
    "region": str,
    "subregion": str,
    "aliases": list,
}
_ORGANIZATION_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "kind": str,
    "aliases": list,
}


def _strings(values: list[Any], where: str) -> list[str]:
    for value in values:
        if not isinstance(value, str) or not normalize_name(value):
            raise DataFileError(f"{where}: aliases must be non-empty strings, got {value!r}")
    return values


class _AliasTable:
    """Collects normalised aliases and rejects one key claimed by two entities."""

    def __init__(self) -> None:
        self.keys: dict[str, tuple[Entity | None, str]] = {}

    def add(self, alias: str, entity: Entity | None, where: str) -> str:
        key = normalize_name(alias)
        previous = self.keys.get(key)
        if previous is not None and previous[0] != entity:
            owner = previous[0].name if previous[0] else "a non-mention"
            raise DataFileError(f"{where}: alias {alias!r} also belongs to {owner} ({previous[1]})")
        self.keys[key] = (entity, where)
        return key


def _load_countries(
    path: Path, table: _AliasTable
) -> tuple[dict[str, Entity], list[tuple[str, Entity]], list[str], list[Entity]]:
    document = check_record(read_json(path), where=str(path), required=_COUNTRY_FILE_KEYS)
    states: dict[str, Entity] = {}
    aliases: list[tuple[str, Entity]] = []
    entities: dict[str, Entity] = {}
    for index, raw in enumerate(document["countries"]):
        where = f"{path}: countries[{index}]"
        record = check_record(raw, where=where, required=_COUNTRY_KEYS)
        iso3, region, subregion = record["iso3"], record["region"], record["subregion"]
        where = f"{path}: {iso3}"
        if record["kind"] not in STATE_KINDS:
            raise DataFileError(f"{where}: kind must be state or observer, not {record['kind']!r}")
        known = pycountry.countries.get(alpha_3=iso3) if re.fullmatch(r"[A-Z]{3}", iso3) else None
        if known is None:
            raise DataFileError(f"{where}: {iso3!r} is not an ISO 3166-1 alpha-3 code")
        if (record["iso2"], record["m49"]) != (known.alpha_2, known.numeric):
            raise DataFileError(f"{where}: iso2/m49 do not match ISO 3166-1 for {iso3}")
        if iso3 in entities:
            raise DataFileError(f"{where}: duplicate iso3 {iso3}")
        if region not in REGIONS:
            raise DataFileError(f"{where}: unknown M49 region {region!r}")
        if subregion not in REGIONS[region]:
            raise DataFileError(f"{where}: {subregion!r} is not an M49 subregion of {region}")
        entity = Entity(record["name"], record["kind"], iso3, region, subregion)
        entities[iso3] = entity
        for alias in [record["name"], *_strings(record["aliases"], where)]:
            states[table.add(alias, entity, where)] = entity
            aliases.append((alias, entity))
    non_mentions = _strings(document["non_mentions"], f"{path}: non_mentions")
    for phrase in non_mentions:
        table.add(phrase, None, f"{path}: non_mentions")
    return states, aliases, non_mentions, sorted(entities.values(), key=lambda e: e.iso3)


def _load_organizations(
    path: Path, table: _AliasTable
) -> tuple[dict[str, Entity], list[tuple[str, Entity]]]:
    records = read_json(path)
    if not isinstance(records, list):
        raise DataFileError(f"{path}: expected a JSON list of organizations")
    organizations: dict[str, Entity] = {}
    aliases: list[tuple[str, Entity]] = []
    names: set[str] = set()
    for index, raw in enumerate(records):
        where = f"{path}: [{index}]"
        record = check_record(raw, where=where, required=_ORGANIZATION_KEYS, optional={"note": str})
        where = f"{path}: {record['name']}"
        if record["kind"] not in ORGANIZATION_KINDS:
            raise DataFileError(f"{where}: kind must be observer, organization or office")
        if record["name"] in names:
            raise DataFileError(f"{where}: duplicate organization name")
        names.add(record["name"])
        entity = Entity(record["name"], record["kind"])
        for alias in [record["name"], *_strings(record["aliases"], where)]:
            organizations[table.add(alias, entity, where)] = entity
            aliases.append((alias, entity))
    return organizations, aliases


def load_data(
    countries_path: Path | None = None, organizations_path: Path | None = None
) -> ResolverData:
    """Load and validate both data files; paths are parameters so tests can feed bad files."""
    table = _AliasTable()
    states, state_aliases, non_mentions, entities = _load_countries(
        countries_path or COUNTRIES_PATH, table
    )
    organizations, organization_aliases = _load_organizations(
        organizations_path or ORGANIZATIONS_PATH, table
    )
    aliases = (*state_aliases, *organization_aliases)
    # Inverted forms ("Korea, Republic of") are for exact lookup only: in running text the
    # comma is a list separator, and "Moldova, Republic of Korea" must not lose Korea.
    searchable = [alias for alias, _ in aliases if "," not in alias] + non_mentions
    lookup = {key: entity for key, (entity, _) in table.keys.items()}
    names: dict[Entity, set[str]] = {}
    for alias, entity in aliases:
        names.setdefault(entity, set()).add(alias)
    return ResolverData(
        states=states,
        organizations=organizations,
        aliases=aliases,
        non_mentions=tuple(non_mentions),
        pattern=_compile(searchable),
        lookup=lookup,
        entities=tuple(entities),
        names={entity: tuple(sorted(written)) for entity, written in names.items()},
    )


@functools.cache
def _data() -> ResolverData:
    return load_data()


# ----------------------------------------------------------------------------- text search

_APOSTROPHE_CLASS = "[" + re.escape(_APOSTROPHES) + "]"
_DASH_CLASS = "[" + re.escape(_DASHES) + "]"
_WHITESPACE = r"\s+"


def _alias_tokens(alias: str) -> list[str]:
    """Turn an alias into regex tokens that tolerate the variation normalize_name removes.

    Letters match case-insensitively except the capital that starts a word and every letter of
    an all-caps word, so proper names match ("Guinea", "UNITED STATES") but common words do not
    ("guinea pig", "to chad", "un-"). An accented letter also matches its plain form.
    """
    tokens: list[str] = []
    words = {m.start(): m.group() for m in re.finditer(r"[^\W\d_]+", alias)}
    in_caps_word_until = -1
    for index, char in enumerate(alias):
        word = words.get(index)
        if word is not None and len(word) > 1 and word.isupper():
            in_caps_word_until = index + len(word)
        if char.isspace():
            if not tokens or tokens[-1] != _WHITESPACE:
                tokens.append(_WHITESPACE)
        elif char in _APOSTROPHES:
            tokens.append(_APOSTROPHE_CLASS)
        elif char in _DASHES:
            tokens.append(_DASH_CLASS)
        elif char.isalpha():
            base = strip_accents(char, "NFD")
            variants = sorted({char, base}) if len(base) == 1 else [char]
            body = re.escape(variants[0]) if len(variants) == 1 else "[" + "".join(variants) + "]"
            exact = index < in_caps_word_until or (word is not None and char.isupper())
            tokens.append(f"(?-i:{body})" if exact else body)
        else:
            tokens.append(re.escape(char))
    return tokens


def _compile(aliases: Iterable[str]) -> re.Pattern[str]:
    """Compile all aliases into one regex shaped as a trie.

    A flat alternation of ~700 names is retried at every character of a document; sharing
    prefixes keeps the scan fast. At each node the longer continuations are tried before the
    end-of-name check, so "Guinea-Bissau" beats "Guinea" and "Dominican Republic" beats
    "Dominica"; the end check requires a non-word character, so "Niger" never matches inside
    "Nigeria".
    """
    trie: dict[str, Any] = {}
    for alias in aliases:
        node = trie
        for token in _alias_tokens(alias):
            node = node.setdefault(token, {})
        node[""] = {}  # end of a name
    nodes: dict[int, dict[str, Any]] = {}
    pending = [trie]
    while pending:
        node = pending.pop()
        nodes[id(node)] = node
        pending.extend(node.values())

    @functools.cache
    def depth(node_id: int) -> int:
        return max((1 + depth(id(child)) for child in nodes[node_id].values()), default=0)

    def emit(node: dict[str, Any]) -> str:
        children = sorted(
            (item for item in node.items() if item[0]),
            key=lambda item: (-depth(id(item[1])), item[0]),
        )
        branches = [token + emit(child) for token, child in children]
        if "" in node:
            branches.append(r"(?!\w)")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<!\w)" + emit(trie), re.IGNORECASE)


# ----------------------------------------------------------------------------- public API


def resolve_state(name: str) -> Entity | None:
    """Return the State or observer State ``name`` denotes, or None if it is not an alias."""
    return _data().states.get(normalize_name(name))


_PARENTHESISED_SUFFIX = re.compile(r"^(?P<head>.*?\S)\s*\((?P<inner>[^()]*)\)\s*$", re.DOTALL)


def resolve_organization(name: str) -> Entity | None:
    """Return the organization or observer body ``name`` denotes, or None.

    Coverage often introduces a body as "Full Name (ACRONYM)"; that form resolves when the
    full name does and the parenthesis holds another alias of the same body or an unknown
    single token. A parenthesis naming a different entity makes the whole name ambiguous.
    """
    data = _data()
    entity = data.organizations.get(normalize_name(name))
    if entity is not None or not isinstance(name, str):
        return entity
    match = _PARENTHESISED_SUFFIX.match(name)
    if match is None:
        return None
    entity = data.organizations.get(normalize_name(match["head"]))
    inner = match["inner"].strip()
    if entity is None or not inner:
        return None
    named = data.organizations.get(normalize_name(inner)) or data.states.get(normalize_name(inner))
    if named == entity or (named is None and len(inner.split()) == 1):
        return entity
    return None


def resolve(name: str) -> Entity | None:
    """Resolve ``name`` as a State first, then as an organization."""
    return resolve_state(name) or resolve_organization(name)


def find_mentions(text: str, *, kinds: frozenset[str] = DEFAULT_MENTION_KINDS) -> list[Mention]:
    """Every non-overlapping mention of an entity of ``kinds`` in ``text``, sorted by start.

    All aliases take part in the scan whatever ``kinds`` is, so a longer name of another kind
    still shadows the State inside it ("Hagar Cambodia" is an NGO, not Cambodia); non-mentions
    ("Northern Ireland", "Niger Delta") are consumed the same way and dropped.
    """
    if not isinstance(text, str) or not text:
        return []
    data = _data()
    mentions = []
    for match in data.pattern.finditer(text):
        entity = data.lookup.get(normalize_name(match.group()))
        if entity is not None and entity.kind in kinds:
            mentions.append(Mention(match.start(), match.end(), match.group(), entity))
    return mentions


def non_mention_names() -> tuple[str, ...]:
    """Place names that contain a State's name but are not that State ("Northern Ireland",
    "New Guinea"): the tagger must not read "Ireland" in them as another State."""
    return _data().non_mentions


def all_states() -> list[Entity]:
    """Every State and observer State, sorted by iso3 (the universe of possible speakers)."""
    return list(_data().entities)


def state_by_iso3(code: str) -> Entity | None:
    """The State or observer State an ISO 3166 alpha-3 code stands for (General Debate file
    names, annotators' ``speaker_iso3``); None for any other string."""
    return next((e for e in _data().entities if e.iso3 == code), None)


def aliases_of(entity: Entity) -> tuple[str, ...]:
    """Every alias of ``entity`` as written in the data files, sorted (the tagger's
    own-references: a speaker naming itself by another of its names is not "another State").
    """
    return _data().names.get(entity, ())


# ----------------------------------------------------------------------------- demonyms

DEMONYMS_PATH = RESOURCES / "demonyms.json"
ADJECTIVE_REACH = 40  # characters before an organ word where its adjective may start


@dataclass(frozen=True, slots=True)
class Demonyms:
    organ: re.Pattern[str]  # a word for a State's organs, anywhere in a text
    adjective_before: re.Pattern[str]  # an adjective of nationality ending a text
    entity_of: Mapping[str, str]  # lower-case adjective -> iso3


def load_demonyms(path: Path | None = None) -> Demonyms:
    """Adjectives of nationality, only ever read before a word for a State's organs ("the
    Thai Government"): "Thai victims" says whose nationals, not whose measure."""
    where = str(path or DEMONYMS_PATH)
    document = check_record(
        read_json(path or DEMONYMS_PATH),
        where=where,
        required={"description": str, "demonyms": dict, "organs": list},
    )
    known = {e.iso3 for e in all_states()}
    entity_of: dict[str, str] = {}
    for iso3, adjectives in document["demonyms"].items():
        if iso3 not in known:
            raise DataFileError(f"{where}: demonyms.{iso3}: not a State in countries.json")
        for adjective in _strings(adjectives, f"{where}: demonyms.{iso3}"):
            owner = entity_of.setdefault(adjective.lower(), iso3)
            if owner != iso3:
                raise DataFileError(f"{where}: {adjective!r} belongs to both {owner} and {iso3}")
    organs = _strings(document["organs"], f"{where}: organs")
    # The organ is looked for first (a short list, any case: "Government", "government"),
    # then the capitalised adjective right before it: far quicker than one alternation of
    # every adjective tried at every position.
    adjectives = sorted(
        {a for written in document["demonyms"].values() for a in written},
        key=lambda a: (-len(a), a),
    )
    organ_words = sorted(organs, key=lambda o: (-len(o), o))
    organ_pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in organ_words)
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    adjective_before = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in adjectives)
        + r")\s+$"
    )
    return Demonyms(organ_pattern, adjective_before, entity_of)


@functools.cache
def _demonyms() -> Demonyms:
    return load_demonyms()


def organs_of_other_states(text: str, entity: Entity | None) -> list[str]:
    """ "the Thai Government", "Kenyan authorities": another State's organs named by an
    adjective of nationality, as written (the speaker's own, "the Kenyan Government" when
    Kenya speaks, are not others)."""
    data = _demonyms()
    own = entity.iso3 if entity is not None else ""
    found = []
    for organ in data.organ.finditer(text):
        before = data.adjective_before.search(
            text, max(0, organ.start() - ADJECTIVE_REACH), organ.start()
        )
        if before is None:
            continue
        adjective = " ".join(before.group(1).lower().split())  # "Central\nAfrican"
        if data.entity_of[adjective] != own:
            found.append(" ".join(text[before.start() : organ.end()].split()))
    return found


# ----------------------------------------------------------------------------- acronyms

ACRONYMS_PATH = RESOURCES / "acronyms.json"


@dataclass(frozen=True, slots=True)
class Acronyms:
    pattern: re.Pattern[str]  # any form, case as written, whole
    entity_of: Mapping[str, str]  # form as written ("the US" as "US") -> iso3
    forms_of: Mapping[str, tuple[str, ...]]  # iso3 -> its forms as the data file writes them


def load_acronyms(path: Path | None = None) -> Acronyms:
    """States' acronyms in running text ("the US", "UAE"). They are kept apart from the
    aliases, which match in any case: "US" or "UK" lower-cased is a pronoun or a word, so a
    form here matches only as written, and one that is a word lower-cased only after "the"."""
    where = str(path or ACRONYMS_PATH)
    document = check_record(
        read_json(path or ACRONYMS_PATH), where=where, required={"about": str, "acronyms": dict}
    )
    known = {e.iso3 for e in all_states()}
    entity_of: dict[str, str] = {}
    alternatives = []
    for iso3, forms in document["acronyms"].items():
        if iso3 not in known:
            raise DataFileError(f"{where}: acronyms.{iso3}: not a State in countries.json")
        for form in _strings(forms, f"{where}: acronyms.{iso3}"):
            after_the = form.startswith("the ")
            bare = form[4:] if after_the else form
            if not re.fullmatch(r"[A-Z][A-Za-z.]*[A-Z.]", bare):
                raise DataFileError(f"{where}: acronyms.{iso3}: {form!r} is not an acronym")
            if entity_of.setdefault(bare, iso3) != iso3:
                raise DataFileError(f"{where}: {bare!r} belongs to {entity_of[bare]} and {iso3}")
            alternatives.append((r"[Tt]he\s+" if after_the else "") + re.escape(bare))
    # longest first, so "U.S.A." is not read as "U.S." followed by "A."
    alternatives.sort(key=lambda a: (-len(a), a))
    pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    forms_of = {iso3: tuple(forms) for iso3, forms in document["acronyms"].items()}
    return Acronyms(pattern, entity_of, forms_of)


@functools.cache
def _acronyms() -> Acronyms:
    return load_acronyms()


def acronyms_in(text: str) -> list[tuple[str, str]]:
    """Each State acronym in ``text`` as written, with the State's iso3 ("the US", "USA")."""
    data = _acronyms()
    found = []
    for match in data.pattern.finditer(text):
        written = " ".join(match.group().split())
        found.append((written, data.entity_of[written.split(" ")[-1]]))
    return found


def acronyms_of(entity: Entity) -> tuple[str, ...]:
    """The acronyms of ``entity`` as the data file writes them (the speaker's own names)."""
    return _acronyms().forms_of.get(entity.iso3 or "", ())
