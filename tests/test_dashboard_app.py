"""The whole dashboard script under Streamlit's AppTest, on the fixture data."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from explorer import data
from explorer.vocab import CATEGORIES, STATUSES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "minidata"
TIMEOUT = 60


class Downloads(dict[str, bytes]):
    """What each download button would serve, keyed by file name, in registration order.

    The dashboard registers deferred (callable) downloads; the callable is what the server
    runs when the button is clicked, so calling it here yields exactly the served bytes.
    """


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> Downloads:
    captured = Downloads()
    original = MediaFileManager.add_deferred

    def add_deferred(
        self: MediaFileManager,
        data_callable: Any,
        mimetype: Any,
        coordinates: str,
        file_name: str | None = None,
        **kwargs: Any,
    ) -> str:
        if file_name:
            captured.pop(file_name, None)
            payload = data_callable()
            captured[file_name] = payload if isinstance(payload, bytes) else payload.encode()
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return captured


@pytest.fixture
def fixture_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TRAFFICKING_DATA_DIR", str(FIXTURE / "data"))
    monkeypatch.setenv("TRAFFICKING_SEEDS_DIR", str(FIXTURE / "seeds"))
    monkeypatch.setenv("TRAFFICKING_NO_REBUILD", "1")
    yield


def make_app(**query: Any) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.query_params.update(query)
    return at


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def latest(downloads: Downloads, prefix: str) -> tuple[str, bytes]:
    names = [n for n in downloads if n.startswith(prefix)]
    assert names
    return names[-1], downloads[names[-1]]


def evidence_rows(downloads: Downloads) -> list[dict[str, str]]:
    _, payload = latest(downloads, "measures_")
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8"))))


def all_markdown(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [w.value for w in at.warning] + [i.value for i in at.info]
    return "\n".join(parts)


def plain(at: AppTest) -> str:
    """Rendered text with markdown escapes removed, for content assertions."""
    return all_markdown(at).replace("\\", "")


def open_tab(at: AppTest, tab: str, **state: Any) -> AppTest:
    at.session_state["tab"] = tab
    for key, value in state.items():
        at.session_state[key] = value
    return run(at)


@pytest.mark.usefixtures("fixture_env")
def test_default_view(downloads: Downloads) -> None:
    at = run(make_app())
    assert [t.label for t in at.tabs] == [
        "Map",
        "Country profile",
        "Matrix",
        "Compare",
        "Regions",
        "Evidence",
        "About",
    ]
    assert "What countries say they do against human trafficking" in at.header[0].value
    assert len(at.get("plotly_chart")) == 1
    assert "not said in this coverage" in all_markdown(at)
    labels = [b.label for b in at.download_button]
    assert labels == [
        "Country summary (CSV)",
        "Evidence rows (CSV)",
        "Documents (CSV)",
        "All of it, with data dictionary (ZIP)",
    ]
    assert {"countries_all.csv", "measures_all.csv"} <= set(downloads)
    assert at.query_params == {}
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["States that spoke"] == "10"
    assert not at.get("html")


@pytest.mark.usefixtures("fixture_env")
@pytest.mark.parametrize(
    ("kind", "key", "value", "param", "check"),
    [
        (
            "pills",
            "f_region",
            ["Europe"],
            {"region": "Europe"},
            lambda rows: {r["region"] for r in rows} == {"Europe"},
        ),
        (
            "multiselect",
            "f_subregion",
            ["Western Africa"],
            {"subregion": "Western Africa"},
            lambda rows: {r["iso3"] for r in rows} == {"NGA", "CIV"},
        ),
        (
            "pills",
            "f_measure",
            ["shelters"],
            {"measure": "shelters"},
            lambda rows: {r["category"] for r in rows} == {"shelters"},
        ),
        (
            "pills",
            "f_status",
            ["planned"],
            {"status": "planned"},
            lambda rows: {r["status"] for r in rows} == {"planned"},
        ),
        (
            "multiselect",
            "f_doc",
            ["news-2022-07-30"],
            {"doc": "news-2022-07-30"},
            lambda rows: {r["doc_id"] for r in rows} == {"news-2022-07-30"},
        ),
        (
            "pills",
            "f_kind",
            ["organization"],
            {"kind": "organization"},
            lambda rows: "organization" in {r["entity_kind"] for r in rows},
        ),
        (
            "text_input",
            "f_search",
            "nigeria",
            {"q": "nigeria"},
            lambda rows: {r["iso3"] for r in rows} == {"NGA"},
        ),
    ],
)
def test_each_filter(
    downloads: Downloads,
    kind: str,
    key: str,
    value: Any,
    param: dict[str, str],
    check: Any,
) -> None:
    at = run(make_app())
    widget = getattr(at, kind)(key=key)
    widget.set_value(value)
    run(at)
    for name, expected in param.items():
        assert at.query_params.get(name) == expected
    name, _ = latest(downloads, "measures_")
    assert name != "measures_all.csv"
    rows = evidence_rows(downloads)
    assert rows and check(rows)


@pytest.mark.usefixtures("fixture_env")
def test_subregion_options_follow_region() -> None:
    at = run(make_app(region="Oceania"))
    options = at.multiselect(key="f_subregion").options
    assert "Australia and New Zealand" in options
    assert "Western Europe" not in options


@pytest.mark.usefixtures("fixture_env")
@pytest.mark.parametrize(
    ("kind", "key", "value", "message"),
    [
        ("text_input", "f_search", "zzz", "No country or organization matches these filters."),
        ("pills", "f_measure", [], "No measure category is selected."),
        ("pills", "f_status", [], "No status is selected."),
    ],
)
def test_empty_state_says_so_and_clears(kind: str, key: str, value: Any, message: str) -> None:
    at = run(make_app())
    getattr(at, kind)(key=key).set_value(value)
    run(at)
    assert message in plain(at)
    at.button(key="clear_filters_empty").click()
    run(at)
    assert message not in plain(at)
    assert at.query_params == {}
    assert at.text_input(key="f_search").value == ""
    assert list(at.pills(key="f_measure").value or []) == list(CATEGORIES)


@pytest.mark.usefixtures("fixture_env")
def test_empty_intersection_of_region_and_document() -> None:
    at = run(make_app(region="Oceania", doc="sc-2023-04-05"))
    assert "None of the matching countries spoke" in plain(at)
    at.button(key="clear_filters").click()
    run(at)
    assert at.query_params == {}


@pytest.mark.usefixtures("fixture_env")
def test_query_params_restore_the_view() -> None:
    at = run(
        make_app(
            region=["Europe", "Africa"],
            measure="legislation,shelters",
            status="in_place",
            country=["FRA", "DEU,NGA"],
            tab="compare",
        )
    )
    assert at.pills(key="f_region").value == ["Europe", "Africa"]
    assert at.pills(key="f_measure").value == ["legislation", "shelters"]
    assert at.pills(key="f_status").value == ["in_place"]
    assert at.multiselect(key="compare").value == ["FRA", "DEU", "NGA"]
    assert at.session_state["tab"] == "Compare"
    assert not at.warning
    # written back in canonical form (repeated keys)
    assert at.query_params["region"] == ["Europe", "Africa"]
    assert at.query_params["measure"] == ["legislation", "shelters"]
    assert at.query_params["country"] == ["FRA", "DEU", "NGA"]
    assert at.query_params["tab"] == "compare"
    text = all_markdown(at)
    assert "Legislation" in text and "Shelters" in text
    # a second app opened with the written URL shows the same view
    again = run(make_app(**at.query_params))
    assert again.pills(key="f_region").value == ["Europe", "Africa"]
    assert again.multiselect(key="compare").value == ["FRA", "DEU", "NGA"]


@pytest.mark.usefixtures("fixture_env")
def test_unknown_query_values_are_listed_as_plain_text() -> None:
    at = run(
        make_app(region=["Atlantis", "Europe"], measure="[x](http://evil.example)", country="ZZZ")
    )
    assert at.pills(key="f_region").value == ["Europe"]
    warning = at.warning[0].value
    assert "region=Atlantis" in warning.replace("\\", "")
    assert "country=ZZZ" in warning.replace("\\", "")
    assert "\\[x\\]\\(http" in warning  # escaped: shows as literal text, not a link
    assert at.query_params == {"region": "Europe"}
    at.button(key="dismiss_url_notice").click()
    run(at)
    assert not at.warning


@pytest.mark.usefixtures("fixture_env")
def test_a_link_with_a_thousand_unknown_keys_gives_a_short_notice() -> None:
    at = run(make_app(**{f"junk{i}": "y" * 200 for i in range(1000)}))
    (warning,) = [w.value for w in at.warning]
    assert "unknown parameter “junk0”" in warning.replace("\\", "")
    assert len(warning) < 1000


@pytest.mark.usefixtures("fixture_env")
def test_download_buttons_serve_the_filtered_view(downloads: Downloads) -> None:
    from explorer import exports
    from explorer.filters import Filters, apply_filters, country_summary

    at = run(make_app(region="Europe", measure="legislation"))
    assert at.download_button(key="dl_summary").label == "Country summary (CSV)"
    name, payload = latest(downloads, "measures_")
    assert name == "measures_region-Europe_measure-legislation.csv"
    ds = data.read_dataset(FIXTURE / "data", FIXTURE / "seeds")
    view = apply_filters(ds, Filters(regions=("Europe",), measures=("legislation",)))
    assert payload == exports.to_csv_bytes(exports.evidence_frame(view.measures, ds))
    rows = list(csv.DictReader(io.StringIO(payload.decode("utf-8"))))
    assert rows and all(r["title"] and r["citation"] and r["speaker"] for r in rows)
    name, payload = latest(downloads, "documents_")
    assert name == "documents_region-Europe_measure-legislation.csv"
    name, payload = latest(downloads, "trafficking-measures_")
    assert name == "trafficking-measures_region-Europe_measure-legislation.zip"
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert "data-dictionary.md" in archive.namelist()
        state = json.loads(archive.read("filters.json"))
    assert state["active"] == {"region": ["Europe"], "measure": ["legislation"]}
    name, payload = latest(downloads, "countries_")
    assert name == "countries_region-Europe_measure-legislation.csv"
    assert payload == exports.to_csv_bytes(
        exports.summary_frame(country_summary(view), view.categories)
    )
    rows = list(csv.DictReader(io.StringIO(payload.decode("utf-8"))))
    assert {r["iso3"]: r["legislation"] for r in rows}["DEU"] == "in_progress"


@pytest.mark.usefixtures("fixture_env")
def test_formula_cells_are_neutralised_in_the_download(downloads: Downloads) -> None:
    run(make_app(region="Oceania"))
    rows = evidence_rows(downloads)
    assert rows[0]["evidence"].startswith("'=HYPERLINK(")


@pytest.mark.usefixtures("fixture_env")
def test_profile_shows_script_as_literal_text() -> None:
    at = run(make_app(profile="BRA", tab="profile"))
    assert at.selectbox(key="profile").value == "BRA"
    text = all_markdown(at)
    assert "\\<script\\>alert\\(1\\)\\<\\/script\\>" in text
    assert "<script>" not in text
    assert "](http" not in text
    assert "\\[link\\]" in text
    assert ":orange-background[Brazil plans to launch" in text
    assert "General Assembly Adopts Political Declaration" in text
    assert "2021\\-11\\-22" in text
    assert not at.get("html")


@pytest.mark.usefixtures("fixture_env")
def test_profile_of_listed_only_and_non_speaker() -> None:
    at = run(make_app(profile="SLE", tab="profile"))
    assert "Listed as a speaker in" in plain(at)
    at = run(make_app(profile="FRA", tab="profile", doc="news-2022-07-30"))
    assert "Not a speaker in the selected documents." in plain(at)


@pytest.mark.usefixtures("fixture_env")
def test_map_click_opens_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.ui import map_view

    state: dict[str, Any] = {
        "map": {"selection": {"points": [{"location": "NGA", "customdata": "NGA"}]}},
        "_entity_keys": {"NGA", "FRA"},
        "tab": "Map",
    }
    monkeypatch.setattr(map_view.st, "session_state", state)
    map_view._on_map_select()
    assert state["profile"] == "NGA"
    assert state["tab"] == "Country profile"
    state["map"] = {"selection": {"points": [{"location": "XXX"}]}}
    state["tab"] = "Map"
    map_view._on_map_select()
    assert state["tab"] == "Map"


@pytest.mark.usefixtures("fixture_env")
def test_every_tab_renders() -> None:
    at = run(make_app())
    open_tab(at, "Matrix")
    matrix = at.dataframe[0].value
    assert list(matrix.columns[:5]) == ["Country", "Region", "Sub-region", "Class", "Reported"]
    assert matrix.set_index("Country").loc["France", "Referral mechanism"] == "—"
    assert matrix.iloc[0]["Country"] == "France"
    assert matrix.set_index("Country").loc["Sierra Leone", "Class"] == (
        "Listed as a speaker, content not reported"
    )
    open_tab(at, "Compare", compare=["FRA", "MEX"])
    overview = at.dataframe[0].value.set_index("")
    assert overview.loc["Shelters", "France"] == "planned"
    assert overview.loc["Shelters", "Mexico"] == "in place"
    assert overview.loc["Legislation", "Mexico"] == "—"
    text = all_markdown(at)
    assert "Not said in this coverage" in text
    assert "will open a dedicated shelter" in text.replace("\\", "")
    open_tab(at, "Regions")
    assert len(at.get("plotly_chart")) == 1
    assert "Denominator" in all_markdown(at)
    open_tab(at, "Evidence")
    evidence = at.dataframe[0].value
    assert {"Entity", "Category", "Status", "Evidence", "Document", "Date"} <= set(evidence.columns)
    assert {"Source", "Citation"} <= set(evidence.columns)
    assert len(evidence) == 17
    assert (
        "On real text the rules had not seen (test #9 to test #13, each scored once): "
        "Legislation 80 % right, 80 % found; Shelters 75 % right, 50 % found."
    ) in plain(at)
    open_tab(at, "About")
    text = all_markdown(at)
    assert "not said in this coverage" in text
    vocabulary = at.dataframe[0].value
    assert list(vocabulary["Key (in CSV and URLs)"]) == [*CATEGORIES, *STATUSES]
    speeches = at.dataframe[2].value
    assert list(speeches["Year"]) == ["2005", "2015", "2021"]
    assert list(speeches["Speeches"]) == [1, 2, 1]
    evaluation = at.dataframe[3].value
    assert set(evaluation["scope"]) == {"legislation", "shelters", "overall"}
    heldout = at.dataframe[4].value
    assert list(heldout["Category"]) == ["Legislation", "Shelters", "All categories"]
    assert list(heldout["Tags right"]) == ["80 %", "75 %", "79 %"]
    assert list(heldout["Gold measures"]) == [10, 6, 16]
    provenance = at.dataframe[1].value
    assert set(provenance["Publisher"]) == {
        "United Nations Meetings Coverage",
        "Example News Agency",
    }
    assert set(provenance["Checksum"]) == {"matches"}


@pytest.mark.usefixtures("fixture_env")
def test_compare_needs_two() -> None:
    at = run(make_app(country="FRA", tab="compare"))
    assert "Choose at least two countries" in plain(at)


def test_about_without_evaluation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shutil.copytree(FIXTURE / "data", tmp_path / "data")
    (tmp_path / "data" / "evaluation.json").unlink()
    monkeypatch.setenv("TRAFFICKING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRAFFICKING_SEEDS_DIR", str(FIXTURE / "seeds"))
    monkeypatch.setenv("TRAFFICKING_NO_REBUILD", "1")
    at = run(make_app(tab="about"))
    assert "Not yet evaluated." in plain(at)


def test_missing_data_with_rebuild_off_explains(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRAFFICKING_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TRAFFICKING_SEEDS_DIR", str(tmp_path))
    monkeypatch.setenv("TRAFFICKING_NO_REBUILD", "1")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "make data" in errors


def test_a_mistyped_folder_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRAFFICKING_DATA_DIR", str(tmp_path / "out"))
    monkeypatch.setenv("TRAFFICKING_SEEDS_DIR", str(tmp_path / "mydcos"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    (error,) = [e.value for e in at.error]
    assert f"TRAFFICKING_SEEDS_DIR={tmp_path / 'mydcos'} is not a folder" in error.replace("\\", "")
    assert not (tmp_path / "out").exists()  # nothing was built


class FakeBuild:
    """Stands in for pipeline.build: stale once, then fresh after a build."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.built = 0
        self.checked = 0

    def is_stale(self, input_dir: Path, output_dir: Path) -> bool:
        self.checked += 1
        return self.built == 0

    def run_build(self, input_dir: Path, output_dir: Path, progress: Any = None) -> None:
        for i in range(3):
            if progress:
                progress(i + 1, 3, f"document {i + 1}")
        shutil.copytree(self.source, output_dir, dirs_exist_ok=True)
        self.built += 1


class CrashingBuild(FakeBuild):
    """A document that crashes the build, as a spaCy length error would; never fresh."""

    def is_stale(self, input_dir: Path, output_dir: Path) -> bool:
        self.checked += 1
        return True

    def run_build(self, input_dir: Path, output_dir: Path, progress: Any = None) -> None:
        self.built += 1
        for i, name in enumerate(["a.txt", "huge.txt"], start=1):
            if progress:
                progress(i, 2, name)
        raise ValueError("[E088] Text of length 1000001 exceeds maximum of 1000000.\n" * 5)


def test_a_crashing_build_is_named_once_and_not_retried_by_new_sessions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "data"
    shutil.copytree(FIXTURE / "data", out)  # present but stale
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE / "seeds", seeds)
    fake = CrashingBuild(FIXTURE / "data")
    monkeypatch.setenv("TRAFFICKING_DATA_DIR", str(out))
    monkeypatch.setenv("TRAFFICKING_SEEDS_DIR", str(seeds))
    monkeypatch.delenv("TRAFFICKING_NO_REBUILD", raising=False)
    monkeypatch.setattr(data, "pipeline_build", lambda: fake)
    errors = []
    for _session in range(2):
        at = run(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT))
        (error,) = [e.value for e in at.error]
        errors.append(error.replace("\\", ""))
        assert len(at.get("plotly_chart")) == 1  # the previous data are still shown
    assert fake.built == 1
    assert errors[0] == errors[1]
    assert errors[0].startswith(
        "Rebuilding the data failed on huge.txt: ValueError: [E088] Text of length 1000001"
    )
    assert "\n" not in errors[0] and len(errors[0]) < 400
    (seeds / "huge.txt").write_text("changed", encoding="utf-8")  # new inputs: tried again
    run(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT))
    assert fake.built == 2


def test_stale_data_are_rebuilt_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "data"
    shutil.copytree(FIXTURE / "data", out)  # present but stale
    fake = FakeBuild(FIXTURE / "data")
    monkeypatch.setenv("TRAFFICKING_DATA_DIR", str(out))
    monkeypatch.setenv("TRAFFICKING_SEEDS_DIR", str(FIXTURE / "seeds"))
    monkeypatch.delenv("TRAFFICKING_NO_REBUILD", raising=False)
    monkeypatch.setattr(data, "pipeline_build", lambda: fake)
    at = run(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT))
    assert fake.built == 1
    assert (out / "measures.csv").is_file()
    assert len(at.get("plotly_chart")) == 1
    # widget changes rerun the script but never re-check or rebuild
    at.pills(key="f_region").set_value(["Africa"])
    run(at)
    at.text_input(key="f_search").set_value("nig")
    run(at)
    assert fake.built == 1
    assert fake.checked == 1


@pytest.mark.usefixtures("fixture_env")
def test_year_range_and_source_filter_the_view_and_the_url(downloads: Downloads) -> None:
    at = run(make_app())
    slider = at.slider(key="f_years")
    assert slider.value == (2005, 2023)
    assert "1 document without a year is included only when the whole range" in plain(at)
    slider.set_range(2015, 2021)
    run(at)
    assert at.query_params["years"] == "2015-2021"
    assert {r["year"] for r in evidence_rows(downloads)} == {"2015", "2021"}
    assert latest(downloads, "measures_")[0] == "measures_years-2015-2021.csv"
    assert "1 document without a year is left out by the year range" in plain(at)
    at.pills(key="f_source").set_value(["general debate"])
    run(at)
    assert at.query_params["source"] == "general debate"
    rows = evidence_rows(downloads)
    assert rows and {r["source_kind"] for r in rows} == {"general debate"}
    assert all(r["citation"] for r in rows)
    summary = list(csv.DictReader(io.StringIO(latest(downloads, "countries_")[1].decode())))
    nigeria = {r["iso3"]: r for r in summary}["NGA"]
    assert nigeria["referral_mechanism_first_reported"] == "2015"
    assert nigeria["referral_mechanism_last_reported"] == "2021"
    at.button(key="clear_filters").click()
    run(at)
    assert at.slider(key="f_years").value == (2005, 2023)
    assert at.pills(key="f_source").value == []
    assert at.query_params == {}


@pytest.mark.usefixtures("fixture_env")
def test_years_and_source_in_a_link_are_restored_or_reported() -> None:
    at = run(make_app(years="2015-2021", source="article"))
    assert at.slider(key="f_years").value == (2015, 2021)
    assert at.pills(key="f_source").value == ["article"]
    assert not at.warning
    at = run(make_app(years="1990-2030", source="tweets,<b>x</b>"))
    assert at.slider(key="f_years").value == (2005, 2023)
    assert at.pills(key="f_source").value == []
    warning = at.warning[0].value.replace("\\", "")
    assert "years=1990-2030 (the data cover 2005-2023)" in warning
    assert "source=tweets" in warning
    assert "<b>" not in at.warning[0].value
    assert at.query_params == {}


@pytest.mark.usefixtures("fixture_env")
def test_the_picker_offers_meetings_and_articles_not_speeches() -> None:
    at = run(make_app())
    picker = at.multiselect(key="f_doc")
    assert picker.label == "Meeting or article"
    assert len(picker.options) == 4
    assert not [o for o in picker.options if "General Debate" in o]
    # A speech named in a link is not a picker value: reported, not shown.
    at = run(make_app(doc="gd-NGA-2005"))
    assert "doc=gd-NGA-2005" in at.warning[0].value.replace("\\", "")


@pytest.mark.usefixtures("fixture_env")
def test_profile_timeline_first_last_and_citations() -> None:
    at = run(make_app(profile="NGA", tab="profile"))
    charts = at.get("plotly_chart")
    assert len(charts) == 1  # the timeline
    reported = at.dataframe[0].value.set_index("Category")
    assert reported.loc["Referral mechanism", "First reported"] == "2005"
    assert reported.loc["Referral mechanism", "Last reported"] == "2021"
    assert reported.loc["Referral mechanism", "Status"] == "in place"
    assert reported.loc["Shelters", "First reported"] == "—"
    assert "Click a mark to read the sentence behind it" in plain(at)
    cites = [c.value for c in at.code]
    assert any("Session 60 - 2005/NGA_60_2005.txt" in c for c in cites)
    assert any("(GA/12387), 22 November 2021" in c for c in cites)
    at = run(make_app(profile="NGA", tab="profile", years="2015-2021"))
    reported = at.dataframe[0].value.set_index("Category")
    assert reported.loc["Referral mechanism", "First reported"] == "2015"
    assert not any("NGA_60_2005" in c.value for c in at.code)


@pytest.mark.usefixtures("fixture_env")
def test_a_citation_carrying_markup_is_shown_as_plain_text() -> None:
    at = run(make_app(profile="DEU", tab="profile"))
    cites = [c.value for c in at.code]
    hostile = [c for c in cites if "Regional Ministers Meet" in c]
    assert hostile and "<img src=x onerror=alert(1)> **[on](javascript:x)**" in hostile[0]
    text = all_markdown(at)
    assert not re.search(r"(?<!\\)<img", text)  # only ever shown escaped
    assert "](javascript" not in text
    assert "undated" in plain(at)
    assert "without a year" in plain(at)  # its sentence is not on the timeline
    assert not at.get("html")


def _mark_script(folder: str) -> None:
    """Runs inside AppTest: the profile's evidence block for one timeline mark."""
    from pathlib import Path

    import pandas as pd

    from explorer.data import read_dataset
    from explorer.ui import profile

    fixture = Path(folder)
    reference = pd.DataFrame(columns=["name", "kind", "iso3", "region", "subregion"])
    ds = read_dataset(fixture / "data", fixture / "seeds", reference=reference)
    measures = ds.measures[ds.measures["entity_key"] == "NGA"]
    event = {"selection": {"points": [{"customdata": ["referral_mechanism", 2021]}]}}
    profile.mark_evidence(measures, profile.selected_mark(event))


def test_a_clicked_timeline_mark_shows_its_sentences_and_citations() -> None:
    at = AppTest.from_function(_mark_script, default_timeout=TIMEOUT, args=(str(FIXTURE),))
    at.run()
    assert not at.exception
    text = plain(at)
    assert "Referral mechanism, 2021" in text
    assert "now assists victims of trafficking in every state" in text
    assert "has been in place since 2016" in text  # the GA statement, same year
    cites = [c.value for c in at.code]
    assert len(cites) == 2 and any("NGA_76_2021.txt" in c for c in cites)


def test_selected_mark_ignores_malformed_events() -> None:
    from explorer.ui import profile

    assert profile.selected_mark(None) is None
    assert profile.selected_mark({"selection": {"points": []}}) is None
    assert profile.selected_mark({"selection": {"points": [{"customdata": ["x", "y"]}]}}) is None
    assert profile.selected_mark({"selection": {"points": [{"customdata": ["x", 2001]}]}}) == (
        "x",
        2001,
    )


@pytest.mark.usefixtures("fixture_env")
def test_an_empty_year_and_source_combination_says_which_filters() -> None:
    at = run(make_app(years="2005", source="article"))
    text = plain(at)
    assert "None of the matching countries spoke in the selected documents." in text
    assert "years: 2005; source: News articles" in text
    assert {m.label: m.value for m in at.metric}["Documents"] == "0 of 8"


def test_compare_picker_matches_plainly_and_labels_carry_aliases() -> None:
    at = run(make_app(tab="compare"))
    picker = at.multiselect(key="compare")
    modes = type(picker.proto).DESCRIPTOR.fields_by_name["filter_mode"].enum_type
    assert picker.proto.filter_mode == modes.values_by_name["FILTER_MODE_CONTAINS"].number
    assert not picker.proto.select_all  # no "Select N matches"
    labels = picker.options
    turkey = [label for label in labels if "(TUR)" in label]
    if turkey:
        assert "Turkey" in turkey[0]


def test_picker_labels_name_common_aliases() -> None:
    from explorer.ui.widgets import common_aliases

    assert common_aliases("GBR", "United Kingdom")[:2] == ["UK", "Britain"]
    assert "Turkey" in common_aliases("TUR", "Türkiye")
    assert "Ivory Coast" in common_aliases("CIV", "Côte d'Ivoire")
