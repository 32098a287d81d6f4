"""The local change history: what was changed from this app, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.history import ChangeRecord

from ..views.change_words import change_text, local_moment
from ..views.plain_text import PlainLabel


def local_time(stamp: str) -> str:
    """The record's UTC time in local time, to the second."""
    moment = local_moment(stamp)
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment is not None else stamp


def changes_in_words(record: ChangeRecord) -> str:
    """E.g. "Hourly limit 100 → 50"; "not confirmed" when no answer came."""
    parts = [change_text(key, old, new) for key, (old, new) in record.changes.items()]
    if not record.confirmed:
        parts.insert(
            0, QCoreApplication.translate("HistoryDialog", "not confirmed: the answer never came")
        )
    return "; ".join(parts)


class HistoryDialog(QDialog):
    export_requested = Signal()

    def _action_text(self, record: ChangeRecord) -> str:
        return {
            "add": self.tr("Added"),
            "edit": self.tr("Limits or status changed"),
            "reset_password": self.tr("Password reset"),
            "enable": self.tr("Enabled"),
            "disable": self.tr("Disabled"),
            "seen_elsewhere": self.tr("Seen changed elsewhere"),
        }.get(record.action, record.action)

    def _filter_rows(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 2)
            name = item.text().casefold() if item is not None else ""
            self.table.setRowHidden(row, bool(wanted) and wanted not in name)

    def __init__(self, records: Sequence[ChangeRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Change history"))
        headers = [
            self.tr("Time"),
            self.tr("Account"),
            self.tr("SMTP user"),
            self.tr("Action"),
            self.tr("Changes"),
        ]
        table = QTableWidget(len(records), len(headers), self)
        table.setObjectName("historyTable")
        table.setAccessibleName(self.tr("Changes made from this app"))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for row, record in enumerate(records):
            values = (
                local_time(record.time),
                record.account,
                record.user_name,
                self._action_text(record),
                changes_in_words(record),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setColumnWidth(0, 190)
        table.setColumnWidth(2, 130)
        self.table = table
        text = self.tr("{n} changes recorded on this computer (never passwords or tokens).").format(
            n=len(records)
        )
        skipped = getattr(records, "skipped", 0)
        if skipped:
            text += " " + self.tr("{n} damaged line(s) of the history file were skipped.").format(
                n=skipped
            )
        summary = PlainLabel(text)
        summary.setObjectName("historySummary")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("historyFilter")
        self.filter.setPlaceholderText(self.tr("Filter by SMTP user"))
        self.filter.setAccessibleName(self.tr("Filter the history by SMTP user"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_rows)
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = QPushButton(self.tr("&Export…"))
        export.setObjectName("exportHistoryButton")
        export.setEnabled(bool(records))
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        export.clicked.connect(self.export_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.filter)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
