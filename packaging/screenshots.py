"""Screenshots for the README, taken of the real app on a private X server (Xvfb).

    uv run python packaging/screenshots.py [--out resources/screenshots]

Starts Xvfb, then runs the app against its built-in sandbox (as ``--sandbox`` does) with a
private home, and saves three PNG files: the main window with the demo users
(``main-window.png``), an account without SMTP users (``empty-account.png``) and the row
menu opened on a user (``row-menu.png``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ("main-window.png", "empty-account.png", "row-menu.png")
WINDOW_SIZE = (1100, 700)
_WAIT_S = 60.0


@contextlib.contextmanager
def _xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        raise SystemExit("screenshots: Xvfb is not installed (apt-get install xvfb)")
    number = next(
        n
        for n in range(150, 200)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("screenshots: Xvfb did not start")
            time.sleep(0.05)  # waiting for another process's socket, bounded above
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    out: Path = options.out.resolve()
    if options.child:
        return _take(out)
    out.mkdir(parents=True, exist_ok=True)
    with _xvfb() as display, tempfile.TemporaryDirectory(prefix="sendclean-shots-") as home:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/.config",
            "XDG_DATA_HOME": f"{home}/.local/share",
            "XDG_STATE_HOME": f"{home}/.local/state",
            "XDG_CACHE_HOME": f"{home}/.cache",
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8",
        }
        env.pop("WAYLAND_DISPLAY", None)
        command = [sys.executable, str(Path(__file__).resolve()), "--child", "--out", str(out)]
        return subprocess.run(command, cwd=ROOT, env=env, timeout=300, check=False).returncode


def _take(out: Path) -> int:
    """In the child, on the X server: drive the app and save the pictures."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from app import APP_NAME
    from app.sandbox import Sandbox
    from app.ui.application import ORGANIZATION, build_window
    from app.ui.platform.icons import app_icon
    from app.ui.platform.theme import follow_system_palette
    from app.ui.session.sandbox_host import sandbox_connection

    app = QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    follow_system_palette(app)

    def wait_until(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + _WAIT_S
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: no {what} within {_WAIT_S:.0f} s")
            app.processEvents()

    def settle() -> None:
        for _ in range(30):  # let the last layout and paint reach the X server
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        frame = widget.frameGeometry()
        shot = widget.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        # A palette image without dithering: small files, flat colours stay flat.
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        image = shot.toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
        if not image.save(str(out / name), "PNG", 0):
            raise SystemExit(f"screenshots: could not write {out / name}")
        print(out / name, flush=True)

    parts = build_window()
    window = parts.window
    window.resize(*WINDOW_SIZE)
    window.move(0, 0)
    window.show()
    listed: list[int] = []
    window.refreshed.connect(listed.append)
    parts.accounts.use(sandbox_connection(parts.sandbox_host.start()))
    wait_until(lambda: bool(listed) and window.windowHandle().isExposed(), "first list")
    names = [window.model.user_at(row).user_name for row in range(window.model.rowCount())]
    window.select_names([names[2]])
    window.activateWindow()
    settle()
    save(window, "main-window.png")

    rect = window.table.visualRect(window.model.index(4, 0))
    window.select_names([names[4]])
    window.row_menu.popup(window.table.viewport().mapToGlobal(rect.center() + QPoint(40, 0)))
    wait_until(lambda: window.row_menu.isVisible(), "row menu")
    wait_until(lambda: window.row_menu.windowHandle().isExposed(), "row menu on screen")
    settle()
    save(window, "row-menu.png")
    window.row_menu.hide()

    with Sandbox(users=0) as empty:
        parts.sandbox_host.attach(empty)
        listed.clear()
        parts.accounts.use(sandbox_connection(empty))
        wait_until(lambda: bool(listed) and window.model.total_count == 0, "empty list")
        settle()
        save(window, "empty-account.png")
        window.close_now()
        parts.sandbox_host.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
