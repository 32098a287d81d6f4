"""The change history: shown, exported, and told when it could not be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from app.core.change_journal import ChangeJournal
from app.core.history import ChangeRecord

from ..jobs.kinds import JobKind
from ..jobs.op import Op
from .context import FlowContext

if TYPE_CHECKING:
    from ..dialogs.history import HistoryDialog


class HistoryController(QObject):
    def __init__(
        self,
        context: FlowContext,
        journal: ChangeJournal,
        export_folder: Callable[[], Path | None] = lambda: None,
    ) -> None:
        super().__init__(context.parent)
        self._c = context
        self._journal = journal
        self._export_folder = export_folder
        self.last_dialog: HistoryDialog | None = None

    def report_write_problems(self) -> None:
        """Say so when a change could not be recorded (it was made all the same)."""
        for why in self._journal.take_problems():
            self._c.notifier.message(
                self.tr("The change could not be written to the history: {why}").format(why=why)
            )

    def open_history(self) -> None:
        history = self._journal.history
        self._c.runner.submit(
            Op(
                JobKind.FILE,
                run=lambda _context: history.read(limit=5000),
                success=self._show,
                failure=self._c.notifier.problem,
            )
        )

    def _show(self, records: list[ChangeRecord]) -> None:
        from ..dialogs.history import HistoryDialog

        dialog = HistoryDialog(records, self._c.parent)
        dialog.export_requested.connect(self._export)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def _export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self._c.parent,
            self.tr("Export change history"),
            str((self._export_folder() or Path.home()) / "smtp-change-history.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        history = self._journal.history
        self._c.runner.submit(
            Op(
                JobKind.FILE,
                run=lambda _context: history.export_csv(Path(path)),
                success=lambda count: self._c.notifier.message(
                    self.tr("{count} changes exported.").format(count=count)
                ),
                failure=lambda error: self._c.notifier.problem_text(
                    self.tr("Could not write {path}: {why}").format(path=path, why=error)
                ),
            )
        )
