"""Run a Streamlit app on a loopback port and drive it with headless Chromium.

Shared by the browser test, the benchmark and the README screenshot so that all three
start the server and the browser the same way (Debian's chromium, offline flags).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}
MAP_SELECTOR = ".choroplethlayer path"
REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = REPO_ROOT / "tests" / "fixtures" / "minidata"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def is_outside(url: str) -> bool:
    """True for a request that would leave the machine (anything but loopback/local)."""
    parsed = urlparse(url)
    if parsed.scheme in LOCAL_SCHEMES:
        return False
    return (parsed.hostname or "") not in LOOPBACK_HOSTS


def wait_healthy(port: int, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    url = f"http://127.0.0.1:{port}/_stcore/health"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"streamlit did not answer on port {port} within {timeout:.0f}s")


@contextmanager
def streamlit_server(
    script: Path,
    *,
    port: int | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    log: Path | None = None,
) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Start ``streamlit run script`` headless on loopback; yield (process, base URL)."""
    port = port or free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    full_env = {**os.environ, **(env or {})}
    out = log.open("wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        command, cwd=cwd or script.parent, env=full_env, stdout=out, stderr=subprocess.STDOUT
    )
    try:
        wait_healthy(port, proc)
        yield proc, f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if log and out is not subprocess.DEVNULL:
            out.close()  # type: ignore[union-attr]


def launch_chromium(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def iso3_point(page: Any, iso3: str) -> tuple[float, float] | None:
    """Viewport coordinates inside a country's shape on the plotly map, or None."""
    point = page.evaluate(
        """(iso) => {
            for (const p of document.querySelectorAll('.choroplethlayer path')) {
                const d = p.__data__;
                if (d && d.loc === iso) {
                    const r = p.getBoundingClientRect();
                    return [r.x + r.width / 2, r.y + r.height / 2];
                }
            }
            return null;
        }""",
        iso3,
    )
    return (float(point[0]), float(point[1])) if point else None


def map_signature(page: Any) -> str:
    """Fill colours of every country path: changes whenever the map is redrawn differently."""
    return str(
        page.evaluate(
            """() => Array.from(document.querySelectorAll('.choroplethlayer path'))
                .map(p => p.style.fill).join('|')"""
        )
    )


def fixture_env() -> dict[str, str]:
    return {
        "TRAFFICKING_DATA_DIR": str(FIXTURE_DATA / "data"),
        "TRAFFICKING_SEEDS_DIR": str(FIXTURE_DATA / "seeds"),
        "TRAFFICKING_NO_REBUILD": "1",
    }
