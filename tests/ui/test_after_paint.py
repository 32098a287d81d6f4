"""Work a new list sets off waits for the list's paint (a hidden table: a short wait)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.platform.after_paint import AFTER_PAINT_WAIT_MS, AfterNextPaint


def test_the_calls_run_after_the_next_paint_in_order(qtbot: QtBot) -> None:
    label = QLabel("rows")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    painted: list[str] = []
    after = AfterNextPaint(label)
    after.call(lambda: painted.append("compare"))
    after.call(lambda: painted.append("relay"))
    assert painted == []
    label.setText("more rows")
    label.repaint()
    qtbot.waitUntil(lambda: painted == ["compare", "relay"], timeout=2000)


def test_a_widget_that_does_not_paint_holds_the_calls_only_briefly(qtbot: QtBot) -> None:
    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    ran: list[bool] = []
    AfterNextPaint(hidden).call(lambda: ran.append(True))
    assert ran == []
    qtbot.waitUntil(lambda: ran == [True], timeout=AFTER_PAINT_WAIT_MS * 20)
