"""Startup probe: time from process launch to the first paint of a window with its rows.

``python benchmarks/startup_probe.py app``  starts the app exactly as
``sendclean-smtp --sandbox`` does (``app.main.main(["--sandbox"])``), with one hook on
``build_window`` that watches the table: once the first refresh has put its rows in the
model (``refreshed``), the next paint of the table's viewport ends the measurement.

``python benchmarks/startup_probe.py bare`` is the baseline: a bare PySide6 QMainWindow
holding a QTableView (with a QStandardItemModel of 36 rows, as many as the sandbox's
demo account), same size, same platform; the first paint of its viewport ends it.

Both read the launch time from ``BENCH_LAUNCH_TIME`` (``time.time()`` taken by the driver
right before it started the process) and print one ``BENCH-RESULT`` line with
``elapsed_ms``. A probe that sees no paint within 60 s exits 1.
"""

from __future__ import annotations

import os
import sys
import time

LAUNCHED = float(os.environ.get("BENCH_LAUNCH_TIME", time.time()))
TIMEOUT_MS = 60_000


def _report(elapsed_s: float, **extra: object) -> None:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from benchlib import emit_result

    emit_result({"elapsed_ms": elapsed_s * 1000.0, **extra})


def run_bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableView(window)
    model = QStandardItemModel(0, 5, table)
    for row in range(36):
        model.appendRow([QStandardItem(f"smtp{100000 + row} {column}") for column in range(5)])
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(960, 600)

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not done:
                done.append(True)
                QTimer.singleShot(0, finish)  # after this paint has been drawn
            return False

    done: list[bool] = []

    def finish() -> None:
        _report(time.time() - LAUNCHED)
        window.close()
        app.quit()

    watch = PaintWatch()
    table.viewport().installEventFilter(watch)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    return app.exec()


def run_app() -> int:
    if os.environ.get("BENCH_OVERRIDES"):  # prototypes of app modules (run.py --override)
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import bench_overrides

        bench_overrides.install()
    from PySide6.QtCore import QEvent, QObject, QTimer

    import app.main
    from app.ui import application

    original = application.build_window
    state: dict[str, object] = {}

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and state.get("rows") and "painted" not in state:
                state["painted"] = True
                QTimer.singleShot(0, finish)  # after this paint has been drawn
            return False

    def finish() -> None:
        _report(time.time() - LAUNCHED, rows=state["rows"])
        window = state["window"]
        window.close()  # type: ignore[attr-defined]

    def hooked(*args: object, **kwargs: object) -> object:
        parts = original(*args, **kwargs)  # type: ignore[arg-type]
        window = parts.window
        state["window"] = window
        watch = PaintWatch(window)
        state["watch"] = watch
        window.table.viewport().installEventFilter(watch)
        window.refreshed.connect(lambda users: state.setdefault("rows", users))
        QTimer.singleShot(TIMEOUT_MS, window.close)
        return parts

    application.build_window = hooked  # type: ignore[assignment]
    code = app.main.main(["--sandbox"])
    return 0 if code == 0 and "painted" in state else 1


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "bare":
        return run_bare()
    if mode == "app":
        return run_app()
    print("usage: startup_probe.py app|bare", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
