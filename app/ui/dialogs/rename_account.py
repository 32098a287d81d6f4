"""Rename the account in use: a one-line input that shows its whole title."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QWidget

from ._fit import centre_over_parent, fit_to_contents


class RenameAccountDialog(QInputDialog):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renameAccountDialog")
        self.setWindowTitle(self.tr("Rename account"))
        self.setLabelText(self.tr("New name:"))
        self.setTextValue(label)

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_contents(self)
        if not event.spontaneous():
            centre_over_parent(self)
        super().showEvent(event)
