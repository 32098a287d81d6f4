"""Real display servers for tests: Xvfb, and Weston (a Wayland compositor) on top of it.

Weston's headless back end has no seat, so no keyboard focus and no clipboard: Weston
runs with its X11 back end inside a private Xvfb instead, which gives it a real seat.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def require(tool: str, package: str) -> None:
    """Skip (fail under CI, which installs it) when *tool* is not on the PATH."""
    if shutil.which(tool) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must provide {tool} (apt-get install {package})")
        pytest.skip(f"{tool} is not installed (apt-get install {package})")


def _free_display() -> int:
    for number in range(90, 140):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def _wait_for(ready: Callable[[], bool], server: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 15
    while not ready():
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.05)  # polling for an external process's socket, bounded above


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.wait(timeout=10)
    if server.poll() is None:
        server.kill()
        server.wait(timeout=10)


@contextlib.contextmanager
def xvfb(size: str = "1280x800x24") -> Iterator[str]:
    """A private X server; yields its DISPLAY value."""
    require("Xvfb", "xvfb xauth")
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(Path(f"/tmp/.X11-unix/X{number}").exists, server, "Xvfb")
        yield f":{number}"
    finally:
        _stop(server)


@contextlib.contextmanager
def weston() -> Iterator[dict[str, str]]:
    """A private Weston compositor; yields the environment for its Wayland clients."""
    require("weston", "weston")
    with xvfb() as display, tempfile.TemporaryDirectory(prefix="sendclean-wl-") as runtime:
        os.chmod(runtime, 0o700)
        socket = "wayland-sc-test"
        env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": runtime}
        log = Path(runtime) / "weston.log"
        server = subprocess.Popen(
            [
                "weston",
                "--backend=x11-backend.so",
                "--use-pixman",
                "--width=1200",
                "--height=760",
                f"--socket={socket}",
                "--idle-time=0",
                f"--log={log}",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_for((Path(runtime) / socket).exists, server, "Weston")
            client_env = {**env, "WAYLAND_DISPLAY": socket, "QT_QPA_PLATFORM": "wayland"}
            client_env.pop("DISPLAY")  # Wayland clients only, no falling back to X
            yield client_env
        finally:
            _stop(server)
