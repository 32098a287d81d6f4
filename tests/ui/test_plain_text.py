"""Server text is data: shown as plain text everywhere, never rendered, never a link.

A hostile server (a real one on loopback) puts markup in every place it can reach: an
error message, a user name, a relay's answer; the user puts it in an account label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.accounts import Account
from app.ui.session.connection import Connection
from app.ui.views.main_window import MainWindow
from tests.gui_support import (
    WAIT_MS,
    child,
    confirm_disable,
    parts,
    select_users,
    wait_for_dialog,
)
from tests.hostile_server import Answer, HostileServer, hostile_server
from tests.test_smtp_login import make_certs, smtp_servers

LINK = "<a href='https://phish.example/login'>Re-enter your token here</a>"
NAME = "smtp<b>1</b><a href='x'>"


def assert_plain(widget: QWidget, *, expect: str = "<a href") -> None:
    """Every label showing markup shows it as text; at least one shows ``expect``."""
    labels = [label for label in widget.findChildren(QLabel) if "<" in label.text()]
    assert any(expect in label.text() for label in labels), [lb.text() for lb in labels]
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    if isinstance(widget, QMessageBox):
        assert widget.textFormat() == Qt.TextFormat.PlainText


def _users(*names: str) -> Answer:
    return Answer(
        {
            "status": "success",
            "smtp_list": [
                {
                    "smtp_user_name": name,
                    "password": "pw-" + str(i),
                    "status": "Enable",
                    "total_limit": 100,
                    "hourly_limit": 10,
                }
                for i, name in enumerate(names)
            ],
        }
    )


def _auth_error(message: str) -> Answer:
    return Answer({"status": "error", "name": "AuthenticationError", "message": message}, 401)


@pytest.fixture
def hostile(blank_window: MainWindow, qtbot: QtBot) -> Any:
    with hostile_server() as server:
        yield server


def _connect(window: MainWindow, server: HostileServer, qtbot: QtBot, label: str = "Shop") -> None:
    account = Account.create(label, server.base_url, "owner-1")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        parts(window).accounts.use(Connection(account, lambda: "tok-1"))


def test_an_authentication_message_with_a_link_stays_text(
    blank_window: MainWindow, hostile: HostileServer, qtbot: QtBot
) -> None:
    window = blank_window
    hostile.answers["listSmtp"] = _users("smtp1")
    _connect(window, hostile, qtbot)
    hostile.answers["listSmtp"] = _auth_error(LINK)
    window.commands.refresh.trigger()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "fixCredentialsMessage") is not None,
        timeout=WAIT_MS,
    )
    box = window.findChild(QMessageBox, "fixCredentialsMessage")
    assert LINK in box.text()
    assert_plain(box)
    assert_plain(window.banner)


def test_a_bulk_report_and_a_credentials_dialog_show_names_and_reasons_as_text(
    blank_window: MainWindow, hostile: HostileServer, qtbot: QtBot
) -> None:
    window = blank_window
    hostile.answers["listSmtp"] = _users(NAME, "smtp2")
    _connect(window, hostile, qtbot)
    hostile.answers["editSmtp"] = Answer(
        {"status": "error", "name": "ValidationError", "message": LINK}, 400
    )
    select_users(qtbot, window, [NAME, "smtp2"])
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
    report = parts(window).bulk.last_message
    assert report is not None
    assert_plain(report)
    report.accept()

    hostile.answers["resetSmtpPassword"] = Answer(
        {"status": "success", "smtp_user_name": NAME, "smtp_password": "new-pw"}
    )
    select_users(qtbot, window, [NAME])
    with qtbot.waitSignal(parts(window).users.credentials_shown, timeout=WAIT_MS) as shown:
        window.commands.reset_password.trigger()
        confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
        assert_plain(confirm, expect=NAME)
        child(confirm, QPushButton, "resetButton").click()
    dialog = shown.args[0]
    assert_plain(dialog, expect=NAME)
    dialog.reject()


def test_a_lost_reset_message_names_the_user_as_text(
    blank_window: MainWindow, hostile: HostileServer, qtbot: QtBot
) -> None:
    window = blank_window
    hostile.answers["listSmtp"] = _users(NAME)
    _connect(window, hostile, qtbot)
    hostile.answers["resetSmtpPassword"] = Answer({"status": "success", "odd": LINK})
    select_users(qtbot, window, [NAME])
    window.commands.reset_password.trigger()
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    child(confirm, QPushButton, "resetButton").click()
    users = parts(window).users
    qtbot.waitUntil(lambda: users.last_message is not None, timeout=WAIT_MS)
    assert users.last_message is not None
    assert_plain(users.last_message, expect=NAME)


def test_an_account_label_with_markup_is_shown_as_typed(
    blank_window: MainWindow, hostile: HostileServer, qtbot: QtBot
) -> None:
    window = blank_window
    label = "<b>Shop</b> & <a href='x'>CRM</a>"
    hostile.answers["listSmtp"] = _users("smtp1")
    account = Account.create(label, hostile.base_url, "owner-1")
    parts(window).accounts.accounts.save(account)
    _connect(window, hostile, qtbot, label)
    assert label in window.windowTitle()
    assert_plain(window.statusBar(), expect="<b>Shop</b>")
    window.account_menu.aboutToShow.emit()
    texts = [a.text() for a in window.account_menu.actions()]
    assert "<b>Shop</b> && <a href='x'>CRM</a>" in texts  # & shown, not a mnemonic


def test_an_smtp_relay_answer_with_markup_stays_text(
    blank_window: MainWindow,
    hostile: HostileServer,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = blank_window
    certs = make_certs("127.0.0.1")
    ca_file = tmp_path / "ca.pem"
    certs.ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    hostile.answers["listSmtp"] = _users("smtp1")
    _connect(window, hostile, qtbot)

    def refuse(*_args: object) -> AuthResult:
        return AuthResult(success=False, handled=False, message="535 " + LINK)

    with smtp_servers() as start:
        server = start(starttls_context=certs.server_context, authenticator=refuse)
        app = parts(window)
        account = app.session.account
        assert account is not None
        from dataclasses import replace

        app.session.update_account(replace(account, smtp_host="127.0.0.1", smtp_port=server.port))
        select_users(qtbot, window, ["smtp1"])
        window.commands.test_login.trigger()
        qtbot.waitUntil(lambda: app.smtp.last_message is not None, timeout=10_000)
    box = app.smtp.last_message
    assert box is not None and LINK in box.informativeText()
    assert_plain(box)
