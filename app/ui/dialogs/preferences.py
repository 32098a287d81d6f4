"""The Preferences dialog: edits a :class:`PreferenceValues` (no saving here)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.platform.preferences_store import (
    AUTO_REFRESH_RANGE,
    CLIPBOARD_CLEAR_RANGE,
    REQUEST_TIMEOUT_RANGE,
    REVEAL_FOR_RANGE,
    ROTATION_DAYS_RANGE,
    PreferenceValues,
)

from ..views.plain_text import PlainLabel

_DEFAULTS = PreferenceValues()
_DEFAULT_REFRESH_MIN = 5


def _spin(object_name: str, bounds: tuple[int, int], suffix: str, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(object_name)
    spin.setRange(*bounds)
    spin.setSuffix(suffix)
    spin.setValue(value)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


class PreferencesDialog(QDialog):
    """Shows ``values`` for editing; read the result with :meth:`values` after
    ``exec()`` returns ``Accepted``."""

    def __init__(self, values: PreferenceValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))

        clipboard = values.clipboard_clear_s
        self._clipboard_spin = _spin(
            "clipboardClearSpin",
            CLIPBOARD_CLEAR_RANGE,
            self.tr(" s"),
            clipboard if clipboard is not None else _DEFAULTS.clipboard_clear_s or 30,
        )
        self._clipboard_spin.setAccessibleName(self.tr("Clear copied passwords after, seconds"))
        self._clipboard_spin.setAccessibleDescription(
            self.tr("A password copied to the clipboard is removed after this many seconds.")
        )
        self._clipboard_never = QCheckBox(self.tr("&Never"))
        self._clipboard_never.setObjectName("clipboardNeverCheck")
        self._clipboard_never.setAccessibleName(self.tr("Never clear copied passwords"))
        self._clipboard_never.setChecked(clipboard is None)

        refresh = values.auto_refresh_min
        self._refresh_check = QCheckBox(self.tr("&Refresh the user list every"))
        self._refresh_check.setObjectName("autoRefreshCheck")
        self._refresh_check.setAccessibleName(self.tr("Refresh the user list automatically"))
        self._refresh_spin = _spin(
            "autoRefreshSpin",
            AUTO_REFRESH_RANGE,
            self.tr(" min"),
            refresh if refresh is not None else _DEFAULT_REFRESH_MIN,
        )
        self._refresh_spin.setAccessibleName(self.tr("Automatic refresh interval, minutes"))
        self._refresh_check.setChecked(refresh is not None)

        self._show_passwords = QCheckBox(self.tr("&Show passwords by default"))
        self._show_passwords.setObjectName("showPasswordsCheck")
        self._show_passwords.setAccessibleName(self.tr("Show passwords by default"))
        self._show_passwords.setAccessibleDescription(
            self.tr("When off, passwords are masked until you choose to show them.")
        )
        self._show_passwords.setChecked(values.show_passwords)

        self._timeout_spin = _spin(
            "requestTimeoutSpin", REQUEST_TIMEOUT_RANGE, self.tr(" s"), values.request_timeout_s
        )
        self._timeout_spin.setAccessibleName(self.tr("Request timeout, seconds"))
        self._timeout_spin.setAccessibleDescription(
            self.tr("How long to wait for the SendClean service before giving up.")
        )

        reveal_for = values.reveal_for_s
        self._reveal_spin = _spin(
            "revealForSpin", REVEAL_FOR_RANGE, self.tr(" s"), reveal_for or 60
        )
        self._reveal_spin.setAccessibleName(self.tr("Mask revealed passwords after, seconds"))
        self._reveal_never = QCheckBox(self.tr("Until &hidden"))
        self._reveal_never.setObjectName("revealNeverCheck")
        self._reveal_never.setAccessibleName(self.tr("Keep revealed passwords until hidden"))
        self._reveal_never.setChecked(reveal_for is None)

        rotation = values.rotation_days
        self._rotation_check = QCheckBox(self.tr("Mark passwords &older than"))
        self._rotation_check.setObjectName("rotationCheck")
        self._rotation_check.setAccessibleName(self.tr("Mark passwords due for rotation"))
        self._rotation_check.setChecked(rotation is not None)
        self._rotation_spin = _spin(
            "rotationDaysSpin", ROTATION_DAYS_RANGE, self.tr(" days"), rotation or 90
        )
        self._rotation_spin.setAccessibleName(self.tr("Rotation age, days"))

        clipboard_label = PlainLabel(self.tr("&Clear copied passwords after:"))
        clipboard_label.setBuddy(self._clipboard_spin)
        timeout_label = PlainLabel(self.tr("Request &timeout:"))
        timeout_label.setBuddy(self._timeout_spin)
        form = QFormLayout()
        form.addRow(clipboard_label, _row(self._clipboard_spin, self._clipboard_never))
        form.addRow(self.tr("Auto-refresh:"), _row(self._refresh_check, self._refresh_spin))
        form.addRow("", self._show_passwords)
        form.addRow(timeout_label, self._timeout_spin)
        reveal_label = PlainLabel(self.tr("&Mask revealed passwords after:"))
        reveal_label.setBuddy(self._reveal_spin)
        form.addRow(reveal_label, _row(self._reveal_spin, self._reveal_never))
        form.addRow(self.tr("Rotation:"), _row(self._rotation_check, self._rotation_spin))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        ok.setObjectName("okButton")
        ok.setAccessibleName(self.tr("OK"))
        ok.setDefault(True)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        chain: list[QWidget] = [
            self._clipboard_spin,
            self._clipboard_never,
            self._refresh_check,
            self._refresh_spin,
            self._show_passwords,
            self._timeout_spin,
            self._reveal_spin,
            self._reveal_never,
            self._rotation_check,
            self._rotation_spin,
            buttons,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._clipboard_never.toggled.connect(self._sync_enabled)
        self._refresh_check.toggled.connect(self._sync_enabled)
        self._reveal_never.toggled.connect(self._sync_enabled)
        self._rotation_check.toggled.connect(self._sync_enabled)
        self._sync_enabled()
        (self._clipboard_never if clipboard is None else self._clipboard_spin).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def values(self) -> PreferenceValues:
        return PreferenceValues(
            clipboard_clear_s=(
                None if self._clipboard_never.isChecked() else self._clipboard_spin.value()
            ),
            auto_refresh_min=(
                self._refresh_spin.value() if self._refresh_check.isChecked() else None
            ),
            show_passwords=self._show_passwords.isChecked(),
            request_timeout_s=self._timeout_spin.value(),
            reveal_for_s=None if self._reveal_never.isChecked() else self._reveal_spin.value(),
            rotation_days=(
                self._rotation_spin.value() if self._rotation_check.isChecked() else None
            ),
        )

    def _sync_enabled(self, _checked: bool = False) -> None:
        self._clipboard_spin.setEnabled(not self._clipboard_never.isChecked())
        self._refresh_spin.setEnabled(self._refresh_check.isChecked())
        self._reveal_spin.setEnabled(not self._reveal_never.isChecked())
        self._rotation_spin.setEnabled(self._rotation_check.isChecked())
