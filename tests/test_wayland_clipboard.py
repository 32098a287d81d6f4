"""Copy and automatic clear under a real Wayland compositor (Weston), seen from outside.

The app runs in a subprocess with Qt's wayland platform; ``wl-paste``, another Wayland
client, reads the clipboard independently. A second client (``weston-simple-shm``) takes
the keyboard focus before the countdown runs out, as when the user has moved on.
"""

from __future__ import annotations

import contextlib
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.platform.clipboard import KDE_PASSWORD_HINT
from tests.display_servers import require, weston

ROOT = Path(__file__).resolve().parent.parent
WAIT_S = 60  # upper bound for each step of the app in the subprocess

APP_SCRIPT = r"""
import sys, time
from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from app.core.accounts import Account
from app.sandbox import Sandbox
from app.ui.application import build_window
from app.ui.session.connection import Connection


def say(*parts):
    print(*parts, flush=True)


def wait_until(condition, what):
    deadline = time.monotonic() + 45
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"timed out waiting for {what}")
        app.processEvents()


app = QApplication([])
assert app.platformName() == "wayland", app.platformName()
with Sandbox(seed=5) as sandbox:
    built = build_window()
    window = built.window
    window.resize(1000, 600)
    window.show()
    account = Account.create("Sandbox", sandbox.base_url, sandbox.owner_id)
    token = sandbox.token
    listed = []
    window.refreshed.connect(listed.append)
    built.accounts.use(Connection(account, lambda: token, sandbox=True))
    wait_until(lambda: listed and window.isActiveWindow(), "the list and the focus")
    users = [window.model.user_at(row) for row in range(window.model.rowCount())]
    user = next(u for u in users if u.password)
    window.select_names([user.user_name])
    window.commands.copy_password.trigger()
    copied_at = time.monotonic()
    app.sync()  # a round trip: the compositor has the new selection before we say so
    say("COPIED", user.password)
    wait_until(lambda: QGuiApplication.focusWindow() is None, "another client to take focus")
    say("UNFOCUSED")
    outcome = []
    built.clipboard.cleared.connect(lambda: outcome.append("cleared"))
    built.clipboard.clear_failed.connect(lambda: outcome.append("failed"))
    # The countdown runs out half a second from now, with the window unfocused.
    built.clipboard.set_clear_after(time.monotonic() - copied_at + 0.5)
    wait_until(lambda: outcome, "the automatic clear")
    say("OUTCOME", outcome[0])
    say("STATUS", window.status.clipboard.text() or window.statusBar().currentMessage())
    finished = []
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: finished.append(sys.stdin.readline()))
    wait_until(lambda: finished, "the test to read the clipboard")
    window.close_now()
say("DONE")
"""


class App:
    """The app in a subprocess: its output lines, read without blocking the test."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-u", "-c", APP_SCRIPT],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.output: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def expect(self, word: str) -> str:
        """The rest of the next line starting with *word* (bounded wait)."""
        while True:
            try:
                line = self._lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(
                    f"no {word} within {WAIT_S} s:\n" + "\n".join(self.output)
                ) from None
            if line is None:
                raise AssertionError(f"the app ended before {word}:\n" + "\n".join(self.output))
            self.output.append(line)
            if line.split(" ", 1)[0] == word:
                return line.partition(" ")[2]

    def finish(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("done\n")
        self.process.stdin.flush()
        self.expect("DONE")
        self.process.wait(timeout=WAIT_S)


def _paste(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["wl-paste", *args], env=env, capture_output=True, text=True, timeout=WAIT_S
    )


@pytest.fixture
def wayland_env() -> Iterator[dict[str, str]]:
    require("wl-paste", "wl-clipboard")
    require("weston-simple-shm", "weston")
    with weston() as env:
        yield env


def test_copy_offers_the_hints_and_the_clear_is_told_truthfully(
    wayland_env: dict[str, str],
) -> None:
    app = App(wayland_env)
    thief: subprocess.Popen[bytes] | None = None
    try:
        password = app.expect("COPIED")
        listed = _paste(wayland_env, "--list-types")
        types = listed.stdout.split()
        assert KDE_PASSWORD_HINT in types and "text/plain" in types, listed
        assert _paste(wayland_env, "--no-newline").stdout == password
        # Another window takes the focus and keeps it while the countdown runs out.
        thief = subprocess.Popen(
            ["weston-simple-shm"],
            env=wayland_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        outcome = app.expect("OUTCOME")
        status = app.expect("STATUS")
        after = _paste(wayland_env, "--no-newline").stdout
        app.finish()
    finally:
        if thief is not None:
            thief.terminate()
            thief.wait(timeout=WAIT_S)
        if app.process.poll() is None:
            app.process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                app.process.wait(timeout=WAIT_S)
    if password in after:
        # Weston refuses a selection change from an unfocused client (and its own
        # clipboard keeps a copy of the text): the app must not claim otherwise.
        assert outcome == "failed", app.output
        assert status == "The clipboard could not be cleared — clear it yourself", status
    else:
        assert outcome == "cleared", app.output
        assert status == "Clipboard cleared", status
