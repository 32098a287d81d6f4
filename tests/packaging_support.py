"""Shared by the package tests (``tests/test_packaging_*.py``); not a conftest.

The package tests build the real installers and install them into this machine
(``dpkg -i``, ``rpm``, a Wine prefix), so a plain ``uv run pytest`` skips them: they
run only with ``SENDCLEAN_PACKAGE_TESTS=1`` (``.ci/run`` sets it for its second run).
Once opted in, a missing tool or missing root is a failure, not a skip.

They build from the runtime-only environment ``build/runtime-venv`` (the project's
dependencies and the ``build`` group, nothing from ``dev``), as a release is built.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

try:  # tests/ is on sys.path under pytest's default (rootdir-less) import mode
    import keyring_session as ks
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests import keyring_session as ks

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
OPT_IN_VARIABLE = "SENDCLEAN_PACKAGE_TESTS"
OPTED_IN = os.environ.get(OPT_IN_VARIABLE) == "1"
RUNTIME_VENV = ROOT / "build" / "runtime-venv"
BUILD_TIMEOUT_S = 600
RUN_TIMEOUT_S = 90

#: ``pytestmark`` of every package test module.
PACKAGE_TEST_MARKS = [
    pytest.mark.package,
    pytest.mark.slow,
    pytest.mark.skipif(
        not OPTED_IN,
        reason=f"package test: installs into this system; opt in with {OPT_IN_VARIABLE}=1",
    ),
]


def problem(reason: str) -> NoReturn:
    """Fail when opted in (CI), else skip."""
    if OPTED_IN:
        pytest.fail(f"{OPT_IN_VARIABLE}=1: {reason}")
    pytest.skip(reason)


def require_tools(*tools: str, hint: str = "") -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        problem(f"missing {', '.join(missing)}{f' ({hint})' if hint else ''}")


def require_root() -> None:
    if not sys.platform.startswith("linux"):
        problem("the Linux packages are built and installed on Linux only")
    if os.geteuid() != 0:
        problem("installing a package needs root")


def run(
    args: list[str | Path],
    *,
    timeout: float = RUN_TIMEOUT_S,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(arg) for arg in args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if check:
        assert result.returncode == 0, (
            f"{' '.join(map(str, args))} exited {result.returncode}\n"
            f"stdout:\n{result.stdout[-4000:]}\nstderr:\n{result.stderr[-4000:]}"
        )
    return result


def runtime_env() -> dict[str, str]:
    """The environment for ``uv run`` in the runtime-only virtual environment."""
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(RUNTIME_VENV)}
    env.pop("VIRTUAL_ENV", None)
    return env


def runtime_command(*args: str | Path) -> list[str]:
    """``uv run --no-dev --group build --exact …`` in ``build/runtime-venv``."""
    uv = shutil.which("uv")
    if uv is None:
        problem("uv is needed to make the runtime-only build environment")
    return [uv, "run", "-q", "--no-dev", "--group", "build", "--exact", *map(str, args)]


def build(target: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``packaging/build.py TARGET --dist OUT/dist --work OUT/work`` from the runtime env."""
    dirs = ["--dist", out / "dist", "--work", out / "work"]
    command = [*runtime_command("python", BUILD_SCRIPT), target, *dirs, *extra]
    return run(command, cwd=ROOT, env=runtime_env(), timeout=BUILD_TIMEOUT_S)


def last_json(result: subprocess.CompletedProcess[str]) -> Any:
    import json

    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines, f"no output; stderr:\n{result.stderr[-4000:]}"
    return json.loads(lines[-1])


def report(request: pytest.FixtureRequest, line: str) -> None:
    """Print a timing line to the terminal, past pytest's output capture."""
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None:
        return
    disabled = capture.global_and_fixture_disabled() if capture else contextlib.nullcontext()
    with disabled:
        reporter.write_line(line)


@contextlib.contextmanager
def xvfb(root: Path) -> Iterator[str]:
    """A private Xvfb on a free display number; yields DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        problem("Xvfb not found (apt-get install xvfb)")
    for number in range(140, 200):
        socket = Path(f"/tmp/.X11-unix/X{number}")
        if socket.exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        log = root / f"xvfb-{number}.log"
        with log.open("wb") as output:
            proc = subprocess.Popen(
                [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=output,
                start_new_session=True,
            )
        try:
            deadline = time.monotonic() + 15
            while not socket.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            if proc.poll() is not None:
                continue  # lost a race for this display number: try the next one
            assert socket.exists(), f"Xvfb :{number} made no socket in 15 s: {log.read_text()}"
            yield f":{number}"
            return
        finally:
            ks._stop(proc)  # the keyring session's helper: SIGTERM, then SIGKILL
    raise AssertionError("no free X display number between :140 and :199")


def npm_install(prefix: Path, package: str) -> Path:
    """``npm install PACKAGE`` into ``prefix`` (never globally); returns its node_modules."""
    require_tools("npm", "node", hint="apt-get install nodejs npm")
    run(["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", prefix, package])
    return prefix / "node_modules"
