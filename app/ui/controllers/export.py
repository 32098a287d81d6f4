"""Export the users shown to a CSV file, on the local worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths

from app.core.csv_export import UserExport, export_users

from ..dialogs.export_users import ExportUsersDialog
from ..jobs.kinds import JobKind
from ..jobs.op import Op
from .context import FlowContext


class ExportController(QObject):
    def __init__(self, context: FlowContext) -> None:
        super().__init__(context.parent)
        self._c = context
        self.last_dialog: ExportUsersDialog | None = None

    def export_users(self) -> None:
        users = self._c.model.users_at(range(self._c.model.rowCount()))
        labels = dict(self._c.model.extras.labels)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = ExportUsersDialog(
            Path(folder or Path.home()) / "smtp-users.csv", len(users), self._c.parent
        )

        def accepted() -> None:
            path, with_passwords = dialog.path(), dialog.include_passwords()
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

    def _exported(self, done: UserExport, path: Path) -> None:
        text = self.tr("{count} users exported to {path}.").format(count=done.rows, path=path)
        if done.altered_names:
            text += " " + self.tr(
                "{n} user name(s) had characters a CSV file cannot hold faithfully; they "
                "were written as <U+XXXX>."
            ).format(n=done.altered_names)
        self._c.notifier.message(text)

    def failed(self, path: Path, error: BaseException) -> None:
        self._c.notifier.problem_text(
            self.tr("Could not write {path}: {why}").format(path=path, why=error)
        )
