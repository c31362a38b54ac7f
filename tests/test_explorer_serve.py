"""Helpers shared by the browser test, the benchmark and the screenshot script."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer import bench, serve


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


def test_free_port_is_bindable() -> None:
    port = serve.free_port()
    assert 1024 < port < 65536


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
