"""The one way this app shows text: as plain text, never as rich text or a link.

Server messages, user names, relay answers and account labels are data. Every label
and message box of the app comes from here (a test forbids building them elsewhere),
so a server that sends ``<a href=…>`` gets its markup shown, never rendered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


class PlainLabel(QLabel):
    """A QLabel that shows its text as typed: no markup, no links."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        self.setText(text)

    def setTextFormat(self, _format: Qt.TextFormat) -> None:
        super().setTextFormat(Qt.TextFormat.PlainText)


class Notice(QMessageBox):
    """A message box whose text, informative text and details are plain text."""

    def __init__(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        parent: QWidget | None = None,
        *,
        informative: str = "",
        details: str = "",
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setIcon(icon)
        self.setWindowTitle(title)
        self.setText(text)
        if informative:
            self.setInformativeText(informative)
        if details:
            self.setDetailedText(details)
        if buttons != QMessageBox.StandardButton.NoButton:
            self.setStandardButtons(buttons)

    def setTextFormat(self, _format: Qt.TextFormat) -> None:
        super().setTextFormat(Qt.TextFormat.PlainText)

    def showEvent(self, event: QShowEvent) -> None:
        for label in self.findChildren(QLabel):
            if label.text():
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setOpenExternalLinks(False)
        super().showEvent(event)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt renders tooltips that look like HTML)."""
    import html  # only for tooltips (it loads html.entities, a few ms at start-up)

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu item or button, with ``&`` shown rather than taken as a mnemonic."""
    return text.replace("&", "&&")
