"""SMTP login test, snippets, CSV export and change history, driven through the window."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.accounts import Account
from app.core.history import ChangeHistory
from app.sandbox import Sandbox
from app.ui.dialogs.export_users import ExportUsersDialog
from app.ui.dialogs.history import HistoryDialog
from app.ui.session.connection import Connection
from app.ui.views.main_window import MainWindow
from tests.gui_support import (
    WAIT_MS,
    confirm_disable,
    operations,
    parts,
    sandbox_user,
    select_users,
)
from tests.test_smtp_login import accept_only, make_certs, smtp_servers


@pytest.fixture(autouse=True)
def _private_history(window: MainWindow, tmp_path: Path) -> None:
    parts(window).journal.history = ChangeHistory(tmp_path / "history")


def test_python_snippet_goes_to_the_clipboard_with_the_secret_hint(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    user = sandbox.users()[3]
    select_users(qtbot, window, [user.user_name])
    window.snippet_actions["python"].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    text = mime.text()
    assert user.user_name in text and user.password in text and "smtplib" in text
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    compile(text, "<snippet>", "exec")


def test_csv_export_of_the_rows_shown_without_passwords(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot, tmp_path: Path
) -> None:
    window.search.setText(sandbox.users()[0].user_name[:5])
    shown = window.model.rowCount()
    window.commands.export_csv.trigger()
    dialog = parts(window).export.last_dialog
    assert isinstance(dialog, ExportUsersDialog)
    target = tmp_path / "users.csv"
    dialog._path.setText(str(target))
    assert not dialog.include_passwords()
    dialog._passwords.setChecked(True)
    assert dialog.findChild(type(dialog._warning), "passwordsWarning").isVisible()
    dialog._passwords.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0] == ["user_name", "label", "status", "total_limit", "hourly_limit"]
    assert len(rows) == shown + 1
    blob = target.read_text(encoding="utf-8")
    assert all(u.password not in blob for u in sandbox.users())


def test_changes_are_recorded_and_shown_in_the_history(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    name = sandbox.users()[0].user_name
    select_users(qtbot, window, [name])
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
    history = parts(window).journal.history
    qtbot.waitUntil(lambda: len(history.read()) == 1, timeout=WAIT_MS)
    record = history.read()[0]
    assert (record.user_name, record.action) == (name, "disable")
    assert record.changes == {"status": ("Enabled", "Disabled")}
    window.commands.show_history.trigger()
    qtbot.waitUntil(
        lambda: isinstance(parts(window).history.last_dialog, HistoryDialog), timeout=WAIT_MS
    )
    dialog = parts(window).history.last_dialog
    assert isinstance(dialog, HistoryDialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == name
    dialog.close()
    blob = b"".join(p.read_bytes() for p in history.files())
    assert all(u.password.encode() not in blob for u in sandbox.users())


def _check_login_result(box: QMessageBox | None, good: bool, password: str) -> None:
    assert isinstance(box, QMessageBox)
    if good:
        assert "logged in" in box.text()
    else:
        assert "could not log in" in box.text()
        assert box.informativeText().startswith("The server answered: 535")
        assert box.detailedText().startswith("535")
    assert password not in box.text() + box.informativeText() + box.detailedText()
    box.close()


@pytest.mark.parametrize("good", [True, False], ids=["good-password", "wrong-password"])
def test_smtp_login_test_against_a_local_server(
    window: MainWindow,
    sandbox: Sandbox,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    good: bool,
) -> None:
    certs = make_certs("127.0.0.1")
    ca_file = tmp_path / "ca.pem"
    certs.ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    user = sandbox.users()[1]
    with smtp_servers() as start:
        password = user.password if good else "not-" + user.password
        server = start(
            starttls_context=certs.server_context,
            authenticator=accept_only(user.user_name, password),
        )
        # An ordinary account (not sandbox mode) whose relay is this local server; its
        # CA is known to the system store only (SSL_CERT_FILE).
        import dataclasses

        account = dataclasses.replace(
            Account.create("Shop", sandbox.base_url, sandbox.owner_id),
            smtp_host="127.0.0.1",
            smtp_port=server.port,
        )
        token = sandbox.token
        with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
            parts(window).accounts.use(Connection(account, lambda: token))
        select_users(qtbot, window, [user.user_name])
        window.commands.test_login.trigger()
        qtbot.waitUntil(lambda: parts(window).smtp.last_message is not None, timeout=10_000)
    _check_login_result(parts(window).smtp.last_message, good, user.password)


@pytest.mark.parametrize("good", [True, False], ids=["good-password", "changed-password"])
def test_sandbox_mode_tests_the_login_at_its_own_relay(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot, good: bool
) -> None:
    app = parts(window)
    account = app.session.account
    assert account is not None
    assert (account.smtp_host, account.smtp_port) == (sandbox.smtp_host, sandbox.smtp_port)
    user = next(u for u in sandbox.users() if u.enabled)
    if not good:  # changed behind the app's back: the password the app shows is stale
        sandbox.set_users(
            [dataclasses.replace(u, password="changed-" + u.password) if u == user else u
             for u in sandbox.users()]
        )  # fmt: skip
    select_users(qtbot, window, [user.user_name])
    window.commands.test_login.trigger()
    qtbot.waitUntil(lambda: app.smtp.last_message is not None, timeout=10_000)
    _check_login_result(app.smtp.last_message, good, user.password)


def test_login_test_is_offered_right_after_a_password_reset(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QPushButton

    name = sandbox.users()[2].user_name
    select_users(qtbot, window, [name])
    window.commands.reset_password.trigger()
    confirm = operations(window).last_dialog
    assert confirm is not None
    with qtbot.waitSignal(operations(window).credentials_shown, timeout=WAIT_MS) as shown:
        confirm.findChild(QPushButton, "resetButton").click()
    dialog = shown.args[0]
    assert dialog.findChild(QPushButton, "testLoginButton") is not None
    assert sandbox_user(sandbox, name).password == dialog.credentials().password
    dialog.close()
