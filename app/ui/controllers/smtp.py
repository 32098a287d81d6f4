"""The SMTP side of an account: its relay's address and the AUTH-only login test.

The login test runs on the local worker, so a silent relay never holds up SendClean.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.api import SmtpCredentials
from app.core.smtp_login import SmtpLoginResult, check_smtp_login
from app.core.smtp_settings import DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT

from ..dialogs.smtp_server import SmtpServerDialog
from ..jobs.kinds import JobKind
from ..jobs.op import Op
from ..platform.account_store import AccountStore
from ..views.plain_text import Notice
from .context import FlowContext


class SmtpController(QObject):
    def __init__(
        self,
        context: FlowContext,
        accounts: AccountStore,
    ) -> None:
        super().__init__(context.parent)
        self._c = context
        self._accounts = accounts
        self.last_message: QMessageBox | None = None
        self.last_dialog: SmtpServerDialog | None = None

    def server(self) -> tuple[str, int]:
        account = self._c.session.account
        if account is None:
            return DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT
        return account.smtp_host, account.smtp_port

    # -- login test ---------------------------------------------------------------------

    def test_selected(self) -> None:
        user = self._c.selection.current_user()
        if user is not None and user.password is not None:
            self.test_credentials(SmtpCredentials(user.user_name, user.password))

    def test_credentials(self, credentials: SmtpCredentials) -> None:
        host, port = self.server()
        self._c.notifier.message(
            self.tr("Testing the SMTP login of {name} at {host}:{port}…").format(
                name=credentials.user_name, host=host, port=port
            )
        )
        name, password = credentials.user_name, credentials.password
        self._c.runner.submit(
            Op(
                JobKind.SMTP_LOGIN,
                run=lambda _context: check_smtp_login(host, port, name, password),
                success=lambda result: self._show_result(name, host, port, result),
                failure=self._c.notifier.problem,
            )
        )

    def _show_result(self, name: str, host: str, port: int, result: SmtpLoginResult) -> None:
        title = self.tr("SMTP login works") if result.ok else self.tr("SMTP login failed")
        text = (
            self.tr("{name} logged in to {host}:{port}.")
            if result.ok
            else self.tr("{name} could not log in to {host}:{port}.")
        ).format(name=name, host=host, port=port)
        box = Notice(
            QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning,
            title,
            text,
            self._c.parent,
            informative=result.message,
            buttons=QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("smtpLoginResult")
        box.finished.connect(box.deleteLater)
        self.last_message = box
        box.open()

    # -- the relay's address ------------------------------------------------------------

    def edit_server(self) -> None:
        account = self._c.session.account
        if account is None:
            return
        dialog = SmtpServerDialog(account.smtp_host, account.smtp_port, self._c.parent)

        def accepted() -> None:
            host, port = dialog.values()
            current = self._c.session.account
            if current is None:
                return
            updated = dataclasses.replace(current, smtp_host=host, smtp_port=port)
            if not self._c.session.is_sandbox:
                self._accounts.save(updated)
            self._c.session.update_account(updated)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
