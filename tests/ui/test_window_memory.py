"""The window remembers its layout; revealed passwords and copied ones do not linger."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.views.main_window import MainWindow
from app.ui.views.users_model import Column
from tests.gui_support import WAIT_MS, click_row, close_window, open_window, parts


def test_geometry_column_widths_and_sort_order_come_back_on_the_next_start(
    qtbot: QtBot, sandbox: Sandbox
) -> None:
    QSettings().clear()
    first = open_window(qtbot, sandbox)
    first.resize(700, 420)
    first.table.setColumnWidth(Column.PASSWORD, 171)
    first.table.sortByColumn(Column.TOTAL_LIMIT, Qt.SortOrder.DescendingOrder)
    close_window(first)
    second = open_window(qtbot, sandbox)
    try:
        assert (second.width(), second.height()) == (700, 420)
        assert second.table.columnWidth(Column.PASSWORD) == 171
        header = second.table.horizontalHeader()
        assert header.sortIndicatorSection() == Column.TOTAL_LIMIT
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert second.model.sort_spec() == (Column.TOTAL_LIMIT, True)
    finally:
        close_window(second)
        QSettings().clear()


def test_revealed_passwords_mask_themselves_after_the_delay_and_when_minimised(
    qtbot: QtBot, window: MainWindow
) -> None:
    reveal = window.commands.reveal_passwords
    window.set_remask_after(0)  # the Preferences delay (60 s by default), made instant
    reveal.setChecked(True)
    qtbot.waitUntil(lambda: not reveal.isChecked(), timeout=WAIT_MS)
    assert not window.model.reveal_passwords
    window.set_remask_after(None)
    reveal.setChecked(True)
    window.showMinimized()
    qtbot.waitUntil(lambda: not reveal.isChecked(), timeout=WAIT_MS)
    window.showNormal()


def test_the_countdown_stops_once_something_else_is_copied(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    click_row(qtbot, window, next(u.user_name for u in sandbox.users() if u.password))
    window.commands.copy_password.trigger()
    clipboard = parts(window).clipboard
    assert clipboard.is_armed() and window.status.clipboard.text()
    QGuiApplication.clipboard().setText("something the user copied")
    qtbot.waitUntil(lambda: not clipboard.is_armed(), timeout=WAIT_MS)
    assert window.status.clipboard.text() == ""
    assert QGuiApplication.clipboard().text() == "something the user copied"
