"""What the window shows instead of an empty grid: no account, no users, no match."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .plain_text import PlainLabel


class EmptyState(QWidget):
    connect_requested = Signal()
    sandbox_requested = Signal()
    add_requested = Signal()
    clear_filter_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = PlainLabel("", self)
        self.title.setObjectName("emptyTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = PlainLabel("", self)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.connect_button = self._button("emptyConnect", self.tr("&Connect to SendClean…"))
        self.sandbox_button = self._button("emptySandbox", self.tr("Try the &sandbox"))
        self.add_button = self._button("emptyAdd", self.tr("&Add SMTP user (Ctrl+N)"))
        self.clear_button = self._button("emptyClearFilter", self.tr("C&lear filter"))
        self.connect_button.clicked.connect(self.connect_requested)
        self.sandbox_button.clicked.connect(self.sandbox_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.clear_button.clicked.connect(self.clear_filter_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.connect_button,
            self.sandbox_button,
            self.add_button,
            self.clear_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def show_no_account(self) -> None:
        self._show(
            self.tr("No SendClean account yet"),
            self.tr(
                "Connect with the app domain, owner ID and API token from your SendClean "
                "dashboard, or try the app against a local demo server first."
            ),
            self.connect_button,
            self.sandbox_button,
        )

    def show_no_users(self) -> None:
        self._show(
            self.tr("No SMTP users yet"),
            self.tr("This account has no SMTP users. Add one to get its credentials."),
            self.add_button,
        )

    def show_no_match(self, text: str) -> None:
        self._show(
            self.tr("No user matches “{text}”").format(text=text),
            self.tr("The filter looks at user names, labels and notes."),
            self.clear_button,
        )

    def _show(self, title: str, text: str, *buttons: QPushButton) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleName(title)
        for button in (
            self.connect_button,
            self.sandbox_button,
            self.add_button,
            self.clear_button,
        ):
            button.setVisible(button in buttons)
        if buttons:
            buttons[0].setDefault(True)
