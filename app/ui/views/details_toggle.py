"""A "Details" button that opens the technical detail of a message, as plain text."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from .plain_text import PlainLabel


class DetailsToggle(QWidget):
    """Hidden while there is no detail; the detail itself stays closed until asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsToggle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("&Details"), self)
        self.button.setObjectName("detailsButton")
        self.button.setCheckable(True)
        self.button.setAccessibleName(self.tr("Show technical details"))
        self.label = PlainLabel("", self)
        self.label.setObjectName("detailsText")
        self.label.setWordWrap(True)
        self.label.hide()
        self.button.toggled.connect(self.label.setVisible)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        self.hide()

    def set_details(self, details: str) -> None:
        self.label.setText(details)
        self.button.setChecked(False)
        self.setVisible(bool(details))

    def details(self) -> str:
        return self.label.text()
