"""The status bar: account, users shown / total, last refresh, busy and clipboard."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar


class StatusPanel:
    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self.account = self._label("statusAccount", bar.tr("Account in use"))
        self.counts = self._label("statusCounts", bar.tr("Users shown"))
        self.updated = self._label("statusUpdated", bar.tr("Last refresh"))
        self.clipboard = self._label("statusClipboard", bar.tr("Clipboard"))
        self.busy = QProgressBar()
        self.busy.setObjectName("statusBusy")
        self.busy.setAccessibleName(bar.tr("Working"))
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        bar.addWidget(self.account)
        bar.addWidget(self.counts)
        bar.addPermanentWidget(self.clipboard)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.updated)
        self.updated.setText(bar.tr("Not refreshed yet"))

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        return label

    def set_account(self, text: str) -> None:
        self.account.setText(text)

    def set_counts(self, shown: int, total: int) -> None:
        if shown == total:
            text = self._bar.tr("{total} users").format(total=f"{total:,}")
        else:
            text = self._bar.tr("{shown} of {total} users").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        self.counts.setText(text)

    def set_refreshed(self, when: datetime) -> None:
        self.updated.setText(self._bar.tr("Updated {time}").format(time=when.strftime("%H:%M:%S")))

    def set_busy(self, busy: bool, done: int = 0, total: int = 0) -> None:
        if busy and total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
        elif busy:
            self.busy.setRange(0, 0)
        self.busy.setVisible(busy)

    def set_clipboard_countdown(self, seconds: int) -> None:
        if seconds > 0:
            self.clipboard.setText(self._bar.tr("Clipboard clears in {s} s").format(s=seconds))
        else:
            self.clipboard.clear()

    def message(self, text: str, timeout_ms: int = 8000) -> None:
        self._bar.showMessage(text, timeout_ms)
