"""The settings that keep the UI thread responsive while the workers run Python."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication

from app.ui.application import build_window
from app.ui.jobs.gil import UI_SWITCH_INTERVAL_S
from app.ui.jobs.memory import settle_startup_heap
from tests.gui_support import close_window


def test_building_the_window_makes_the_gil_change_hands_quickly(qapp: QApplication) -> None:
    window = build_window().window
    try:
        # With Python's default 5 ms, each call from a paint into the model could wait
        # that long for a worker running Python.
        assert sys.getswitchinterval() <= UI_SWITCH_INTERVAL_S
    finally:
        close_window(window)


def test_settling_the_heap_takes_start_up_objects_out_of_the_collection() -> None:
    gc.unfreeze()
    try:
        settle_startup_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
