"""Regression: PySide6 6.12.0 on Python 3.11 aborts ("none_dealloc") after a few thousand
binding calls that return None. pyproject.toml pins PySide6-Essentials < 6.12 there."""

from __future__ import annotations

import subprocess
import sys

CALLS = 200_000


def test_many_none_returning_binding_calls_do_not_abort() -> None:
    code = (
        "import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        f"for _ in range({CALLS}):\n"
        "    QCoreApplication.processEvents()\n"
        "print('done')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
