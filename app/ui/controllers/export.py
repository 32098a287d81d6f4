"""Export the users shown to a CSV file, on the local worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QWidget

from app.core.csv_export import export_users_csv

from ..dialogs.export_users import ExportUsersDialog
from ..jobs.kinds import JobKind
from ..jobs.op import Op
from ..jobs.runner import JobRunner
from ..views.notifier import Notifier
from ..views.users_model import UsersTableModel


class ExportController(QObject):
    def __init__(
        self, runner: JobRunner, model: UsersTableModel, notifier: Notifier, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._model = model
        self._notifier = notifier
        self._parent = parent
        self.last_dialog: ExportUsersDialog | None = None

    def export_users(self) -> None:
        users = self._model.users_at(range(self._model.rowCount()))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = ExportUsersDialog(
            Path(folder or Path.home()) / "smtp-users.csv", len(users), self._parent
        )

        def accepted() -> None:
            path, with_passwords = dialog.path(), dialog.include_passwords()
            self._runner.submit(
                Op(
                    JobKind.FILE,
                    run=lambda _context: export_users_csv(
                        path, users, include_passwords=with_passwords
                    ),
                    success=lambda count: self._notifier.message(
                        self.tr("{count} users exported to {path}.").format(count=count, path=path)
                    ),
                    failure=lambda error: self.failed(path, error),
                )
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def failed(self, path: Path, error: BaseException) -> None:
        self._notifier.problem_text(
            self.tr("Could not write {path}: {why}").format(path=path, why=error)
        )
