"""Every control of the window and its dialogs has an accessible name; keyboard works."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.api import SmtpCredentials, SmtpUser
from app.ui.dialogs.about import AboutDialog
from app.ui.dialogs.add_user import AddUserDialog
from app.ui.dialogs.confirm_reset import ConfirmResetDialog
from app.ui.dialogs.connect import ConnectDialog
from app.ui.dialogs.credentials import CredentialsDialog
from app.ui.dialogs.edit_user import EditUserDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.platform.clipboard import SecureClipboard
from app.ui.platform.preferences_store import PreferenceValues
from app.ui.views.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the spin box / combo box carries the name
        if widget.objectName().startswith("qt_"):
            continue  # Qt's internal helpers (scroll bar buttons, toolbar extension)
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_main_window_controls_are_named(window: MainWindow) -> None:
    assert unnamed_controls(window) == []
    for action in window.commands.__dict__.values():
        assert action.text() and action.toolTip() and action.statusTip()


def test_every_dialog_is_named(window: MainWindow, qtbot: QtBot) -> None:
    user = SmtpUser("smtp100001", "secretpass1", True, 100, 10)
    clipboard = SecureClipboard(None)
    dialogs: list[QWidget] = [
        AddUserDialog(window),
        EditUserDialog(user, window),
        ConfirmResetDialog(user.user_name, window),
        ConnectDialog(None, window),
        CredentialsDialog(SmtpCredentials("smtp100001", "secretpass1"), clipboard, parent=window),
        PreferencesDialog(PreferenceValues(), window),
        AboutDialog({"Settings": "/tmp/x.conf"}, window),
    ]
    for dialog in dialogs:
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()
    clipboard.shutdown()


def test_table_columns_have_accessible_headers(window: MainWindow) -> None:
    model = window.model
    from PySide6.QtCore import Qt

    names = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
        for c in range(model.columnCount())
    ]
    assert all(names) and names[0] == "SMTP user name"


def test_keyboard_reaches_search_and_table(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.commands.find.trigger()
    assert window.search.hasFocus()
    qtbot.keyPress(window.search, "\t")
    qtbot.waitUntil(
        lambda: window.table.hasFocus() or window.focusWidget() is window.table, timeout=2000
    )
