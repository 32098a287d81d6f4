"""The SMTP side of an account: its relay's address, the AUTH-only login test and the
test message. Both run on the local worker, so a silent relay never holds up SendClean."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.api import SmtpCredentials
from app.core.smtp_settings import DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT

from ..jobs.kinds import JobKind
from ..jobs.op import Op
from ..platform.account_store import AccountStore
from ..views import error_text
from ..views.plain_text import Notice
from ..views.problem_text import outcome, sentence
from .context import FlowContext

if TYPE_CHECKING:
    from app.core.smtp_endpoint import SmtpEndpoint
    from app.core.smtp_login import SmtpLoginResult
    from app.core.smtp_message import TestMessage
    from app.core.smtp_send import SmtpSendResult

    from ..dialogs.send_test import SendTestDialog
    from ..dialogs.smtp_server import SmtpServerDialog

CaSource = Callable[[], str] | None

#: The whole test send, from connecting to the relay's last answer.
SEND_DEADLINE_S = 30.0


class SmtpController(QObject):
    def __init__(self, context: FlowContext, accounts: AccountStore) -> None:
        super().__init__(context.parent)
        self._c = context
        self._accounts = accounts
        self.last_message: QMessageBox | None = None
        self.last_dialog: SmtpServerDialog | None = None
        self.last_send_dialog: SendTestDialog | None = None
        self._senders: dict[str, str] = {}

    def server(self) -> tuple[str, int]:
        account = self._c.session.account
        if account is None:
            return DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT
        return account.smtp_host, account.smtp_port

    def _endpoint_source(self) -> tuple[str, int, CaSource]:
        host, port = self.server()
        connection = self._c.session.connection
        return host, port, connection.smtp_ca if connection is not None else None

    @staticmethod
    def _endpoint(host: str, port: int, ca_source: CaSource) -> SmtpEndpoint:
        """On a worker: the sandbox relay trusts only its own CA and stays on loopback."""
        from app.core.smtp_endpoint import SmtpEndpoint

        if ca_source is not None:
            return SmtpEndpoint.sandbox(host, port, ca_source())
        return SmtpEndpoint(host, port)

    # -- login test ---------------------------------------------------------------------

    def test_selected(self) -> None:
        user = self._c.selection.current_user()
        if user is not None and user.password is not None:
            self.test_credentials(SmtpCredentials(user.user_name, user.password))

    def test_credentials(self, credentials: SmtpCredentials) -> None:
        host, port, ca_source = self._endpoint_source()
        self._c.notifier.message(
            self.tr("Testing the SMTP login of {name} at {host}:{port}…").format(
                name=credentials.user_name, host=host, port=port
            )
        )
        name, password = credentials.user_name, credentials.password

        def run(_context: object) -> SmtpLoginResult:
            endpoint = self._endpoint(host, port, ca_source)
            from app.core.smtp_login import check_smtp_login

            return check_smtp_login(host, port, name, password, context=endpoint.tls_context())

        self._c.runner.submit(
            Op(
                JobKind.SMTP_LOGIN,
                run=run,
                success=lambda result: self._show_result(name, host, port, result),
                failure=self._c.notifier.problem,
            )
        )

    def verify_into(self, credentials: SmtpCredentials, show: Callable[[str], None]) -> None:
        """The AUTH-only check of new credentials (no message sent); ``show`` gets the
        outcome in words (e.g. into the credentials dialog)."""
        host, port, ca_source = self._endpoint_source()
        name, password = credentials.user_name, credentials.password

        def run(_context: object) -> SmtpLoginResult:
            endpoint = self._endpoint(host, port, ca_source)
            from app.core.smtp_login import check_smtp_login

            return check_smtp_login(host, port, name, password, context=endpoint.tls_context())

        def done(result: SmtpLoginResult) -> None:
            if result.ok:
                show(
                    self.tr("The new password works at {host}:{port}.").format(host=host, port=port)
                )
            else:
                show(
                    self.tr("The new password did not work at {host}:{port}: {why}").format(
                        host=host, port=port, why=outcome(result.problem, result.message)
                    )
                )

        self._c.runner.submit(
            Op(
                JobKind.SMTP_LOGIN,
                run=run,
                success=done,
                failure=lambda error: show(error_text.describe(error)),
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
            informative="" if result.ok else outcome(result.problem, result.message),
            details=result.problem.detail if result.problem is not None else "",
            buttons=QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("smtpLoginResult")
        box.finished.connect(box.deleteLater)
        self.last_message = box
        box.open()

    # -- test message -------------------------------------------------------------------

    def send_test_selected(self) -> None:
        user = self._c.selection.current_user()
        if user is not None and user.password is not None:
            self.send_test(SmtpCredentials(user.user_name, user.password))

    def send_test(self, credentials: SmtpCredentials) -> SendTestDialog:
        host, port, ca_source = self._endpoint_source()
        account = self._c.session.account
        key = account.account_id if account is not None else ""
        sender = self._senders.get(key) or self._accounts.test_sender(key)
        from app.core.smtp_message import check_test_message, default_test_message

        message = default_test_message(credentials.user_name, sender, sender)
        server = f"{host}:{port}"
        from ..dialogs.send_test import SendTestDialog

        dialog = SendTestDialog(credentials.user_name, server, message, self._c.parent)
        cancel = threading.Event()

        def requested(message: TestMessage) -> None:
            problem = check_test_message(message)
            if problem is not None:
                dialog.show_problem(sentence(problem))
                return
            self._remember_sender(key, message.sender)
            cancel.clear()
            dialog.set_sending(True, server)

            def run(_context: object) -> SmtpSendResult:
                endpoint = self._endpoint(host, port, ca_source)
                from app.core.smtp_send import send_test_message

                return send_test_message(
                    endpoint, credentials, message, deadline=SEND_DEADLINE_S, cancel=cancel
                )

            self._c.runner.submit(
                Op(
                    JobKind.SMTP_SEND,
                    run=run,
                    success=dialog.show_result,
                    failure=lambda error: dialog.show_problem(error_text.describe(error)),
                )
            )

        dialog.send_requested.connect(requested)
        dialog.cancel_requested.connect(cancel.set)
        dialog.finished.connect(dialog.deleteLater)
        self.last_send_dialog = dialog
        dialog.open()
        return dialog

    def _remember_sender(self, account_id: str, sender: str) -> None:
        self._senders[account_id] = sender
        if account_id and not self._c.session.is_sandbox:
            self._accounts.set_test_sender(account_id, sender)

    # -- the relay's address ------------------------------------------------------------

    def edit_server(self) -> None:
        account = self._c.session.account
        if account is None:
            return
        from ..dialogs.smtp_server import SmtpServerDialog

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
