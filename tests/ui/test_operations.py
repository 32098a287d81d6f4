"""Add, edit, reset and bulk enable/disable, driven through the real window and dialogs
against the real sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.controllers.bulk import BulkResult
from app.ui.views.main_window import MainWindow
from app.ui.views.users_model import Column
from tests.gui_support import (
    WAIT_MS,
    cell,
    child,
    click_row,
    confirm_disable,
    operations,
    parts,
    row_of,
    sandbox_user,
    select_users,
    shown_names,
    wait_for_dialog,
)


def _type_limit(qtbot: QtBot, dialog: QDialog, name: str, value: str) -> None:
    field = child(dialog, QLineEdit, name)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, value)
    assert field.text() == value


def _click(qtbot: QtBot, dialog: QDialog, name: str) -> None:
    button = child(dialog, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _enabled_names(sandbox: Sandbox) -> list[str]:
    return [u.user_name for u in sandbox.users() if u.enabled]


# -- add -----------------------------------------------------------------------------------


def test_add_user_shows_credentials_and_selects_the_new_user(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    before = {u.user_name for u in sandbox.users()}
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, window, "addUserDialog")
    assert operations(window).last_dialog is dialog
    _type_limit(qtbot, dialog, "totalLimitField", "12345")
    _type_limit(qtbot, dialog, "hourlyLimitField", "67")

    with (
        qtbot.waitSignal(operations(window).credentials_shown, timeout=WAIT_MS) as shown,
        qtbot.waitSignal(window.refreshed, timeout=WAIT_MS),
    ):
        _click(qtbot, dialog, "okButton")

    added = [u for u in sandbox.users() if u.user_name not in before]
    assert len(added) == 1
    new = added[0]
    assert (new.total_limit, new.hourly_limit, new.enabled) == (12345, 67, True)
    assert sandbox.requests[-2].call == "addSmtp"
    assert sandbox.requests[-2].params == {"total_limit": 12345, "hourly_limit": 67}

    credentials = shown.args[0]
    assert credentials.objectName() == "credentialsDialog"
    assert credentials.isVisible()
    assert child(credentials, QLineEdit, "userNameField").text() == new.user_name
    assert child(credentials, QLineEdit, "passwordField").text() == new.password
    assert not [d for d in window.findChildren(QDialog, "addUserDialog") if d.isVisible()]

    # In the table (after the refresh too), selected, with its limits.
    assert window.model.rowCount() == 37
    assert window.selected_names() == [new.user_name]
    row = row_of(window, new.user_name)
    assert cell(window, row, Column.TOTAL_LIMIT) == "12,345"
    assert cell(window, row, Column.HOURLY_LIMIT) == "67"
    assert window.status.counts.text() == "37 users"
    credentials.reject()


def test_add_user_rejected_by_the_server_keeps_the_dialog_open_with_the_error(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    # The client checks limits like the server does, so a revoked token is the way to
    # make the server refuse the call.
    sandbox.set_token("revoked")
    window.commands.add_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "addUserDialog")
    _type_limit(qtbot, dialog, "totalLimitField", "500")
    with qtbot.waitSignal(parts(window).notifier.credentials_needed, timeout=WAIT_MS) as needed:
        _click(qtbot, dialog, "okButton")

    general = child(dialog, QLabel, "generalError")
    assert general.isVisible()
    assert "rejected the owner ID or token" in general.text()
    assert "rejected the owner ID or token" in needed.args[0]
    assert dialog.isVisible()
    assert child(dialog, QPushButton, "okButton").isEnabled()  # not busy any more
    assert child(dialog, QLineEdit, "totalLimitField").isEnabled()
    assert not child(dialog, QLabel, "errorLabel_total_limit").isVisible()
    assert len(sandbox.users()) == 36
    assert window.banner.isVisible()  # sandbox mode: the banner tells about the token

    # With the token fixed, the same dialog succeeds.
    sandbox.set_token("demo-token")
    with qtbot.waitSignal(operations(window).credentials_shown, timeout=WAIT_MS) as shown:
        _click(qtbot, dialog, "okButton")
    assert len(sandbox.users()) == 37
    shown.args[0].reject()


def test_add_dialog_cancelled_while_saving_still_shows_the_new_credentials(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    before = {u.user_name for u in sandbox.users()}
    sandbox.inject("addSmtp", "delay:0.5")
    window.commands.add_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "addUserDialog")
    with qtbot.waitSignal(operations(window).credentials_shown, timeout=WAIT_MS) as shown:
        _click(qtbot, dialog, "okButton")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the user gives up waiting
    (new,) = [u for u in sandbox.users() if u.user_name not in before]
    credentials = shown.args[0]
    assert child(credentials, QLineEdit, "passwordField").text() == new.password
    qtbot.waitUntil(lambda: window.model.find_user(new.user_name) is not None, timeout=WAIT_MS)
    credentials.reject()


def test_edit_cancelled_while_saving_reports_a_refusal_in_the_banner(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[3]
    click_row(qtbot, window, name)
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    _type_limit(qtbot, dialog, "hourlyLimitField", "3")
    sandbox.inject("editSmtp", "delay:0.5")
    sandbox.set_token("revoked")
    needed: list[str] = []
    parts(window).notifier.credentials_needed.connect(needed.append)
    _click(qtbot, dialog, "okButton")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancelled while the call runs
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert "rejected the owner ID or token" in window.banner.text()
    assert len(needed) == 1
    assert sandbox_user(sandbox, name).hourly_limit != 3


def test_add_dialog_validates_locally_without_calling_the_server(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.clear_requests()
    window.commands.add_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "addUserDialog")
    _type_limit(qtbot, dialog, "hourlyLimitField", "0")
    _click(qtbot, dialog, "okButton")
    label = child(dialog, QLabel, "errorLabel_hourly_limit")
    assert label.isVisible()
    assert "at least 1" in label.text()
    assert sandbox.requests == []
    dialog.reject()


# -- edit ----------------------------------------------------------------------------------


def test_edit_sends_only_the_changed_hourly_limit_and_updates_the_row(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[6]
    before = sandbox_user(sandbox, name)
    new_hourly = before.hourly_limit + 7
    click_row(qtbot, window, name)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    assert child(dialog, QLineEdit, "totalLimitField").text() == str(before.total_limit)
    assert child(dialog, QCheckBox, "enabledCheck").isChecked() == before.enabled
    _type_limit(qtbot, dialog, "hourlyLimitField", str(new_hourly))

    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        _click(qtbot, dialog, "okButton")

    assert sandbox.requests[-1].call == "editSmtp"
    assert sandbox.requests[-1].params == {"smtp_user_name": name, "hourly_limit": new_hourly}
    after = sandbox_user(sandbox, name)
    assert after.hourly_limit == new_hourly
    assert (after.total_limit, after.enabled, after.password) == (
        before.total_limit,
        before.enabled,
        before.password,
    )
    row = row_of(window, name)
    assert cell(window, row, Column.HOURLY_LIMIT) == f"{new_hourly:,}"
    assert cell(window, row, Column.TOTAL_LIMIT) == f"{before.total_limit:,}"
    assert window.selected_names() == [name]
    assert f"{name} updated" in window.statusBar().currentMessage()


def test_edit_of_a_user_gone_on_the_server_shows_the_server_error_in_the_dialog(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[2]
    sandbox.set_users([u for u in sandbox.users() if u.user_name != name])
    click_row(qtbot, window, name)
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    child(dialog, QCheckBox, "enabledCheck").toggle()
    child(dialog, QLineEdit, "totalLimitField").setText("999")

    general = child(dialog, QLabel, "generalError")
    _click(qtbot, dialog, "okButton")
    qtbot.waitUntil(general.isVisible, timeout=WAIT_MS)
    assert "refused the request as invalid" in general.text()
    assert f"SMTP user {name} does not exist" in general.text()
    assert dialog.isVisible()
    assert not child(dialog, QLabel, "errorLabel_total_limit").isVisible()
    # The table keeps what it knew; nothing pretends the change was made.
    assert cell(window, row_of(window, name), Column.TOTAL_LIMIT) != "999"
    dialog.reject()


def test_edit_dialog_cancelled_while_saving_still_updates_the_table(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[1]
    click_row(qtbot, window, name)
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    _type_limit(qtbot, dialog, "totalLimitField", "31337")
    sandbox.inject("editSmtp", "delay:0.5")
    _click(qtbot, dialog, "okButton")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancelled while the call runs
    qtbot.waitUntil(
        lambda: cell(window, row_of(window, name), Column.TOTAL_LIMIT) == "31,337",
        timeout=WAIT_MS,
    )
    assert sandbox_user(sandbox, name).total_limit == 31337


def test_return_and_double_click_open_the_edit_dialog(qtbot: QtBot, window: MainWindow) -> None:
    name = shown_names(window)[5]
    click_row(qtbot, window, name)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    assert name in dialog.windowTitle()
    assert not child(dialog, QPushButton, "okButton").isEnabled()  # nothing changed yet
    dialog.reject()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=WAIT_MS)
    qtbot.keyClick(window.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    dialog.reject()

    other = shown_names(window)[8]
    index = window.model.index(row_of(window, other), Column.TOTAL_LIMIT)
    position = window.table.visualRect(index).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    assert other in dialog.windowTitle()
    dialog.reject()


def test_edit_of_a_user_with_unknown_limits_sends_only_what_changed(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.list_style = "mixed"  # the second user of the list comes without total_limit
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
    name = sandbox.users()[1].user_name
    assert window.model.find_user(name).total_limit is None  # type: ignore[union-attr]
    click_row(qtbot, window, name)
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    total = child(dialog, QLineEdit, "totalLimitField")
    assert total.text() == ""
    assert total.placeholderText() == "unknown"
    child(dialog, QCheckBox, "enabledCheck").toggle()
    was_enabled = sandbox_user(sandbox, name).enabled

    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        _click(qtbot, dialog, "okButton")

    status = "Enable" if not was_enabled else "Disable"
    assert sandbox.requests[-1].params == {"smtp_user_name": name, "status": status}
    assert sandbox_user(sandbox, name).enabled is not was_enabled
    row = row_of(window, name)
    assert cell(window, row, Column.TOTAL_LIMIT) == "—"
    assert cell(window, row, Column.STATUS) == ("Enabled" if not was_enabled else "Disabled")


# -- bulk enable / disable -----------------------------------------------------------------


def test_disable_selected_disables_each_user_with_one_call(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = _enabled_names(sandbox)[2:6]
    select_users(qtbot, window, names)
    progress: list[tuple[int, int]] = []
    parts(window).bulk.progress.connect(lambda done, total: progress.append((done, total)))
    sandbox.clear_requests()

    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as finished:
        qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        confirm_disable(qtbot, window)

    result = finished.args[0]
    assert isinstance(result, BulkResult)
    assert sorted(result.done) == sorted(names)
    assert (result.failed, result.stopped, result.enabled) == ([], None, False)
    requests = sandbox.requests
    assert [r.call for r in requests] == ["editSmtp"] * len(names)
    assert sorted(r.params["smtp_user_name"] for r in requests) == sorted(names)
    assert all(r.params["status"] == "Disable" for r in requests)
    assert all(set(r.params) == {"smtp_user_name", "status"} for r in requests)
    for name in names:
        assert not sandbox_user(sandbox, name).enabled
        assert cell(window, row_of(window, name), Column.STATUS) == "Disabled"
    # The progress follows the answers (at most every 50 ms), up to all of them.
    assert progress[-1] == (len(names), len(names))
    counts = [done for done, _total in progress]
    assert counts == sorted(set(counts)) and counts[0] >= 1
    qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=WAIT_MS)
    assert not window.status.busy.isVisible()
    assert f"{len(names)} users disabled" in window.statusBar().currentMessage()
    assert sorted(window.selected_names()) == sorted(names)

    # And back: Enable selected.
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.enable_users.trigger()
    assert all(sandbox_user(sandbox, n).enabled for n in names)
    assert all(cell(window, row_of(window, n), Column.STATUS) == "Enabled" for n in names)


def test_disable_skips_users_already_disabled(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    disabled = [u.user_name for u in sandbox.users() if not u.enabled][:2]
    enabled = _enabled_names(sandbox)[:1]
    select_users(qtbot, window, disabled + enabled)
    sandbox.clear_requests()
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
    assert [r.params["smtp_user_name"] for r in sandbox.requests] == enabled


def test_bulk_run_reports_users_that_could_not_be_changed(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = sorted(_enabled_names(sandbox)[:3])
    gone = names[1]
    select_users(qtbot, window, names)
    sandbox.set_users([u for u in sandbox.users() if u.user_name != gone])
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as finished:
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
    result = finished.args[0]
    assert result.done == [names[0], names[2]]
    assert [name for name, _why in result.failed] == [gone]
    assert result.stopped is None
    assert not sandbox_user(sandbox, names[0]).enabled
    assert not sandbox_user(sandbox, names[2]).enabled
    assert cell(window, row_of(window, gone), Column.STATUS) == "Enabled"
    message = parts(window).bulk.last_message
    assert message is not None and message.isVisible()
    assert message.text() == "2 users disabled."
    assert f"{gone}: " in message.informativeText()
    assert "does not exist" in message.informativeText()
    message.accept()


def test_bulk_run_stops_at_an_authentication_failure_and_reports(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = sorted(_enabled_names(sandbox)[:4])
    select_users(qtbot, window, names)
    sandbox.clear_requests()
    # The second call waits a moment on the server; the token is revoked meanwhile.
    sandbox.inject("editSmtp", "delay:0")
    sandbox.inject("editSmtp", "delay:1")

    with (
        qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as finished,
        qtbot.waitSignal(parts(window).notifier.credentials_needed, timeout=WAIT_MS),
    ):
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
        qtbot.waitUntil(lambda: len(sandbox.requests) == 2, timeout=WAIT_MS)
        sandbox.set_token("revoked")

    result = finished.args[0]
    assert result.done == names[:1]
    assert result.stopped is not None and "rejected" in result.stopped
    assert len(sandbox.requests) == 2  # no call after the failure
    assert not sandbox_user(sandbox, names[0]).enabled
    assert all(sandbox_user(sandbox, n).enabled for n in names[1:])
    assert cell(window, row_of(window, names[0]), Column.STATUS) == "Disabled"
    assert all(cell(window, row_of(window, n), Column.STATUS) == "Enabled" for n in names[1:])
    message = parts(window).bulk.last_message
    assert message is not None and message.isVisible()
    assert message.text() == "1 users disabled."
    assert "Stopped:" in message.informativeText()
    assert window.banner.isVisible()
    message.accept()


# -- reset ---------------------------------------------------------------------------------


def test_reset_password_shows_the_new_password(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[9]
    old = sandbox_user(sandbox, name).password
    click_row(qtbot, window, name)
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    assert name in child(confirm, QLabel, "messageLabel").text()
    sandbox.clear_requests()
    with qtbot.waitSignal(operations(window).credentials_shown, timeout=WAIT_MS) as shown:
        _click(qtbot, confirm, "resetButton")

    new = sandbox_user(sandbox, name).password
    assert new != old
    assert [(r.call, r.params) for r in sandbox.requests] == [
        ("resetSmtpPassword", {"smtp_user_name": name})
    ]
    credentials = shown.args[0]
    assert credentials.isVisible()
    assert child(credentials, QLineEdit, "userNameField").text() == name
    assert child(credentials, QLineEdit, "passwordField").text() == new
    assert name in child(credentials, QLabel, "introLabel").text()
    assert window.model.find_user(name).password == new  # type: ignore[union-attr]
    window.commands.reveal_passwords.setChecked(True)
    assert cell(window, row_of(window, name), Column.PASSWORD) == new
    credentials.reject()


def test_cancelling_the_reset_confirmation_changes_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[0]
    old = sandbox_user(sandbox, name).password
    click_row(qtbot, window, name)
    window.commands.reset_password.trigger()
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    sandbox.clear_requests()
    with qtbot.waitSignal(confirm.finished, timeout=WAIT_MS):
        _click(qtbot, confirm, "cancelButton")
    assert sandbox.requests == []
    assert sandbox_user(sandbox, name).password == old
