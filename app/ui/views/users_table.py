"""The users table: Tab leaves it (arrows move inside), and the row menu opens from the
mouse, the Menu key and Shift+F10."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget


class UsersTable(QTableView):
    #: Open the row menu at this point of the viewport.
    row_menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tab and Shift+Tab move between the window's controls, never from cell to cell.
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
                self.selectRow(index.row())
            self.row_menu_requested.emit(event.pos())
        else:  # the Menu key or Shift+F10: at the current row
            self.row_menu_requested.emit(self._current_row_point())
        event.accept()

    def event(self, event: QEvent) -> bool:
        # The Menu key can arrive as a plain key press (not as a context-menu event) on
        # some platforms; it never reaches keyPressEvent in an item view.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Menu
        ):
            self.row_menu_requested.emit(self._current_row_point())
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            self.row_menu_requested.emit(self._current_row_point())
            event.accept()
            return
        super().keyPressEvent(event)

    def _current_row_point(self) -> QPoint:
        index = self.currentIndex()
        if not index.isValid():
            return QPoint(0, 0)
        return self.visualRect(index.siblingAtColumn(0)).center()
