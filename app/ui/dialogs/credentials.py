"""The dialog that shows new (or reset) SMTP credentials once, with secure copy buttons."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFontDatabase, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api import SmtpCredentials
from app.core.smtp_settings import DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT, settings_block
from app.ui.platform.clipboard import SecureClipboard

from ..views.plain_text import PlainLabel

__all__ = ["DEFAULT_TITLE", "CredentialsDialog"]

#: The untranslated default window title; the dialog shows its translation.
DEFAULT_TITLE = "New SMTP credentials"


class _SecureCopyLineEdit(QLineEdit):
    """A read-only line edit whose Copy (Ctrl+C, context menu) goes to a secure clipboard.

    Without this, copying a selection with the keyboard or the context menu would put
    the password on the clipboard without concealment hints and without the timed clear.
    """

    def __init__(self, on_copy: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_copy = on_copy
        self.setReadOnly(True)

    def _copy_selection(self) -> None:
        if self.echoMode() == QLineEdit.EchoMode.Normal and self.hasSelectedText():
            self._on_copy(self.selectedText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        copy_action = menu.findChild(QAction, "edit-copy")
        if copy_action is not None:
            copy_action.triggered.disconnect()
            copy_action.triggered.connect(self._copy_selection)
        menu.exec(event.globalPos())
        menu.deleteLater()


class CredentialsDialog(QDialog):
    """Shows the user name and password of new SMTP credentials, with copy buttons.

    Every copy goes through the :class:`SecureClipboard` (concealment hints, timed
    clear). When the dialog closes, its fields are emptied and it drops its reference
    to the credentials.
    """

    #: The user asked to test these credentials at the account's SMTP relay.
    test_login_requested = Signal(object)  # SmtpCredentials
    #: The user asked to send a test message with these credentials.
    send_test_requested = Signal(object)  # SmtpCredentials

    def __init__(
        self,
        credentials: SmtpCredentials,
        clipboard: SecureClipboard,
        *,
        title: str = DEFAULT_TITLE,
        intro: str = "",
        smtp_host: str = DEFAULT_SMTP_HOST,
        smtp_port: int = DEFAULT_SMTP_PORT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._credentials: SmtpCredentials | None = credentials
        self._clipboard = clipboard
        self._smtp_host = smtp_host
        self._smtp_port = smtp_port

        self.setObjectName("credentialsDialog")
        # A caller-supplied title or intro is expected to be translated already.
        self.setWindowTitle(self.tr("New SMTP credentials") if title == DEFAULT_TITLE else title)
        self.setAccessibleName(self.windowTitle())

        layout = QVBoxLayout(self)

        if intro:
            intro_label = PlainLabel(intro, self)
            intro_label.setObjectName("introLabel")
            intro_label.setWordWrap(True)
            intro_label.setAccessibleName(self.tr("Introduction"))
            layout.addWidget(intro_label)

        form = QFormLayout()
        layout.addLayout(form)

        self._user_name_field = _SecureCopyLineEdit(self._copy_selected, self)
        self._user_name_field.setObjectName("userNameField")
        self._user_name_field.setText(credentials.user_name)
        self._user_name_field.setAccessibleName(self.tr("SMTP user name"))
        user_label = PlainLabel(self.tr("&User name:"), self)
        user_label.setObjectName("userNameLabel")
        user_label.setBuddy(self._user_name_field)
        user_label.setAccessibleName(self.tr("User name"))
        form.addRow(user_label, self._user_name_field)

        # The password is shown by default: this dialog is the one moment the user is
        # meant to read or copy it, and hiding it would only add a click. It stays
        # selectable (read-only, not disabled), and "Hide" masks it, e.g. while sharing
        # the screen.
        self._password_field = _SecureCopyLineEdit(self._copy_selected, self)
        self._password_field.setObjectName("passwordField")
        self._password_field.setText(credentials.password)
        self._password_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._password_field.setEchoMode(QLineEdit.EchoMode.Normal)
        self._password_field.setAccessibleName(self.tr("SMTP password"))
        self._show_button = QPushButton(self.tr("Hide"), self)
        self._show_button.setObjectName("showPasswordButton")
        self._show_button.setCheckable(True)
        self._show_button.setChecked(True)
        self._show_button.setAccessibleName(self.tr("Show or hide the password"))
        self._show_button.toggled.connect(self._set_password_visible)
        password_row = QHBoxLayout()
        password_row.addWidget(self._password_field, 1)
        password_row.addWidget(self._show_button)
        password_label = PlainLabel(self.tr("&Password:"), self)
        password_label.setObjectName("passwordLabel")
        password_label.setBuddy(self._password_field)
        password_label.setAccessibleName(self.tr("Password"))
        form.addRow(password_label, password_row)

        warning = PlainLabel(
            self.tr(
                "Copy the password now. It also stays visible in the users list (SendClean's "
                "list returns it); Reset password gives a new one."
            ),
            self,
        )
        warning.setObjectName("passwordWarningLabel")
        server = PlainLabel(
            self.tr("SMTP server: {host}, port {port}").format(host=smtp_host, port=smtp_port),
            self,
        )
        server.setObjectName("smtpServerLabel")
        server.setAccessibleName(self.tr("SMTP server"))
        server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(server)
        warning.setWordWrap(True)
        warning.setAccessibleName(self.tr("Important"))
        layout.addWidget(warning)

        copy_row = QHBoxLayout()
        layout.addLayout(copy_row)
        self._copy_user_button = self._add_copy_button(
            copy_row, "copyUserNameButton", self.tr("Copy user &name"), self._copy_user_name
        )
        self._copy_password_button = self._add_copy_button(
            copy_row, "copyPasswordButton", self.tr("Copy &password"), self._copy_password
        )
        self._copy_settings_button = self._add_copy_button(
            copy_row, "copySettingsButton", self.tr("Copy SMTP &settings"), self._copy_settings
        )
        self._copy_settings_button.setToolTip(
            self.tr("Host, port, security, user name and password, one per line")
        )

        self._login_check = PlainLabel("", self)
        self._login_check.setObjectName("loginCheckLabel")
        self._login_check.setWordWrap(True)
        self._login_check.setAccessibleName(self.tr("SMTP login check"))
        self._login_check.hide()
        layout.addWidget(self._login_check)

        self._status_label = PlainLabel("", self)
        self._status_label.setObjectName("copyStatusLabel")
        self._status_label.setWordWrap(True)
        self._status_label.setAccessibleName(self.tr("Copy status"))
        layout.addWidget(self._status_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("buttonBox")
        buttons.setAccessibleName(self.tr("Dialog buttons"))
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        test_button = QPushButton(self.tr("&Test login"), self)
        test_button.setObjectName("testLoginButton")
        test_button.setAccessibleName(self.tr("Test the SMTP login"))
        buttons.addButton(test_button, QDialogButtonBox.ButtonRole.ActionRole)
        test_button.clicked.connect(self._request_login_test)
        send_button = QPushButton(self.tr("Send test &message…"), self)
        send_button.setObjectName("sendTestButton")
        send_button.setAccessibleName(self.tr("Send a test message"))
        buttons.addButton(send_button, QDialogButtonBox.ButtonRole.ActionRole)
        send_button.clicked.connect(self._request_send_test)
        layout.addWidget(buttons)

        self._clipboard.cleared.connect(self._on_clipboard_cleared)
        self._listening = True
        self._copy_password_button.setFocus()

    # -- public helpers ---------------------------------------------------------------

    def credentials(self) -> SmtpCredentials | None:
        """The credentials shown, until the dialog closes."""
        return self._credentials

    def show_login_check(self, text: str) -> None:
        """What the AUTH-only check of these credentials at the relay found."""
        self._login_check.setText(text)
        self._login_check.show()
        self.adjustSize()

    def login_check_text(self) -> str:
        return self._login_check.text()

    def status_text(self) -> str:
        """The inline confirmation shown after the last copy (empty before any)."""
        return self._status_label.text()

    # -- slots ------------------------------------------------------------------------

    def _request_login_test(self) -> None:
        if self._credentials is not None:
            self.test_login_requested.emit(self._credentials)

    def _request_send_test(self) -> None:
        if self._credentials is not None:
            self.send_test_requested.emit(self._credentials)

    def _add_copy_button(
        self, row: QHBoxLayout, name: str, text: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _set_password_visible(self, visible: bool) -> None:
        self._password_field.setEchoMode(
            QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        )
        self._show_button.setText(self.tr("Hide") if visible else self.tr("Show"))

    def _copy_user_name(self) -> None:
        if self._credentials is not None:
            self._copy(self._credentials.user_name, self.tr("User name copied"))

    def _copy_password(self) -> None:
        if self._credentials is not None:
            self._copy(self._credentials.password, self.tr("Password copied"))

    def _copy_settings(self) -> None:
        if self._credentials is not None:
            block = settings_block(self._credentials, self._smtp_host, self._smtp_port)
            self._copy(block, self.tr("SMTP settings copied"))

    def _copy_selected(self, text: str) -> None:
        self._copy(text, self.tr("Selection copied"))

    def _copy(self, text: str, what: str) -> None:
        self._clipboard.copy(text)
        self._status_label.setText(self._confirmation(what))

    def _confirmation(self, what: str) -> str:
        delay = self._clipboard.clear_after()
        if delay is None:
            return self.tr("{what} — the clipboard never clears automatically").format(what=what)
        if delay >= 60 and delay % 60 == 0:
            minutes = int(delay // 60)
            return self.tr("{what} — clipboard clears in %n min", "", minutes).format(what=what)
        seconds = max(1, math.ceil(delay))
        return self.tr("{what} — clipboard clears in %n s", "", seconds).format(what=what)

    def _on_clipboard_cleared(self) -> None:
        if self._status_label.text():
            self._status_label.setText(self.tr("Clipboard cleared."))

    # -- closing ----------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close the dialog, empty the fields and drop the credentials."""
        self._wipe()
        super().done(result)

    def _wipe(self) -> None:
        self._credentials = None
        self._user_name_field.clear()
        self._password_field.clear()
        self._password_field.setEchoMode(QLineEdit.EchoMode.Password)
        for button in (
            self._copy_user_button,
            self._copy_password_button,
            self._copy_settings_button,
        ):
            button.setEnabled(False)
        if self._listening:
            self._listening = False
            self._clipboard.cleared.disconnect(self._on_clipboard_cleared)
