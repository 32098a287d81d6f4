"""Server and connection failures seen through the real window: the banner, Retry,
revoked tokens and answers lost after the server did the work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox, SandboxUser
from app.ui.views.main_window import MainWindow
from app.ui.views.users_model import Column
from tests.gui_support import (
    WAIT_MS,
    cell,
    child,
    click_row,
    counts_text,
    operations,
    parts,
    row_of,
    sandbox_user,
    shown_names,
    wait_for_dialog,
)


def _banner_text(window: MainWindow) -> str:
    return child(window.banner, QLabel, "bannerText").text()


def _retry_button(window: MainWindow) -> QPushButton:
    return child(window.banner, QPushButton, "bannerRetry")


# -- a failed refresh keeps the last good list -----------------------------------------------


@pytest.mark.parametrize(
    ("fault", "times", "expected", "detail"),
    [
        ("html_502", 1, "a web page instead of an answer", "502 with an HTML page instead of JSON"),
        ("garbage", 1, "not in the form SendClean uses", "with a body that is not JSON"),
        # the retry fails too
        ("drop", 2, "closed the connection without answering", "TransportError"),
        ("truncated", 1, "answer was cut off (HTTP 200)", "the body was cut off"),
        ("wrong_types", 1, "not in the form SendClean uses", "unexpected shape"),
        ("endless", 1, "larger than 64 MiB", "over the 64 MiB limit"),
    ],
)
def test_failed_refresh_shows_banner_keeps_list_and_retry_recovers(
    qtbot: QtBot,
    window: MainWindow,
    sandbox: Sandbox,
    fault: str,
    times: int,
    expected: str,
    detail: str,
) -> None:
    names = shown_names(window)
    click_row(qtbot, window, names[4])
    sandbox.inject("listSmtp", fault, times)
    sandbox.clear_requests()

    with qtbot.waitSignal(parts(window).refresher.failed, timeout=WAIT_MS) as failed:
        window.commands.refresh.trigger()

    assert expected in failed.args[0]
    assert window.banner.isVisible()
    assert expected in _banner_text(window)
    assert "Error" not in _banner_text(window)  # no class names in the sentence
    assert detail in window.banner.details()
    toggle = child(window.banner, QPushButton, "bannerDetailsToggle")
    shown = child(window.banner, QLabel, "bannerDetails")
    assert toggle.isVisible() and not shown.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert shown.isVisible() and detail in shown.text()
    assert _retry_button(window).isVisible()
    assert [r.call for r in sandbox.requests] == ["listSmtp"] * times
    assert sandbox.pending_faults() == []
    # The last good list stays, with its selection; the window is usable.
    assert shown_names(window) == names
    assert counts_text(window) == "36 users"
    assert window.selected_names() == [names[4]]
    assert window.commands.refresh.isEnabled()
    assert window.commands.edit_user.isEnabled()

    # Retry really asks again: a user added on the server meanwhile shows up.
    sandbox.set_users([*sandbox.users(), SandboxUser("smtp999999", "pw999999aaaa")])
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        qtbot.mouseClick(_retry_button(window), Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert window.model.rowCount() == 37
    assert "smtp999999" in shown_names(window)
    assert window.selected_names() == [names[4]]


def test_single_dropped_connection_is_retried_silently(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.inject("listSmtp", "drop", 1)
    failures: list[str] = []
    parts(window).refresher.failed.connect(failures.append)
    sandbox.clear_requests()
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
    assert [r.call for r in sandbox.requests] == ["listSmtp", "listSmtp"]
    assert failures == []
    assert not window.banner.isVisible()


def test_dismiss_hides_the_banner(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "html_502")
    with qtbot.waitSignal(parts(window).refresher.failed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
    assert window.banner.isVisible()
    qtbot.mouseClick(child(window.banner, QPushButton, "bannerDismiss"), Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert window.model.rowCount() == 36


# -- authentication ------------------------------------------------------------------------


def test_revoked_token_on_refresh_asks_for_credentials(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = shown_names(window)
    sandbox.set_token("revoked")
    with qtbot.waitSignal(parts(window).notifier.credentials_needed, timeout=WAIT_MS) as needed:
        window.commands.refresh.trigger()

    assert "rejected the owner ID or token" in needed.args[0]
    assert window.banner.isVisible()  # sandbox mode: the banner says it, no dialog
    assert "rejected the owner ID or token" in _banner_text(window)
    assert "demo-token" not in _banner_text(window)
    assert window.findChild(QDialog, "connectDialog") is None
    assert shown_names(window) == names

    # Still revoked: Retry fails the same way.
    with qtbot.waitSignal(parts(window).notifier.credentials_needed, timeout=WAIT_MS):
        qtbot.mouseClick(_retry_button(window), Qt.MouseButton.LeftButton)
    assert window.banner.isVisible()

    sandbox.set_token("demo-token")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        qtbot.mouseClick(_retry_button(window), Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_revoked_token_on_reset_reports_once(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[3]
    old = sandbox_user(sandbox, name).password
    click_row(qtbot, window, name)
    sandbox.set_token("revoked")
    needed: list[str] = []
    parts(window).notifier.credentials_needed.connect(needed.append)
    window.commands.reset_password.trigger()
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    qtbot.mouseClick(child(confirm, QPushButton, "resetButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert "rejected the owner ID or token" in _banner_text(window)
    assert len(needed) == 1
    assert sandbox_user(sandbox, name).password == old
    assert operations(window).last_message is None


# -- answers lost after the server did the work ------------------------------------------


def test_lost_answer_to_add_refreshes_and_shows_the_new_user(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    before = {u.user_name for u in sandbox.users()}
    sandbox.inject("addSmtp", "drop_after_work")
    window.commands.add_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "addUserDialog")
    results: list[int] = []
    dialog.finished.connect(results.append)
    shown: list[object] = []
    operations(window).credentials_shown.connect(shown.append)

    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        qtbot.mouseClick(child(dialog, QPushButton, "okButton"), Qt.MouseButton.LeftButton)

    assert results == [QDialog.DialogCode.Rejected.value]
    assert not [d for d in window.findChildren(QDialog, "addUserDialog") if d.isVisible()]
    message = operations(window).last_message
    assert message is not None and message.isVisible()
    assert "closed the connection without answering" in message.text()
    assert "look for a new user" in message.informativeText()
    assert shown == []  # no password was received, so none is shown
    # The server did create it, once (addSmtp is never retried), and the list shows it.
    assert [r.call for r in sandbox.requests].count("addSmtp") == 1
    (new,) = [u for u in sandbox.users() if u.user_name not in before]
    assert new.user_name in shown_names(window)
    assert window.model.rowCount() == 37
    assert counts_text(window) == "37 users"
    # What appeared is named and selected, so the user knows what to check.
    qtbot.waitUntil(lambda: new.user_name in message.informativeText(), timeout=WAIT_MS)
    assert "appeared and is selected" in message.informativeText()
    assert window.selected_names() == [new.user_name]
    message.accept()


def test_lost_answer_to_reset_refreshes_and_shows_the_password_now_in_use(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[11]
    old = sandbox_user(sandbox, name).password
    window.commands.reveal_passwords.setChecked(True)
    click_row(qtbot, window, name)
    sandbox.inject("resetSmtpPassword", "drop_after_work")
    window.commands.reset_password.trigger()
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    shown: list[object] = []
    operations(window).credentials_shown.connect(shown.append)

    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        qtbot.mouseClick(child(confirm, QPushButton, "resetButton"), Qt.MouseButton.LeftButton)

    new = sandbox_user(sandbox, name).password
    assert new != old
    assert [r.call for r in sandbox.requests].count("resetSmtpPassword") == 1
    message = operations(window).last_message
    assert message is not None and message.isVisible()
    assert name in message.informativeText()
    assert "password may have changed" in message.informativeText()
    assert shown == []
    assert cell(window, row_of(window, name), Column.PASSWORD) == new
    assert window.selected_names() == [name]
    message.accept()


def test_server_error_on_reset_shows_in_the_banner(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[0]
    sandbox.set_users([u for u in sandbox.users() if u.user_name != name])
    click_row(qtbot, window, name)
    window.commands.reset_password.trigger()
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    qtbot.mouseClick(child(confirm, QPushButton, "resetButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert f"SMTP user {name} does not exist" in _banner_text(window)
    assert operations(window).last_message is None
    assert window.commands.reset_password.isEnabled()
