"""The window's size, position, column widths and sort order, kept for the next start,
and a window that always fits the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QTableView

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_HEADER = "window/header"


def restore_layout(window: QMainWindow, table: QTableView, settings: QSettings) -> None:
    geometry = settings.value(_GEOMETRY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value(_STATE)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    header = table.horizontalHeader()
    saved = settings.value(_HEADER)
    if isinstance(saved, QByteArray) and header.restoreState(saved):
        # The model sorts itself: tell it the restored order.
        table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
    fit_to_screen(window)


def save_layout(window: QMainWindow, table: QTableView, settings: QSettings) -> None:
    settings.setValue(_GEOMETRY, window.saveGeometry())
    settings.setValue(_STATE, window.saveState())
    settings.setValue(_HEADER, table.horizontalHeader().saveState())
    settings.sync()


def fit_to_screen(window: QMainWindow) -> None:
    """Shrink and move the window inside the screen's available area (a saved or default
    size may not fit a smaller or more scaled screen)."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 200), max(height, 150))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
