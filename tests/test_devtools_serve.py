"""Helpers shared by the browser test, the benchmark and the screenshot script."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest

from devtools import bench, serve


@pytest.mark.parametrize(
    ("url", "outside"),
    [
        ("http://127.0.0.1:8501/app/static/world_50m.json", False),
        ("ws://localhost:8501/_stcore/stream", False),
        ("http://[::1]:8501/", False),
        ("data:image/png;base64,AAAA", False),
        ("blob:http://127.0.0.1:8501/abc", False),
        ("https://cdn.plot.ly/un/world_50m.json", True),
        ("https://fonts.gstatic.com/x.woff2", True),
        ("http://10.0.0.1/", True),
    ],
)
def test_is_outside(url: str, outside: bool) -> None:
    assert serve.is_outside(url) is outside


def test_fixture_env_points_at_fixtures() -> None:
    env = serve.fixture_env()
    assert Path(env["TRAFFICKING_DATA_DIR"], "measures.csv").is_file()
    assert env["TRAFFICKING_NO_REBUILD"] == "1"


def test_bench_result_verdicts() -> None:
    assert bench.Result("x", 150, 100, 1.5, "ms").passed
    failing = bench.Result("x", 151, 100, 1.5, "ms")
    assert not failing.passed
    assert "FAIL" in failing.line()
    assert "ratio  1.51" in failing.line()


def test_floor_app_is_self_contained(tmp_path: Path) -> None:
    script = bench.write_floor(tmp_path / "floor", Path("measures.csv"))
    assert script.is_file()
    assert (tmp_path / "floor" / "static" / "world_50m.json").is_file()
    config = (tmp_path / "floor" / ".streamlit" / "config.toml").read_text("utf-8")
    assert "enableStaticServing = true" in config
    compile(script.read_text("utf-8"), str(script), "exec")


@pytest.mark.parametrize(
    "timeout",
    [
        TimeoutError("streamlit did not answer on port 1"),
        type("TimeoutError", (Exception,), {})("page hung"),
    ],
)
def test_bench_reports_a_timeout_with_the_figures_it_has(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], timeout: Exception
) -> None:
    """A hung server or page (builtin or Playwright timeout) is a report, not a traceback."""

    def hang(*args: Any) -> float:
        raise timeout

    monkeypatch.setattr(bench, "CHROMIUM", Path(__file__))  # any existing file
    monkeypatch.setattr(bench, "playwright", contextlib.nullcontext)
    monkeypatch.setattr(bench, "time_to_map", hang)
    assert bench.main(["--starts", "1"]) == 3
    out = capsys.readouterr().out
    assert f"TIMEOUT after 0 of 3 figures: {timeout}" in out


def test_bench_lets_other_errors_through(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any) -> float:
        raise RuntimeError("streamlit exited with code 1")

    monkeypatch.setattr(bench, "CHROMIUM", Path(__file__))
    monkeypatch.setattr(bench, "playwright", contextlib.nullcontext)
    monkeypatch.setattr(bench, "time_to_map", broken)
    with pytest.raises(RuntimeError, match="exited"):
        bench.main(["--starts", "1"])
