"""The sandbox mailbox: every message the sandbox's relay accepted, and its raw text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.sandbox import CapturedMessage


class MailboxDialog(QDialog):
    def __init__(self, messages: list[CapturedMessage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxDialog")
        self.setWindowTitle(self.tr("Sandbox mailbox"))
        self._messages: list[CapturedMessage] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("mailboxTable")
        self.table.setAccessibleName(self.tr("Captured messages"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("From"), self.tr("To"), self.tr("Subject"), self.tr("Size")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.raw = QPlainTextEdit(self)
        self.raw.setObjectName("rawMessage")
        self.raw.setAccessibleName(self.tr("The raw message"))
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setPlaceholderText(self.tr("Select a message to see it as it was sent."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.raw)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._show_selected)
        for message in messages:
            self.add_message(message)
        self.resize(760, 520)

    def add_message(self, message: CapturedMessage) -> None:
        row = len(self._messages)
        self._messages.append(message)
        self.table.insertRow(row)
        cells = (
            f"{message.received_at.astimezone():%H:%M:%S}",
            message.mail_from,
            ", ".join(message.rcpt_tos),
            message.subject,
            f"{message.size:,} B",
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _show_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            raw = self._messages[min(rows)].raw
            self.raw.setPlainText(raw.decode("utf-8", errors="replace"))
