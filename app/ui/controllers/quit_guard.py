"""Quitting never loses a change silently: with one queued or on its way, ask first."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.core.change_journal import ChangeJournal

from ..views.plain_text import Notice
from .context import FlowContext


class QuitGuard(QObject):
    #: Nothing is pending any more, or the user chose to quit anyway: close now.
    quit_confirmed = Signal()

    def __init__(self, context: FlowContext, journal: ChangeJournal) -> None:
        super().__init__(context.parent)
        self._c = context
        self._journal = journal
        self._waiting = False
        self.question: QMessageBox | None = None
        context.runner.pending_changed.connect(self._check_waiting)

    def allow_close(self) -> bool:
        """True to close now; False after asking the user (the answer decides later)."""
        if not self._c.runner.is_changing_users():
            return True
        if self.question is None:
            self._ask()
        return False

    def _ask(self) -> None:
        count = len(self._c.runner.pending(lambda kind: kind.changes_users))
        box = Notice(
            QMessageBox.Icon.Warning,
            self.tr("Changes on their way"),
            self.tr("{count} change(s) to SendClean are queued or on their way.").format(
                count=count
            ),
            self._c.parent,
            informative=self.tr(
                "Wait, and the app quits once SendClean has answered. Quit anyway, and "
                "nothing more is sent; a change already on its way is recorded in the change "
                "history as unconfirmed."
            ),
        )
        box.setObjectName("quitWhileChangingMessage")
        wait = box.addButton(self.tr("&Wait"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)

        def closed(_result: int) -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is wait:
                self._waiting = True
                self._c.notifier.message(
                    self.tr("Quitting once the changes on their way are answered…")
                )
                self._check_waiting()
            else:
                self._c.runner.abandon_changes(self._journal)
                self.quit_confirmed.emit()

        box.finished.connect(closed)
        self.question = box
        box.open()

    def _check_waiting(self) -> None:
        if self._waiting and not self._c.runner.is_changing_users():
            self._waiting = False
            self.quit_confirmed.emit()
