"""Accounts: the Connect dialog, a keyring that fails, switching and removing accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.core.token_store import MemoryTokenStore
from app.sandbox import Sandbox
from app.ui.dialogs.connect import ConnectDialog
from app.ui.views.main_window import MainWindow
from tests.gui_support import WAIT_MS, fix_with_a_session_only_token, parts


@pytest.fixture
def window(blank_window: MainWindow) -> MainWindow:
    return blank_window


def fill(dialog: ConnectDialog, sandbox: Sandbox, token: str, label: str = "Main") -> None:
    dialog._advanced.setChecked(True)
    dialog._url.setText(sandbox.base_url)
    dialog._owner.setText(sandbox.owner_id)
    dialog._token.setText(token)
    dialog._label.setText(label)


def test_a_failing_keyring_offers_this_session_only(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    # conftest selects keyring's "fail" backend: no keyring is available in this process.
    dialog = parts(window).accounts.open_connect(None)
    fill(dialog, sandbox, sandbox.token)
    dialog._on_ok()
    session_only = dialog.findChild(QPushButton, "sessionOnlyButton")
    qtbot.waitUntil(session_only.isVisible, timeout=WAIT_MS)
    problem = dialog.findChild(type(dialog._keyring_problem), "keyringProblem").text()
    assert "keyring" in problem.lower() and "session only" in problem.lower()
    assert sandbox.token not in problem
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        session_only.click()
    assert window.model.total_count == len(sandbox.users())
    assert (
        parts(window).session.connection is not None
        and "session" in parts(window).session.connection.token_kept_in
    )
    assert "Main" in window.windowTitle()


def test_a_wrong_token_is_shown_next_to_the_token_field(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    dialog = parts(window).accounts.open_connect(None)
    fill(dialog, sandbox, "not-the-token")
    dialog._on_ok()
    error = dialog.findChild(type(dialog._keyring_problem), "errorLabel_token")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert "rejected the owner ID or token" in error.text()
    assert "AuthenticationError" not in error.text()
    assert parts(window).session.connection is None
    assert "not-the-token" not in error.text()
    # The technical detail waits under Details, closed, without the token.
    toggle = dialog.findChild(QPushButton, "detailsButton")
    shown = dialog.findChild(QLabel, "detailsText")
    assert toggle.isVisible() and not shown.isVisible()
    toggle.click()
    assert shown.isVisible() and "AuthenticationError" in shown.text()
    assert "not-the-token" not in shown.text()
    dialog.clear_errors()
    assert not toggle.isVisible()


def test_accounts_are_saved_switched_and_removed_with_their_token(
    window: MainWindow, qtbot: QtBot
) -> None:
    tokens = MemoryTokenStore()
    parts(window).accounts.tokens = tokens
    flows = parts(window).accounts
    with Sandbox(users=3, token="tok-a") as first, Sandbox(users=5, token="tok-b") as second:
        for server, label in ((first, "First"), (second, "Second")):
            dialog = flows.open_connect(None)
            fill(dialog, server, server.token, label)
            with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
                dialog._on_ok()
        accounts = parts(window).accounts.accounts.accounts()
        assert [a.label for a in accounts] == ["First", "Second"]
        assert window.model.total_count == 5
        for account in accounts:
            assert tokens.get(account.account_id) is not None
        with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
            flows.connect_saved(accounts[0])  # the token comes from the store, on the worker
        assert window.model.total_count == 3 and "First" in window.windowTitle()
        with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
            flows.remove(accounts[0])
        qtbot.waitUntil(lambda: tokens.get(accounts[0].account_id) is None, timeout=WAIT_MS)
        assert [a.label for a in parts(window).accounts.accounts.accounts()] == ["Second"]
        assert window.model.total_count == 5
    settings_file = QSettings().fileName()
    QSettings().sync()
    assert "tok-a" not in Path(settings_file).read_text(encoding="utf-8")


def test_a_rejected_token_offers_to_update_the_credentials(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    parts(window).accounts.tokens = MemoryTokenStore()
    flows = parts(window).accounts
    dialog = flows.open_connect(None)
    fill(dialog, sandbox, sandbox.token)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        dialog._on_ok()
    sandbox.set_token("rotated-token")
    parts(window).refresher.request()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "fixCredentialsMessage") is not None, timeout=WAIT_MS
    )
    box = window.findChild(QMessageBox, "fixCredentialsMessage")
    assert "rejected the owner ID or token" in box.text()
    assert "AuthenticationError" not in box.text() + box.informativeText()
    assert "AuthenticationError" in box.detailedText() and "rotated-token" not in box.detailedText()
    assert window.model.total_count == len(sandbox.users())  # the last good list stays
    update = next(b for b in box.buttons() if "Update" in b.text())
    update.click()
    qtbot.waitUntil(lambda: flows.dialog is not None, timeout=WAIT_MS)
    fixing = flows.dialog
    assert fixing._url.text() == sandbox.base_url and fixing._owner.text() == sandbox.owner_id
    assert fixing._token.text() == ""
    fixing._token.setText("rotated-token")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        fixing._on_ok()
    assert len(parts(window).accounts.accounts.accounts()) == 1


def test_a_keyring_that_cannot_be_read_leads_to_typing_the_token_for_this_session(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.core.accounts import Account

    # conftest selects keyring's "fail" backend: reading the saved token fails.
    account = Account.create("Saved", sandbox.base_url, sandbox.owner_id)
    parts(window).accounts.accounts.save(account)
    parts(window).accounts.connect_saved(account)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "fixCredentialsMessage") is not None, timeout=WAIT_MS
    )
    box = window.findChild(QMessageBox, "fixCredentialsMessage")
    assert "keyring" in box.text().lower()
    assert window.banner.isVisible()
    fix_with_a_session_only_token(qtbot, window, sandbox)


def test_connecting_is_one_list_call_over_one_connection(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    parts(window).accounts.tokens = MemoryTokenStore()
    dialog = parts(window).accounts.open_connect(None)
    fill(dialog, sandbox, sandbox.token)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        dialog._on_ok()  # check, keep the token, hand the open client to the session
    assert [r.call for r in sandbox.requests] == ["listSmtp"]
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()  # the same client, the same connection
    assert [r.call for r in sandbox.requests] == ["listSmtp", "listSmtp"]
    assert sandbox.connection_count == 1


def test_removing_a_session_only_account_touches_no_keyring(
    window: MainWindow, sandbox: Sandbox, qtbot: QtBot
) -> None:
    # conftest selects keyring's "fail" backend: any keyring call would end in a banner.
    dialog = parts(window).accounts.open_connect(None)
    fill(dialog, sandbox, sandbox.token, "Temporary")
    dialog._on_ok()
    session_only = dialog.findChild(QPushButton, "sessionOnlyButton")
    qtbot.waitUntil(session_only.isVisible, timeout=WAIT_MS)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        session_only.click()
    connection = parts(window).session.connection
    assert connection is not None and not connection.token_in_keyring
    parts(window).accounts.remove(connection.account, in_keyring=False)
    qtbot.waitUntil(lambda: parts(window).accounts.dialog is not None, timeout=WAIT_MS)
    assert not window.banner.isVisible()
    parts(window).accounts.dialog.reject()
