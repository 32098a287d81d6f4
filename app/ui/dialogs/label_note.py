"""The label and note of one SMTP user, kept on this computer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.local_store import MAX_LABEL_CHARS, MAX_NOTE_CHARS

from ..views.plain_text import PlainLabel


class LabelNoteDialog(QDialog):
    def __init__(self, user_name: str, label: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("labelNoteDialog")
        self.setWindowTitle(self.tr("Label and note of {name}").format(name=user_name))
        self.setMinimumWidth(440)
        intro = PlainLabel(
            self.tr(
                "Kept on this computer only (SendClean has no place for them): a short label "
                "shown next to the user name, and a note. Both are searched by the filter."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._label = QLineEdit(label, self)
        self._label.setObjectName("labelField")
        self._label.setAccessibleName(self.tr("Label"))
        self._label.setMaxLength(MAX_LABEL_CHARS)
        self._label.setPlaceholderText(self.tr("e.g. Shop website"))
        self._note = QPlainTextEdit(note, self)
        self._note.setObjectName("noteField")
        self._note.setAccessibleName(self.tr("Note"))
        self._note.setTabChangesFocus(True)
        self._note.setMaximumHeight(140)
        form = QFormLayout()
        for caption, widget in ((self.tr("&Label:"), self._label), (self.tr("&Note:"), self._note)):
            label_widget = PlainLabel(caption, self)
            label_widget.setBuddy(widget)
            form.addRow(label_widget, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def label(self) -> str:
        return self._label.text()

    def note(self) -> str:
        return self._note.toPlainText()[:MAX_NOTE_CHARS]
