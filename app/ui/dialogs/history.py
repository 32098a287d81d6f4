"""The local change history: what was changed from this app, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.history import ChangeRecord

from ..views.plain_text import PlainLabel


class HistoryDialog(QDialog):
    export_requested = Signal()

    def __init__(self, records: Sequence[ChangeRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Change history"))
        headers = [
            self.tr("Time (UTC)"),
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
                record.time.replace("T", " ").rstrip("Z"),
                record.account,
                record.user_name,
                record.action.replace("_", " "),
                record.describe_changes(),
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
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
