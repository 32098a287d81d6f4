"""One account session: a failed switch never leaves a way to the previous account, and
bad settings explain themselves."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.accounts import Account
from app.core.token_store import KeyringTokenStore, MemoryTokenStore, TokenStore
from app.sandbox import Sandbox
from app.ui.jobs.kinds import JobKind
from app.ui.jobs.op import Op
from app.ui.jobs.worker import NotConnectedError
from app.ui.session.account_session import SessionState
from app.ui.views.main_window import MainWindow
from tests.gui_support import WAIT_MS, fix_with_a_session_only_token, parts, select_users
from tests.test_token_store_keyring import FakeBackend


def _saved(window: MainWindow, sandbox: Sandbox, label: str) -> Account:
    account = Account.create(label, sandbox.base_url, sandbox.owner_id)
    parts(window).accounts.accounts.save(account)
    return account


class _LockedBackend(FakeBackend):
    """A keyring whose entry for one account is locked (the unlock prompt was dismissed)."""

    def __init__(self, locked: str) -> None:
        super().__init__()
        self.locked = locked

    def get_password(self, service: str, username: str) -> str | None:
        from keyring.errors import KeyringLocked

        if username == self.locked:
            raise KeyringLocked("the collection is locked")
        return super().get_password(service, username)


def _tokens(kind: str, a: Account, b: Account) -> TokenStore:
    if kind == "missing":
        store: TokenStore = MemoryTokenStore()
    else:
        store = KeyringTokenStore(backend=_LockedBackend(b.account_id))  # type: ignore[arg-type]
    store.set(a.account_id, "tok-a")
    return store


@pytest.mark.parametrize("kind", ["missing", "locked"])
def test_a_switch_to_an_account_whose_token_cannot_be_read_never_reaches_the_previous_one(
    blank_window: MainWindow, qtbot: QtBot, kind: str
) -> None:
    window = blank_window
    app = parts(window)
    with Sandbox(users=3, token="tok-a") as first, Sandbox(users=5, token="tok-b") as second:
        a = _saved(window, first, "Alpha")
        b = _saved(window, second, "Beta")
        app.accounts.tokens = _tokens(kind, a, b)
        with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
            app.accounts.connect_saved(a)
        assert window.model.total_count == 3
        select_users(qtbot, window, [window.model.user_at(0).user_name])
        calls_to_a = len(first.requests)

        app.accounts.switch_to(b.account_id)
        qtbot.waitUntil(lambda: app.session.state is SessionState.FAILED, timeout=WAIT_MS)

        # B's state is shown: its name, not connected, the reason, and a way to fix it.
        assert "Beta" in window.windowTitle() and "Alpha" not in window.windowTitle()
        assert "not connected" in window.status.account.text()
        assert window.model.total_count == 0
        assert window.banner.isVisible()
        assert ("No token is stored" if kind == "missing" else "locked") in window.banner.text()
        qtbot.waitUntil(
            lambda: window.findChild(QMessageBox, "fixCredentialsMessage") is not None,
            timeout=WAIT_MS,
        )
        assert window.commands.edit_credentials.isEnabled()
        for action in (window.commands.refresh, window.commands.add_user):
            assert not action.isEnabled()

        # Whatever is asked for now, nothing reaches A.
        app.refresher.request()
        failures: list[BaseException] = []
        app.runner.submit(
            Op(
                JobKind.BULK_EDIT,
                run=lambda context: context.client.edit_user("smtp-any", enabled=False),
                success=print,
                failure=failures.append,
            )
        )
        qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
        assert isinstance(failures[0], NotConnectedError)
        assert len(first.requests) == calls_to_a
        assert second.requests == []


def test_a_failed_update_of_the_credentials_changes_nothing(
    window: MainWindow, qtbot: QtBot, sandbox: Sandbox
) -> None:
    app = parts(window)
    with Sandbox(users=2, token="tok-other") as other:
        dialog = app.accounts.open_connect(None)
        dialog._advanced.setChecked(True)
        dialog._url.setText(other.base_url)
        dialog._owner.setText(other.owner_id)
        dialog._token.setText("wrong-token")
        dialog._label.setText("Other")
        dialog._on_ok()
        error = dialog.findChild(type(dialog._keyring_problem), "errorLabel_token")
        qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
        assert "rejected the owner ID or token" in error.text()
        dialog.reject()
        # Still the sandbox account, its list and its client.
        assert app.session.is_connected and app.session.is_sandbox
        assert window.model.total_count == len(sandbox.users())
        before = len(other.requests)
        with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
            window.commands.refresh.trigger()
        assert len(other.requests) == before
        assert [r.call for r in sandbox.requests][-1] == "listSmtp"


def test_a_saved_account_with_a_refused_address_says_what_is_wrong(
    blank_window: MainWindow, qtbot: QtBot
) -> None:
    window = blank_window
    app = parts(window)
    # Plain http to a host that is not this computer is refused before any lookup.
    account = Account.create("Old office", "http://smtp-admin.invalid/v1.0/", "owner-1")
    app.accounts.accounts.save(account)
    app.accounts.tokens = MemoryTokenStore()
    app.accounts.tokens.set(account.account_id, "tok-1")
    app.accounts.connect_saved(account)
    qtbot.waitUntil(lambda: app.session.state is SessionState.FAILED, timeout=WAIT_MS)
    text = window.banner.text()
    assert "saved settings of the account “Old office” cannot be used" in text
    assert "Update credentials" in text
    assert "Unexpected error" not in text and "ValueError" not in text
    app.refresher.request()  # nothing to refresh: no second, misleading message
    assert window.banner.text() == text


def test_a_keyring_that_raises_anything_offers_the_session_only_path(
    blank_window: MainWindow, qtbot: QtBot, sandbox: Sandbox
) -> None:
    window = blank_window
    app = parts(window)
    account = _saved(window, sandbox, "Buggy keyring")
    app.accounts.tokens = KeyringTokenStore(backend=FakeBackend(RuntimeError("bug")))  # type: ignore[arg-type]
    app.accounts.connect_saved(account)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "fixCredentialsMessage") is not None,
        timeout=WAIT_MS,
    )
    box = window.findChild(QMessageBox, "fixCredentialsMessage")
    assert "session only" in box.informativeText()
    fix_with_a_session_only_token(qtbot, window, sandbox)
