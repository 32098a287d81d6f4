"""A non-blocking banner above the table for connection and server problems."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..platform.icons import icon
from .plain_text import PlainLabel


class ErrorBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Problem notice"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self._icon = PlainLabel()
        self._icon.setPixmap(icon("warning").pixmap(20, 20))
        self._text = PlainLabel()
        self._text.setObjectName("bannerText")
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(self._text.textInteractionFlags())
        self._retry = QPushButton(icon("retry"), self.tr("&Retry"))
        self._retry.setObjectName("bannerRetry")
        self._retry.setAccessibleName(self.tr("Retry"))
        self._retry.clicked.connect(self.retry_requested)
        self._toggle = QPushButton(self.tr("&Details"))
        self._toggle.setObjectName("bannerDetailsToggle")
        self._toggle.setCheckable(True)
        self._toggle.setAccessibleName(self.tr("Show technical details"))
        self._toggle.toggled.connect(self._show_details)
        self._details = PlainLabel()
        self._details.setObjectName("bannerDetails")
        self._details.setWordWrap(True)
        self._details.setTextInteractionFlags(self._details.textInteractionFlags())
        self._details.hide()
        self._dismiss = QPushButton(self.tr("Dismiss"))
        self._dismiss.setObjectName("bannerDismiss")
        self._dismiss.setAccessibleName(self.tr("Dismiss notice"))
        self._dismiss.clicked.connect(self.hide)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._toggle)
        layout.addWidget(self._retry)
        layout.addWidget(self._dismiss)
        outer.addWidget(self._details)
        self.hide()

    def refresh_icons(self) -> None:
        self._icon.setPixmap(icon("warning").pixmap(20, 20))
        self._retry.setIcon(icon("retry"))

    def show_problem(self, text: str, *, can_retry: bool = True, details: str = "") -> None:
        """Show ``text``; ``details`` (technical, plain text) open under "Details"."""
        self._text.setText(text)
        self._text.setAccessibleName(text)
        self._retry.setVisible(can_retry)
        self._details.setText(details)
        self._toggle.setChecked(False)
        self._toggle.setVisible(bool(details))
        self.show()

    def text(self) -> str:
        return self._text.text()

    def details(self) -> str:
        return self._details.text()

    def _show_details(self, shown: bool) -> None:
        self._details.setVisible(shown and bool(self._details.text()))
