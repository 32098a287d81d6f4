"""A non-blocking banner above the table for connection and server problems."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ..platform.icons import icon
from .plain_text import PlainLabel


class ErrorBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Problem notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
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
        self._dismiss = QPushButton(self.tr("Dismiss"))
        self._dismiss.setObjectName("bannerDismiss")
        self._dismiss.setAccessibleName(self.tr("Dismiss notice"))
        self._dismiss.clicked.connect(self.hide)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._retry)
        layout.addWidget(self._dismiss)
        self.hide()

    def refresh_icons(self) -> None:
        self._icon.setPixmap(icon("warning").pixmap(20, 20))
        self._retry.setIcon(icon("retry"))

    def show_problem(self, text: str, *, can_retry: bool = True) -> None:
        self._text.setText(text)
        self._text.setAccessibleName(text)
        self._retry.setVisible(can_retry)
        self.show()

    def text(self) -> str:
        return self._text.text()
