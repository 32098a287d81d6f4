"""Keyboard use, the row menu, empty states and the status bar, through the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.views.main_window import MainWindow
from tests.gui_support import WAIT_MS, click_row, connect, parts, select_users


def _focused() -> object:
    return QApplication.focusWidget()


def test_tab_leaves_the_table_and_arrows_move_inside_it(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: _focused() is window.table, timeout=WAIT_MS)
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert _focused() is not window.table
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Backtab)
    assert _focused() is window.search
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1


def test_the_filter_hands_over_to_the_table_and_escape_clears_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    window.table.clearSelection()
    window.search.setFocus()
    first = window.model.user_at(3).user_name
    qtbot.keyClicks(window.search, first)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert _focused() is window.table and window.selected_names() == [first]
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and _focused() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # a second Escape: back to the table
    assert _focused() is window.table


def test_right_click_the_menu_key_and_shift_f10_open_the_row_menu(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = window.model.user_at(2).user_name
    click_row(qtbot, window, name)
    menu = window.row_menu
    assert isinstance(menu, QMenu)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    for expected in ("Edit…", "Reset password…", "Copy password", "Copy user name",
                     "Test SMTP login", "Send test message…", "Enable selected",
                     "Disable selected"):  # fmt: skip
        assert expected in texts
    assert any(a.menu() is window.snippets_menu for a in menu.actions())
    for key, modifier in (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ):
        window.table.setFocus()
        qtbot.keyClick(window.table, key, modifier)
        qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
        menu.hide()


def test_several_selected_rows_say_so_and_single_user_actions_wait_for_one(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = [u.user_name for u in sandbox.users() if u.password][:3]
    select_users(qtbot, window, names)
    assert window.status.selected.text() == "3 selected" and window.status.selected.isVisible()
    a = window.commands
    for action in (a.edit_user, a.reset_password, a.copy_password, a.test_login, a.send_test):
        assert not action.isEnabled()
    assert a.disable_users.isEnabled()
    click_row(qtbot, window, names[0])
    assert a.edit_user.isEnabled() and not window.status.selected.isVisible()


def test_a_temporary_message_never_hides_the_account_or_the_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.statusBar().showMessage("Something happened", 5000)
    assert window.status.account.isVisible() and window.status.counts.isVisible()


def test_test_login_has_its_own_icon_and_a_place_in_the_toolbar(window: MainWindow) -> None:
    a = window.commands
    assert a.test_login.property("iconName") != a.enable_users.property("iconName")
    assert a.test_login in window.toolbar.actions()


def test_empty_states_explain_themselves(
    qtbot: QtBot, blank_window: MainWindow, sandbox: Sandbox
) -> None:
    window = blank_window
    empty = window.empty
    assert window.pages.currentWidget() is empty
    assert empty.connect_button.isVisible() and empty.sandbox_button.isVisible()
    with Sandbox(users=0) as bare:
        connect(window, bare, qtbot)
        assert window.pages.currentWidget() is empty
        assert empty.title.text() == "No SMTP users yet" and empty.add_button.isVisible()
    connect(window, sandbox, qtbot)
    assert window.pages.currentWidget() is window.table
    window.search.setText("zzz-no-such-user")
    assert window.pages.currentWidget() is empty
    assert empty.title.text() == "No user matches “zzz-no-such-user”"
    qtbot.mouseClick(empty.clear_button, Qt.MouseButton.LeftButton)
    assert window.search.text() == "" and window.pages.currentWidget() is window.table


def test_try_the_sandbox_from_the_first_start_panel(qtbot: QtBot, blank_window: MainWindow) -> None:
    window = blank_window
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        qtbot.mouseClick(window.empty.sandbox_button, Qt.MouseButton.LeftButton)
    assert window.model.total_count == 36 and parts(window).session.is_sandbox


def test_the_shortcuts_list_is_made_from_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_shortcuts()
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    for action in vars(window.commands).values():
        if action.shortcuts():
            assert action.text().replace("&", "").rstrip("…") in rows
    assert rows["Refresh"].startswith("F5")
    dialog.reject()


def test_disabled_stays_readable_in_a_selected_row(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    from app.ui.views.users_model import Column

    name = next(u.user_name for u in sandbox.users() if not u.enabled)
    click_row(qtbot, window, name)
    index = window.model.index(window.model.row_of(name) or 0, Column.STATUS)
    font = window.model.data(index, Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()  # weight as well as colour


def test_the_refresh_time_belongs_to_the_account(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    assert window.status.updated.text().startswith("Updated ")
    with Sandbox(users=2) as other:
        from app.ui.session.sandbox_host import sandbox_connection

        parts(window).accounts.use(sandbox_connection(other))
        assert window.status.updated.text() == "Not refreshed yet"  # never carried over
        qtbot.waitUntil(lambda: window.model.total_count == 2, timeout=WAIT_MS)
        assert window.status.updated.text().startswith("Updated ")
