"""Shared fixtures: one build of the seeds per test session (the NLP is the slow part)."""

from __future__ import annotations

import csv
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
