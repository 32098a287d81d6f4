"""The About dialog: app and library versions and the paths in use."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__

from ..views.plain_text import PlainLabel


def _distribution_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


class AboutDialog(QDialog):
    """``paths`` maps an already-translated label (e.g. "Settings file") to a path."""

    def __init__(self, paths: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))

        title = PlainLabel(self.tr("{app} {version}").format(app=APP_NAME, version=__version__))
        title.setObjectName("titleLabel")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._details = QPlainTextEdit(self.details_text(paths))
        self._details.setObjectName("detailsText")
        self._details.setReadOnly(True)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._details.setTabChangesFocus(True)
        self._details.setAccessibleName(self.tr("Version and path details"))
        self._details.setMinimumWidth(480)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert copy is not None and close is not None
        copy.setObjectName("copyButton")
        copy.setAccessibleName(self.tr("Copy details to the clipboard"))
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        copy.clicked.connect(self._copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self._details, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self._details, buttons)
        close.setFocus(Qt.FocusReason.OtherFocusReason)

    def details_text(self, paths: dict[str, str]) -> str:
        missing = self.tr("not installed")
        versions = [
            (self.tr("Version"), __version__),
            (self.tr("Python"), platform.python_version()),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), PySide6.__version__),
            ("httpx", _distribution_version("httpx") or missing),
            ("keyring", _distribution_version("keyring") or missing),
        ]
        lines = [f"{label}: {value}" for label, value in versions]
        if paths:
            lines.append("")
            lines.extend(f"{label}: {path}" for label, path in paths.items())
        return "\n".join(lines)

    def _copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._details.toPlainText())
