"""Connecting, switching, renaming and removing accounts, and fixing credentials."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.api import SendCleanClient
from app.core.accounts import Account
from app.core.redaction import SECRETS
from app.core.token_store import TokenStore, TokenStoreError

from . import error_text
from .connection import Connection
from .dialogs.connect import ConnectDialog, ConnectRequest
from .main_window import ask_to_fix_credentials
from .worker import JobContext

if TYPE_CHECKING:
    from .main_window import MainWindow


@dataclass(frozen=True)
class ConnectOutcome:
    users: int
    keyring_problem: str | None


def test_and_store(
    context: JobContext,
    request: ConnectRequest,
    account: Account,
    tokens: TokenStore,
    timeout: float,
) -> ConnectOutcome:
    """Worker job: check the credentials with a list call, then keep the token."""
    SECRETS.add(request.token)
    with SendCleanClient(
        request.base_url, request.owner_id, request.token, timeout=timeout
    ) as client:
        users = len(client.list_users())
    if not request.remember:
        return ConnectOutcome(users, None)
    try:
        tokens.set(account.account_id, request.token)
    except TokenStoreError as exc:
        return ConnectOutcome(users, str(exc))
    return ConnectOutcome(users, None)


class AccountFlows(QObject):
    connected = Signal(object)  # Account

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.dialog: ConnectDialog | None = None
        self._fix_box: QMessageBox | None = None
        a = window.commands
        window.account_menu.aboutToShow.connect(self._fill_account_menu)
        a.add_account.triggered.connect(lambda: self.open_connect(None))
        a.edit_credentials.triggered.connect(self._edit_current)
        a.rename_account.triggered.connect(self.rename_current)
        a.remove_account.triggered.connect(self.remove_current)
        window.credentials_needed.connect(self.offer_fix)

    # -- connecting ------------------------------------------------------------

    def open_connect(self, account: Account | None) -> ConnectDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = ConnectDialog(account, self.window)
        dialog.submitted.connect(lambda request: self._test(dialog, request))
        dialog.session_only_requested.connect(lambda request: self._use(dialog, request, True))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: ConnectDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _test(self, dialog: ConnectDialog, request: ConnectRequest) -> None:
        dialog.set_busy(True)
        account = self._account_for(request)
        tokens = self.services.tokens
        timeout = float(self.services.preferences_values.request_timeout_s)

        def succeeded(outcome: ConnectOutcome) -> None:
            if outcome.keyring_problem:
                dialog.show_keyring_problem(outcome.keyring_problem)
            else:
                self._use(dialog, request, not request.remember)

        def failed(error: BaseException) -> None:
            field = "token" if error_text.is_authentication(error) else None
            dialog.show_error(field, error_text.describe(error))

        self.window.run_job(
            "connect-test",
            lambda context: test_and_store(context, request, account, tokens, timeout),
            succeeded,
            failed,
        )

    def _account_for(self, request: ConnectRequest) -> Account:
        existing = self.services.accounts.get(
            Account.create(request.label, request.base_url, request.owner_id).account_id
        )
        if existing is not None:
            return existing.renamed(request.label)
        return Account.create(request.label, request.base_url, request.owner_id)

    def _use(self, dialog: ConnectDialog, request: ConnectRequest, session_only: bool) -> None:
        account = self._account_for(request)
        self.services.accounts.save(account)
        self.services.accounts.set_current(account.account_id)
        token = request.token
        where = (
            self.tr("memory, for this session only")
            if session_only
            else self.services.tokens.describe()
        )
        dialog.accept()
        self.window.set_connection(
            Connection(account, lambda: token, self._timeout(), token_kept_in=where)
        )
        self.connected.emit(account)

    def _timeout(self) -> float:
        return float(self.services.preferences_values.request_timeout_s)

    def connect_saved(self, account: Account) -> None:
        """Use a saved account; its token is read from the keyring on the worker."""
        tokens = self.services.tokens
        self.services.accounts.set_current(account.account_id)
        self.window.set_connection(
            Connection(
                account,
                lambda: tokens.get(account.account_id),
                self._timeout(),
                token_kept_in=tokens.describe(),
            )
        )

    # -- fixing credentials ------------------------------------------------------

    def offer_fix(self, text: str) -> None:
        connection = self.window.connection
        if connection is None or connection.sandbox:
            self.window.banner.show_problem(text, can_retry=True)
            return
        if self._fix_box is not None or self.dialog is not None:
            return
        box = ask_to_fix_credentials(self.window, text)
        box.setObjectName("fixCredentialsMessage")
        self._fix_box = box

        def closed(_result: int) -> None:
            clicked = box.clickedButton()
            self._fix_box = None
            box.deleteLater()
            if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole:
                self._edit_current()

        box.finished.connect(closed)
        box.open()

    def _edit_current(self) -> None:
        connection = self.window.connection
        self.open_connect(connection.account if connection and not connection.sandbox else None)

    # -- the Accounts menu ---------------------------------------------------------

    def _fill_account_menu(self) -> None:
        menu = self.window.account_menu
        menu.clear()
        group = QActionGroup(menu)
        current = self.window.connection.account.account_id if self.window.connection else None
        # Switching while a change is on its way would drop its answer.
        switching_allowed = not self.window.is_changing_users()
        for account in self.services.accounts.accounts():
            action = QAction(account.label, menu)
            action.setCheckable(True)
            action.setChecked(account.account_id == current)
            action.setEnabled(switching_allowed)
            action.triggered.connect(lambda _c=False, acc=account: self.connect_saved(acc))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        a = self.window.commands
        menu.addAction(a.add_account)
        menu.addAction(a.rename_account)
        menu.addAction(a.remove_account)

    def rename_current(self) -> None:
        connection = self.window.connection
        if connection is None or connection.sandbox:
            return
        label, ok = QInputDialog.getText(
            self.window,
            self.tr("Rename account"),
            self.tr("New name:"),
            text=connection.account.label,
        )
        if ok and label.strip():
            account = connection.account.renamed(label.strip())
            self.services.accounts.save(account)
            self.window.connection = Connection(
                account,
                connection.token_source,
                connection.timeout,
                token_kept_in=connection.token_kept_in,
            )
            self.window.refresh_title()

    def remove_current(self) -> None:
        connection = self.window.connection
        if connection is None or connection.sandbox:
            return
        account = connection.account
        answer = QMessageBox.question(
            self.window,
            self.tr("Remove account"),
            self.tr(
                "Forget the account {label} and delete its token from {where}? "
                "Its SMTP users on SendClean are not affected."
            ).format(label=account.label, where=connection.token_kept_in),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove(account)

    def remove(self, account: Account) -> None:
        tokens = self.services.tokens
        self.services.accounts.remove(account.account_id)

        def done(_value: object) -> None:
            remaining = self.services.accounts.accounts()
            if remaining:
                self.connect_saved(remaining[0])
            else:
                self.window.disconnect_account()
                self.open_connect(None)

        def failed(error: BaseException) -> None:
            self.window.show_problem(error, None)
            done(None)

        self.window.run_job(
            "forget-token", lambda _context: tokens.delete(account.account_id), done, failed
        )
