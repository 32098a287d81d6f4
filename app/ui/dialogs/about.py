"""The About dialog: app and library versions and the paths in use."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
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


LICENCE = """MIT License

Copyright (c) 2024-2026 SendClean SMTP Manager developers

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


class AboutDialog(QDialog):
    """``paths`` maps an already-translated label (e.g. "Settings file") to a path."""

    #: The user asked to open this folder in the file manager.
    open_folder_requested = Signal(object)  # Path

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

        folders = QHBoxLayout()
        self.folder_buttons: list[QPushButton] = []
        for label, path in paths.items():
            if path in ("", "—"):
                continue
            target = Path(path)
            folder = target if target.suffix == "" else target.parent
            button = QPushButton(self.tr("Open {what}").format(what=label), self)
            button.setObjectName("openFolderButton")
            button.setAccessibleName(self.tr("Open the folder of {what}").format(what=label))
            button.clicked.connect(lambda _c=False, f=folder: self.open_folder_requested.emit(f))
            folders.addWidget(button)
            self.folder_buttons.append(button)
        licence = buttons.addButton(self.tr("&Licence"), QDialogButtonBox.ButtonRole.HelpRole)
        assert licence is not None
        licence.setObjectName("licenceButton")
        licence.setAccessibleName(self.tr("Show the licence"))
        licence.clicked.connect(self._show_licence)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self._details, 1)
        layout.addLayout(folders)
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
        lines.append(self.tr("Licence: MIT"))
        if paths:
            lines.append("")
            lines.extend(f"{label}: {path}" for label, path in paths.items())
        return "\n".join(lines)

    def _show_licence(self) -> None:
        self._details.setPlainText(LICENCE)

    def _copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._details.toPlainText())
