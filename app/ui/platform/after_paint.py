"""Work that waits until a widget has painted what it was just given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: A widget that does not paint (hidden, minimised) holds the work this long at most.
AFTER_PAINT_WAIT_MS = 100


class AfterNextPaint(QObject):
    """Runs the calls it is given once ``widget`` has painted next, or after
    ``AFTER_PAINT_WAIT_MS``: background work a new list sets off (the local store's
    comparison, the sandbox's mail relay) would otherwise hold the GIL while the list's
    first paint waits for it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._calls: list[Callable[[], object]] = []
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(AFTER_PAINT_WAIT_MS)
        self._give_up.timeout.connect(self._run)

    def call(self, work: Callable[[], object]) -> None:
        if not self._calls:
            self._widget.installEventFilter(self)
            self._give_up.start()
        self._calls.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._calls:
            QTimer.singleShot(0, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        self._give_up.stop()
        self._widget.removeEventFilter(self)
        calls, self._calls = self._calls, []
        for work in calls:
            work()
