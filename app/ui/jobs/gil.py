"""How quickly a thread waiting for the GIL gets it: the UI thread must not wait long."""

from __future__ import annotations

import sys

#: Python's default is 5 ms: each call from Qt into Python (a paint asks the model for
#: hundreds of cells) could then wait that long while a worker runs Python code.
UI_SWITCH_INTERVAL_S = 0.0005


def hand_over_the_gil_quickly() -> None:
    """Make a running thread give up the GIL within half a millisecond when asked."""
    if sys.getswitchinterval() > UI_SWITCH_INTERVAL_S:
        sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
