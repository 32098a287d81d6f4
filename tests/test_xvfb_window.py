"""One test under a real X server: Xvfb with Qt's xcb platform, saving a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.display_servers import xvfb

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"

SCRIPT = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from app.sandbox import Sandbox
from app.ui.application import build_window
from app.ui.session.connection import Connection
from app.core.accounts import Account

app = QApplication([])
assert app.platformName() == "xcb", app.platformName()
with Sandbox(seed=5) as sandbox:
    built = build_window()
    window = built.window
    window.resize(1100, 640)
    window.show()
    account = Account.create("Sandbox", sandbox.base_url, sandbox.owner_id)
    token = sandbox.token
    done = []
    window.refreshed.connect(done.append)
    built.accounts.use(Connection(account, lambda: token, sandbox=True))
    deadline = time.monotonic() + 30
    while not done or not window.windowHandle().isExposed():
        if time.monotonic() > deadline:
            sys.exit("no refresh within 30 s")
        app.processEvents()
    window.select_names([window.model.user_at(2).user_name])
    for _ in range(50):
        app.processEvents()
    window.activateWindow()
    frame = window.frameGeometry()
    image = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    assert not image.isNull()
    image.save(sys.argv[1])
    print(window.winId(), image.width(), image.height())
    window.close_now()
"""


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    with xvfb() as display:
        yield display


FIT_SCRIPT = """
from PySide6.QtWidgets import QApplication
from app.ui.application import build_window

app = QApplication([])
window = build_window().window
window.show()
for _ in range(50):
    app.processEvents()
area = window.screen().availableGeometry()
frame = window.frameGeometry()
print(area.width(), area.height(), frame.width(), frame.height())
assert area.contains(frame), (area, frame)
window.close_now()
"""


def test_the_window_fits_a_small_scaled_screen() -> None:
    with xvfb("1400x900x24") as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": "2"}
        result = subprocess.run(
            [sys.executable, "-c", FIT_SCRIPT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    area_w, area_h, frame_w, frame_h = map(int, result.stdout.split()[:4])
    assert (area_w, area_h) == (700, 450) and frame_w <= area_w and frame_h <= area_h


def test_window_opens_on_a_real_x_server_and_is_captured(xvfb_display: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "main-window.png"
    shot.unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(shot)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert shot.exists() and shot.stat().st_size > 20_000  # a real picture, not a blank frame

    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    colors = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
    }
    assert len(colors) > 8, "the screenshot is (nearly) one color"


FIRST_START_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.main import main
from app.ui.dialogs.connect import ConnectDialog

app = QApplication([sys.argv[0]])


def probe():
    for widget in app.topLevelWidgets():
        handle = widget.windowHandle()
        if isinstance(widget, ConnectDialog) and handle is not None and handle.isExposed():
            window = widget.parentWidget().window()
            dialog_centre = widget.frameGeometry().center()
            window_centre = window.frameGeometry().center()
            print(*dialog_centre.toTuple(), *window_centre.toTuple(), flush=True)
            widget.reject()
            window.close_now()
            return
    QTimer.singleShot(20, probe)


QTimer.singleShot(0, probe)
sys.exit(main([]))
"""


def test_the_first_start_connect_dialog_is_centred_over_the_window(
    xvfb_display: str, tmp_path: Path
) -> None:
    home = tmp_path / "home"  # no saved account: the first start asks to connect
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_START_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    dialog_x, dialog_y, window_x, window_y = map(int, result.stdout.split()[:4])
    assert abs(dialog_x - window_x) <= 3 and abs(dialog_y - window_y) <= 3, result.stdout
