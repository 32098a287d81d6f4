"""Export the users shown to a CSV file, on the local worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from app.core.file_problem import file_problem

from ..jobs.kinds import JobKind
from ..jobs.op import Op
from ..views.plain_text import Notice
from .context import FlowContext

if TYPE_CHECKING:
    from app.core.csv_export import UserExport

    from ..dialogs.export_users import ExportUsersDialog


class ExportController(QObject):
    def __init__(self, context: FlowContext) -> None:
        super().__init__(context.parent)
        self._c = context
        self.last_dialog: ExportUsersDialog | None = None
        self.last_question: QMessageBox | None = None
        #: Where the last export went (the history export starts there too).
        self.last_folder: Path | None = None
        self._last_choice: tuple[Path, bool] | None = None

    def export_users(self) -> None:
        users = self._c.model.users_at(range(self._c.model.rowCount()))
        labels = dict(self._c.model.extras.labels)
        from app.core.csv_export import export_users

        from ..dialogs.export_users import ExportUsersDialog

        dialog = ExportUsersDialog(self._suggested(), len(users), self._c.parent)
        if self._last_choice is not None:  # after a failure: the user's own choices again
            dialog._path.setText(str(self._last_choice[0]))
            dialog._passwords.setChecked(self._last_choice[1])

        def accepted() -> None:
            path, with_passwords = dialog.path(), dialog.include_passwords()
            self._last_choice = (path, with_passwords)
            if path.exists():
                self._ask_to_replace(path, lambda: write(path, with_passwords))
            else:
                write(path, with_passwords)

        def write(path: Path, with_passwords: bool) -> None:
            self._c.runner.submit(
                Op(
                    JobKind.FILE,
                    run=lambda _context: export_users(
                        path, users, include_passwords=with_passwords, labels=labels
                    ),
                    success=lambda done: self._exported(done, path),
                    failure=lambda error: self.failed(path, error),
                )
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def _suggested(self) -> Path:
        """In the last export's folder; else Documents if it exists; else home."""
        if self.last_folder is not None and self.last_folder.is_dir():
            return self.last_folder / "smtp-users.csv"
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / "smtp-users.csv"

    def _ask_to_replace(self, path: Path, replace: Callable[[], None]) -> None:
        """Replace an existing file only if the user says so; else back to the dialog,
        with what was chosen."""
        box = Notice(
            QMessageBox.Icon.Question,
            self.tr("Replace the file?"),
            self.tr("{name} already exists. Replace it?").format(name=path.name),
            self._c.parent,
            informative=str(path.parent),
            buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.setObjectName("replaceFileMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def closed(result: int) -> None:
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                replace()
            else:
                self.export_users()

        box.finished.connect(closed)
        self.last_question = box
        box.open()

    def _exported(self, done: UserExport, path: Path) -> None:
        self._last_choice = None
        self.last_folder = path.parent
        self._c.notifier.clear_problem()  # an old export error is no longer true
        text = self.tr("{count} users exported to {path}.").format(count=done.rows, path=path)
        if done.altered_names:
            text += " " + self.tr(
                "{n} user name(s) had characters a CSV file cannot hold faithfully; they "
                "were written as <U+XXXX>."
            ).format(n=done.altered_names)
        self._c.notifier.message(text)

    def failed(self, path: Path, error: BaseException) -> None:
        self._c.notifier.show(file_problem(path, error, writing=True))
