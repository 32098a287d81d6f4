"""SMTP login test, connection snippets, CSV export and the change history."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMessageBox, QPushButton

from app.api import SmtpCredentials, SmtpUser
from app.core.accounts import Account
from app.core.csv_export import export_users_csv
from app.core.history import Action, ChangeHistory, ChangeRecord, user_changes
from app.core.smtp_login import SmtpLoginResult, check_smtp_login
from app.core.smtp_settings import DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT
from app.core.snippets import SNIPPET_KINDS, render_snippet

from .dialogs.credentials import CredentialsDialog
from .dialogs.export_users import ExportUsersDialog
from .dialogs.history import HistoryDialog
from .dialogs.smtp_server import SmtpServerDialog
from .icons import icon
from .user_operations import UserOperations

if TYPE_CHECKING:
    from .main_window import MainWindow


class ExtrasFlow(QObject):
    def __init__(self, window: MainWindow, history: ChangeHistory) -> None:
        super().__init__(window)
        self.window = window
        self.history = history
        self.last_message: QMessageBox | None = None
        self.last_dialog: QDialog | None = None
        self.test_login = QAction(icon("enable"), self.tr("&Test SMTP login"), window)
        self.test_login.setShortcut(QKeySequence("Ctrl+T"))
        self.test_login.setStatusTip(self.tr("Log in to the SMTP server as the selected user"))
        self.test_login.setToolTip(self.test_login.statusTip() + " (Ctrl+T)")
        self.smtp_server = QAction(self.tr("SMTP &server…"), window)
        self.smtp_server.setStatusTip(self.tr("The SMTP relay host and port of this account"))
        self.smtp_server.setToolTip(self.smtp_server.statusTip())
        self.export_csv = QAction(icon("export"), self.tr("&Export users to CSV…"), window)
        self.export_csv.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_csv.setStatusTip(self.tr("Save the users shown as a CSV file"))
        self.export_csv.setToolTip(self.export_csv.statusTip())
        self.show_history = QAction(icon("history"), self.tr("Change &history…"), window)
        self.show_history.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.show_history.setStatusTip(self.tr("What was changed from this app"))
        self.show_history.setToolTip(self.show_history.statusTip())
        self.snippets_menu = QMenu(self.tr("Copy SMTP settings &as"), window)
        self.snippets_menu.setObjectName("snippetsMenu")
        self.snippets_menu.setIcon(icon("copy"))
        self.snippet_actions: dict[str, QAction] = {}
        for kind, title in SNIPPET_KINDS.items():
            action = self.snippets_menu.addAction(title)
            action.setStatusTip(
                self.tr("Copy a {title} snippet for the selected user").format(title=title)
            )
            action.triggered.connect(lambda _c=False, k=kind: self.copy_snippet(k))
            self.snippet_actions[kind] = action
        self._install_menus()
        self.test_login.triggered.connect(self.run_login_test)
        self.smtp_server.triggered.connect(self.edit_smtp_server)
        self.export_csv.triggered.connect(self.export_users)
        self.show_history.triggered.connect(self.open_history)
        operations = window.operations
        if isinstance(operations, UserOperations):
            operations.changed.connect(self.record)
            operations.credentials_shown.connect(self._offer_test_after_reset_or_add)
        window.table.selectionModel().selectionChanged.connect(self._update)
        window.model.modelReset.connect(self._update)
        self._update()

    def _install_menus(self) -> None:
        bar = self.window.menuBar()
        users = bar.findChild(QMenu, "usersMenu")
        edit = bar.findChild(QMenu, "editMenu")
        file_menu = bar.findChild(QMenu, "fileMenu")
        if users is not None:
            users.addSeparator()
            users.addAction(self.test_login)
            users.addAction(self.show_history)
        if edit is not None:
            edit.addMenu(self.snippets_menu)
        if file_menu is not None:
            existing = file_menu.actions()
            if existing:
                file_menu.insertActions(existing[0], [self.export_csv, self.smtp_server])
            else:
                file_menu.addActions([self.export_csv, self.smtp_server])
        self.window.table.addAction(self.test_login)

    def _update(self, *_args: object) -> None:
        user = self.window.current_user()
        has_password = user is not None and user.password is not None
        self.test_login.setEnabled(has_password)
        self.snippets_menu.setEnabled(has_password)
        self.smtp_server.setEnabled(self.window.connection is not None)
        self.export_csv.setEnabled(self.window.model.rowCount() > 0)

    def _account(self) -> Account | None:
        connection = self.window.connection
        return connection.account if connection is not None else None

    def _server(self) -> tuple[str, int]:
        account = self._account()
        if account is None:
            return DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT
        return account.smtp_host, account.smtp_port

    # -- SMTP login test ---------------------------------------------------------

    def run_login_test(self) -> None:
        user = self.window.current_user()
        if user is None or user.password is None:
            return
        self.test_credentials(SmtpCredentials(user.user_name, user.password))

    def test_credentials(self, credentials: SmtpCredentials) -> None:
        host, port = self._server()
        self.window.status.message(
            self.tr("Testing the SMTP login of {name} at {host}:{port}…").format(
                name=credentials.user_name, host=host, port=port
            )
        )
        self.window.run_job(
            "smtp-login",
            lambda _context: check_smtp_login(
                host, port, credentials.user_name, credentials.password
            ),
            lambda result: self._show_login_result(credentials.user_name, host, port, result),
            lambda error: self.window.show_problem(error, None),
        )

    def _show_login_result(self, name: str, host: str, port: int, result: SmtpLoginResult) -> None:
        title = self.tr("SMTP login works") if result.ok else self.tr("SMTP login failed")
        text = (
            self.tr("{name} logged in to {host}:{port}.")
            if result.ok
            else self.tr("{name} could not log in to {host}:{port}.")
        ).format(name=name, host=host, port=port)
        box = QMessageBox(
            QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("smtpLoginResult")
        box.setInformativeText(result.message)
        box.finished.connect(box.deleteLater)
        self.last_message = box
        box.open()

    def _offer_test_after_reset_or_add(self, dialog: CredentialsDialog) -> None:
        credentials = dialog.credentials()
        if credentials is not None:
            self.offer_test_in(dialog, credentials)

    def offer_test_in(self, dialog: QDialog, credentials: SmtpCredentials) -> None:
        """Add "Test login" to a credentials dialog (offered right after a reset)."""
        buttons = dialog.findChild(QDialogButtonBox)
        if buttons is None:
            return
        button = QPushButton(self.tr("&Test login"))
        button.setObjectName("testLoginButton")
        button.setAccessibleName(self.tr("Test the SMTP login"))
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.test_credentials(credentials))

    # -- snippets ------------------------------------------------------------------

    def copy_snippet(self, kind: str) -> None:
        user = self.window.current_user()
        if user is None or user.password is None:
            return
        host, port = self._server()
        try:
            text = render_snippet(kind, SmtpCredentials(user.user_name, user.password), host, port)
        except ValueError as exc:
            self.window.status.message(str(exc))
            return
        self.window.services.clipboard.copy(text)
        self.window.status.message(
            self.tr("{title} settings for {name} copied.").format(
                title=SNIPPET_KINDS[kind], name=user.user_name
            )
        )

    # -- SMTP server of the account ----------------------------------------------------

    def edit_smtp_server(self) -> None:
        connection = self.window.connection
        if connection is None:
            return
        dialog = SmtpServerDialog(
            connection.account.smtp_host, connection.account.smtp_port, self.window
        )

        def accepted() -> None:
            host, port = dialog.values()
            current = self.window.connection
            if current is None:
                return
            account = dataclasses.replace(current.account, smtp_host=host, smtp_port=port)
            if not current.sandbox:
                self.window.services.accounts.save(account)
            self.window.connection = dataclasses.replace(current, account=account)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    # -- CSV export ----------------------------------------------------------------------

    def export_users(self) -> None:
        model = self.window.model
        users = model.users_at(range(model.rowCount()))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = ExportUsersDialog(
            Path(folder or Path.home()) / "smtp-users.csv", len(users), self.window
        )

        def accepted() -> None:
            path, with_passwords = dialog.path(), dialog.include_passwords()
            self.window.run_job(
                "export",
                lambda _context: export_users_csv(path, users, include_passwords=with_passwords),
                lambda count: self.window.status.message(
                    self.tr("{count} users exported to {path}.").format(count=count, path=path)
                ),
                lambda error: self._export_failed(path, error),
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def _export_failed(self, path: Path, error: BaseException) -> None:
        self.window.banner.show_problem(
            self.tr("Could not write {path}: {why}").format(path=path, why=error),
            can_retry=False,
        )

    # -- change history --------------------------------------------------------------------

    def record(self, action: Action, before: SmtpUser | None, after: SmtpUser) -> None:
        """Append one change, on the worker (a file write stays off the UI thread)."""
        account = self._account()
        if account is None:
            return
        changes = user_changes(before, after)
        if action == "reset_password":
            changes = {}
        record = ChangeRecord(
            account=account.label, user_name=after.user_name, action=action, changes=changes
        )
        history = self.history
        self.window.run_job(
            "history",
            lambda _context: history.append(record),
            lambda _value: None,
            lambda error: self.window.status.message(
                self.tr("The change could not be written to the history: {why}").format(why=error)
            ),
        )

    def open_history(self) -> None:
        history = self.history
        self.window.run_job(
            "history-read",
            lambda _context: history.read(limit=5000),
            self._show_history,
            lambda error: self.window.show_problem(error, None),
        )

    def _show_history(self, records: list[ChangeRecord]) -> None:
        dialog = HistoryDialog(records, self.window)
        dialog.export_requested.connect(self._export_history)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def _export_history(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export change history"),
            "smtp-change-history.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            history = self.history
            self.window.run_job(
                "history-export",
                lambda _context: history.export_csv(Path(path)),
                lambda count: self.window.status.message(
                    self.tr("{count} changes exported.").format(count=count)
                ),
                lambda error: self._export_failed(Path(path), error),
            )
