"""Domain knowledge is data: strict loaders, and a new category needs no code change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import segment, tag, vocabulary
from pipeline.strict import DataFileError

CATEGORIES = tag.CATEGORY_DIR


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def category(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "key": "victim_fund",
        "label": "Victim compensation fund",
        "order": 6,
        "description": "A fund that compensates victims of trafficking.",
        "colour": "#8C564B",
        "triggers": [{"id": "fund", "phrases": ["compensation fund", "forfeiture fund"]}],
        "excludes": [],
    }
    base.update(overrides)
    return base


def test_category_file_with_an_unknown_key_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "victim_fund.json", category(color="#8C564B"))
    for load in (tag.load_category, vocabulary.read_category):
        with pytest.raises(DataFileError, match=r"victim_fund\.json: unknown key\(s\) color"):
            load(path)


def test_category_colour_must_be_a_hex_triplet(tmp_path: Path) -> None:
    path = write(tmp_path / "victim_fund.json", category(colour="red"))
    with pytest.raises(DataFileError, match="colour 'red' must be #rrggbb"):
        vocabulary.read_category(path)


def test_statuses_are_strict_and_ranked_most_advanced_first(tmp_path: Path) -> None:
    assert vocabulary.status_keys() == ("in_place", "in_progress", "planned")
    assert (
        vocabulary.status_rank()
        == tag.STATUS_RANK
        == {"in_place": 3, "in_progress": 2, "planned": 1}
    )
    assert vocabulary.most_advanced(["planned", "in_place", "bogus"]) == "in_place"
    data = json.loads(vocabulary.STATUS_FILE.read_text(encoding="utf-8"))
    data["statuses"][0]["rank"] = 1
    path = write(tmp_path / "statuses.json", data)
    with pytest.raises(DataFileError, match=r"statuses\[0\]: unknown key\(s\) rank"):
        vocabulary.statuses(path)


def test_trigger_with_a_misspelt_key_is_rejected(tmp_path: Path) -> None:
    rule = {"id": "fund", "phrases": ["compensation fund"], "context_befor": ["set up"]}
    path = write(tmp_path / "victim_fund.json", category(triggers=[rule]))
    with pytest.raises(DataFileError, match=r"triggers\[0\]: unknown key\(s\) context_befor"):
        tag.load_category(path)


def test_trigger_needs_exactly_one_of_pattern_or_phrases(tmp_path: Path) -> None:
    rule = {"id": "fund", "phrases": ["fund"], "pattern": [{"LOWER": "fund"}]}
    path = write(tmp_path / "victim_fund.json", category(triggers=[rule]))
    with pytest.raises(DataFileError, match="exactly one of 'pattern' or 'phrases'"):
        tag.load_category(path)


def test_category_key_must_match_its_file_name(tmp_path: Path) -> None:
    path = write(tmp_path / "other.json", category())
    with pytest.raises(DataFileError, match="does not match the file name"):
        tag.load_category(path)


def test_cues_with_an_unknown_key_are_rejected(tmp_path: Path) -> None:
    data = json.loads(tag.CUES_FILE.read_text(encoding="utf-8"))
    data["advocacyy"] = ["must"]
    with pytest.raises(DataFileError, match=r"unknown key\(s\) advocacyy"):
        tag.load_cues(write(tmp_path / "cues.json", data))


def test_speaker_vocabulary_with_an_unknown_key_is_rejected(tmp_path: Path) -> None:
    data = json.loads(segment.RESOURCE.read_text(encoding="utf-8"))
    data["reporting_verb"] = ["said"]
    with pytest.raises(DataFileError, match=r"unknown key\(s\) reporting_verb"):
        segment.vocabulary(write(tmp_path / "segmenting.json", data))


def test_every_shipped_category_loads_and_has_a_description() -> None:
    keys = [c.key for c in tag.load_categories()]
    assert keys == [
        "legislation",
        "shelters",
        "referral_mechanism",
        "action_plan",
        "tech_partnership",
    ]
    assert all(c.description for c in tag.load_categories())


def test_adding_a_category_is_a_data_change(tmp_path: Path) -> None:
    folder = tmp_path / "categories"
    shutil.copytree(CATEGORIES, folder)
    write(folder / "victim_fund.json", category())
    nlp = tag.build_nlp(folder)
    text = "Israel has set up a dedicated forfeiture fund for compensation to trafficking victims."
    measures = tag.tag_doc(nlp(text), tag.Speaker(kind="state"), topic_tie=True)
    assert [(m.category, m.status) for m in measures] == [("victim_fund", "in_place")]


def test_search_abbreviations_must_name_known_states(tmp_path: Path) -> None:
    """The dashboard's search-only abbreviations are data under a strict loader: a value
    that is no State of countries.json, or an unknown key, fails at load time."""
    from explorer.names import search_abbreviations

    assert search_abbreviations()["uk"] == "GBR"
    bad = tmp_path / "a.json"
    bad.write_text('{"about": "x", "abbreviations": {"UK": "GBX"}}', encoding="utf-8")
    with pytest.raises(DataFileError, match="not a known State"):
        search_abbreviations(bad)
    bad.write_text('{"about": "x", "abbreviations": {}, "extra": 1}', encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown key"):
        search_abbreviations(bad)


def test_unless_speaker_belongs_on_an_exclude_only(tmp_path: Path) -> None:
    rule = {"id": "fund", "phrases": ["compensation fund"], "unless_speaker": ["Norway"]}
    path = write(tmp_path / "victim_fund.json", category(triggers=[rule]))
    with pytest.raises(DataFileError, match=r"triggers\[0\]: unless_speaker must be"):
        tag.load_category(path)
    exclude = {"id": "foreign_fund", "phrases": ["eu fund"], "unless_speaker": []}
    path = write(tmp_path / "victim_fund.json", category(excludes=[exclude]))
    with pytest.raises(DataFileError, match=r"excludes\[0\]: unless_speaker must be"):
        tag.load_category(path)


@pytest.mark.parametrize(
    "reach",
    [0, 13, True, "5"],
)
def test_context_reach_is_a_small_count_on_a_trigger_with_a_context(
    tmp_path: Path, reach: object
) -> None:
    rule = {"id": "fund", "phrases": ["fund"], "context_before": ["victim"], "context_reach": reach}
    path = write(tmp_path / "victim_fund.json", category(triggers=[rule]))
    with pytest.raises(DataFileError, match=r"triggers\[0\]: .*context_reach"):
        tag.load_category(path)


def test_context_reach_needs_a_context_and_bounds_it(tmp_path: Path) -> None:
    bare = {"id": "fund", "phrases": ["fund"], "context_reach": 3}
    path = write(tmp_path / "victim_fund.json", category(triggers=[bare]))
    with pytest.raises(DataFileError, match=r"context_reach must be 1 to 12"):
        tag.load_category(path)
    near = {"id": "fund", "phrases": ["fund"], "context_before": ["victim"], "context_reach": 2}
    path = write(tmp_path / "victim_fund.json", category(triggers=[near]))
    nlp = tag.build_nlp(tmp_path)
    close = "Victim compensation fund was set up for trafficking victims."
    far = "Victims of trafficking said that a new state fund was set up."
    assert [
        m.category for m in tag.tag_doc(nlp(close), tag.Speaker(kind="state"), topic_tie=True)
    ] == ["victim_fund"]
    assert tag.tag_doc(nlp(far), tag.Speaker(kind="state"), topic_tie=True) == []


def test_one_word_cue_lists_find_what_a_phrase_matcher_finds() -> None:
    """One-word cue lists are looked up in a statement's tokens when a rule first asks,
    not matched in every statement; the lookup must find exactly the PhraseMatcher's spans
    (same tokenizer, LOWER), or a rule would see different cues."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = tag.build_nlp()
    cues = tag.load_cues()
    text = (
        "The Government, with IOM and the NGOs, did not adopt its plan; but THE law of 2010 "
        "(No. 5) and a new decree, which criminalise trafficking, are in force, he said."
    )
    doc = nlp(text)
    scan = tag._Scan(doc, cues)
    word_cues = tag._WORD_CUES[id(nlp.vocab)]
    assert {"cue:articles", "cue:list_separators"} <= set(word_cues)
    for label, words in sorted(word_cues.items()):
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add(label, [Doc(nlp.vocab, words=[w]) for w in sorted(words)])
        expected = sorted((i, j) for _id, i, j in matcher(doc))
        assert scan.find(label, 0, len(doc)) == expected, label
