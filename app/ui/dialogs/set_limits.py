"""Set limits… for several users: total and/or hourly, optionally only where lower."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ..views.plain_text import PlainLabel
from ._form import LimitsFormDialog


class SetLimitsDialog(LimitsFormDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setLimitsDialog")
        self.setWindowTitle(self.tr("Set limits of {count} users").format(count=count))
        self._ok.setText(self.tr("&Set limits"))
        self._ok.setAccessibleName(self.tr("Set limits"))
        self._total.set_allow_empty(True)
        self._hourly.set_allow_empty(True)
        intro = PlainLabel(
            self.tr(
                "One call per user, with progress and Cancel. Leave a field empty to keep "
                "each user's own value."
            )
        )
        intro.setWordWrap(True)
        self._form.insertRow(0, intro)
        self._lower = QCheckBox(self.tr("Only where the new value is &lower (to throttle a leak)"))
        self._lower.setObjectName("onlyLowerCheck")
        self._lower.setAccessibleName(self.tr("Only where the new value is lower"))
        self._form.addRow(self._lower)
        self._finish_layout(self._form)

    def total(self) -> int | None:
        return self._total.limit()

    def hourly(self) -> int | None:
        return self._hourly.limit()

    def only_lower(self) -> bool:
        return self._lower.isChecked()

    def _can_submit(self) -> bool:
        return bool(self._total.text().strip() or self._hourly.text().strip())

    def _submit(self) -> None:
        self.accept()  # the bulk run confirms nothing more: this dialog was the question
