"""The SMTP relay host and port of an account, used by "Test login" and the snippets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.smtp_settings import DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT

from ..views.plain_text import PlainLabel


class SmtpServerDialog(QDialog):
    def __init__(self, host: str, port: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtpServerDialog")
        self.setWindowTitle(self.tr("SMTP server"))
        note = PlainLabel(
            self.tr(
                "The SMTP relay your programs send through. Defaults: {host}, port {port} "
                "(STARTTLS); use 465 for implicit TLS."
            ).format(host=DEFAULT_SMTP_HOST, port=DEFAULT_SMTP_PORT)
        )
        note.setWordWrap(True)
        self._host = QLineEdit(host)
        self._host.setObjectName("smtpHostField")
        self._host.setAccessibleName(self.tr("SMTP host"))
        self._port = QSpinBox()
        self._port.setObjectName("smtpPortField")
        self._port.setAccessibleName(self.tr("SMTP port"))
        self._port.setRange(1, 65535)
        self._port.setValue(port)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self._restore_defaults)
        self._host.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self._host)
        form.addRow(self.tr("&Port:"), self._port)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _restore_defaults(self) -> None:
        self._host.setText(DEFAULT_SMTP_HOST)
        self._port.setValue(DEFAULT_SMTP_PORT)

    def _validate(self) -> None:
        host = self._host.text().strip()
        self._ok.setEnabled(bool(host) and not any(c.isspace() for c in host))

    def values(self) -> tuple[str, int]:
        return self._host.text().strip(), self._port.value()
