"""Export the users shown to CSV; passwords only when asked, with a warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..views.plain_text import PlainLabel
from ._fit import centre_over_parent, fit_to_contents
from ._form import ErrorLabel


class ExportUsersDialog(QDialog):
    def __init__(self, suggested: Path, shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportUsersDialog")
        self.setWindowTitle(self.tr("Export users to CSV"))
        intro = PlainLabel(
            self.tr("Exports the {n} users shown (name, status and limits).").format(n=f"{shown:,}")
        )
        self._path = QLineEdit(str(suggested))
        self._path.setObjectName("exportPathField")
        self._path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseButton")
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        self._passwords = QCheckBox(self.tr("Include &passwords"))
        self._passwords.setObjectName("includePasswordsCheck")
        self._passwords.setAccessibleName(self.tr("Include passwords"))
        self._warning = ErrorLabel("passwordsWarning", self)
        self._passwords.toggled.connect(self._toggle_warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self._path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        caption = PlainLabel(self.tr("&File:"))
        caption.setBuddy(self._path)
        form.addRow(caption, row)
        form.addRow("", self._passwords)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._warning)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_contents(self)
        if not event.spontaneous():
            centre_over_parent(self)
        super().showEvent(event)

    def _toggle_warning(self, on: bool) -> None:
        if on:
            self._warning.show_message(
                self.tr(
                    "The file will hold every password in plain text. Anyone who can read it "
                    "can send mail as these users; keep it private and delete it when done."
                )
            )
        else:
            self._warning.clear_message()
        fit_to_contents(self)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export users"), self._path.text(), self.tr("CSV files (*.csv)")
        )
        if chosen:
            self._path.setText(chosen)

    def path(self) -> Path:
        return Path(self._path.text().strip()).expanduser()

    def include_passwords(self) -> bool:
        return self._passwords.isChecked()
