"""Evaluation: the scoring is right, and the tagger meets its published figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate, report_dict
from pipeline.read import InputError
from tests.conftest import ROOT

GOLD = ROOT / "tests" / "gold"
HEADER = (
    "statement_id,doc_id,entity,entity_kind,iso3,region,subregion,category,status,evidence,"
    "evidence_start,evidence_end\n"
)


def write_build(folder: Path, rows: list[str]) -> Path:
    folder.mkdir()
    (folder / "measures.csv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return folder


def test_scores_count_matches_misses_and_extras(tmp_path: Path) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "doc_id,entity,category,status\n"
        "d,Chad,legislation,in_place\n"
        "d,Chad,shelters,planned\n"
        "d,Peru,action_plan,in_progress\n",
        encoding="utf-8",
    )
    build = write_build(
        tmp_path / "b",
        [
            "d:001,d,Chad,state,TCD,Africa,Middle Africa,legislation,in_progress,e,0,1",
            "d:002,d,Chad,state,TCD,Africa,Middle Africa,legislation,in_place,e,0,1",
            "d:002,d,Chad,state,TCD,Africa,Middle Africa,tech_partnership,in_place,e,0,1",
            "d:003,d,Peru,state,PER,Americas,South America,action_plan,planned,e,0,1",
        ],
    )
    report = report_dict(evaluate(gold, build))
    overall = report["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (2, 1, 1)  # type: ignore[index]
    assert overall["precision"] == pytest.approx(2 / 3, abs=1e-4)  # type: ignore[index]
    # an entity's most advanced status across its statements is compared
    assert report["status_accuracy"] == 0.5
    disagreements = report["disagreements"]
    assert isinstance(disagreements, list)
    kinds = sorted(d["kind"] for d in disagreements)
    assert kinds == ["false negative", "false positive", "status"]


def test_gold_with_an_unknown_category_is_refused(tmp_path: Path) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,entity,category,status\nd,Chad,hotlines,in_place\n", encoding="utf-8")
    build = write_build(tmp_path / "b", [])
    with pytest.raises(InputError, match="unknown category 'hotlines'"):
        evaluate(gold, build)


def test_seed_build_meets_the_published_f1(seed_build: Path) -> None:
    report = report_dict(evaluate(GOLD / "seeds_measures.csv", seed_build))
    assert report["overall"]["f1"] >= 0.95  # type: ignore[index]


def test_development_set_does_not_regress() -> None:
    """The first held-out set became a development set; guard its figure (docs/evaluation)."""
    report = report_dict(evaluate(GOLD / "heldout.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.93  # type: ignore[index]


def test_untuned_held_out_set_does_not_regress() -> None:
    """Never tuned on (docs/evaluation.md); this only guards against regressions."""
    report = report_dict(evaluate(GOLD / "heldout2.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.80  # type: ignore[index]


def test_latest_untuned_held_out_set_does_not_regress() -> None:
    report = report_dict(evaluate(GOLD / "heldout3.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.88  # type: ignore[index]


def test_single_text_gold_lines_are_checked(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": "t", "measures": []}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing key"):
        evaluate(gold, tmp_path)


def test_real_development_split_does_not_regress() -> None:
    """Real text, tuned on (docs/evaluation.md): guards the published dev figure."""
    report = report_dict(evaluate(GOLD / "real" / "real_dev.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.93  # type: ignore[index]


def test_single_text_gold_is_tagged_with_its_speaker(tmp_path: Path) -> None:
    text = "Norway welcomed the national action plan that Ghana adopted against trafficking."
    record = {"id": "n", "text": text, "on_trafficking": True, "measures": []}
    with_speaker = tmp_path / "with.jsonl"
    with_speaker.write_text(json.dumps({**record, "speaker": "Norway"}) + "\n", encoding="utf-8")
    without = tmp_path / "without.jsonl"
    without.write_text(
        json.dumps({**record, "text": "Ghana adopted a national action plan against trafficking."})
        + "\n",
        encoding="utf-8",
    )
    assert report_dict(evaluate(with_speaker, tmp_path))["overall"]["fp"] == 0  # type: ignore[index]
    assert report_dict(evaluate(without, tmp_path))["overall"]["fp"] == 1  # type: ignore[index]


def test_single_text_gold_measure_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    measure = {"category": "legislation", "status": "in_place", "confidence": "high"}
    record = {"id": "x", "text": "t", "on_trafficking": True, "measures": [measure]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown key"):
        evaluate(gold, tmp_path)


def test_first_real_test_split_now_a_dev_split_does_not_regress() -> None:
    """Scored once at 0.798, then used for development (docs/evaluation.md)."""
    report = report_dict(evaluate(GOLD / "real" / "real_test.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.90  # type: ignore[index]


def test_second_real_test_split_now_a_dev_split_does_not_regress() -> None:
    """Scored once at 0.866, then (after test #4 was drawn) used for development."""
    report = report_dict(evaluate(GOLD / "real" / "real_test2.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.93  # type: ignore[index]


def test_third_real_test_split_false_positives_do_not_grow() -> None:
    """Test #3 is nearly all negatives (2 gold measures in 278 passages): scored once with 3
    false positives; this guards the rate at which the tagger fires where nothing is said."""
    report = report_dict(evaluate(GOLD / "real" / "real_test3.jsonl", ROOT / "data"))
    assert report["overall"]["fp"] <= 3  # type: ignore[index]


def test_fourth_real_test_split_false_positives_do_not_grow() -> None:
    """Test #4 (General Debate 1990-1999, 7 gold measures in 543 passages) was scored once,
    0.625 with 4 false positives (docs/evaluation/real-test4-first-run.txt); it is a
    development split since, and this guards the false-positive count it reached."""
    report = report_dict(evaluate(GOLD / "real" / "real_test4.jsonl", ROOT / "data"))
    assert report["overall"]["fp"] <= 1  # type: ignore[index]


# TIP batch gold -> the F1 its fixes reached and a test keeps. Each batch was scored once
# (docs/evaluation/tip*-test-first-run.txt: 0.831, 0.950, 0.771, 0.843) and then became a
# development split (in-sample 0.897, 0.975, 0.952, 0.871).
TIP_FLOORS = {
    "real_test5.jsonl": 0.88,
    "real_test6.jsonl": 0.88,
    "real_test7.jsonl": 0.90,
    "real_test8.jsonl": 0.86,
}


@pytest.mark.parametrize("gold", sorted(TIP_FLOORS))
def test_tip_batches_keep_the_level_their_fixes_reached(gold: str) -> None:
    report = report_dict(evaluate(GOLD / "real" / gold, ROOT / "data"))
    assert report["overall"]["f1"] >= TIP_FLOORS[gold]  # type: ignore[index]


def test_second_tip_batch_keeps_the_target_it_met_when_scored_once() -> None:
    """Test #6 met the issue's target when scored once (F1 0.950, status 35/38); a rule change
    must not take it below the target on any count."""
    report = report_dict(evaluate(GOLD / "real" / "real_test6.jsonl", ROOT / "data"))
    assert all(
        row["f1"] >= 0.80
        for row in report["per_category"].values()  # type: ignore[attr-defined]
        if row["tp"] + row["fn"]
    )
    assert report["status_accuracy"] >= 0.85  # type: ignore[operator]


def test_multi_genre_test_split_keeps_the_level_its_fixes_reached() -> None:
    """Test #9 (three genres, registered in advance to decide issue #6) scored 0.805 once
    (docs/evaluation/multi-test-first-run.txt); its errors were then read and fixed, in-sample
    0.852, then 0.882 after the classes read before test #11, 0.890 after test #11's. This
    guards that level and the false positives (46 after the first fixes, 34 now)."""
    report = report_dict(evaluate(GOLD / "real" / "real_test9.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.88  # type: ignore[index]
    assert report["overall"]["fp"] <= 36  # type: ignore[index]


def test_tenth_test_split_keeps_the_level_its_fixes_reached() -> None:
    """Test #10 scored 0.824 once (docs/evaluation/multi2-test-first-run.txt); in-sample 0.833
    after its fixes, 0.876 after the classes read before test #11. This guards that level."""
    report = report_dict(evaluate(GOLD / "real" / "real_test10.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.86  # type: ignore[index]


def test_eleventh_test_split_does_not_fall_below_its_one_scoring() -> None:
    """Test #11 scored 0.815 once, on rules frozen before its gold was merged
    (docs/evaluation/multi3-test-first-run.txt); in-sample 0.863 after its errors were fixed
    as classes. This guards that level."""
    report = report_dict(evaluate(GOLD / "real" / "real_test11.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.85  # type: ignore[index]


def test_twelfth_test_split_does_not_fall_below_its_one_scoring() -> None:
    """Test #12 scored 0.825 once, on rules frozen before its gold was merged
    (docs/evaluation/multi4-test-first-run.txt); in-sample 0.844 after its errors were fixed
    as classes. This guards that level."""
    report = report_dict(evaluate(GOLD / "real" / "real_test12.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.84  # type: ignore[index]


def test_thirteenth_test_split_does_not_fall_below_its_one_scoring() -> None:
    """Test #13 (governments' pages only) scored 0.810 once, on rules frozen before its gold
    was merged (docs/evaluation/multi5-test-first-run.txt)."""
    report = report_dict(evaluate(GOLD / "real" / "real_test13.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.809  # type: ignore[index]


def test_fourteenth_test_split_does_not_fall_below_its_one_scoring() -> None:
    """Test #14 (governments' pages only) scored 0.750 once, on the final rules of its stop
    (docs/evaluation/multi6-test-first-run.txt)."""
    report = report_dict(evaluate(GOLD / "real" / "real_test14.jsonl", ROOT / "data"))
    assert report["overall"]["f1"] >= 0.810  # type: ignore[index]


# Tests #15 to #61 (TIP narratives, governments' pages and international bodies' texts of new
# collections), each scored once on rules frozen before its gold was merged
# (docs/evaluation/multi7..multi53-test-first-run.txt):
# (gold file, first-run F1, the level guarded: in-sample after its errors were fixed as
# classes, or the first run itself for the split that scored this stop's final rules)
LATER_SPLITS = [
    ("real_test15.jsonl", "multi7", 0.820, 0.847),
    ("real_test16.jsonl", "multi8", 0.826, 0.870),
    ("real_test17.jsonl", "multi9", 0.838, 0.863),
    ("real_test18.jsonl", "multi10", 0.838, 0.872),
    ("real_test19.jsonl", "multi11", 0.794, 0.829),
    ("real_test20.jsonl", "multi12", 0.848, 0.865),
    ("real_test21.jsonl", "multi13", 0.832, 0.852),
    ("real_test22.jsonl", "multi14", 0.834, 0.884),
    ("real_test23.jsonl", "multi15", 0.836, 0.874),
    ("real_test24.jsonl", "multi16", 0.840, 0.870),
    ("real_test25.jsonl", "multi17", 0.772, 0.823),
    ("real_test26.jsonl", "multi18", 0.848, 0.867),
    ("real_test27.jsonl", "multi19", 0.752, 0.804),
    ("real_test28.jsonl", "multi20", 0.714, 0.719),
    ("real_test29.jsonl", "multi21", 0.759, 0.819),
    ("real_test30.jsonl", "multi22", 0.841, 0.858),
    ("real_test31.jsonl", "multi23", 0.786, 0.856),
    ("real_test32.jsonl", "multi24", 0.697, 0.725),
    ("real_test33.jsonl", "multi25", 0.8, 0.860),
    ("real_test34.jsonl", "multi26", 0.826, 0.854),
    ("real_test35.jsonl", "multi27", 0.768, 0.787),
    ("real_test36.jsonl", "multi28", 0.867, 0.947),
    ("real_test37.jsonl", "multi29", 0.751, 0.833),
    ("real_test38.jsonl", "multi30", 0.794, 0.818),
    ("real_test39.jsonl", "multi31", 0.895, 0.912),
    ("real_test40.jsonl", "multi32", 0.762, 0.775),
    ("real_test41.jsonl", "multi33", 0.803, 0.832),
    ("real_test42.jsonl", "multi34", 0.835, 0.850),
    ("real_test43.jsonl", "multi35", 0.874, 0.874),
    ("real_test44.jsonl", "multi36", 0.853, 0.853),
    ("real_test45.jsonl", "multi37", 0.816, 0.850),
    ("real_test46.jsonl", "multi38", 0.749, 0.763),
    ("real_test47.jsonl", "multi39", 0.874, 0.884),
    ("real_test48.jsonl", "multi40", 0.796, 0.811),
    ("real_test49.jsonl", "multi41", 0.713, 0.751),
    ("real_test50.jsonl", "multi42", 0.867, 0.898),
    ("real_test51.jsonl", "multi43", 0.796, 0.822),
    ("real_test52.jsonl", "multi44", 0.767, 0.783),
    ("real_test53.jsonl", "multi45", 0.814, 0.832),
    ("real_test54.jsonl", "multi46", 0.826, 0.837),
    # 0.851 after its fixes; 0.848 since test #70's fixes: technology traffickers use "to
    # shield their identities" is no measure, and it had found test #55's labelled
    # partnership (a collaboration with a missing-children centre) for that wrong reason
    ("real_test55.jsonl", "multi47", 0.84, 0.848),
    ("real_test56.jsonl", "multi48", 0.760, 0.775),
    ("real_test57.jsonl", "multi49", 0.838, 0.909),
    ("real_test58.jsonl", "multi50", 0.759, 0.808),
    ("real_test59.jsonl", "multi51", 0.701, 0.727),
    ("real_test60.jsonl", "multi52", 0.674, 0.747),
    ("real_test61.jsonl", "multi53", 0.683, 0.759),
    ("real_test62.jsonl", "multi54", 0.748, 0.807),
    ("real_test63.jsonl", "multi55", 0.75, 0.789),
    # 0.680 after its fixes; 0.6667 since stop 32 withdrew one of them ("connects victims" as
    # referral: 1 labelled for 3 unlabelled once test #66 was read; docs/methodology.md)
    ("real_test64.jsonl", "multi56", 0.654, 0.666),
    ("real_test65.jsonl", "multi57", 0.632, 0.818),
    ("real_test66.jsonl", "multi58", 0.705, 0.758),
    ("real_test67.jsonl", "multi59", 0.784, 0.821),
    ("real_test68.jsonl", "multi60", 0.718, 0.725),
    ("real_test69.jsonl", "multi61", 0.759, 0.814),
    # 0.732 until stop 46: a penalty a suspect "could face" now reports the law that sets it
    # (the brief's rule since test #101's adjudication), and test #70's gold, labelled
    # before that rule, leaves two such penalties unlabelled
    ("real_test70.jsonl", "multi62", 0.672, 0.727),
    ("real_test71.jsonl", "multi63", 0.673, 0.712),
    ("real_test72.jsonl", "multi64", 0.686, 0.787),
    ("real_test74.jsonl", "multi66", 0.77, 0.781),
    ("real_test75.jsonl", "multi67", 0.821, 0.864),
    ("real_test76.jsonl", "multi68", 0.698, 0.738),
    ("real_test77.jsonl", "multi69", 0.771, 0.779),
    ("real_test78.jsonl", "multi70", 0.774, 0.816),
    ("real_test79.jsonl", "multi71", 0.706, 0.72),
    ("real_test80.jsonl", "multi72", 0.7, 0.732),
    ("real_test81.jsonl", "multi73", 0.68, 0.721),
    ("real_test82.jsonl", "multi74", 0.726, 0.771),
    ("real_test83.jsonl", "multi75", 0.777, 0.806),
    ("real_test84.jsonl", "multi76", 0.815, 0.846),
    ("real_test85.jsonl", "multi77", 0.647, 0.660),
    ("real_test86.jsonl", "multi78", 0.75, 0.815),
    ("real_test87.jsonl", "multi79", 0.646, 0.657),
    ("real_test88.jsonl", "multi80", 0.772, 0.851),
    ("real_test89.jsonl", "multi81", 0.677, 0.717),
    ("real_test90.jsonl", "multi82", 0.801, 0.829),
    ("real_test91.jsonl", "multi83", 0.760, 0.790),
    ("real_test92.jsonl", "multi84", 0.718, 0.780),
    ("real_test93.jsonl", "multi85", 0.753, 0.795),
    ("real_test94.jsonl", "multi86", 0.773, 0.791),
    ("real_test95.jsonl", "multi87", 0.679, 0.715),
    ("real_test96.jsonl", "multi88", 0.652, 0.757),
    ("real_test97.jsonl", "multi89", 0.665, 0.688),
    ("real_test98.jsonl", "multi90", 0.658, 0.794),
    ("real_test99.jsonl", "multi91", 0.686, 0.723),
    ("real_test100.jsonl", "multi92", 0.609, 0.700),
    ("real_test101.jsonl", "multi93", 0.741, 0.777),
    ("real_test102.jsonl", "multi94", 0.688, 0.750),
    ("real_test103.jsonl", "multi95", 0.625, 0.650),
    ("real_test104.jsonl", "multi96", 0.714, 0.731),
    ("real_test105.jsonl", "multi97", 0.634, 0.700),
    ("real_test106.jsonl", "multi98", 0.643, 0.758),
    ("real_test107.jsonl", "multi99", 0.702, 0.734),
    ("real_test108.jsonl", "multi100", 0.750, 0.866),
    ("real_test109.jsonl", "multi101", 0.675, 0.685),
    ("real_test111.jsonl", "multi103", 0.655, 0.713),
    ("real_test113.jsonl", "multi105", 0.777, 0.792),
    ("real_test115.jsonl", "multi107", 0.769, 0.808),
    ("real_test117.jsonl", "multi109", 0.729, 0.758),
]


@pytest.mark.parametrize(("name", "draw", "first_run", "floor"), LATER_SPLITS)
def test_later_registered_splits_do_not_fall_below_their_level(
    name: str, draw: str, first_run: float, floor: float
) -> None:
    published = (ROOT / "docs" / "evaluation" / f"{draw}-test-first-run.txt").read_text("utf-8")
    overall = next(line for line in published.splitlines() if line.startswith("overall"))
    assert float(overall.split()[3]) == first_run  # the figure quoted is the one published
    assert floor >= first_run - 0.001  # a guard never sits below the one scoring
    report = report_dict(evaluate(GOLD / "real" / name, ROOT / "data"))
    assert report["overall"]["f1"] >= floor  # type: ignore[index]


def test_a_build_gold_scores_only_the_documents_it_names(tmp_path: Path) -> None:
    """Unlabelled documents in the build (the General Debate extract) are not false positives;
    a document named with no measure still turns every prediction in it into one."""
    (tmp_path / "measures.csv").write_text(
        "statement_id,doc_id,entity,category,status\n"
        "a:001,a,Norway,legislation,in_place\n"
        "b:001,b,Ghana,shelters,in_place\n"
        "c:001,c,Peru,action_plan,planned\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "doc_id,entity,category,status\na,Norway,legislation,in_place\nb,,,\n", encoding="utf-8"
    )
    overall = report_dict(evaluate(gold, tmp_path))["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (1, 1, 0)  # type: ignore[index]
