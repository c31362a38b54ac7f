"""Regenerate pipeline/resources/countries.json from the M49 source table.

countries.json is committed output so that the pipeline never depends on this script at run
time, but it must stay reproducible: the only inputs are the saved M49 table
(pipeline/resources/sources/m49_all.csv), the pinned pycountry release and the hand-curated
OVERRIDES block below. Run ``python tools/build_countries.py`` after editing either, and
``python tools/build_countries.py --check`` in CI to prove the committed file is current.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # so the loader below validates exactly what the pipeline reads
    sys.path.insert(0, str(ROOT))

from pipeline import resolve  # noqa: E402

SOURCE = ROOT / "pipeline" / "resources" / "sources" / "m49_all.csv"
OUTPUT = ROOT / "pipeline" / "resources" / "countries.json"

# --------------------------------------------------------------------------------------------
# OVERRIDES (hand-curated; everything else comes from the M49 table and pycountry)
# --------------------------------------------------------------------------------------------

# Rows of the M49/ISO table that are not States: dependent territories and other areas that
# never speak at the UN as a State. Taiwan and Antarctica are left out as well (see README).
# The build asserts that what remains is 193 Member States + 2 observer States.
# fmt: off
NOT_STATES = frozenset({
    "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK",
    "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM",
    "HKG", "HMD", "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL",
    "NFK", "NIU", "PCN", "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA",
    "TKL", "TWN", "UMI", "VGB", "VIR", "WLF",
})
# fmt: on

OBSERVER_STATES = frozenset({"VAT", "PSE"})

# Display name = the short name UN press releases use. The M49 name is kept unless listed
# here: parenthesised qualifiers are dropped where the coverage uses the bare name (Bolivia,
# Iran, Micronesia, Venezuela), and moved in front where the qualified form *is* the UN short
# name (Republic of Korea, Republic of Moldova, ...). Long official forms give way to the
# short form (United Kingdom, United States); renamed States take their current UN name.
DISPLAY_NAMES = {
    "BOL": "Bolivia",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "Republic of Korea",
    "MDA": "Republic of Moldova",
    "MKD": "North Macedonia",
    "PRK": "Democratic People's Republic of Korea",
    "PSE": "State of Palestine",
    "TUR": "Türkiye",
    "TZA": "United Republic of Tanzania",
    "USA": "United States",
    "VEN": "Venezuela",
}

# Names UN documents and news coverage use besides the M49 and pycountry forms (codebook §2).
# Names only: no demonyms ("Venezuelan"), no acronyms ("UK", "DPRK"), nothing ambiguous on
# its own ("Korea", "Macedonia", "Bosnia", "America").
EXTRA_ALIASES = {
    "BHS": ["Bahamas, The"],
    "BRN": ["Brunei"],
    "CIV": ["Cote d'Ivoire", "Ivory Coast"],
    "COD": [
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
        "DR Congo",
        "Congo, Democratic Republic of the",
        "Congo-Kinshasa",
    ],
    "COG": [
        "Republic of the Congo",
        "Republic of Congo",
        "Congo-Brazzaville",
        "Congo, Republic of the",
    ],
    "CPV": ["Cape Verde"],
    "CZE": ["Czech Republic"],
    "FSM": ["Micronesia, Federated States of", "Micronesia"],
    "GBR": ["Britain", "Great Britain"],
    "GMB": ["Gambia, The", "Gambia (Republic of The)"],
    "GNB": ["Guinea Bissau"],
    "IRN": ["Iran", "Islamic Republic of Iran"],
    "KNA": ["St. Kitts and Nevis"],
    "KOR": ["Republic of Korea", "South Korea", "Korea, South"],
    "LAO": ["Laos", "Lao Peoples Democratic Republic", "Lao PDR"],
    "LCA": ["St. Lucia"],
    "MDA": ["Moldova"],
    "MKD": [
        "former Yugoslav Republic of Macedonia",
        "Republic of North Macedonia",
    ],
    "MMR": ["Burma"],
    "NLD": ["Netherlands (Kingdom of the)", "Kingdom of the Netherlands"],
    "PRK": [
        "Democratic People's Republic of Korea",
        "Democratic Peoples Republic of Korea",
        "North Korea",
        "Korea, North",
    ],
    "PSE": ["Palestine", "State of Palestine"],
    "RUS": ["Russia"],
    "STP": ["São Tomé and Príncipe"],
    "SWZ": ["Swaziland", "Kingdom of Eswatini"],
    "SYR": ["Syria"],
    "TLS": ["Timor Leste", "East Timor"],
    "TUR": ["Turkey", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TZA": ["Tanzania"],
    "VAT": ["Holy See", "Vatican City State", "Vatican City"],
    "VCT": ["St. Vincent and the Grenadines"],
    "VNM": ["Vietnam"],
}

# Phrases that contain a State's name but do not mention that State (a region, a river, a
# territory, a US state). find_mentions consumes them so the State inside is not reported.
NON_MENTIONS = [
    "American Samoa",
    "Congo Basin",
    "Congo River",
    "Gulf of Guinea",
    "Jordan River",
    "Jordan Valley",
    "Lake Chad",
    "New Guinea",
    "New Mexico",
    "Niger Delta",
    "Niger River",
    "Northern Ireland",
    "River Niger",
    "South Georgia",
]

EXPECTED_STATES = 193
EXPECTED_OBSERVERS = 2

# --------------------------------------------------------------------------------------------


def _strip_the(name: str) -> str:
    """Drop a leading article so aliases match text that has none ("the State of Palestine")."""
    return name[4:] if name[:4].lower() == "the " else name


def _pycountry_names(iso3: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise SystemExit(f"{SOURCE}: {iso3} is not an ISO 3166-1 code pycountry knows")
    names = [country.name]
    for attribute in ("official_name", "common_name"):
        value = getattr(country, attribute, None)
        if value:
            names.append(value)
    return names


def _dedupe(names: list[str]) -> list[str]:
    """Keep each spelling once, in source order, so the display name stays first.

    Spellings that differ only in accents or case ("Côte"/"Cote") are both kept on purpose:
    the file then documents every form the coverage is known to use.
    """
    return [name for name in dict.fromkeys(names) if name.strip()]


def build() -> dict[str, Any]:
    with SOURCE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    unknown = (set(DISPLAY_NAMES) | set(EXTRA_ALIASES) | NOT_STATES | OBSERVER_STATES) - {
        row["alpha-3"] for row in rows
    }
    if unknown:
        raise SystemExit(f"overrides name codes missing from {SOURCE}: {sorted(unknown)}")

    countries = []
    for row in sorted(rows, key=lambda r: r["alpha-3"]):
        iso3 = row["alpha-3"]
        if iso3 in NOT_STATES:
            continue
        if not row["region"] or not row["sub-region"]:
            raise SystemExit(f"{SOURCE}: {iso3} has no M49 region")
        m49_name = row["name"]
        name = DISPLAY_NAMES.get(iso3, m49_name)
        aliases = [name, m49_name, *_pycountry_names(iso3), *EXTRA_ALIASES.get(iso3, [])]
        countries.append(
            {
                "iso3": iso3,
                "iso2": row["alpha-2"],
                "m49": row["country-code"],
                "name": name,
                "kind": "observer" if iso3 in OBSERVER_STATES else "state",
                "region": row["region"],
                "subregion": row["intermediate-region"] or row["sub-region"],
                "aliases": _dedupe([_strip_the(alias) for alias in aliases]),
            }
        )
    kinds = [c["kind"] for c in countries]
    if (kinds.count("state"), kinds.count("observer")) != (EXPECTED_STATES, EXPECTED_OBSERVERS):
        raise SystemExit(
            f"expected {EXPECTED_STATES} States and {EXPECTED_OBSERVERS} observer States, got "
            f"{kinds.count('state')} and {kinds.count('observer')}: check NOT_STATES"
        )
    return {
        "generated_by": "tools/build_countries.py (do not edit by hand)",
        "source": (
            "sources/m49_all.csv (UN M49 regions via lukes/ISO-3166-Countries-with-Regional-"
            f"Codes, CC BY-SA 4.0) + pycountry {_pycountry_version()} names + curated overrides"
        ),
        "countries": countries,
        "non_mentions": sorted(NON_MENTIONS),
    }


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if countries.json is not up to date"
    )
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run python tools/build_countries.py", file=sys.stderr)
            return 1
        return 0
    tmp = OUTPUT.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    resolve.load_data(countries_path=tmp)  # refuse to install a file the loader rejects
    tmp.replace(OUTPUT)
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
