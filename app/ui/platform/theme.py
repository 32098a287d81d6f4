"""Follow the system's light or dark palette, live: icons re-color when it changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from .icons import clear_icon_cache


def is_dark(app: QApplication) -> bool:
    return app.palette().window().color().lightness() < 128


class _PaletteWatcher(QWidget):
    """A hidden widget that hears of palette changes (every widget is told of them).

    Not an event filter on the application: that would run Python for every event of
    every object, and each of those calls waits for the GIL while a worker runs Python.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            clear_icon_cache()
            for widget in QApplication.topLevelWidgets():
                refresh = getattr(widget, "refresh_icons", None)
                if callable(refresh):
                    refresh()
        super().changeEvent(event)


_watchers: list[_PaletteWatcher] = []


def follow_system_palette(app: QApplication) -> None:
    """Re-color icons whenever the application palette changes (e.g. dark mode)."""
    if app.property("sendcleanPaletteWatcher"):
        return
    _watchers.append(_PaletteWatcher())
    app.setProperty("sendcleanPaletteWatcher", True)
