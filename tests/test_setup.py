"""What a newcomer's first commands rely on: the interpreter check, the .venv rebuild when the
interpreter changes, runtime-only dashboard installs, and a dashboard bound to localhost."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_a_missing_interpreter_is_one_line_before_anything_is_installed(tmp_path: Path) -> None:
    done = make(project(tmp_path), "PYTHON=/nonexistent/python3", "dashboard")
    assert done.returncode == 2
    assert "need Python 3.11 or newer: PYTHON='/nonexistent/python3' does not run" in done.stderr
    assert not (tmp_path / ".venv").exists()


def test_a_venv_made_with_another_interpreter_is_rebuilt(tmp_path: Path) -> None:
    folder = project(tmp_path)
    (folder / ".venv").mkdir()
    (folder / ".venv" / ".python-12345").touch()  # made by some other Python
    (folder / ".venv" / ".installed-runtime").touch()
    plan = make(folder, "-n", f"PYTHON={sys.executable}", "dashboard").stdout
    assert "rm -rf .venv" in plan
    assert f"{sys.executable} -m venv .venv" in plan
    assert "install --python .venv/bin/python --quiet -e ." in plan  # runtime only
    assert ".[dev]" not in plan


def test_dashboard_listens_on_localhost_unless_told_otherwise(tmp_path: Path) -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["address"] == "127.0.0.1"  # also for a plain `streamlit run`
    folder = project(tmp_path)
    default = make(folder, "-n", f"PYTHON={sys.executable}", "dashboard").stdout
    assert "--server.address 127.0.0.1" in default
    shared = make(folder, "-n", f"PYTHON={sys.executable}", "HOST=0.0.0.0", "dashboard").stdout
    assert "--server.address 0.0.0.0" in shared


def test_own_documents_never_build_into_data(tmp_path: Path) -> None:
    folder = project(tmp_path)
    (folder / "mydocs").mkdir()
    plan = make(folder, "-n", f"PYTHON={sys.executable}", "INPUT=mydocs", "dashboard").stdout
    assert '-m pipeline build --input "mydocs" --output "out/mydocs"' in plan
    assert f'TRAFFICKING_DATA_DIR="{folder / "out" / "mydocs"}"' in plan
    refused = make(folder, f"PYTHON={sys.executable}", "INPUT=mydocs", "OUTPUT=data", "dashboard")
    assert refused.returncode == 2
    assert "OUTPUT must not be data/" in refused.stderr
    missing = make(folder, f"PYTHON={sys.executable}", "INPUT=nodocs", "dashboard")
    assert "INPUT=nodocs is not a folder" in missing.stderr
    assert not (folder / ".venv").exists()  # refused before installing anything
