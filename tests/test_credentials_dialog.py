"""The "New SMTP credentials" dialog and the SMTP settings block it copies."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.api import SmtpCredentials
from app.core.smtp_settings import (
    DEFAULT_SMTP_HOST,
    DEFAULT_SMTP_PORT,
    security_for_port,
    settings_block,
)
from app.ui.dialogs.credentials import CredentialsDialog
from app.ui.platform.clipboard import SecureClipboard, concealment_formats

CREDS = SmtpCredentials(user_name="smtp-user-42", password="Xy7#kq9!Lm2@Zp")

# A QApplication for every test; conftest empties the clipboard around each one.
pytestmark = pytest.mark.usefixtures("qapp")


def _system_clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


@pytest.fixture
def secure() -> Iterator[SecureClipboard]:
    clipboard = SecureClipboard(30.0)
    yield clipboard
    clipboard.shutdown()


@pytest.fixture
def dialog(qtbot: QtBot, secure: SecureClipboard) -> CredentialsDialog:
    dlg = CredentialsDialog(CREDS, secure)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _button(dlg: QWidget, name: str) -> QPushButton:
    button = dlg.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _field(dlg: QWidget, name: str) -> QLineEdit:
    field = dlg.findChild(QLineEdit, name)
    assert field is not None, name
    return field


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


# -- settings block ------------------------------------------------------------------


def test_settings_block_lines() -> None:
    assert settings_block(CREDS).splitlines() == [
        f"Host: {DEFAULT_SMTP_HOST}",
        f"Port: {DEFAULT_SMTP_PORT}",
        "Security: STARTTLS",
        f"Username: {CREDS.user_name}",
        f"Password: {CREDS.password}",
    ]
    assert DEFAULT_SMTP_HOST == "smtp.sendclean.net"
    assert DEFAULT_SMTP_PORT == 587


@pytest.mark.parametrize(
    ("port", "security"),
    [(587, "STARTTLS"), (25, "STARTTLS"), (2525, "STARTTLS"), (465, "SSL/TLS")],
)
def test_security_depends_on_port(port: int, security: str) -> None:
    assert security_for_port(port) == security
    assert f"Security: {security}" in settings_block(CREDS, "mail.example.org", port)
    assert f"Port: {port}" in settings_block(CREDS, "mail.example.org", port)


@pytest.mark.parametrize(
    ("host", "port"), [("", 587), ("a b", 587), ("a\nb", 587), ("h\x00", 587), ("h", 0)]
)
def test_settings_block_rejects_bad_host_or_port(host: str, port: int) -> None:
    with pytest.raises(ValueError):
        settings_block(CREDS, host, port)


def test_smtp_settings_module_is_qt_free() -> None:
    import app.core.smtp_settings as module

    source = open(module.__file__, encoding="utf-8").read()  # noqa: SIM115
    assert "PySide6" not in source


# -- dialog: copy buttons ------------------------------------------------------------


def test_copy_user_name(qtbot: QtBot, dialog: CredentialsDialog) -> None:
    _click(qtbot, _button(dialog, "copyUserNameButton"))
    assert _system_clipboard().text() == CREDS.user_name
    assert "User name copied" in dialog.status_text()
    assert "30 s" in dialog.status_text()


def test_copy_password(qtbot: QtBot, dialog: CredentialsDialog) -> None:
    _click(qtbot, _button(dialog, "copyPasswordButton"))
    mime = _system_clipboard().mimeData()
    assert mime.text() == CREDS.password
    for name in concealment_formats(sys.platform, CREDS.password):
        assert mime.hasFormat(name), name
    assert dialog.status_text() == "Password copied — clipboard clears in 30 s"


def test_copy_settings(qtbot: QtBot, dialog: CredentialsDialog) -> None:
    _click(qtbot, _button(dialog, "copySettingsButton"))
    text = _system_clipboard().text()
    assert text == settings_block(CREDS)
    for part in (DEFAULT_SMTP_HOST, str(DEFAULT_SMTP_PORT), CREDS.user_name, CREDS.password):
        assert part in text
    assert "SMTP settings copied" in dialog.status_text()


def test_copy_settings_uses_custom_host_and_port(qtbot: QtBot, secure: SecureClipboard) -> None:
    dlg = CredentialsDialog(CREDS, secure, smtp_host="relay.example.net", smtp_port=465)
    qtbot.addWidget(dlg)
    _click(qtbot, _button(dlg, "copySettingsButton"))
    text = _system_clipboard().text()
    assert "Host: relay.example.net" in text
    assert "Port: 465" in text
    assert "Security: SSL/TLS" in text


def test_confirmation_when_clipboard_never_clears(qtbot: QtBot) -> None:
    secure = SecureClipboard(None)
    try:
        dlg = CredentialsDialog(CREDS, secure)
        qtbot.addWidget(dlg)
        _click(qtbot, _button(dlg, "copyPasswordButton"))
        assert "never clears" in dlg.status_text()
        assert _system_clipboard().text() == CREDS.password
    finally:
        secure.shutdown()


def test_confirmation_in_minutes(qtbot: QtBot) -> None:
    secure = SecureClipboard(120.0)
    try:
        dlg = CredentialsDialog(CREDS, secure)
        qtbot.addWidget(dlg)
        _click(qtbot, _button(dlg, "copyUserNameButton"))
        assert "2 min" in dlg.status_text()
    finally:
        secure.shutdown()


def test_status_reports_when_clipboard_was_cleared(
    qtbot: QtBot, dialog: CredentialsDialog, secure: SecureClipboard
) -> None:
    _click(qtbot, _button(dialog, "copyPasswordButton"))
    with qtbot.waitSignal(secure.cleared):
        secure.clear_if_ours()
    assert dialog.status_text() == "Clipboard cleared."
    assert _system_clipboard().text() == ""


def test_keyboard_copy_in_field_goes_through_secure_clipboard(
    qtbot: QtBot, dialog: CredentialsDialog
) -> None:
    field = _field(dialog, "passwordField")
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    mime = _system_clipboard().mimeData()
    assert mime.text() == CREDS.password
    for name in concealment_formats(sys.platform, CREDS.password):
        assert mime.hasFormat(name), name
    assert "copied" in dialog.status_text()


# -- dialog: fields, accessibility, closing ------------------------------------------


def test_fields_show_credentials(dialog: CredentialsDialog) -> None:
    user = _field(dialog, "userNameField")
    password = _field(dialog, "passwordField")
    assert user.text() == CREDS.user_name
    assert password.text() == CREDS.password
    assert user.isReadOnly() and password.isReadOnly()
    assert password.echoMode() == QLineEdit.EchoMode.Normal  # shown: the only chance to see it
    assert password.font().fixedPitch() or password.font() != user.font()
    assert dialog.windowTitle() == "New SMTP credentials"


def test_show_hide_toggle(qtbot: QtBot, dialog: CredentialsDialog) -> None:
    password = _field(dialog, "passwordField")
    toggle = _button(dialog, "showPasswordButton")
    assert toggle.text() == "Hide"
    _click(qtbot, toggle)
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert toggle.text() == "Show"
    _click(qtbot, toggle)
    assert password.echoMode() == QLineEdit.EchoMode.Normal


def test_explanation_and_intro(qtbot: QtBot, secure: SecureClipboard) -> None:
    dlg = CredentialsDialog(CREDS, secure, title="Password reset", intro="The old one is gone.")
    qtbot.addWidget(dlg)
    texts = [label.text() for label in dlg.findChildren(QLabel)]
    # The wording does not contradict itself, and the SMTP server is named.
    warning = next(t for t in texts if t.startswith("Copy the password now."))
    assert "only here" not in warning and "users list" in warning
    assert "SMTP server: smtp.sendclean.net, port 587" in texts
    assert "The old one is gone." in texts
    assert dlg.windowTitle() == "Password reset"


def test_accessible_names(dialog: CredentialsDialog) -> None:
    for name in (
        "copyUserNameButton",
        "copyPasswordButton",
        "copySettingsButton",
        "showPasswordButton",
    ):
        assert _button(dialog, name).accessibleName(), name
    for name in ("userNameField", "passwordField"):
        assert _field(dialog, name).accessibleName(), name
    own_widgets = [
        w for w in dialog.findChildren(QWidget) if isinstance(w, QLabel | QLineEdit | QPushButton)
    ]
    assert own_widgets
    for widget in own_widgets:
        assert widget.accessibleName(), widget.objectName() or type(widget).__name__
    assert "&" not in _button(dialog, "copyPasswordButton").accessibleName()


def test_closing_clears_fields(qtbot: QtBot, dialog: CredentialsDialog) -> None:
    with qtbot.waitSignal(dialog.finished):
        dialog.close()
    assert _field(dialog, "userNameField").text() == ""
    assert _field(dialog, "passwordField").text() == ""
    for name in ("copyUserNameButton", "copyPasswordButton", "copySettingsButton"):
        assert not _button(dialog, name).isEnabled()
    assert CREDS.password not in repr(vars(dialog))


def test_close_button_rejects_and_clears(qtbot: QtBot, dialog: CredentialsDialog) -> None:
    close = [b for b in dialog.findChildren(QPushButton) if b.text() == "Close"]
    assert len(close) == 1
    with qtbot.waitSignal(dialog.rejected):
        _click(qtbot, close[0])
    assert _field(dialog, "passwordField").text() == ""


def test_clipboard_signal_after_close_is_harmless(
    qtbot: QtBot, dialog: CredentialsDialog, secure: SecureClipboard
) -> None:
    _click(qtbot, _button(dialog, "copyPasswordButton"))
    dialog.reject()
    with qtbot.waitSignal(secure.cleared):
        secure.clear_if_ours()
    assert dialog.status_text() != "Clipboard cleared."
