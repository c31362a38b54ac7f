"""Shareable URLs: parsing, validation, round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.filters import Filters
from explorer.query import MAX_NOTICES, Known, build_query, parse_query
from explorer.vocab import CATEGORIES, STATUSES

KNOWN = Known(
    regions=("Africa", "Americas", "Asia", "Europe", "Oceania"),
    subregions=("Western Africa", "Western Europe", "Latin America and the Caribbean"),
    docs=("ga-2021-11-22", "sc-2023-04-05", "odd,id"),
    entities=("FRA", "DEU", "NGA", "BRA", "MEX", "JPN", "AUS", "European Union"),
    entity_names={"France": "FRA", "European Union": "European Union"},
    years=(2000, 2024),
    sources=("meeting coverage", "general debate", "article"),
)


def test_empty_query_is_default_view() -> None:
    parsed = parse_query({}, KNOWN)
    assert parsed.filters == Filters()
    assert parsed.unknown == []
    assert parsed.compare == ()
    assert parsed.tab is None


def test_repeated_keys_and_commas_are_both_accepted() -> None:
    parsed = parse_query(
        {
            "region": ["Europe", "Africa"],
            "measure": ["legislation,shelters"],
            "status": ["in_place", "planned"],
            "country": ["FRA,DEU", "NGA"],
        },
        KNOWN,
    )
    assert parsed.filters.regions == ("Europe", "Africa")
    assert parsed.filters.measures == ("legislation", "shelters")
    assert parsed.filters.statuses == ("in_place", "planned")
    assert parsed.compare == ("FRA", "DEU", "NGA")
    assert parsed.unknown == []


def test_known_value_containing_a_comma() -> None:
    assert parse_query({"doc": ["odd,id"]}, KNOWN).filters.docs == ("odd,id",)


def test_case_insensitive_and_names() -> None:
    parsed = parse_query(
        {"region": ["europe"], "country": ["fra", "France"], "measure": ["LEGISLATION"]}, KNOWN
    )
    assert parsed.filters.regions == ("Europe",)
    assert parsed.compare == ("FRA",)
    assert parsed.filters.measures == ("legislation",)


def test_unknown_values_are_dropped_and_reported() -> None:
    parsed = parse_query(
        {
            "region": ["Atlantis", "Europe"],
            "measure": ["teleportation"],
            "country": ["XXX"],
            "tab": ["nowhere"],
            "bogus": ["1"],
            "embed": ["true"],
        },
        KNOWN,
    )
    assert parsed.filters.regions == ("Europe",)
    assert parsed.filters.measures == CATEGORIES  # nothing valid left: keep the default
    assert parsed.compare == ()
    assert "region=Atlantis" in parsed.unknown
    assert "measure=teleportation" in parsed.unknown
    assert "country=XXX" in parsed.unknown
    assert "tab=nowhere" in parsed.unknown
    assert any("bogus" in u for u in parsed.unknown)
    assert not any("embed" in u for u in parsed.unknown)


def test_a_thousand_unknown_keys_give_a_short_notice() -> None:
    params = {f"k{i:04d}": ["x" * 500] for i in range(1000)}
    params["region"] = [f"Nowhere{i}" for i in range(40)]
    parsed = parse_query(params, KNOWN)
    notice = "; ".join(parsed.unknown)
    assert len(parsed.unknown) == MAX_NOTICES + 1
    assert parsed.unknown[0] == "unknown parameter “k0000”"
    assert parsed.unknown[-1].endswith("more item(s) ignored")
    assert len(notice) < 1000


def test_a_few_unknown_items_are_all_listed() -> None:
    parsed = parse_query({"region": [f"R{i}" for i in range(MAX_NOTICES + 1)]}, KNOWN)
    assert parsed.unknown == [f"region=R{i}" for i in range(MAX_NOTICES + 1)]


def test_compare_is_capped_at_six() -> None:
    parsed = parse_query({"country": ["FRA,DEU,NGA,BRA,MEX,JPN,AUS"]}, KNOWN)
    assert parsed.compare == ("FRA", "DEU", "NGA", "BRA", "MEX", "JPN")
    assert any("only 6" in u for u in parsed.unknown)


def test_kinds_always_include_states() -> None:
    assert parse_query({"kind": ["organization"]}, KNOWN).filters.kinds == (
        "state",
        "organization",
    )
    assert parse_query({"kind": ["state"]}, KNOWN).filters.kinds == ("state",)


def test_round_trip() -> None:
    flt = Filters(
        regions=("Europe",),
        subregions=("Western Europe",),
        measures=("legislation",),
        statuses=("in_place", "in_progress"),
        docs=("sc-2023-04-05",),
        kinds=("state", "observer"),
        search="fr",
        years=(2005, 2015),
        sources=("general debate", "article"),
    )
    params = build_query(flt, compare=("FRA", "DEU"), profile="FRA", tab="Compare")
    assert params["years"] == ["2005-2015"]
    assert params["source"] == ["general debate", "article"]
    assert params["tab"] == ["compare"]
    assert params["country"] == ["FRA", "DEU"]
    parsed = parse_query(params, KNOWN)
    assert parsed.filters == flt
    assert parsed.compare == ("FRA", "DEU")
    assert parsed.profile == "FRA"
    assert parsed.tab == "Compare"
    assert parsed.unknown == []


def test_default_view_writes_an_empty_query() -> None:
    assert build_query(Filters(), tab="Map") == {}
    assert build_query(Filters(statuses=STATUSES[::-1])) == {}


@given(
    st.dictionaries(
        st.text(max_size=12),
        st.lists(st.text(max_size=40), max_size=5),
        max_size=6,
    )
)
def test_parsing_never_raises(params: dict[str, list[str]]) -> None:
    parsed = parse_query(params, KNOWN)
    assert set(parsed.filters.regions) <= set(KNOWN.regions)
    assert set(parsed.filters.sources) <= set(KNOWN.sources)
    years = parsed.filters.years
    assert years is None or 2000 <= years[0] <= years[1] <= 2024
    assert set(parsed.compare) <= set(KNOWN.entities)
    assert len(parsed.filters.search) <= 80


def test_years_and_sources_are_read() -> None:
    parsed = parse_query({"years": ["2005-2015"], "source": ["General Debate,article"]}, KNOWN)
    assert parsed.filters.years == (2005, 2015)
    assert parsed.filters.sources == ("general debate", "article")  # the data's order
    assert parsed.unknown == []
    assert parse_query({"years": ["2015"]}, KNOWN).filters.years == (2015, 2015)
    assert parse_query({"years": ["2005 \u2013 2015"]}, KNOWN).filters.years == (2005, 2015)


def test_the_full_range_is_the_default_and_writes_nothing() -> None:
    parsed = parse_query({"years": ["2000-2024"]}, KNOWN)
    assert parsed.filters.years is None  # every year, undated documents included
    assert parsed.unknown == []
    assert build_query(Filters(years=None)) == {}
    assert build_query(Filters(years=(2015, 2015))) == {"years": ["2015"]}


@pytest.mark.parametrize(
    "value",
    [
        "1999-2005",  # before the data
        "2020-2030",  # after the data
        "2015-2005",  # reversed
        "twenty",
        "2005-",
        "2005-2010-2015",
        "20050",
        "\u0662\u0660\u0661\u0665",  # Arabic-Indic digits: not a URL year
        "<script>alert(1)</script>",
    ],
)
def test_invalid_years_are_reported_not_guessed(value: str) -> None:
    parsed = parse_query({"years": [value]}, KNOWN)
    assert parsed.filters.years is None
    assert len(parsed.unknown) == 1
    assert parsed.unknown[0].startswith("years=")


def test_years_without_dated_data_are_reported() -> None:
    known = Known(regions=(), subregions=(), docs=(), entities=())
    parsed = parse_query({"years": ["2015"]}, known)
    assert parsed.filters.years is None
    assert parsed.unknown == ["years=2015"]


def test_unknown_source_is_reported() -> None:
    parsed = parse_query({"source": ["tweets", "article"]}, KNOWN)
    assert parsed.filters.sources == ("article",)
    assert parsed.unknown == ["source=tweets"]


@given(st.text(max_size=30))
def test_any_years_value_is_a_range_inside_the_data_or_a_notice(value: str) -> None:
    parsed = parse_query({"years": [value]}, KNOWN)
    years = parsed.filters.years
    assert years is None or 2000 <= years[0] <= years[1] <= 2024
    assert len(parsed.unknown) <= 1
    assert all(len(u) < 200 for u in parsed.unknown)
