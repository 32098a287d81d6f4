"""The "Add SMTP user" dialog: asks for the total and hourly sending limits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.core.local_store import MAX_LABEL_CHARS

from ..views.plain_text import PlainLabel
from ._form import LimitsFormDialog

DEFAULT_TOTAL_LIMIT = 1000
DEFAULT_HOURLY_LIMIT = 100


class AddUserDialog(LimitsFormDialog):
    """Emits ``submitted(total, hourly)`` when OK is pressed with valid limits.

    The dialog stays open; the caller runs the request, calls
    :meth:`set_busy`, and then ``accept()`` or :meth:`show_error`.
    """

    submitted = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add SMTP user"))
        self._ok.setText(self.tr("&Add user"))
        self._ok.setAccessibleName(self.tr("Add user"))
        self._total.set_limit(DEFAULT_TOTAL_LIMIT)
        self._hourly.set_limit(DEFAULT_HOURLY_LIMIT)
        self._label = QLineEdit(self)
        self._label.setObjectName("labelField")
        self._label.setAccessibleName(self.tr("Label, kept on this computer"))
        self._label.setMaxLength(MAX_LABEL_CHARS)
        self._label.setPlaceholderText(self.tr("e.g. Shop website"))
        caption = PlainLabel(self.tr("&Label, kept on this computer:"))
        caption.setBuddy(self._label)
        self._form.addRow(caption, self._label)
        self._finish_layout(self._form)

    def label(self) -> str:
        return self._label.text().strip()

    def _submit(self) -> None:
        total, hourly = self._total.limit(), self._hourly.limit()
        assert total is not None and hourly is not None  # validated by _on_ok
        self.submitted.emit(total, hourly)
