"""Preferences apply at once: clipboard delay, reveal by default, auto-refresh, timeout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.dialogs.about import AboutDialog
from app.ui.main_window import MainWindow
from app.ui.preferences_store import PreferenceValues
from tests.gui_support import WAIT_MS, running_window


@pytest.fixture
def window(qtbot: QtBot, sandbox: Sandbox) -> Iterator[MainWindow]:
    with running_window(qtbot, sandbox) as shown:
        yield shown
    QSettings().clear()  # later tests start from the defaults


def test_saved_preferences_apply_to_the_running_window(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    dialog = window.preferences_flow.open_preferences()
    values = PreferenceValues(
        clipboard_clear_s=None, auto_refresh_min=5, show_passwords=True, request_timeout_s=12
    )
    dialog.values = lambda: values  # the dialog's own widgets are tested in test_dialogs.py
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        dialog.accept()  # the new timeout rebuilds the client and refreshes
    assert window.services.clipboard.clear_after() is None
    assert window.commands.reveal_passwords.isChecked()
    assert window.connection is not None and window.connection.timeout == 12
    assert window._auto_refresh.isActive() and window._auto_refresh.interval() == 5 * 60_000
    assert window.services.preferences.load() == values


def test_about_lists_versions_and_paths(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.preferences_flow.open_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.details_text(window.services.paths)
    assert "PySide6" in text and "Log file" in text and "Settings" in text
    dialog.close()
