"""Sandbox mode's own SMTP relay, Send test message and the sandbox mailbox, offline."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.api import is_loopback_host
from app.sandbox import Sandbox
from app.ui.dialogs.send_test import SendTestDialog
from app.ui.session.sandbox_host import SandboxHost, sandbox_connection
from app.ui.views.main_window import MainWindow
from tests.gui_support import WAIT_MS, child, parts, select_users, wait_for_dialog


def test_sandbox_mode_aims_only_at_its_own_loopback_relay(sandbox: Sandbox) -> None:
    connection = sandbox_connection(sandbox)
    assert is_loopback_host(connection.account.smtp_host)
    assert connection.account.smtp_port == sandbox.smtp_port
    assert connection.smtp_ca is not None and "BEGIN CERTIFICATE" in connection.smtp_ca()


def test_in_sandbox_mode_a_relay_moved_off_loopback_is_refused_without_a_lookup(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = parts(window)
    account = app.session.account
    assert account is not None
    app.session.update_account(dataclasses.replace(account, smtp_host="smtp.sendclean.net"))
    looked_up: list[object] = []
    real = socket.getaddrinfo

    def recording(host: object, *args: object, **kwargs: object) -> object:
        looked_up.append(host)
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", recording)
    select_users(qtbot, window, [next(u.user_name for u in sandbox.users() if u.enabled)])
    window.commands.test_login.trigger()
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert "smtp.sendclean.net" not in looked_up


def _send_from_credentials_dialog(
    qtbot: QtBot, window: MainWindow, to: str
) -> tuple[str, SendTestDialog]:
    app = parts(window)
    with qtbot.waitSignal(app.users.credentials_shown, timeout=WAIT_MS) as shown:
        window.commands.add_user.trigger()
        add = wait_for_dialog(qtbot, window, "addUserDialog")
        child(add, QPushButton, "okButton").click()
    credentials = shown.args[0]
    name = credentials.credentials().user_name
    child(credentials, QPushButton, "sendTestButton").click()
    dialog = wait_for_dialog(qtbot, window, "sendTestDialog")
    assert isinstance(dialog, SendTestDialog)
    child(dialog, QLineEdit, "fromField").setText("shop@example.com")
    child(dialog, QLineEdit, "toField").setText(to)
    return name, dialog


def test_a_new_user_sends_a_test_message_that_the_mailbox_shows(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    name, dialog = _send_from_credentials_dialog(qtbot, window, "ops@example.com")
    assert sandbox.messages == [] or all(m.user_name != name for m in sandbox.messages)
    child(dialog, QPushButton, "sendButton").click()
    qtbot.waitUntil(lambda: "250" in dialog.status_text(), timeout=10_000)
    assert "queued as" in dialog.status_text()
    password = next(u.password for u in sandbox.users() if u.user_name == name)
    transcript = dialog.transcript_text()
    assert "AUTH" in transcript and password not in transcript
    (message,) = [m for m in sandbox.messages if m.user_name == name]
    assert message.mail_from == "shop@example.com" and message.rcpt_tos == ("ops@example.com",)
    assert name in message.subject

    window.commands.sandbox_mailbox.trigger()
    mailbox = parts(window).mailbox.dialog
    assert mailbox is not None
    qtbot.waitUntil(lambda: mailbox.table.rowCount() >= 1, timeout=WAIT_MS)
    row = mailbox.table.rowCount() - 1
    assert mailbox.table.item(row, 1).text() == "shop@example.com"
    assert mailbox.table.item(row, 3).text() == message.subject
    mailbox.table.selectRow(row)
    assert "If it arrived, this user's password works" in mailbox.raw.toPlainText()
    mailbox.reject()
    dialog.reject()


def test_a_bad_recipient_is_refused_before_anything_is_sent(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    name, dialog = _send_from_credentials_dialog(qtbot, window, "not an address")
    child(dialog, QPushButton, "sendButton").click()
    error = dialog.findChild(type(dialog._error), "sendError")
    assert error is not None and error.isVisible() and error.text()
    assert [m for m in sandbox.messages if m.user_name == name] == []
    dialog.reject()


def test_the_mailbox_folder_gets_each_message_as_an_eml_file(qapp: object, tmp_path: Path) -> None:
    host = SandboxHost(tmp_path)
    try:
        sandbox = host.start()
        assert sandbox.mailbox.directory == tmp_path
    finally:
        host.stop()
