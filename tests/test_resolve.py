"""Specification of the entity resolver (codebook §2: names as UN documents write them)."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import resolve as r
from pipeline.strict import DataFileError

ROOT = Path(__file__).resolve().parents[1]


def iso3(name: str) -> str | None:
    entity = r.resolve_state(name)
    return entity.iso3 if entity else None


def mention_codes(text: str, **kwargs: Any) -> list[str]:
    return [m.entity.iso3 or m.entity.name for m in r.find_mentions(text, **kwargs)]


# ------------------------------------------------------------------ codebook §2 look-alikes


def test_democratic_republic_of_the_congo_is_cod_and_congo_is_cog() -> None:
    assert iso3("Democratic Republic of the Congo") == "COD"
    assert iso3("the Democratic Republic of the Congo") == "COD"
    assert iso3("Congo") == "COG"
    assert iso3("Republic of the Congo") == "COG"
    assert mention_codes("the Democratic Republic of the Congo and the Congo") == ["COD", "COG"]


def test_republic_of_korea_is_kor_and_democratic_peoples_republic_is_prk() -> None:
    assert iso3("Republic of Korea") == "KOR"
    assert iso3("Democratic People's Republic of Korea") == "PRK"
    assert iso3("Democratic People’s Republic of Korea") == "PRK"
    assert mention_codes("Democratic People’s Republic of Korea, Republic of Korea") == [
        "PRK",
        "KOR",
    ]


def test_korea_alone_is_ambiguous_and_unresolved() -> None:
    assert iso3("Korea") is None


def test_cote_divoire_with_or_without_accent_and_curly_apostrophe() -> None:
    for name in ["Côte d'Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "Côte d’Ivoire"]:
        assert iso3(name) == "CIV", name
    assert mention_codes("Burkina Faso, Cote d’Ivoire, Côte d'Ivoire") == ["BFA", "CIV", "CIV"]


def test_iran() -> None:
    assert iso3("Iran") == iso3("Islamic Republic of Iran") == "IRN"
    assert iso3("Iran (Islamic Republic of)") == "IRN"


def test_syria() -> None:
    assert iso3("Syria") == iso3("Syrian Arab Republic") == "SYR"


def test_turkiye() -> None:
    assert iso3("Türkiye") == iso3("Turkey") == iso3("Turkiye") == "TUR"
    assert r.resolve_state("Turkey") == r.Entity("Türkiye", "state", "TUR", "Asia", "Western Asia")


def test_venezuela() -> None:
    assert iso3("Venezuela") == iso3("Bolivarian Republic of Venezuela") == "VEN"


def test_bolivia() -> None:
    assert iso3("Bolivia") == iso3("Plurinational State of Bolivia") == "BOL"


def test_lao_peoples_democratic_republic() -> None:
    assert iso3("Lao People's Democratic Republic") == iso3("Laos") == iso3("Lao PDR") == "LAO"


def test_united_republic_of_tanzania() -> None:
    assert iso3("United Republic of Tanzania") == iso3("Tanzania") == "TZA"


def test_republic_of_moldova() -> None:
    assert iso3("Republic of Moldova") == iso3("Moldova") == "MDA"


def test_niger_is_ner_and_nigeria_is_nga() -> None:
    assert iso3("Niger") == "NER"
    assert iso3("Nigeria") == "NGA"
    assert mention_codes("Nigeria and the Niger") == ["NGA", "NER"]
    assert mention_codes("Nigerian and Nigerien nationals") == []


def test_the_four_guineas() -> None:
    assert iso3("Guinea") == "GIN"
    assert iso3("Guinea-Bissau") == "GNB"
    assert iso3("Equatorial Guinea") == "GNQ"
    assert iso3("Papua New Guinea") == "PNG"
    text = "Equatorial Guinea, Guinea-Bissau, Papua New Guinea, Guinea‑Bissau and Guinea."
    assert mention_codes(text) == ["GNQ", "GNB", "PNG", "GNB", "GIN"]


def test_dominica_and_dominican_republic() -> None:
    assert iso3("Dominica") == "DMA"
    assert iso3("Dominican Republic") == "DOM"
    assert mention_codes("the Dominican Republic and Dominica") == ["DOM", "DMA"]


def test_sudan_and_south_sudan() -> None:
    assert iso3("Sudan") == "SDN"
    assert iso3("South Sudan") == "SSD"
    assert mention_codes("South Sudan, Sudan") == ["SSD", "SDN"]


def test_leading_article_is_ignored() -> None:
    assert iso3("the Russian Federation") == iso3("Russia") == "RUS"
    assert iso3("the United States") == iso3("United States of America") == "USA"
    assert iso3("the Maldives") == "MDV"
    assert iso3("The Gambia") == "GMB"


def test_short_un_display_names() -> None:
    expected = {
        "BOL": "Bolivia",
        "COD": "Democratic Republic of the Congo",
        "COG": "Congo",
        "CIV": "Côte d'Ivoire",
        "FSM": "Micronesia",
        "GBR": "United Kingdom",
        "IRN": "Iran",
        "KOR": "Republic of Korea",
        "LAO": "Lao People's Democratic Republic",
        "MDA": "Republic of Moldova",
        "NLD": "Netherlands",
        "PRK": "Democratic People's Republic of Korea",
        "PSE": "State of Palestine",
        "RUS": "Russian Federation",
        "SYR": "Syrian Arab Republic",
        "TUR": "Türkiye",
        "TZA": "United Republic of Tanzania",
        "USA": "United States",
        "VAT": "Holy See",
        "VEN": "Venezuela",
    }
    names = {e.iso3: e.name for e in r.all_states()}
    assert {code: names[code] for code in expected} == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Bolivia (Plurinational State of)", "BOL"),
        ("Gambia (Republic of The)", "GMB"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Micronesia (Federated States of)", "FSM"),
        ("Netherlands (Kingdom of the)", "NLD"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
    ],
)
def test_the_uns_own_member_list_names_resolve(name: str, code: str) -> None:
    """The forms the UN's list of Member States prints (a speaker named "as UN documents
    write it", issue #6), parenthesised qualifiers included."""
    assert iso3(name) == code


# ------------------------------------------------------------------ observers and regions


def test_holy_see_is_an_observer_state() -> None:
    assert r.resolve("Holy See") == r.Entity(
        "Holy See", "observer", "VAT", "Europe", "Southern Europe"
    )


def test_state_of_palestine_is_an_observer_state() -> None:
    assert r.resolve("State of Palestine") == r.Entity(
        "State of Palestine", "observer", "PSE", "Asia", "Western Asia"
    )


def test_european_union_is_an_observer_without_iso3() -> None:
    entity = r.resolve("European Union")
    assert entity == r.Entity("European Union", "observer")
    assert entity is not None and entity.iso3 == entity.region == ""
    assert r.resolve_state("European Union") is None


@pytest.mark.parametrize(
    ("name", "region", "subregion"),
    [
        ("Greece", "Europe", "Southern Europe"),
        ("Ghana", "Africa", "Western Africa"),
        ("Jamaica", "Americas", "Caribbean"),
        ("China", "Asia", "Eastern Asia"),
        ("Mexico", "Americas", "Central America"),
        ("Brazil", "Americas", "South America"),
        ("Canada", "Americas", "Northern America"),
        ("Fiji", "Oceania", "Melanesia"),
    ],
)
def test_m49_region_and_subregion(name: str, region: str, subregion: str) -> None:
    entity = r.resolve_state(name)
    assert entity is not None
    assert (entity.region, entity.subregion) == (region, subregion)


def test_all_states_is_member_and_observer_states_sorted_by_iso3() -> None:
    states = r.all_states()
    codes = [e.iso3 for e in states]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes)) == 195
    assert [e.kind for e in states].count("observer") == 2
    assert {"VAT", "PSE"} <= set(codes)
    assert not {"TWN", "XKX", "PRI", "GRL", "HKG"} & set(codes)


def test_territories_taiwan_and_kosovo_are_unresolved() -> None:
    for name in ["Taiwan", "Kosovo", "Puerto Rico", "Hong Kong", "Greenland"]:
        assert r.resolve(name) is None, name


# ------------------------------------------------------------------ organizations


def test_organization_with_parenthesised_acronym() -> None:
    unodc = r.resolve_organization("UNODC")
    assert unodc is not None and unodc.kind == "organization"
    assert r.resolve_organization("United Nations Office on Drugs and Crime (UNODC)") == unodc
    assert r.resolve_organization("UN Office on Drugs and Crime") == unodc
    assert r.resolve_organization("United Nations Office on Drugs and Crime (IOM)") is None
    assert r.resolve_organization("Atlantis Office (AO)") is None


def test_organizations_named_in_the_coverage() -> None:
    cases = {
        "Inter-agency Coordination Group against Trafficking in Persons": (
            "Inter-Agency Coordination Group against Trafficking in Persons"
        ),
        "Organization for Security and Cooperation in Europe": (
            "Organization for Security and Co-operation in Europe"
        ),
        "International Office for Migration": "International Organization for Migration",
        "General Assembly President": "President of the General Assembly",
        "Special Rapporteur on Trafficking in Persons": (
            "UN Special Rapporteur on trafficking in persons, especially women and children"
        ),
        "Tech against Trafficking": "Business for Social Responsibility",
        "Hagar": "Hagar Cambodia",
        "UN refugee agency": "UNHCR",
        "League of Arab States": "League of Arab States",
    }
    for name, expected in cases.items():
        entity = r.resolve(name)
        assert entity is not None and entity.name == expected, name
    assert r.resolve("League of Arab States").kind == "observer"  # type: ignore[union-attr]
    assert r.resolve("IOM").kind == "organization"  # type: ignore[union-attr]


def test_organization_names_shadow_states_inside_them() -> None:
    text = "Hagar Cambodia works with Cambodia."
    assert mention_codes(text) == ["KHM"]
    assert r.find_mentions(text)[0].start == text.rindex("Cambodia")


def test_observers_are_found_by_default_and_organizations_on_request() -> None:
    text = "Representatives of Holy See and the League of Arab States spoke, as did UNODC."
    assert mention_codes(text) == ["VAT", "League of Arab States"]
    assert mention_codes(text, kinds=frozenset({"organization"})) == [
        "United Nations Office on Drugs and Crime"
    ]


# ------------------------------------------------------------------ unknown and non-names


@pytest.mark.parametrize(
    "name", ["Atlantis", "Bosnia", "Venezuelan", "Cuban", "", "   ", "the", "Korea", "Macedonia"]
)
def test_unknown_names_and_demonyms_are_unresolved(name: str) -> None:
    assert r.resolve(name) is None


def test_never_fuzzy() -> None:
    assert r.resolve("Nigera") is None
    assert r.resolve("Frances") is None
    assert r.resolve("United State") is None


def test_common_words_and_non_mentions_are_not_states() -> None:
    text = (
        "A guinea pig; to chad a ballot; turkey for dinner; the Niger Delta, "
        "Northern Ireland, New Mexico, the Gulf of Guinea and New Guinea."
    )
    assert mention_codes(text) == []


def test_inverted_names_resolve_but_are_not_searched_in_lists() -> None:
    assert iso3("Korea, Republic of") == "KOR"
    assert iso3("Moldova, Republic of") == "MDA"
    assert mention_codes("Moldova, Republic of Korea, Iran") == ["MDA", "KOR", "IRN"]


# ------------------------------------------------------------------ the real speakers list

ALSO_DELIVERING = (
    "Also delivering statements were Government ministers and representatives of Sierra Leone, "
    "South Africa, the United Kingdom, Chile, Ukraine, Canada, Portugal, Italy, India, Egypt, "
    "Guatemala, Australia, the United States, France, Venezuela, Romania, Azerbaijan, Syria, "
    "Iran, Bangladesh, Myanmar, Mongolia, Namibia, Uzbekistan, Poland, Bahrain, Pakistan, "
    "Saudi Arabia, Malaysia, Ecuador, Japan, the United Arab Emirates, New Zealand, Nepal, "
    "Oman, El Salvador, Argentina, Indonesia, Iraq, Bolivia, Turkey, Mexico, Côte d'Ivoire, "
    "Spain, Kenya, Germany, Brazil, Albania, Iceland, Georgia, Sri Lanka, Nicaragua, Hungary, "
    "Trinidad and Tobago, Zimbabwe, Morocco, Ethiopia, Armenia, the Russian Federation."
)
# fmt: off
ALSO_DELIVERING_CODES = [
    "SLE", "ZAF", "GBR", "CHL", "UKR", "CAN", "PRT", "ITA", "IND", "EGY",
    "GTM", "AUS", "USA", "FRA", "VEN", "ROU", "AZE", "SYR", "IRN", "BGD",
    "MMR", "MNG", "NAM", "UZB", "POL", "BHR", "PAK", "SAU", "MYS", "ECU",
    "JPN", "ARE", "NZL", "NPL", "OMN", "SLV", "ARG", "IDN", "IRQ", "BOL",
    "TUR", "MEX", "CIV", "ESP", "KEN", "DEU", "BRA", "ALB", "ISL", "GEO",
    "LKA", "NIC", "HUN", "TTO", "ZWE", "MAR", "ETH", "ARM", "RUS",
]
# fmt: on


def test_also_delivering_list_from_seed_002() -> None:
    # The sentence names 59 States (counted by hand, one per comma-separated item).
    assert len(ALSO_DELIVERING_CODES) == 59
    seed = (ROOT / "seeds" / "002_1888e5659680e480.txt").read_text(encoding="utf-8")
    assert ALSO_DELIVERING in seed
    mentions = r.find_mentions(ALSO_DELIVERING)
    assert [m.entity.iso3 for m in mentions] == ALSO_DELIVERING_CODES
    names = ALSO_DELIVERING.split(" of ", 1)[1].rstrip(".").replace(" the ", " ").split(", ")
    assert [m.text for m in mentions] == [n.removeprefix("the ") for n in names]
    for mention in mentions:
        assert ALSO_DELIVERING[mention.start : mention.end] == mention.text


# ------------------------------------------------------------------ data integrity


def test_display_names_are_unique_and_resolve_to_their_own_code() -> None:
    states = r.all_states()
    assert len({e.name for e in states}) == len(states)
    for entity in states:
        assert r.resolve_state(entity.name) == entity


def test_every_alias_resolves_to_its_entity() -> None:
    data = r.load_data()
    assert data.aliases
    for alias, entity in data.aliases:
        if entity.kind == "organization" or not entity.iso3:
            assert r.resolve_organization(alias) == entity, alias
        else:
            assert r.resolve_state(alias) == entity, alias
        assert r.resolve(alias) == entity, alias


def test_aliases_of_lists_every_name_of_the_entity_sorted() -> None:
    turkiye = r.resolve_state("Turkey")
    assert turkiye is not None
    names = r.aliases_of(turkiye)
    assert {"Türkiye", "Turkey", "Republic of Türkiye"} <= set(names)
    assert list(names) == sorted(set(names))
    assert r.aliases_of(r.Entity("Atlantis", "state", "ATL")) == ()


def test_every_searchable_alias_is_found_in_running_text() -> None:
    data = r.load_data()
    everything = frozenset({"state", "observer", "organization", "office"})
    for alias, entity in data.aliases:
        if "," in alias:
            continue
        text = f"Statements by {alias}, then more."
        mentions = r.find_mentions(text, kinds=everything)
        assert [(m.text, m.entity) for m in mentions if m.text == alias] == [(alias, entity)], alias


def test_committed_countries_json_matches_the_builder() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_countries", ROOT / "tools" / "build_countries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run: python tools/build_countries.py"


# ------------------------------------------------------------------ loader strictness


@pytest.fixture
def countries() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(r.COUNTRIES_PATH.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: Any, name: str = "countries.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def by_code(data: dict[str, Any], code: str) -> dict[str, Any]:
    record: dict[str, Any] = next(c for c in data["countries"] if c["iso3"] == code)
    return record


def test_loader_accepts_the_committed_files(tmp_path: Path, countries: dict[str, Any]) -> None:
    data = r.load_data(countries_path=write(tmp_path, countries))
    assert len(data.entities) == 195


def test_loader_rejects_an_unknown_key(tmp_path: Path, countries: dict[str, Any]) -> None:
    by_code(countries, "GRC")["continent"] = "Europe"
    with pytest.raises(DataFileError, match="unknown key"):
        r.load_data(countries_path=write(tmp_path, countries))


def test_loader_rejects_an_unknown_key_in_organizations(tmp_path: Path) -> None:
    records = json.loads(r.ORGANIZATIONS_PATH.read_text(encoding="utf-8"))
    records[0]["aliasses"] = []
    with pytest.raises(DataFileError, match="unknown key"):
        r.load_data(organizations_path=write(tmp_path, records, "organizations.json"))


def test_loader_rejects_one_alias_for_two_codes(tmp_path: Path, countries: dict[str, Any]) -> None:
    by_code(countries, "COG")["aliases"].append("Democratic Republic of the Congo")
    with pytest.raises(DataFileError, match="also belongs to"):
        r.load_data(countries_path=write(tmp_path, countries))


def test_loader_rejects_aliases_that_collide_after_normalisation(
    tmp_path: Path, countries: dict[str, Any]
) -> None:
    by_code(countries, "NGA")["aliases"].append("  the NIGER ")
    with pytest.raises(DataFileError, match="also belongs to"):
        r.load_data(countries_path=write(tmp_path, countries))


def test_loader_rejects_a_state_alias_claimed_by_an_organization(tmp_path: Path) -> None:
    records = json.loads(r.ORGANIZATIONS_PATH.read_text(encoding="utf-8"))
    records[0]["aliases"].append("Holy See")
    with pytest.raises(DataFileError, match="also belongs to"):
        r.load_data(organizations_path=write(tmp_path, records, "organizations.json"))


def test_loader_rejects_duplicate_iso3(tmp_path: Path, countries: dict[str, Any]) -> None:
    clone = copy.deepcopy(by_code(countries, "GRC"))
    clone["name"], clone["aliases"] = "Hellas", ["Hellas"]
    countries["countries"].append(clone)
    with pytest.raises(DataFileError, match="duplicate iso3"):
        r.load_data(countries_path=write(tmp_path, countries))


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("region", "Eurasia", "unknown M49 region"),
        ("subregion", "Western Asia", "not an M49 subregion"),
        ("iso3", "XKX", "not an ISO 3166-1"),
        ("m49", "301", "do not match ISO 3166-1"),
        ("kind", "organization", "kind must be"),
    ],
)
def test_loader_rejects_bad_values(
    tmp_path: Path, countries: dict[str, Any], key: str, value: str, message: str
) -> None:
    by_code(countries, "GRC")[key] = value
    with pytest.raises(DataFileError, match=message):
        r.load_data(countries_path=write(tmp_path, countries))


# ------------------------------------------------------------------ properties

ALIASES = r.load_data().aliases
STATE_ALIASES = [(a, e) for a, e in ALIASES if e.iso3 and "," not in a]
APOSTROPHES = ["'", "’", "‘", "ʼ"]
DASHES = ["-", "‐", "‑", "–", "—", "−"]
SPACES = [" ", "  ", "\n", "\u00a0", "\t"]


@settings(max_examples=300)
@given(st.text())
def test_nothing_raises_on_arbitrary_text(text: str) -> None:
    assert isinstance(r.normalize_name(text), str)
    r.resolve(text)
    r.resolve_state(text)
    r.resolve_organization(text)
    for mention in r.find_mentions(text, kinds=frozenset({"state", "observer", "organization"})):
        assert text[mention.start : mention.end] == mention.text
        assert r.resolve(mention.text) == mention.entity


@settings(max_examples=300)
@given(
    st.sampled_from(ALIASES),
    st.sampled_from(["upper", "lower", "swapcase", "title", "same"]),
    st.sampled_from(SPACES),
    st.sampled_from(APOSTROPHES),
    st.sampled_from(DASHES),
    st.sampled_from(["", " ", "the ", "The ", "  the  "]),
    st.sampled_from(["", " ", ".", ",", " ;"]),
)
def test_typographic_variants_of_every_alias_resolve_alike(
    pair: tuple[str, Any],
    case: str,
    space: str,
    apostrophe: str,
    dash: str,
    prefix: str,
    suffix: str,
) -> None:
    alias, entity = pair
    variant = alias if case == "same" else getattr(alias, case)()
    variant = variant.replace(" ", space).replace("'", apostrophe).replace("-", dash)
    assert r.resolve(prefix + variant + suffix) == entity


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(STATE_ALIASES), min_size=1, max_size=12),
    st.sampled_from([", ", "; ", ", and ", " and the ", "\n", " / "]),
)
def test_find_mentions_returns_joined_names_in_order(
    pairs: list[tuple[str, r.Entity]], separator: str
) -> None:
    text = "Statements by " + separator.join(alias for alias, _ in pairs) + "."
    mentions = r.find_mentions(text)
    assert [m.entity.iso3 for m in mentions] == [entity.iso3 for _, entity in pairs]
    assert [m.text for m in mentions] == [alias for alias, _ in pairs]


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Korea, South", "KOR"),
        ("Korea, North", "PRK"),
        ("Gambia, The", "GMB"),
        ("Bahamas, The", "BHS"),
        ("Congo, Democratic Republic of the", "COD"),
        ("Congo, Republic of the", "COG"),
        ("Micronesia, Federated States of", "FSM"),
        ("Burma", "MMR"),
    ],
)
def test_factbook_style_inverted_names_resolve(name: str, iso3: str) -> None:
    """Country narratives (CIA World Factbook) name States with the head word first."""
    entity = r.resolve(name)
    assert entity is not None and entity.iso3 == iso3


# --- demonyms: another State's organs named by an adjective of nationality --------------------


def test_an_adjective_before_an_organ_names_another_states_organ() -> None:
    kenya = r.resolve_state("Kenya")
    text = "The Thai Government and Kenyan authorities met; Thai victims were housed."
    assert r.organs_of_other_states(text, kenya) == ["Thai Government"]
    assert r.organs_of_other_states("Kenyan authorities acted.", kenya) == []
    assert r.organs_of_other_states("thai government", kenya) == []  # an adjective is capitalised
    # a line break inside the adjective or before the organ (real speeches wrap anywhere)
    assert r.organs_of_other_states("the Central\nAfrican  Government", kenya) == [
        "Central African Government"
    ]


def test_demonym_loader_rejects_an_unknown_state_and_a_shared_adjective(tmp_path: Path) -> None:
    document = json.loads(r.DEMONYMS_PATH.read_text(encoding="utf-8"))
    document["demonyms"]["XYZ"] = ["Xyzian"]
    with pytest.raises(DataFileError, match="XYZ: not a State"):
        r.load_demonyms(write(tmp_path, document, "demonyms.json"))
    document = json.loads(r.DEMONYMS_PATH.read_text(encoding="utf-8"))
    document["demonyms"]["KEN"] = ["Kenyan", "Thai"]
    with pytest.raises(DataFileError, match="belongs to both"):
        r.load_demonyms(write(tmp_path, document, "demonyms.json"))


# --- acronyms: another State named as "the US" or "UAE" in running text ---------------------


def test_an_acronym_names_its_state_only_in_its_own_case() -> None:
    text = "The US and the U.S.A., the UK, UAE and DPRK. Contact US; let us go; uk; the Uae."
    assert r.acronyms_in(text) == [
        ("The US", "USA"),
        ("U.S.A.", "USA"),
        ("UK", "GBR"),
        ("UAE", "ARE"),
        ("DPRK", "PRK"),
    ]
    assert r.acronyms_in("U.S.-based firms and a US$ 5 grant") == []
    united_states = r.resolve_state("United States")
    assert united_states is not None and "the US" in r.acronyms_of(united_states)


def test_a_state_is_found_by_its_iso3_code_and_nothing_else_is() -> None:
    assert (state := r.state_by_iso3("NOR")) is not None and state.name == "Norway"
    assert r.state_by_iso3("nor") is None and r.state_by_iso3("XYZ") is None


def test_acronym_loader_rejects_an_unknown_state_a_shared_form_and_a_word(
    tmp_path: Path,
) -> None:
    original = json.loads(r.ACRONYMS_PATH.read_text(encoding="utf-8"))
    for change, message in [
        ({"XYZ": ["XY"]}, "XYZ: not a State"),
        ({"KEN": ["UAE"]}, "belongs to ARE and KEN"),
        ({"KEN": ["kenya"]}, "is not an acronym"),
    ]:
        document = json.loads(json.dumps(original))
        document["acronyms"].update(change)
        with pytest.raises(DataFileError, match=message):
            r.load_acronyms(write(tmp_path, document, "acronyms.json"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Central", "African", "Thai", "Government", "\n", "  ", "\u00a0", "-"])
        | st.text(max_size=6),
        max_size=12,
    )
)
def test_demonym_search_never_fails_on_any_text(pieces: list[str]) -> None:
    """Whatever the spacing, line breaks or stray characters, the search returns phrases
    (single-spaced) and never raises."""
    found = r.organs_of_other_states(" ".join(pieces), r.resolve_state("Kenya"))
    assert all(phrase == " ".join(phrase.split()) for phrase in found)
