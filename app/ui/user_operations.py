"""Add, edit, reset and bulk enable/disable: dialogs in, worker jobs out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from app.api import AuthenticationError, SendCleanError, SmtpCredentials, SmtpUser

from . import error_text
from .dialogs._form import FormDialog
from .dialogs.add_user import AddUserDialog
from .dialogs.confirm_reset import ConfirmResetDialog
from .dialogs.credentials import CredentialsDialog
from .dialogs.edit_user import EditUserDialog
from .worker import JobContext

if TYPE_CHECKING:
    from .main_window import MainWindow


@dataclass
class BulkResult:
    enabled: bool
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped early (authentication)
    cancelled: bool = False


def bulk_set_enabled(context: JobContext, names: list[str], enabled: bool) -> BulkResult:
    """One editSmtp call per user; stops at an authentication error."""
    result = BulkResult(enabled)
    for position, name in enumerate(names):
        if context.cancelled:
            result.cancelled = True
            break
        try:
            context.client.edit_user(name, enabled=enabled)
        except AuthenticationError as exc:
            result.stopped = str(exc)
            break
        except SendCleanError as exc:
            result.failed.append((name, str(exc)))
        else:
            result.done.append(name)
        context.report_progress(position + 1, len(names))
    return result


class UserOperations(QObject):
    """The flows behind the Add, Edit, Reset and Enable/Disable actions."""

    credentials_shown = Signal(object)  # the CredentialsDialog, for tests and automation
    bulk_finished = Signal(object)  # BulkResult
    changed = Signal(str, object, object)  # action, user before (None if new), user after

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = window.commands
        a.add_user.triggered.connect(self.add_user)
        a.edit_user.triggered.connect(self.edit_user)
        a.reset_password.triggered.connect(self.reset_password)
        a.enable_users.triggered.connect(lambda: self.set_enabled(True))
        a.disable_users.triggered.connect(lambda: self.set_enabled(False))
        self.last_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None
        self._open_dialogs: set[QDialog] = set()

    # -- add -------------------------------------------------------------------

    def add_user(self) -> None:
        if not self.window.commands.add_user.isEnabled():
            return
        dialog = AddUserDialog(self.window)
        dialog.setObjectName("addUserDialog")
        dialog.submitted.connect(lambda total, hourly: self._submit_add(dialog, total, hourly))
        self._open(dialog)

    def _submit_add(self, dialog: AddUserDialog, total: int, hourly: int) -> None:
        dialog.set_busy(True)

        def succeeded(credentials: SmtpCredentials) -> None:
            if self._is_open(dialog):  # it may have been cancelled while saving
                dialog.accept()
            user = SmtpUser(credentials.user_name, credentials.password, True, total, hourly)
            self.window.model.replace_user(user)
            self.changed.emit("add", None, user)
            self.window.select_names([user.user_name])
            self.window.select_after_refresh([user.user_name])
            self._show_credentials(credentials, self.tr("New SMTP credentials"), "")
            self.window.refresh()

        def failed(error: BaseException) -> None:
            if error_text.answer_may_be_lost(error):
                if self._is_open(dialog):
                    dialog.reject()
                self._lost_answer(
                    error,
                    self.tr(
                        "The answer to “Add SMTP user” was lost, so SendClean may have created "
                        "the user anyway. The list is being refreshed: look for a new user before "
                        "adding again."
                    ),
                )
            else:
                self._show_dialog_error(dialog, error)

        self.window.run_job(
            "add", lambda context: context.client.add_user(total, hourly), succeeded, failed
        )

    # -- edit ------------------------------------------------------------------

    def edit_user(self) -> None:
        user = self.window.current_user()
        if user is None or not self.window.commands.edit_user.isEnabled():
            return
        dialog = EditUserDialog(user, self.window)
        dialog.setObjectName("editUserDialog")
        dialog.submitted.connect(lambda changes: self._submit_edit(dialog, user, changes))
        self._open(dialog)

    def _submit_edit(self, dialog: EditUserDialog, user: SmtpUser, changes: dict[str, Any]) -> None:
        dialog.set_busy(True)
        name = user.user_name

        def succeeded(_value: object) -> None:
            if self._is_open(dialog):  # it may have been cancelled while saving
                dialog.accept()
            current = self.window.model.find_user(name) or user
            updated = replace(current, **changes)
            self.window.model.replace_user(updated)
            self.changed.emit("edit", current, updated)
            self.window.status.message(self.tr("{name} updated.").format(name=name))

        def failed(error: BaseException) -> None:
            self._show_dialog_error(dialog, error)

        self.window.run_job(
            "edit", lambda context: context.client.edit_user(name, **changes), succeeded, failed
        )

    # -- reset -----------------------------------------------------------------

    def reset_password(self) -> None:
        user = self.window.current_user()
        if user is None or not self.window.commands.reset_password.isEnabled():
            return
        dialog = ConfirmResetDialog(user.user_name, self.window)
        dialog.setObjectName("confirmResetDialog")
        dialog.accepted.connect(lambda: self._submit_reset(user))
        self._open(dialog)

    def _submit_reset(self, user: SmtpUser) -> None:
        name = user.user_name

        def succeeded(credentials: SmtpCredentials) -> None:
            current = self.window.model.find_user(name) or user
            updated = replace(current, password=credentials.password)
            self.window.model.replace_user(updated)
            self.changed.emit("reset_password", current, updated)
            self._show_credentials(
                credentials,
                self.tr("Password reset"),
                self.tr("The old password of {name} no longer works.").format(name=name),
            )

        def failed(error: BaseException) -> None:
            if error_text.answer_may_be_lost(error):
                self._lost_answer(
                    error,
                    self.tr(
                        "The answer to “Reset password” for {name} was lost, so its password may "
                        "have changed. The list is being refreshed and shows the password "
                        "SendClean has now; reset again if you need to see a new one."
                    ).format(name=name),
                )
            else:
                self.window.show_problem(error, None)  # also asks for credentials if needed

        self.window.run_job(
            "reset", lambda context: context.client.reset_password(name), succeeded, failed
        )

    # -- enable / disable --------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        action = (
            self.window.commands.enable_users if enabled else self.window.commands.disable_users
        )
        users = [u for u in self.window.selected_users() if u.enabled != enabled]
        if not action.isEnabled():
            return
        if not users:
            self.window.status.message(
                self.tr("The selected users are already enabled.")
                if enabled
                else self.tr("The selected users are already disabled.")
            )
            return
        names = [u.user_name for u in users]
        self.window.run_job(
            "bulk",
            lambda context: bulk_set_enabled(context, names, enabled),
            self._bulk_done,
            lambda error: self.window.show_problem(error, None),
        )

    def _bulk_done(self, result: BulkResult) -> None:
        model = self.window.model
        for name in result.done:
            user = model.find_user(name)
            if user is not None:
                updated = replace(user, enabled=result.enabled)
                model.replace_user(updated)
                self.changed.emit("enable" if result.enabled else "disable", user, updated)
        verb = self.tr("enabled") if result.enabled else self.tr("disabled")
        summary = self.tr("{count} users {verb}.").format(count=len(result.done), verb=verb)
        if result.failed or result.stopped:
            lines = [summary]
            if result.stopped:
                lines.append(self.tr("Stopped: {why}").format(why=result.stopped))
            lines += [f"{name}: {why}" for name, why in result.failed[:20]]
            if len(result.failed) > 20:
                lines.append(self.tr("…and {n} more.").format(n=len(result.failed) - 20))
            self._message(QMessageBox.Icon.Warning, self.tr("Some users were not changed"), lines)
            if result.stopped:
                self.window.credentials_needed.emit(result.stopped)
        else:
            self.window.status.message(summary)
        self.bulk_finished.emit(result)

    # -- shared ----------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.last_dialog = dialog
        self._open_dialogs.add(dialog)
        dialog.finished.connect(lambda _result: self._open_dialogs.discard(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _is_open(self, dialog: QDialog) -> bool:
        """False once the dialog closed (it is deleted soon after)."""
        return dialog in self._open_dialogs

    def _show_dialog_error(self, dialog: FormDialog, error: BaseException) -> None:
        """In the dialog when it is still open, else in the window's banner."""
        if self._is_open(dialog):
            dialog.show_error(error_text.field_of(error), error_text.describe(error))
            self._auth_check(error)
        else:
            self.window.show_problem(error, None)

    def _show_credentials(self, credentials: SmtpCredentials, title: str, intro: str) -> None:
        account = self.window.connection.account if self.window.connection else None
        kwargs: dict[str, Any] = {}
        if account is not None:
            kwargs = {"smtp_host": account.smtp_host, "smtp_port": account.smtp_port}
        dialog = CredentialsDialog(
            credentials,
            self.window.services.clipboard,
            title=title,
            intro=intro,
            parent=self.window,
            **kwargs,
        )
        dialog.setObjectName("credentialsDialog")
        self._open(dialog)
        self.credentials_shown.emit(dialog)

    def _lost_answer(self, error: BaseException, what_to_check: str) -> None:
        self.window.refresh()
        self._message(
            QMessageBox.Icon.Warning,
            self.tr("The answer was lost"),
            [error_text.describe(error), what_to_check],
        )

    def _message(self, icon: QMessageBox.Icon, title: str, lines: list[str]) -> None:
        box = QMessageBox(icon, title, lines[0], QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("operationMessage")
        if len(lines) > 1:
            box.setInformativeText("\n".join(lines[1:]))
        box.finished.connect(box.deleteLater)
        self.last_message = box
        box.open()

    def _auth_check(self, error: BaseException) -> None:
        if error_text.is_authentication(error):
            self.window.credentials_needed.emit(error_text.describe(error))
