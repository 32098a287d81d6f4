"""Dialogs that fit their text: grown to what their layout needs, never cut off.

A top-level window does not grow by itself when a word-wrapped label gets longer (its
layout's minimum ignores height-for-width), and it is placed over its parent before
polishing settles its size: :func:`fit_to_contents` grows it at its current width, and
:func:`centre_over_parent` places it again once its size is known.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

#: Room a title bar takes beside its text: the window icon and the window buttons.
TITLE_BAR_ALLOWANCE_PX = 160


def title_width(dialog: QWidget) -> int:
    """How wide *dialog* must be for its whole title to show in a title bar."""
    font = QFont(dialog.font())
    font.setBold(True)  # many title bars use a bold font
    return QFontMetrics(font).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_ALLOWANCE_PX


def fit_to_contents(dialog: QWidget) -> None:
    """Grow (never shrink) *dialog* to show its whole title and all of its layout."""
    dialog.setMinimumWidth(max(dialog.minimumWidth(), title_width(dialog)))
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth(), layout.totalMinimumSize().width())
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    height = max(needed, layout.totalMinimumSize().height())
    if width > dialog.width() or height > dialog.height():
        dialog.resize(width, max(height, dialog.height()))


def centre_over_parent(dialog: QWidget) -> None:
    """Centre *dialog* over its parent's window (Qt did so before its size was final)."""
    parent = dialog.parentWidget()
    if parent is None:
        return
    frame = dialog.frameGeometry()
    frame.moveCenter(parent.window().frameGeometry().center())
    dialog.move(frame.topLeft())
