"""The built wheel works on its own: resource files are packaged, the CLI runs from it.

The wheel is built offline from a copy of the project (``--no-build-isolation``: the build
backend comes from the dev dependencies), installed with ``--no-deps`` into a fresh virtual
environment whose dependencies are borrowed from this one through a ``.pth`` path (a plain
path line, so this environment's editable install of the source tree is not picked up), and
run from an empty directory so the source tree is not on ``sys.path``.
"""

from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Norway adopted a national action plan against trafficking in 2021."


def run(*args: str | Path, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def build_wheel(tmp: Path) -> Path:
    source = tmp / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pipeline", "explorer"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    dist = tmp / "dist"
    done = run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--no-index", "--wheel-dir", dist, source, cwd=tmp,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = dist.glob("*.whl")
    return wheel


def test_the_wheel_ships_its_resources_and_runs_tag_and_build(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    assert "pipeline/resources/statuses.json" in names
    assert "pipeline/resources/categories/legislation.json" in names
    assert "explorer/ui/state.py" in names
    assert not any(n.startswith(("devtools/", "tests/")) for n in names)  # harness stays out

    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                  cwd=tmp_path).stdout.strip()  # fmt: skip
    Path(purelib, "borrowed-deps.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8"
    )
    done = run(
        sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
        "--no-index", wheel, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]

    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    where = run(python, "-c", "import pipeline; print(pipeline.__file__)", cwd=work)
    assert Path(where.stdout.strip()).is_relative_to(Path(purelib)), where.stdout + where.stderr

    tagged = run(python, "-m", "pipeline", "tag", "--speaker", "Norway", "-", cwd=work, stdin=TEXT)
    assert tagged.returncode == 0, tagged.stderr[-3000:]
    measures = [json.loads(line) for line in tagged.stdout.splitlines()]
    assert [(m["category"], m["status"]) for m in measures] == [("action_plan", "in_place")]

    shutil.copy(ROOT / "seeds" / "004_025c10e89ddcc81f.txt", work / "docs")
    built = run(python, "-m", "pipeline", "build", "--input", "docs", "--output", "out", cwd=work)
    assert built.returncode == 0, built.stderr[-3000:]
    assert (work / "out" / "measures.csv").is_file()
    assert (work / "out" / "build-info.json").is_file()
