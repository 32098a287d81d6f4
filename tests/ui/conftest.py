"""The real window and its controllers, for every GUI test of this folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.views.main_window import MainWindow
from tests.gui_support import close_window, new_window, running_window


@pytest.fixture
def window(qtbot: QtBot, sandbox: Sandbox) -> Iterator[MainWindow]:
    """The window, shown offscreen and connected to the sandbox, its first list loaded."""
    QSettings().clear()  # no layout or account left by an earlier test
    with running_window(qtbot, sandbox) as opened:
        yield opened
    QSettings().clear()  # later tests start from the defaults


@pytest.fixture
def blank_window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The window as on a first start: no saved account, nothing connected."""
    QSettings().clear()
    shown = new_window(qtbot)
    yield shown
    close_window(shown)
    QSettings().clear()
