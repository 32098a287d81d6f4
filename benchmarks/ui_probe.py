"""In-process UI measurements of the real window (offscreen) against sandbox servers.

Run by ``benchmarks/run.py``, which starts the sandboxes (in its own process, on
loopback) and passes them as a JSON spec on stdin::

    {"runs": 5, "servers": {"1000": {"url": ..., "owner_id": ..., "token": ...}, ...},
     "sort_filter_sizes": ["10000", "100000"], "edits": {...} or null, "mode": "ui"}

Mode ``ui`` measures, per server size: the longest UI-thread gap during a refresh (a
1 ms precise QTimer on the UI thread, from ``refresh()`` until the tick after the first
paint of the table that follows ``refreshed``), the refresh time (same span), and the
baseline for it, interleaved: one raw httpx POST of listSmtp plus ``json.loads`` of the
body, on the same server. Then sort and filter times, and 100 sequential edits through
the API worker (the driver counts the sandbox's TCP connections).

Mode ``rss`` loads the largest server's users into the window, refreshes three more
times (the figure levels off after two or three, as lists replace each other), lets the
event loop settle for half a second and reports the resident memory.

The window is built by ``app.ui.application.build_window()``, the way the app builds it.
Every wait is bounded; a probe that cannot finish exits non-zero.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from benchlib import emit_result, median, rss_mib

if os.environ.get("BENCH_OVERRIDES"):  # prototypes of app modules (run.py --override)
    import bench_overrides

    bench_overrides.install()

WAIT_S = 120.0
SETTLE_MS = 500
#: Refreshes after the first list before memory is read: it levels off after two or three.
RSS_REFRESHES = 3
TICK_MS = 1
#: How often a wait checks its condition (the 1 ms ticker also wakes the loop).
CHECK_MS = 2


def main() -> int:
    spec = json.loads(sys.stdin.read())
    import httpx
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, qVersion
    from PySide6.QtWidgets import QApplication

    from app import APP_NAME
    from app.core.accounts import Account
    from app.ui.application import ORGANIZATION, build_window
    from app.ui.jobs.kinds import JobKind
    from app.ui.jobs.op import Op
    from app.ui.platform.icons import app_icon
    from app.ui.platform.theme import follow_system_palette
    from app.ui.session.connection import Connection
    from app.ui.views.main_window import MainWindow
    from app.ui.views.users_model import Column

    qt_app = QApplication([sys.argv[0]])
    qt_app.setOrganizationName(ORGANIZATION)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setWindowIcon(app_icon())
    follow_system_palette(qt_app)

    class Ticker(QObject):
        """A 1 ms timer on the UI thread: the longest gap between ticks while armed."""

        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self._tick)
            self.last = time.perf_counter()
            self.max_gap = 0.0
            self.armed = False
            self.on_tick: Callable[[float], None] | None = None

        def arm(self) -> None:
            self.last = time.perf_counter()
            self.max_gap = 0.0
            self.armed = True

        def _tick(self) -> None:
            now = time.perf_counter()
            if self.armed:
                self.max_gap = max(self.max_gap, now - self.last)
            self.last = now
            if self.on_tick is not None:
                self.on_tick(now)

    class PaintWatch(QObject):
        def __init__(self, on_paint: Callable[[], None]) -> None:
            super().__init__()
            self.on_paint = on_paint

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.on_paint()
            return False

    def wait_until(done: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
        """Run the event loop (blocking in it, as the app does) until ``done()``."""
        if done():
            return
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(CHECK_MS)
        check.timeout.connect(lambda: done() and loop.quit())
        give_up = QTimer()
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        check.start()
        give_up.start(int(timeout_s * 1000))
        loop.exec()
        check.stop()
        give_up.stop()
        if not done():
            raise TimeoutError(f"timed out waiting for {what}")

    parts = build_window()
    window: MainWindow = parts.window
    window.show()
    wait_until(window.isVisible, "the window to show")
    table = window.table
    viewport = table.viewport()
    ticker = Ticker()

    def connect(server: dict[str, str]) -> None:
        account = Account.create("Benchmark", server["url"], server["owner_id"])
        token = server["token"]
        connection = Connection(account, lambda: token, sandbox=True, token_kept_in="memory")
        seen: list[int] = []
        window.refreshed.connect(seen.append)
        failures: list[str] = []
        parts.refresher.failed.connect(failures.append)
        try:
            parts.accounts.use(connection)
            wait_until(lambda: bool(seen or failures), "the first refresh")
        finally:
            window.refreshed.disconnect(seen.append)
            parts.refresher.failed.disconnect(failures.append)
        if failures:
            raise RuntimeError(f"refresh failed: {failures[0]}")

    def measure_refresh(stalls: bool) -> tuple[float, float, int]:
        """One refresh: (longest UI-thread gap ms, refresh-to-rows-painted ms, rows).

        With ``stalls``, the 1 ms ticker runs and the refresh ends at the first tick after
        the paint; without, nothing else runs on the UI thread (the ticker's GIL requests
        would slow the worker down) and it ends when the event loop comes back after the
        paint. The gap is 0 without ``stalls``.
        """
        state: dict[str, Any] = {"rows": None, "painted": False, "end": None}
        failures: list[str] = []
        loop = QEventLoop()

        def finish(now: float) -> None:
            if state["end"] is None:
                state["end"] = now
                ticker.armed = False
                loop.quit()

        def on_refreshed(rows: int) -> None:
            state["rows"] = rows

        def on_failed(text: str) -> None:
            failures.append(text)
            loop.quit()

        def on_paint() -> None:
            if state["rows"] is not None and not state["painted"]:
                state["painted"] = True
                if not stalls:  # runs once this paint is done
                    QTimer.singleShot(0, lambda: finish(time.perf_counter()))

        def on_tick(now: float) -> None:
            if state["painted"]:
                finish(now)

        watch = PaintWatch(on_paint)
        viewport.installEventFilter(watch)
        window.refreshed.connect(on_refreshed)
        parts.refresher.failed.connect(on_failed)
        give_up = QTimer()
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        try:
            if stalls:
                ticker.on_tick = on_tick
                ticker.timer.start()
                ticker.arm()
            give_up.start(int(WAIT_S * 1000))
            started = time.perf_counter()
            parts.refresher.request()
            loop.exec()
        finally:
            give_up.stop()
            ticker.timer.stop()
            ticker.on_tick = None
            ticker.armed = False
            viewport.removeEventFilter(watch)
            window.refreshed.disconnect(on_refreshed)
            parts.refresher.failed.disconnect(on_failed)
        if failures:
            raise RuntimeError(f"refresh failed: {failures[0]}")
        if state["end"] is None:
            raise TimeoutError("timed out waiting for a refresh")
        gap = ticker.max_gap * 1000 if stalls else 0.0
        return gap, (state["end"] - started) * 1000, int(state["rows"])

    def measure_baseline(http: httpx.Client, server: dict[str, str]) -> float:
        """A raw httpx POST of listSmtp plus json.loads of its body, in ms."""
        body = json.dumps({"owner_id": server["owner_id"], "token": server["token"]})
        started = time.perf_counter()
        response = http.post(
            server["url"] + "settings/listSmtp",
            content=body.encode(),
            headers={"Content-Type": "application/json"},
        )
        payload = json.loads(response.content)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200 or payload.get("status") != "success":
            raise RuntimeError(f"baseline call failed: HTTP {response.status_code}")
        return elapsed

    def settle() -> None:
        QCoreApplication.processEvents()
        viewport.repaint()

    def timed(action: Callable[[], None]) -> float:
        settle()
        started = time.perf_counter()
        action()
        QCoreApplication.processEvents()
        viewport.repaint()
        return (time.perf_counter() - started) * 1000

    def measure_sorts(runs: int) -> tuple[float, dict[str, float]]:
        """Per run, the slowest of sorting by each column (alternating order), each the
        way a click on the column's header sorts (``QTableView.sortByColumn`` would sort
        twice when sorting is enabled)."""
        header = table.horizontalHeader()
        per_run: list[float] = []
        per_column: dict[str, list[float]] = {column.name: [] for column in Column}
        for run in range(runs):
            slowest = 0.0
            for column in (*list(Column)[1:], Column.USER_NAME):
                descending = (run + int(column)) % 2 == 1 and column != Column.USER_NAME
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                ms = timed(lambda c=column, o=order: header.setSortIndicator(c, o))
                per_column[column.name].append(ms)
                slowest = max(slowest, ms)
            per_run.append(slowest)
        return median(per_run), {name: median(values) for name, values in per_column.items()}

    def measure_filters(runs: int) -> tuple[float, dict[str, float]]:
        """Per run, the slower of applying a 3-digit user-name filter and clearing it."""
        per_run: list[float] = []
        applied: list[float] = []
        cleared: list[float] = []
        for run in range(runs):
            text = str(123 + 111 * run)[-3:]
            apply_ms = timed(lambda t=text: window.search.setText(t))
            shown = window.model.rowCount()
            clear_ms = timed(lambda: window.search.setText(""))
            if shown == 0 or shown >= window.model.rowCount():
                raise RuntimeError(f"the filter {text!r} did not narrow the list")
            applied.append(apply_ms)
            cleared.append(clear_ms)
            per_run.append(max(apply_ms, clear_ms))
        return median(per_run), {"apply": median(applied), "clear": median(cleared)}

    def run_edits(server: dict[str, str], count: int) -> int:
        connect(server)
        name = window.model.user_at(0).user_name
        done = 0
        for index in range(count):
            outcome: list[object] = []
            limit = 1 + index % 50
            parts.runner.submit(
                Op(
                    JobKind.EDIT,
                    run=lambda context, n=name, h=limit: context.client.edit_user(
                        n, hourly_limit=h
                    ),
                    success=outcome.append,
                    failure=outcome.append,
                )
            )
            wait_until(lambda box=outcome: bool(box), "an edit")
            if isinstance(outcome[0], BaseException):
                raise RuntimeError("an edit failed")
            done += 1
        return done

    runs = int(spec["runs"])
    result: dict[str, Any] = {
        "qt": qVersion(),
        "pyside6": pyside_version,
        "httpx": httpx.__version__,
    }
    try:
        if spec.get("mode") == "rss":
            server = spec["servers"][spec["rss_size"]]
            connect(server)
            for _ in range(RSS_REFRESHES):  # new lists replace the first, as in a session
                measure_refresh(stalls=False)
            deadline = time.perf_counter() + SETTLE_MS / 1000
            wait_until(lambda: time.perf_counter() > deadline, "the event loop to settle")
            current, peak = rss_mib()
            result.update(rss_mib=current, peak_rss_mib=peak, rows=window.model.total_count)
            emit_result(result)
            return 0

        refresh: dict[str, Any] = {}
        with httpx.Client(trust_env=False, timeout=60.0) as http:
            for size, server in spec["servers"].items():
                connect(server)
                measure_refresh(stalls=False)  # warm: connection open, server body cached
                measure_baseline(http, server)
                stalls: list[float] = []
                spans: list[float] = []
                bases: list[float] = []
                for _ in range(runs):
                    stall, _span, rows = measure_refresh(stalls=True)
                    _gap, span, rows_too = measure_refresh(stalls=False)
                    if rows != int(size) or rows_too != int(size):
                        raise RuntimeError(f"expected {size} rows, got {rows}")
                    stalls.append(stall)
                    spans.append(span)
                    bases.append(measure_baseline(http, server))
                entry: dict[str, Any] = {
                    "stall_ms": median(stalls),
                    "stall_max_ms": max(stalls),
                    "refresh_ms": median(spans),
                    "baseline_ms": median(bases),
                    "ratio": median(spans) / median(bases),
                }
                if size in spec["sort_filter_sizes"]:
                    table.selectRow(0)
                    entry["sort_ms"], entry["sort_by_column_ms"] = measure_sorts(runs)
                    entry["filter_ms"], entry["filter_steps_ms"] = measure_filters(runs)
                    table.horizontalHeader().setSortIndicator(
                        Column.USER_NAME, Qt.SortOrder.AscendingOrder
                    )
                refresh[size] = entry
        result["sizes"] = refresh
        edits = spec.get("edits")
        if edits:
            result["edits_done"] = run_edits(edits, int(edits["count"]))
        emit_result(result)
        return 0
    finally:
        window.close_now()
        parts.runner.wait_idle_for_tests(5.0)


if __name__ == "__main__":
    sys.exit(main())
