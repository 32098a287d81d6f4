"""Startup probe: time from process launch to the first paint of a window with its rows.

``python benchmarks/startup_probe.py app``  starts the app exactly as
``sendclean-smtp --sandbox`` does (``app.main.main(["--sandbox"])``), with one hook on
``build_window`` that watches the table: once the first refresh has put its rows in the
model (``refreshed``), the next paint of the table's viewport ends the measurement.

``python benchmarks/startup_probe.py window`` starts the app the same way and ends at the
first paint of the main window's table viewport, whether or not rows are there yet: the
complete window (menus, toolbar, table) on screen. The window is found by hooking
``MainWindow.__init__`` (wherever the window is made) and ``build_window`` (which
returns it); a window whose table is made later is watched from its first show.

``python benchmarks/startup_probe.py bare`` is the baseline: a bare PySide6 QMainWindow
holding a QTableView (with a QStandardItemModel of 36 rows, as many as the sandbox's
demo account), same size, same platform; the first paint of its viewport ends it.

``python benchmarks/startup_probe.py floor`` is the same bare window with the smallest
Python table model instead (``rowCount``, ``columnCount``, ``data``, ``headerData``, 36
rows of the same texts): the least any window whose rows come from a Python model pays.
Such a model is what the 100k-row budgets need (a QStandardItemModel sorts 100k rows in
seconds), and its ``headerData`` alone makes PySide6 build the ``Qt`` namespace's enums.

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


def run_bare(python_model: bool) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableView(window)
    if python_model:
        table.setModel(_python_model(table))
    else:
        from PySide6.QtGui import QStandardItem, QStandardItemModel

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


def _python_model(parent: object) -> object:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject

    class Model(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 36

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 5

        def data(self, index: QModelIndex, role: int = 0) -> object:
            return f"smtp{100000 + index.row()} {index.column()}" if role == 0 else None

        def headerData(self, section: int, orientation: object, role: int = 0) -> object:
            return str(section + 1) if role == 0 else None

    assert isinstance(parent, QObject)
    return Model(parent)


def run_app(mode: str) -> int:
    """``app``: until the first paint of the table after ``refreshed`` (rows in the model);
    ``window``: until the first paint of the table's viewport, rows or not."""
    if os.environ.get("BENCH_OVERRIDES"):  # prototypes of app modules (run.py --override)
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import bench_overrides

        bench_overrides.install()
    from PySide6.QtCore import QEvent, QObject, QTimer

    import app.main
    from app.ui import application

    state: dict[str, object] = {}
    watched: list[object] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and "painted" not in state
                and (mode == "window" or state.get("rows"))
            ):
                state["painted"] = True
                QTimer.singleShot(0, finish)  # after this paint has been drawn
            return False

    class ShowWatch(QObject):
        """For a window whose table is made after ``__init__``: attach once it shows."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Show, QEvent.Type.Paint, QEvent.Type.UpdateRequest):
                attach(watched)
            return False

    def finish() -> None:
        _report(time.time() - LAUNCHED, rows=state.get("rows"), mode=mode)
        window = state["window"]
        window.close()  # type: ignore[attr-defined]

    def attach(window: object) -> None:
        """Watch the paints of the window's table (once per window)."""
        if "window" in state or getattr(window, "table", None) is None:
            return
        state["window"] = window
        watch = PaintWatch(window)  # type: ignore[arg-type]
        state["watch"] = watch
        window.table.viewport().installEventFilter(watch)  # type: ignore[attr-defined]
        window.refreshed.connect(lambda users: state.setdefault("rows", users))  # type: ignore[attr-defined]
        QTimer.singleShot(TIMEOUT_MS, window.close)  # type: ignore[attr-defined]

    def watch_window(window: object) -> None:
        if any(seen is window for seen in watched):
            return
        watched.append(window)
        attach(window)
        if "window" not in state:  # no table yet: look again when the window shows
            show_watch = ShowWatch(window)  # type: ignore[arg-type]
            state["show_watch"] = show_watch
            window.installEventFilter(show_watch)  # type: ignore[attr-defined]

    # Two hooks, so that the probe keeps working wherever the window is made: on the
    # window class itself (MainWindow.__init__) and on build_window, which returns it.
    try:
        from app.ui.views import main_window
    except ImportError:
        main_window = None  # type: ignore[assignment]
    window_class = getattr(main_window, "MainWindow", None)
    if window_class is not None:
        original_init = window_class.__init__

        def init(self: object, *args: object, **kwargs: object) -> None:
            original_init(self, *args, **kwargs)
            watch_window(self)

        window_class.__init__ = init
    original_build = getattr(application, "build_window", None)
    if original_build is not None:

        def hooked(*args: object, **kwargs: object) -> object:
            parts = original_build(*args, **kwargs)
            window = getattr(parts, "window", None)
            if window is not None:
                watch_window(window)
            return parts

        application.build_window = hooked  # type: ignore[assignment]
    code = app.main.main(["--sandbox"])
    if mode == "window":
        # The probe closes the window at its first paint, maybe while the app is still
        # connecting: the measurement stands whatever the app's exit code says then.
        return 0 if "painted" in state else 1
    return 0 if code == 0 and "painted" in state else 1


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode in ("bare", "floor"):
        return run_bare(python_model=mode == "floor")
    if mode in ("app", "window"):
        return run_app(mode)
    print("usage: startup_probe.py app|window|bare|floor", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
