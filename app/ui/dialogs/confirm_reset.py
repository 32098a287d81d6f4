"""Confirmation before resetting an SMTP user's password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..views.plain_text import PlainLabel


class ConfirmResetDialog(QDialog):
    """Asks whether to reset ``user_name``'s password; ``exec()`` returns
    ``QDialog.DialogCode.Accepted`` only when "Reset password" is pressed.
    Cancel is the default button, so Return and Escape both cancel."""

    def __init__(self, user_name: str, parent: QWidget | None = None, label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("confirmResetDialog")
        self.setWindowTitle(self.tr("Reset password"))

        message = PlainLabel(
            self.tr(
                "Reset the password of {user}? The current password stops working at once; "
                "programs using it must be updated."
            ).format(user=f"{user_name} — {label}" if label else user_name)
        )
        message.setObjectName("messageLabel")
        message.setTextFormat(Qt.TextFormat.PlainText)  # user names come from the server
        message.setWordWrap(True)
        icon = PlainLabel()
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(icon_size, icon_size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        reset = buttons.addButton(
            self.tr("&Reset password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert reset is not None and cancel is not None
        reset.setObjectName("resetButton")
        reset.setAccessibleName(self.tr("Reset password"))
        reset.setAccessibleDescription(self.tr("The current password stops working at once."))
        reset.setDefault(False)  # Return activates it only after tabbing to it
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._reset = reset
        self._cancel = cancel

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        cancel.setFocus(Qt.FocusReason.OtherFocusReason)
