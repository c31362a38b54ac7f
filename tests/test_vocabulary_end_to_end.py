"""Adding a category is one new file: the build tags it, and the dashboard's filters, URLs,
tables and CSV downloads show it, with no other change.

The check runs on a copy of the code (``pipeline/``, ``explorer/``, ``dashboard.py``) with
one extra file in ``pipeline/resources/categories/``, in a child process started in that
copy, so the real resource folder is never touched and no other test can see the category.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CATEGORY = {
    "key": "child_marriage",
    "label": "Child marriage ban",
    "order": 6,
    "description": "A law or policy against child marriage (a test category).",
    "colour": "#8C564B",
    "triggers": [{"id": "child_marriage", "phrases": ["child marriage"]}],
    "excludes": [],
}

# Runs inside the copy: everything it imports comes from there (checked first).
CHECK = r"""
import csv, io, json, sys
from pathlib import Path

import pipeline
from pipeline.build import run_build

here = Path.cwd()
assert Path(pipeline.__file__).resolve().is_relative_to(here), pipeline.__file__
import explorer
assert Path(explorer.__file__).resolve().is_relative_to(here), explorer.__file__
out = here / "out"
run_build(here / "seeds", out)

from streamlit.testing.v1 import AppTest

from explorer import exports, query, vocab
from explorer.data import read_dataset
from explorer.filters import Filters, apply_filters, country_summary
from explorer.ui import matrix, state

ds = read_dataset(out, here / "seeds")
known = state.known_values(ds)
parsed = query.parse_query({"measure": ["child_marriage"]}, known)
view = apply_filters(ds, parsed.filters)
summary = country_summary(view)
evidence = exports.to_csv_bytes(exports.evidence_frame(view.measures)).decode("utf-8")
countries = exports.to_csv_bytes(exports.summary_frame(summary, view.categories)).decode()
default = apply_filters(ds, Filters())

app = AppTest.from_file(str(here / "dashboard.py"), default_timeout=120)
app.query_params["measure"] = "child_marriage"
app.run()
pills = app.pills(key="f_measure")
result = {
    "built": sorted({r["category"] for r in csv.DictReader((out / "measures.csv").open())}),
    "vocabulary": list(vocab.CATEGORIES),
    "label": vocab.CATEGORY_LABELS["child_marriage"],
    "colour": vocab.CATEGORY_COLOURS["child_marriage"],
    "url_unknown": parsed.unknown,
    "url_measures": list(parsed.filters.measures),
    "url_written": query.build_query(parsed.filters),
    "default_categories": list(default.categories),
    "view_rows": sorted(set(zip(view.measures["iso3"], view.measures["status"]))),
    "summary_column": sorted(set(summary["child_marriage"]) - {""}),
    "evidence_csv": sorted({r["category"] for r in csv.DictReader(io.StringIO(evidence))}),
    "countries_csv_header": next(csv.reader(io.StringIO(countries))),
    "matrix_columns": list(matrix.matrix_frame(summary, view.categories).columns),
    "app_exceptions": [str(e.value) for e in app.exception],
    "app_warnings": [w.value for w in app.warning],
    "app_pill_options": list(pills.options),
    "app_pill_value": list(pills.value or []),
}
print(json.dumps(result))
"""


def copy_project(target: Path) -> None:
    # the General Debate extract is left out: the five seed documents carry every category,
    # and the extract would only make the copied build slower
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "general-debate")
    for name in ("pipeline", "explorer", "seeds", ".streamlit", "static"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    shutil.copy(ROOT / "dashboard.py", target / "dashboard.py")


def test_a_new_category_file_appears_everywhere(tmp_path: Path) -> None:
    copy_project(tmp_path)
    categories = tmp_path / "pipeline" / "resources" / "categories"
    (categories / "child_marriage.json").write_text(json.dumps(CATEGORY), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env.update(
        TRAFFICKING_DATA_DIR=str(tmp_path / "out"),
        TRAFFICKING_SEEDS_DIR=str(tmp_path / "seeds"),
        TRAFFICKING_NO_REBUILD="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    done = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])

    assert "child_marriage" in got["built"]  # build
    assert got["vocabulary"][-1] == "child_marriage"  # order 6: after the five shipped ones
    assert (got["label"], got["colour"]) == ("Child marriage ban", "#8C564B")
    assert got["default_categories"][-1] == "child_marriage"  # in the default view
    assert got["url_unknown"] == []  # URL accepted…
    assert got["url_measures"] == ["child_marriage"]
    assert got["url_written"] == {"measure": ["child_marriage"]}  # …and written back
    assert ["DOM", "in_place"] in got["view_rows"]  # filters select its rows
    assert got["summary_column"] == ["in_place"]
    assert got["evidence_csv"] == ["child_marriage"]  # CSV downloads
    assert "child_marriage" in got["countries_csv_header"]
    assert "Child marriage ban" in got["matrix_columns"]
    assert got["app_exceptions"] == [] and got["app_warnings"] == []  # the dashboard
    assert got["app_pill_options"][-1] == "Child marriage ban"
    assert got["app_pill_value"] == ["child_marriage"]
