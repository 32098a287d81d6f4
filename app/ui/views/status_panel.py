"""The status bar: account, users shown / total, last refresh, busy and clipboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from .plain_text import PlainLabel

if TYPE_CHECKING:
    from datetime import datetime

#: How often, at most, a bulk run's progress bar is repainted.
PROGRESS_PAINT_MS = 50
# A plain class: its texts need a named context (a QStatusBar's tr() would use its own).
translate = QCoreApplication.translate


class StatusPanel:
    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self.account = self._label("statusAccount", translate("StatusPanel", "Account in use"))
        self.counts = self._label("statusCounts", translate("StatusPanel", "Users shown"))
        self.updated = self._label("statusUpdated", translate("StatusPanel", "Last refresh"))
        self.clipboard = self._label("statusClipboard", translate("StatusPanel", "Clipboard"))
        self.busy = QProgressBar()
        self.busy.setObjectName("statusBusy")
        self.busy.setAccessibleName(translate("StatusPanel", "Working"))
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        # A progress bar repaints at once on each new value: during a bulk run its value
        # follows the answers at most every PROGRESS_PAINT_MS (the text follows each one).
        self._progress_value = 0
        self._progress_timer = QTimer(bar)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_PAINT_MS)
        self._progress_timer.timeout.connect(self._show_progress_value)
        self.progress = self._label("statusProgress", translate("StatusPanel", "Progress"))
        self.progress.hide()
        self.cancel = QToolButton()
        self.cancel.setObjectName("statusCancel")
        self.cancel.setText(translate("StatusPanel", "Cancel"))
        self.cancel.setAccessibleName(translate("StatusPanel", "Cancel the changes not sent yet"))
        self.cancel.setToolTip(translate("StatusPanel", "Stop after the change on its way"))
        self.cancel.hide()
        self.selected = self._label("statusSelected", translate("StatusPanel", "Selected users"))
        self.odd = self._label(
            "statusOddEntries", translate("StatusPanel", "Entries not read fully")
        )
        self.odd.hide()
        # All permanent: a temporary message never hides the account or the counts.
        bar.addPermanentWidget(self.account)
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.selected)
        bar.addPermanentWidget(self.odd)
        bar.addPermanentWidget(self.clipboard)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.updated)
        self.updated.setText(translate("StatusPanel", "Not refreshed yet"))

    def _label(self, name: str, accessible: str) -> QLabel:
        label = PlainLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        return label

    def set_account(self, text: str) -> None:
        self.account.setText(text)

    def set_counts(self, shown: int, total: int) -> None:
        if shown == total:
            text = translate("StatusPanel", "{total} users").format(total=f"{total:,}")
        else:
            text = translate("StatusPanel", "{shown} of {total} users").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        self.counts.setText(text)

    def set_selected(self, count: int) -> None:
        self.selected.setText(translate("StatusPanel", "{count} selected").format(count=count))
        self.selected.setVisible(count > 1)

    def set_odd_entries(self, count: int) -> None:
        """SendClean sent entries with values that could not be read: say so, hide nothing."""
        self.odd.setText(
            translate("StatusPanel", "{count} entries could not be read fully").format(count=count)
            if count != 1
            else translate("StatusPanel", "1 entry could not be read fully")
        )
        self.odd.setToolTip(
            translate(
                "StatusPanel",
                "SendClean sent values this app could not read (shown as “—” or Unknown); "
                "entries without a user name cannot be shown.",
            )
        )
        self.odd.setVisible(count > 0)

    def set_refreshed(self, when: datetime) -> None:
        self.updated.setText(
            translate("StatusPanel", "Updated {time}").format(time=when.strftime("%H:%M:%S"))
        )

    def clear_refreshed(self) -> None:
        """The refresh time belongs to an account: a new one starts without it."""
        self.updated.setText(translate("StatusPanel", "Not refreshed yet"))

    def set_busy(self, busy: bool) -> None:
        if self.progress.isVisibleTo(self._bar):
            return  # a bulk run shows its own progress
        if busy:
            self.busy.setRange(0, 0)
        self.busy.setVisible(busy)

    def start_progress(self, total: int) -> None:
        """A bulk run starts: "0 of 40" with Cancel. The text keeps the width of its
        widest form, so that the status bar does not shift as the count grows."""
        widest = translate("StatusPanel", "{done} of {total}").format(done=total, total=total)
        self.progress.setText(widest)
        self.progress.setMinimumWidth(self.progress.sizeHint().width())
        self.cancel.setEnabled(True)
        self.busy.setRange(0, max(total, 1))
        for widget in (self.progress, self.cancel, self.busy):
            widget.show()
        self.show_progress(0, total)

    def show_progress(self, done: int, total: int) -> None:
        """How far the bulk run started by :meth:`start_progress` is: "12 of 40"."""
        self.progress.setText(
            translate("StatusPanel", "{done} of {total}").format(done=done, total=total)
        )
        self._progress_value = done
        if done in (0, total):
            self._show_progress_value()
        elif not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_progress_value(self) -> None:
        self._progress_timer.stop()
        # QProgressBar.setValue repaints at once (and with it every part of the window
        # waiting to be painted, the table too): set it with updates off, then ask for
        # an ordinary paint with the others.
        bar = self.busy
        bar.setUpdatesEnabled(False)
        try:
            bar.setValue(self._progress_value)
        finally:
            bar.setUpdatesEnabled(True)
        bar.update()

    def hide_progress(self) -> None:
        self.progress.hide()
        self.cancel.hide()

    def set_clipboard_countdown(self, seconds: int) -> None:
        if seconds > 0:
            self.clipboard.setText(
                translate("StatusPanel", "Clipboard clears in {s} s").format(s=seconds)
            )
        else:
            self.clipboard.clear()

    def set_clipboard_cleared(self, cleared: bool) -> None:
        """The verdict on an automatic clear; a failure stays until the next copy."""
        if cleared:
            self.clipboard.clear()
            self.message(translate("StatusPanel", "Clipboard cleared"))
        else:
            self.clipboard.setText(
                translate("StatusPanel", "The clipboard could not be cleared — clear it yourself")
            )

    def message(self, text: str, timeout_ms: int = 8000) -> None:
        self._bar.showMessage(text, timeout_ms)
