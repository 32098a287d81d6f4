"""Dialogs never cut their text off: they grow for an error or warning, and show their title."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.accounts import Account
from app.sandbox import Sandbox
from app.ui.session.connection import Connection
from app.ui.views.main_window import MainWindow
from tests.gui_support import (
    WAIT_MS,
    child,
    close_window,
    new_window,
    parts,
    wait_for_dialog,
)

#: Room a title bar needs beside its text: the window icon and the close, minimise and
#: maximise buttons.
TITLE_BAR_ALLOWANCE_PX = 120


def clipped(dialog: QWidget) -> list[str]:
    """What is shown smaller than it needs to be, as "name: shown < needed"."""
    problems: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text():
            name = widget.objectName() or widget.text()[:40]
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    problems.append(f"{name}: height {widget.height()} < {needed}")
                continue
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(f"{name}: {widget.size().toTuple()} < {hint.toTuple()}")
        elif isinstance(widget, QLineEdit | QPushButton | QCheckBox):
            needed = widget.sizeHint().height()
            if widget.height() < needed:
                problems.append(f"{name}: height {widget.height()} < {needed}")
    return problems


def title_fits(dialog: QDialog) -> bool:
    font = QFont(dialog.font())
    font.setBold(True)  # title bars often use a bold font
    text = QFontMetrics(font).horizontalAdvance(dialog.windowTitle())
    return dialog.width() >= text + TITLE_BAR_ALLOWANCE_PX


@pytest.fixture
def blank(blank_window: MainWindow) -> MainWindow:
    return blank_window


def test_the_connect_dialog_grows_for_the_keyring_explanation(
    blank: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    dialog = parts(blank).accounts.open_connect(None)
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
    assert title_fits(dialog)
    dialog._advanced.setChecked(True)
    dialog._url.setText(sandbox.base_url)
    dialog._owner.setText(sandbox.owner_id)
    dialog._token.setText(sandbox.token)
    dialog._on_ok()  # conftest's keyring fails: the token cannot be kept
    session_only = child(dialog, QPushButton, "sessionOnlyButton")
    qtbot.waitUntil(session_only.isVisible, timeout=WAIT_MS)
    problem = child(dialog, QLabel, "keyringProblem")
    assert "for this session only" in problem.text()  # the whole explanation
    assert clipped(dialog) == []


def test_the_connect_dialog_grows_for_field_errors(blank: MainWindow, qtbot: QtBot) -> None:
    dialog = parts(blank).accounts.open_connect(None)
    qtbot.waitExposed(dialog)
    dialog._domain.setText("not a domain at all, with spaces and more words to wrap")
    dialog._on_ok()  # no owner ID, no token, a bad domain: three errors at once
    assert child(dialog, QLabel, "errorLabel_token").isVisible()
    assert clipped(dialog) == []
    dialog.show_error(None, "SendClean answered: " + "a long explanation, " * 12)
    assert clipped(dialog) == []


@pytest.fixture
def named_window(qtbot: QtBot, sandbox: Sandbox) -> Iterator[MainWindow]:
    """Connected to the sandbox's server as a saved account (the sandbox cannot be renamed)."""
    window = new_window(qtbot)
    account = Account.create("Main", sandbox.base_url, sandbox.owner_id)
    token = sandbox.token
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        parts(window).accounts.use(
            Connection(account, lambda: token, token_kept_in="memory", token_in_keyring=False)
        )
    yield window
    close_window(window)


def test_the_rename_dialog_shows_its_whole_title(named_window: MainWindow, qtbot: QtBot) -> None:
    named_window.commands.rename_account.trigger()
    dialog = wait_for_dialog(qtbot, named_window, "renameAccountDialog")
    assert isinstance(dialog, QInputDialog)
    qtbot.waitExposed(dialog)
    assert title_fits(dialog), (dialog.width(), dialog.windowTitle())
    assert clipped(dialog) == []
    dialog.setTextValue("Renamed")
    dialog.accept()
    connection = parts(named_window).session.connection
    assert connection is not None and connection.account.label == "Renamed"


def test_the_export_file_row_keeps_its_height_beside_the_warning(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.commands.export_csv.trigger()
    dialog = wait_for_dialog(qtbot, window, "exportUsersDialog")
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
    child(dialog, QCheckBox, "includePasswordsCheck").setChecked(True)
    assert child(dialog, QLabel, "passwordsWarning").isVisible()
    path = child(dialog, QLineEdit, "exportPathField")
    assert path.height() >= path.sizeHint().height()
    assert clipped(dialog) == []
    dialog.reject()
