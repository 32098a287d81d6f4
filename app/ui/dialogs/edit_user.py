"""The "Edit SMTP user" dialog: changes limits and the enabled state of one user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.api import SmtpUser
from app.core.local_store import MAX_LABEL_CHARS

from ..views.plain_text import PlainLabel
from ._form import ErrorLabel, LimitsFormDialog, with_error


class EditUserDialog(LimitsFormDialog):
    """Emits ``submitted(changes)`` with only the changed fields.

    ``changes`` has a subset of the keys ``"total_limit"`` (int),
    ``"hourly_limit"`` (int) and ``"enabled"`` (bool). OK stays disabled until
    something differs from ``user``. An unknown (``None``) limit shows as an
    empty field and counts as unchanged while it stays empty.
    """

    submitted = Signal(dict)
    #: Made after the base class has started asking whether OK may be pressed.
    _label_field: QLineEdit | None = None

    def __init__(self, user: SmtpUser, parent: QWidget | None = None, label: str = "") -> None:
        super().__init__(parent)
        self._user = user
        self._original_label = label.strip()
        self.setObjectName("editUserDialog")
        self.setWindowTitle(self.tr("Edit {user}").format(user=user.user_name))
        self._ok.setText(self.tr("&Save"))
        self._ok.setAccessibleName(self.tr("Save changes"))

        self._enabled = QCheckBox(self.tr("&Enabled (may send email)"))
        self._enabled.setObjectName("enabledCheck")
        self._enabled.setAccessibleName(self.tr("Enabled"))
        self._enabled.setAccessibleDescription(
            self.tr("A disabled SMTP user cannot send email until it is enabled again.")
        )
        self._enabled.setChecked(user.enabled)
        enabled_error = ErrorLabel("errorLabel_enabled")
        self._form.addRow(with_error(self._enabled, enabled_error))
        self._register_field("enabled", self._enabled, enabled_error)
        self._enabled.toggled.connect(self._on_enabled_toggled)
        for field, value in ((self._total, user.total_limit), (self._hourly, user.hourly_limit)):
            field.set_limit(value)
            field.set_allow_empty(value is None)
            if value is None:
                field.setPlaceholderText(self.tr("unknown"))

        label_field = QLineEdit(label, self)
        label_field.setObjectName("labelField")
        label_field.setAccessibleName(self.tr("Label, kept on this computer"))
        label_field.setMaxLength(MAX_LABEL_CHARS)
        caption = PlainLabel(self.tr("&Label, kept on this computer:"))
        caption.setBuddy(label_field)
        self._form.addRow(caption, label_field)
        label_field.textChanged.connect(lambda _text: self._update_ok())
        self._label_field = label_field

        self._finish_layout(self._form)
        self._update_ok()

    def label(self) -> str:
        field = self._label_field
        return field.text().strip() if field is not None else self._original_label

    def label_changed(self) -> bool:
        return self.label() != self._original_label

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the original user (values may be invalid)."""
        result: dict[str, Any] = {}
        for key, field, original in (
            ("total_limit", self._total, self._user.total_limit),
            ("hourly_limit", self._hourly, self._user.hourly_limit),
        ):
            text = field.text().strip()
            if original is None and not text:
                continue
            value = field.limit()
            if value != original or (value is None and text):
                result[key] = value if value is not None else text
        if self._enabled.isChecked() != self._user.enabled:
            result["enabled"] = self._enabled.isChecked()
        return result

    def _on_enabled_toggled(self, _checked: bool) -> None:
        self._clear_field_error("enabled")
        self._update_ok()

    def _can_submit(self) -> bool:
        return bool(self.changes()) or self.label_changed()

    def _submit(self) -> None:
        self.submitted.emit(self.changes())  # may be empty when only the label changed
