"""Connecting, switching, renaming and removing accounts, and fixing credentials."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.accounts import Account
from app.core.token_store import TokenStore, TokenStoreError

from ..jobs.kinds import JobKind
from ..jobs.op import Op, ignore
from ..jobs.runner import JobRunner
from ..jobs.worker import JobContext
from ..platform.account_store import AccountStore
from ..session.account_session import AccountSession
from ..session.connection import (
    AccountSettingsError,
    Connection,
    MissingTokenError,
    Opened,
    open_client,
)
from ..views import error_text
from ..views.notifier import Notifier
from ..views.plain_text import Notice
from ..views.problem_text import sentence
from ..views.token_place import token_place
from ..views.users_model import UsersTableModel
from .refresh import RefreshController

if TYPE_CHECKING:
    from ..dialogs.connect import ConnectDialog, ConnectRequest


class AccountsController(QObject):
    #: An account was connected through the Connect dialog.
    connected = Signal(object)  # Account
    #: An account was removed (its id): forget what was kept about it.
    removed = Signal(str)

    def __init__(
        self,
        session: AccountSession,
        runner: JobRunner,
        refresher: RefreshController,
        accounts: AccountStore,
        tokens: TokenStore,
        timeout: Callable[[], float],
        model: UsersTableModel,
        notifier: Notifier,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._refresher = refresher
        self.accounts = accounts
        self.tokens = tokens
        self._timeout = timeout
        self._model = model
        self._notifier = notifier
        self._parent = parent
        self.dialog: ConnectDialog | None = None
        self._fix_box: QMessageBox | None = None

    # -- switching -------------------------------------------------------------------

    def use(self, connection: Connection) -> None:
        """Use ``connection`` from now on. Its state shows at once (not connected until
        its client opens), and nothing more can reach the previous account."""
        generation = self._session.begin(connection)
        self._refresher.reset()
        self._notifier.clear_problem()
        order = self._model.sort_spec()
        timeout = self._timeout()

        def run(context: JobContext) -> Opened:
            context.uninstall()
            opened = open_client(connection, timeout, order)
            context.install_for_job(opened.client)
            return opened

        def succeeded(opened: Opened) -> None:
            self._session.opened(generation)
            self._refresher.show(opened.listing)

        self._runner.submit(
            Op(
                JobKind.CONNECT,
                run=run,
                success=succeeded,
                failure=lambda error: self._open_failed(generation, error),
            )
        )

    def connect_saved(self, account: Account) -> None:
        """Use a saved account; its token is read from the keyring on the worker."""
        tokens = self.tokens
        self.accounts.set_current(account.account_id)
        self.use(
            Connection(
                account, lambda: tokens.get(account.account_id), token_kept_in=token_place(tokens)
            )
        )

    def switch_to(self, account_id: str) -> None:
        account = self.accounts.get(account_id)
        if account is not None and not self._runner.is_changing_users():
            self.connect_saved(account)

    def reconnect(self) -> None:
        connection = self._session.connection
        if connection is not None:
            self.use(connection)

    def _open_failed(self, generation: int, error: BaseException) -> None:
        text = error_text.describe(error)
        self._session.failed(generation, text)
        self._notifier.problem(error, self.reconnect)
        if isinstance(error, MissingTokenError | TokenStoreError | AccountSettingsError):
            # Let the user type the token (for this session only if the keyring refuses
            # it) or correct the saved address.
            self._notifier.ask_for_credentials(text, error_text.details(error))

    def menu_entries(self) -> list[tuple[str, str, bool]]:
        """(account id, label, is in use) for the Accounts menu."""
        current = self._session.account
        return [
            (a.account_id, a.label, current is not None and a.account_id == current.account_id)
            for a in self.accounts.accounts()
        ]

    # -- the Connect dialog -------------------------------------------------------------

    def open_connect(self, account: Account | None) -> ConnectDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        from ..dialogs.connect import ConnectDialog

        dialog = ConnectDialog(account, self._parent)
        dialog.submitted.connect(lambda request: self._check(dialog, request))
        dialog.session_only_requested.connect(lambda request: self._session_only(dialog, request))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_current(self) -> None:
        connection = self._session.connection
        self.open_connect(connection.account if connection and not connection.sandbox else None)

    def _forget_dialog(self, dialog: ConnectDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _account_for(self, request: ConnectRequest) -> Account:
        created = Account.create(request.label, request.base_url, request.owner_id)
        existing = self.accounts.get(created.account_id)
        return existing.renamed(request.label) if existing is not None else created

    def _check(self, dialog: ConnectDialog, request: ConnectRequest) -> None:
        """One job: check the credentials with one list call, keep the token, and hand
        the open client to the session. The account in use changes only on success."""
        dialog.set_busy(True)
        account = self._account_for(request)
        token = request.token
        connection = Connection(account, lambda: token)
        keep = (self.tokens, account.account_id) if request.remember else None
        timeout, order = self._timeout(), self._model.sort_spec()

        def succeeded(opened: Opened) -> None:
            if opened.keyring_problem is not None:
                dialog.show_keyring_problem(sentence(opened.keyring_problem))
                return
            where = token_place(self.tokens) if request.remember else self._session_only_text()
            self._adopt(
                dialog,
                Connection(
                    account, lambda: token, token_kept_in=where, token_in_keyring=request.remember
                ),
                opened,
            )

        def failed(error: BaseException) -> None:
            field = "token" if error_text.is_authentication(error) else None
            dialog.show_error(field, error_text.describe(error), error_text.details(error))

        self._runner.submit(
            Op(
                JobKind.KEYRING,
                run=lambda _context: open_client(connection, timeout, order, keep_token_in=keep),
                success=succeeded,
                failure=failed,
            )
        )

    def _session_only_text(self) -> str:
        return self.tr("memory, for this session only")

    def _adopt(self, dialog: ConnectDialog, connection: Connection, opened: Opened) -> None:
        account = connection.account
        self.accounts.save(account)
        self.accounts.set_current(account.account_id)
        dialog.accept()
        generation = self._session.begin(connection)
        self._refresher.reset()
        self._notifier.clear_problem()
        self._refresher.show(opened.listing)
        client = opened.client

        def install(context: JobContext) -> None:
            context.uninstall()
            context.install_for_job(client)

        self._runner.submit(
            Op(
                JobKind.CONNECT,
                run=install,
                success=ignore,
                failure=lambda error: self._open_failed(generation, error),
            )
        )
        # Every job submitted from now on runs after the install: the session is open.
        self._session.opened(generation)
        self.connected.emit(account)

    def _session_only(self, dialog: ConnectDialog, request: ConnectRequest) -> None:
        account = self._account_for(request)
        self.accounts.save(account)
        self.accounts.set_current(account.account_id)
        token = request.token
        dialog.accept()
        self.use(
            Connection(
                account,
                lambda: token,
                token_kept_in=self._session_only_text(),
                token_in_keyring=False,
            )
        )
        self.connected.emit(account)

    # -- fixing credentials ----------------------------------------------------------------

    def offer_fix(self, text: str) -> None:
        if self._session.is_sandbox:
            # No credentials to fix there: the banner keeps the problem and its details.
            details = self._notifier.credentials_details
            self._notifier.problem_text(text, self.reconnect, details=details)
            return
        if self._fix_box is not None or self.dialog is not None:
            return
        box = Notice(
            QMessageBox.Icon.Warning,
            self.tr("Credentials needed"),
            text,
            self._parent,
            informative=self.tr(
                "Enter the owner ID and token from your SendClean dashboard again. If the "
                "system keyring cannot keep the token, you can use it for this session only."
            ),
            details=self._notifier.credentials_details,
        )
        box.setObjectName("fixCredentialsMessage")
        box.addButton(self.tr("Update credentials…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self._fix_box = box

        def closed(_result: int) -> None:
            clicked = box.clickedButton()
            self._fix_box = None
            box.deleteLater()
            if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole:
                self.edit_current()

        box.finished.connect(closed)
        box.open()

    # -- rename and remove ---------------------------------------------------------------

    def rename_current(self) -> None:
        connection = self._session.connection
        if connection is None or connection.sandbox:
            return
        from ..dialogs.rename_account import RenameAccountDialog

        dialog = RenameAccountDialog(connection.account.label, self._parent)
        dialog.textValueSelected.connect(lambda label: self._rename(connection, label))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def _rename(self, connection: Connection, label: str) -> None:
        if label.strip() and self._session.connection is connection:
            account = connection.account.renamed(label.strip())
            self.accounts.save(account)
            self._session.update_account(account)

    def remove_current(self) -> None:
        connection = self._session.connection
        if connection is None or connection.sandbox:
            return
        account = connection.account
        question = (
            self.tr(
                "Forget the account {label} and delete its token from {where}? "
                "Its SMTP users on SendClean are not affected."
            )
            if connection.token_in_keyring
            else self.tr(
                "Forget the account {label}? Its token was kept in memory only and is gone "
                "with it. Its SMTP users on SendClean are not affected."
            )
        )
        box = Notice(
            QMessageBox.Icon.Question,
            self.tr("Remove account"),
            question.format(label=account.label, where=connection.token_kept_in),
            self._parent,
            buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.remove(account, in_keyring=connection.token_in_keyring)

    def remove(self, account: Account, *, in_keyring: bool = True) -> None:
        tokens = self.tokens
        self.accounts.remove(account.account_id)
        self.removed.emit(account.account_id)

        def done(_value: object) -> None:
            remaining = self.accounts.accounts()
            if remaining:
                self.connect_saved(remaining[0])
            else:
                self._session.end()
                self._refresher.reset()
                self._runner.submit(
                    Op(JobKind.CONFIGURE, run=lambda c: c.uninstall(), success=ignore)
                )
                self.open_connect(None)

        def failed(error: BaseException) -> None:
            self._notifier.problem(error)
            done(None)

        if not in_keyring:  # nothing to delete: no keyring call, no keyring error
            done(None)
            return
        self._runner.submit(
            Op(
                JobKind.KEYRING,
                run=lambda _context: tokens.delete(account.account_id),
                success=done,
                failure=failed,
            )
        )
