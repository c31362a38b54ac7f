"""The README's figures about the seed build are read from data/, not kept as a second copy:
this test fails when a rebuild changes them and the README was not updated."""

from __future__ import annotations

import re

from tests.conftest import ROOT, read_rows


def test_readme_seed_figures_are_those_of_data() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"(\d+) statements, (\d+) States that spoke, (\d+) measure rows", readme)
    assert found, "the README no longer states the seed build's figures"
    data = ROOT / "data"
    participants = read_rows(data / "participants.csv")
    states = {r["iso3"] for r in participants if r["entity_kind"] == "state" and r["iso3"]}
    actual = (
        len(read_rows(data / "statements.csv")),
        len(states),
        len(read_rows(data / "measures.csv")),
    )
    assert tuple(int(n) for n in found.groups()) == actual
