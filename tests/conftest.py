"""Shared test setup: Qt offscreen, a private HOME, the sandbox, a clean clipboard."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: offscreen by default (the Xvfb test chooses xcb itself), and a
# private HOME so settings, logs and data written by the app stay inside the test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="sendclean-test-home-"))
for _name, _sub in (
    ("HOME", ""),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
):
    os.environ[_name] = str(_PRIVATE_HOME / _sub)
os.environ.pop("SENDCLEAN_TOKEN", None)
# A keyring that cannot reach a desktop's real keyring: tests that need one start their own.
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.sandbox import Sandbox  # noqa: E402


@pytest.fixture
def private_home() -> Path:
    return _PRIVATE_HOME


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=7) as server:
        yield server


def clear_clipboard() -> None:
    from PySide6.QtGui import QClipboard, QGuiApplication

    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    QGuiApplication.processEvents()


@pytest.fixture(autouse=True)
def _clean_clipboard(request: pytest.FixtureRequest) -> Iterator[None]:
    """Offscreen Qt segfaults at exit if custom clipboard data is left behind, and a test
    must not see what an earlier one copied: every Qt test starts and ends with it empty."""
    uses_qt = "qapp" in request.fixturenames or "qtbot" in request.fixturenames
    if uses_qt:
        clear_clipboard()
    yield
    if uses_qt:
        clear_clipboard()
