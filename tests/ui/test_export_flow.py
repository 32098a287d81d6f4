"""Exporting never surprises: a folder that exists, replacing asks, failures keep the
choices, success clears an old error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.dialogs.export_users import ExportUsersDialog
from app.ui.views.main_window import MainWindow
from tests.gui_support import WAIT_MS, parts


def _dialog(qtbot: QtBot, window: MainWindow) -> ExportUsersDialog:
    export = parts(window).export
    before = export.last_dialog
    window.commands.export_csv.trigger()
    qtbot.waitUntil(
        lambda: export.last_dialog is not None and export.last_dialog is not before,
        timeout=WAIT_MS,
    )
    dialog = export.last_dialog
    assert dialog is not None
    return dialog


def test_the_suggested_folder_exists(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    assert dialog.path().parent.is_dir()  # Documents, or home when there is none
    dialog.reject()


def test_replacing_a_file_asks_and_no_keeps_the_choices(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "users.csv"
    target.write_text("keep me", encoding="utf-8")
    dialog = _dialog(qtbot, window)
    dialog._path.setText(str(target))
    dialog._passwords.setChecked(True)
    dialog.accept()
    export = parts(window).export
    qtbot.waitUntil(lambda: export.last_question is not None, timeout=WAIT_MS)
    question = export.last_question
    assert question is not None and "already exists" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    again = export.last_dialog
    qtbot.waitUntil(lambda: again is not dialog and again is not None, timeout=WAIT_MS)
    again = export.last_dialog
    assert again is not None
    assert again.path() == target and again.include_passwords()
    assert target.read_text(encoding="utf-8") == "keep me"
    again._passwords.setChecked(False)
    again.accept()
    question = export.last_question
    assert question is not None
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "user_name" in target.read_text(encoding="utf-8"), timeout=WAIT_MS)


def test_a_failed_export_keeps_the_choices_and_a_success_clears_the_error(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    dialog = _dialog(qtbot, window)
    dialog._path.setText(str(blocked / "users.csv"))
    dialog.accept()
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert "Could not write" in window.banner.text()
    again = _dialog(qtbot, window)
    assert again.path() == blocked / "users.csv"  # what the user chose, not the default
    good = tmp_path / "users.csv"
    again._path.setText(str(good))
    again.accept()
    qtbot.waitUntil(good.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT_MS)
    assert parts(window).export.last_folder == tmp_path
