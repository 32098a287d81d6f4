"""Preferences apply at once: clipboard delay, reveal by default, auto-refresh, timeout."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.dialogs.about import AboutDialog
from app.ui.platform.preferences_store import PreferenceValues
from app.ui.views.main_window import MainWindow
from tests.gui_support import parts


def test_saved_preferences_apply_to_the_running_window(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    dialog = parts(window).preferences.open_preferences()
    values = PreferenceValues(
        clipboard_clear_s=None, auto_refresh_min=5, show_passwords=True, request_timeout_s=12
    )
    dialog.values = lambda: values  # the dialog's own widgets are tested in test_dialogs.py
    shown_before = window.model.total_count
    dialog.accept()  # applied at once; the open client takes the new timeout
    assert window.model.total_count == shown_before  # the list stays
    assert parts(window).clipboard.clear_after() is None
    assert window.commands.reveal_passwords.isChecked()
    assert parts(window).preferences.timeout() == 12
    assert (
        parts(window).refresher._auto.isActive()
        and parts(window).refresher._auto.interval() == 5 * 60_000
    )
    assert parts(window).preferences._store.load() == values


def test_about_lists_versions_and_paths(window: MainWindow, qtbot: QtBot) -> None:
    dialog = parts(window).preferences.open_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.details_text(parts(window).preferences._paths)
    assert "PySide6" in text and "Log file" in text and "Settings" in text
    dialog.close()
