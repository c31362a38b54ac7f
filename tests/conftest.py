"""Shared fixtures: one build of the seeds per test session (the NLP is the slow part)."""

from __future__ import annotations

import atexit
import csv
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed (speed lives in the benchmark scripts): no
# per-example deadline, so a busy CI machine cannot turn a slow example into a failure.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@cache
def meeting_seeds() -> Path:
    """The five top-level seed documents and their manifest, without the General Debate
    extract: an input that goes through every stage in about a second, for tests of the
    build's guarantees (atomicity, kills, disk full) rather than of its contents."""
    folder = Path(tempfile.mkdtemp(prefix="meeting-seeds-"))
    atexit.register(shutil.rmtree, folder, True)
    for path in SEEDS.iterdir():
        if path.is_file():
            shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipeline.build import run_build

    out = tmp_path_factory.mktemp("seed-build")
    run_build(SEEDS, out)
    return out


MINIDATA = ROOT / "tests" / "fixtures" / "minidata"


def minidata(*states: tuple[str, str, str, str, str]) -> Any:
    """The small fixture dataset, with ``states`` (name, kind, iso3, region, subregion) as
    the universe of States the map knows (the real one comes from the resolver)."""
    import pandas as pd

    from explorer.data import read_dataset

    reference = pd.DataFrame(list(states), columns=["name", "kind", "iso3", "region", "subregion"])
    return read_dataset(MINIDATA / "data", MINIDATA / "seeds", reference=reference)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
