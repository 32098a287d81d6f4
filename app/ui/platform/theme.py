"""Follow the system's light or dark palette, live: icons re-color when it changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from .icons import clear_icon_cache


def is_dark(app: QApplication) -> bool:
    return app.palette().window().color().lightness() < 128


class _PaletteWatcher(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._callbacks: list[object] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is QApplication.instance()
            and event.type() == QEvent.Type.ApplicationPaletteChange
        ):
            clear_icon_cache()
            for widget in QApplication.topLevelWidgets():
                refresh = getattr(widget, "refresh_icons", None)
                if callable(refresh):
                    refresh()
        return False


def follow_system_palette(app: QApplication) -> None:
    """Re-color icons whenever the application palette changes (e.g. dark mode)."""
    if app.property("sendcleanPaletteWatcher"):
        return
    watcher = _PaletteWatcher(app)
    app.installEventFilter(watcher)
    app.setProperty("sendcleanPaletteWatcher", True)
