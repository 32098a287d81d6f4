"""Add, edit and reset: dialogs in, typed jobs out, each change recorded as answered."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from app.api import SmtpCredentials
from app.core.change_journal import ChangeJournal, PendingChange, answer_may_be_lost

from ..jobs.kinds import JobKind
from ..jobs.op import Op
from ..platform.clipboard import SecureClipboard
from ..views import error_text
from ..views.plain_text import Notice
from .context import FlowContext
from .refresh import RefreshController

if TYPE_CHECKING:
    from app.api import SmtpUser

    from ..dialogs._form import FormDialog
    from ..dialogs.add_user import AddUserDialog
    from ..dialogs.credentials import CredentialsDialog
    from ..dialogs.edit_user import EditUserDialog

LoginTester = Callable[[SmtpCredentials], object]


class UsersController(QObject):
    """The flows behind Add, Edit and Reset password."""

    credentials_shown = Signal(object)  # the CredentialsDialog, for tests and automation

    def __init__(
        self,
        context: FlowContext,
        refresher: RefreshController,
        journal: ChangeJournal,
        clipboard: SecureClipboard,
    ) -> None:
        super().__init__(context.parent)
        self._c = context
        self._refresher = refresher
        self._journal = journal
        self._clipboard = clipboard
        self.test_login: LoginTester | None = None
        self.send_test: LoginTester | None = None
        #: Checks new credentials at the relay (AUTH only) and says what it found.
        self.verify_login: Callable[[SmtpCredentials, Callable[[str], None]], None] | None = None
        #: Keeps a label for a new user (the local store).
        self.keep_label: Callable[[str, str], None] | None = None
        self.last_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None
        self._open_dialogs: set[QDialog] = set()
        self._open_messages: set[QMessageBox] = set()

    def _account_label(self) -> str:
        account = self._c.session.account
        return account.label if account is not None else ""

    def _account_id(self) -> str:
        account = self._c.session.account
        return account.account_id if account is not None else ""

    # -- add -------------------------------------------------------------------

    def add_user(self) -> None:
        from ..dialogs.add_user import AddUserDialog

        dialog = AddUserDialog(self._c.parent)
        dialog.setObjectName("addUserDialog")
        dialog.submitted.connect(lambda total, hourly: self._submit_add(dialog, total, hourly))
        self._open(dialog)

    def _submit_add(self, dialog: AddUserDialog, total: int, hourly: int) -> None:
        from app.api import SmtpUser

        dialog.set_busy(True)
        account = self._account_label()
        names_before = self._c.model.all_names()
        account_id = self._account_id()
        pending = PendingChange(account, "", "add", account_id=account_id)
        journal = self._journal

        def created(credentials: SmtpCredentials) -> PendingChange:
            user = SmtpUser(credentials.user_name, None, True, total, hourly)
            return PendingChange.of(account, "add", None, user, account_id)

        label = dialog.label()

        def succeeded(credentials: SmtpCredentials) -> None:
            dialog.accept()
            if label and self.keep_label is not None:
                self.keep_label(credentials.user_name, label)
            user = SmtpUser(credentials.user_name, credentials.password, True, total, hourly)
            self._c.model.replace_user(user)
            self._c.selection.select_names([user.user_name])
            self._c.selection.select_after_refresh([user.user_name])
            self._show_credentials(credentials, self.tr("New SMTP credentials"), "")
            self._refresher.request()

        def failed(error: BaseException) -> None:
            if not answer_may_be_lost(error):
                self._show_dialog_error(dialog, error)
                return
            dialog.done(QDialog.DialogCode.Rejected)
            message = self._lost_answer(
                error,
                self.tr(
                    "The answer to “Add SMTP user” was lost, so SendClean may have created "
                    "the user anyway. The list is being refreshed: look for a new user before "
                    "adding again."
                ),
            )
            self._refresher.request(
                after=lambda users: self._name_new(message, names_before, users)
            )

        self._c.runner.submit(
            Op(
                JobKind.ADD,
                run=lambda context: journal.send(
                    pending, lambda: context.client.add_user(total, hourly), confirmed=created
                ),
                success=succeeded,
                failure=failed,
                pending_change=pending,
            )
        )

    def _name_new(self, message: QMessageBox, before: set[str], users: list[SmtpUser]) -> None:
        appeared = sorted({u.user_name for u in users} - before)
        if appeared:
            self._c.selection.select_names(appeared)
            found = self.tr(
                "After the refresh, this user appeared and is selected: {names}. SendClean "
                "probably created it; reset its password to get credentials you can see."
            ).format(names=", ".join(appeared))
        else:
            found = self.tr(
                "After the refresh, no new user appeared: SendClean did not create one, so "
                "you can add it again."
            )
        if message in self._live_messages:
            message.setInformativeText(message.informativeText() + "\n\n" + found)

    # -- edit ------------------------------------------------------------------

    def edit_user(self) -> None:
        user = self._c.selection.current_user()
        if user is None:
            return
        label = self._c.model.extras.labels.get(user.user_name, "")
        from ..dialogs.edit_user import EditUserDialog

        dialog = EditUserDialog(user, self._c.parent, label)
        dialog.setObjectName("editUserDialog")
        dialog.submitted.connect(lambda changes: self._submit_edit(dialog, user, changes))
        self._open(dialog)

    def _submit_edit(self, dialog: EditUserDialog, user: SmtpUser, changes: dict[str, Any]) -> None:
        from app.api import replace_user

        name = user.user_name
        if dialog.label_changed() and self.keep_label is not None:
            self.keep_label(name, dialog.label())
        if not changes:  # only the label, kept on this computer: nothing to send
            dialog.accept()
            return
        dialog.set_busy(True)
        current = self._c.model.find_user(name) or user
        pending = PendingChange.of(
            self._account_label(),
            "edit",
            current,
            replace_user(current, **changes),
            self._account_id(),
        )
        journal = self._journal

        def succeeded(_value: object) -> None:
            dialog.accept()
            now = self._c.model.find_user(name) or user
            self._c.model.replace_user(replace_user(now, **changes))
            self._c.notifier.message(self.tr("{name} updated.").format(name=name))

        def failed(error: BaseException) -> None:
            if answer_may_be_lost(error):
                dialog.done(QDialog.DialogCode.Rejected)
                self._lost_answer(
                    error,
                    self.tr(
                        "The answer to “Edit” for {name} was lost, so the change may have been "
                        "made. The list is being refreshed and shows what SendClean has now."
                    ).format(name=name),
                )
                self._refresher.request()
            else:
                self._show_dialog_error(dialog, error)

        self._c.runner.submit(
            Op(
                JobKind.EDIT,
                run=lambda context: journal.send(
                    pending, lambda: context.client.edit_user(name, **changes)
                ),
                success=succeeded,
                failure=failed,
                pending_change=pending,
            )
        )

    # -- reset -----------------------------------------------------------------

    def reset_password(self) -> None:
        user = self._c.selection.current_user()
        if user is None:
            return
        label = self._c.model.extras.labels.get(user.user_name, "")
        from ..dialogs.confirm_reset import ConfirmResetDialog

        dialog = ConfirmResetDialog(user.user_name, self._c.parent, label)
        dialog.setObjectName("confirmResetDialog")
        dialog.accepted.connect(lambda: self._submit_reset(user))
        self._open(dialog)

    def _submit_reset(self, user: SmtpUser) -> None:
        from app.api import replace_user

        name = user.user_name
        pending = PendingChange(
            self._account_label(), name, "reset_password", account_id=self._account_id()
        )
        journal = self._journal

        def succeeded(credentials: SmtpCredentials) -> None:
            current = self._c.model.find_user(name) or user
            self._c.model.replace_user(replace_user(current, password=credentials.password))
            dialog = self._show_credentials(
                credentials,
                self.tr("Password reset"),
                self.tr("The old password of {name} no longer works.").format(name=name),
            )
            if self.verify_login is not None:
                # Rotation verifies itself: the new password is tried at the relay at once.
                dialog.show_login_check(self.tr("Checking the new password at the SMTP relay…"))

                def show(text: str, shown: CredentialsDialog = dialog) -> None:
                    if shown in self._open_dialogs:  # not after it was closed
                        shown.show_login_check(text)

                self.verify_login(credentials, show)

        def failed(error: BaseException) -> None:
            if answer_may_be_lost(error):
                self._lost_answer(
                    error,
                    self.tr(
                        "The answer to “Reset password” for {name} was lost, so its password may "
                        "have changed. The list is being refreshed and shows the password "
                        "SendClean has now; reset again if you need to see a new one."
                    ).format(name=name),
                )
                self._refresher.request()
            else:
                self._c.notifier.problem(error)  # also asks for credentials if needed

        self._c.runner.submit(
            Op(
                JobKind.RESET,
                run=lambda context: journal.send(
                    pending, lambda: context.client.reset_password(name)
                ),
                success=succeeded,
                failure=failed,
                pending_change=pending,
            )
        )

    # -- shared ----------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.last_dialog = dialog
        self._open_dialogs.add(dialog)
        dialog.finished.connect(lambda _result: self._open_dialogs.discard(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _show_dialog_error(self, dialog: FormDialog, error: BaseException) -> None:
        """In the dialog (it stays open while its call is on its way)."""
        if dialog in self._open_dialogs:
            field = error_text.field_of(error)
            dialog.show_error(field, error_text.describe(error), error_text.details(error))
            if error_text.is_authentication(error):
                self._c.notifier.ask_for_credentials(
                    error_text.describe(error), error_text.details(error)
                )
        else:
            self._c.notifier.problem(error)

    def _show_credentials(
        self, credentials: SmtpCredentials, title: str, intro: str
    ) -> CredentialsDialog:
        label = self._c.model.extras.labels.get(credentials.user_name)
        if label:
            intro = f"{credentials.user_name} — {label}. {intro}".strip()
        account = self._c.session.account
        kwargs: dict[str, Any] = {}
        if account is not None:
            kwargs = {"smtp_host": account.smtp_host, "smtp_port": account.smtp_port}
        from ..dialogs.credentials import CredentialsDialog

        dialog = CredentialsDialog(
            credentials, self._clipboard, title=title, intro=intro, parent=self._c.parent, **kwargs
        )
        dialog.setObjectName("credentialsDialog")
        if self.test_login is not None:
            dialog.test_login_requested.connect(self.test_login)
        if self.send_test is not None:
            dialog.send_test_requested.connect(self.send_test)
        self._open(dialog)
        self.credentials_shown.emit(dialog)
        return dialog

    @property
    def _live_messages(self) -> set[QMessageBox]:
        return {m for m in self._open_messages if m.isVisible()}

    def _lost_answer(self, error: BaseException, what_to_check: str) -> QMessageBox:
        box = Notice(
            QMessageBox.Icon.Warning,
            self.tr("The answer was lost"),
            error_text.describe(error),
            self._c.parent,
            informative=what_to_check,
            details=error_text.details(error),
            buttons=QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("operationMessage")
        self._open_messages.add(box)
        box.finished.connect(lambda _r: self._open_messages.discard(box))
        box.finished.connect(box.deleteLater)
        self.last_message = box
        box.open()
        return box
