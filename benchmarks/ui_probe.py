"""In-process UI measurements of the real window (offscreen) against sandbox servers.

Run by ``benchmarks/run.py``, which starts the sandboxes (in its own process, on
loopback) and passes them as a JSON spec on stdin::

    {"runs": 5, "servers": {"1000": {"url": ..., "owner_id": ..., "token": ...}, ...},
     "sort_filter_sizes": ["10000", "100000"], "edits": {...} or null,
     "bulk": {"url": ..., "owner_id": ..., "token": ..., "count": 100} or null,
     "mode": "ui"}

The window runs as in the app, with its local store (labels, notes, change detection)
open: it opens after the first list, and each list on screen is then compared with the
last one on the local worker, and the table gets the new extras (``set_extras``).

Mode ``ui`` measures, per server size, after giving some users labels and notes (a
labels file imported the way File → Import labels does): the longest UI-thread gap
during a refresh (a 1 ms precise QTimer on the UI thread, from ``refresh()`` until the
tick after the table's first paint that follows the extras the change detection of this
list produced), the refresh time (``refresh()`` until the event loop is back after the
table's first paint that follows ``refreshed``), and the baseline for it, interleaved:
one raw httpx POST of listSmtp plus ``json.loads`` of the body, on the same server.
Each refresh waits (untimed) for its change detection before the next one starts. Then
sort and filter times (the filter types a user-name fragment, a label word and a note
word), 100 sequential edits through the API worker (the driver counts the sandbox's
TCP connections), and 100-user bulk changes through ``BulkController.run_limits``
(no confirmation: it is the dialog's accepted path) against 100 sequential
``SendCleanClient.edit_user`` calls in this process on the same sandbox, interleaved.

Mode ``rss`` (spec ``{"mode": "rss", "server": {...}}``) connects the window to one
server, refreshes three more times (the figure levels off after two or three, as lists
replace each other), each time until the change detection has answered, lets the event
loop settle for half a second and reports the resident memory. The driver runs it
against 100k users and against 0 users.

The window is built by ``app.ui.application.build_window()``, the way the app builds it.
Every wait is bounded; a probe that cannot finish exits non-zero.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
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
#: One user in LABEL_EVERY gets a label, one in NOTE_EVERY a note (a labels file import).
LABEL_EVERY = 20
NOTE_EVERY = 25
#: Words of the labels and notes: no user name contains them (names are smtp + digits).
LABEL_WORDS = ("alpha", "bravo", "charlie", "delta", "foxtrot")
NOTE_WORDS = ("kilo", "lima", "mike", "oscar")


def main() -> int:
    spec = json.loads(sys.stdin.read())
    import httpx
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, qVersion
    from PySide6.QtWidgets import QApplication

    from app import APP_NAME
    from app.api import SendCleanClient
    from app.core.accounts import Account
    from app.core.local_store.labels_file import LABELS_FORMAT, LABELS_VERSION
    from app.ui.application import ORGANIZATION, build_window
    from app.ui.jobs.kinds import JobKind
    from app.ui.jobs.memory import settle_startup_heap
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
    settle_startup_heap()  # as run_app does once the window is built
    window: MainWindow = parts.window
    window.show()
    wait_until(window.isVisible, "the window to show")
    table = window.table
    viewport = table.viewport()
    ticker = Ticker()

    model = window.model

    def refreshed(start: Callable[[], object], what: str) -> int:
        """Run ``start``, then wait until its list is in the model and its change
        detection answered (no paint needed: an empty list shows no table); the rows."""
        seen: list[int] = []
        failures: list[str] = []
        window.refreshed.connect(seen.append)
        parts.refresher.failed.connect(failures.append)
        extras_before = model.extras
        try:
            start()
            wait_until(lambda: bool(seen or failures), what)
            if not failures:
                wait_until(lambda: model.extras is not extras_before, "the change detection")
        finally:
            window.refreshed.disconnect(seen.append)
            parts.refresher.failed.disconnect(failures.append)
        if failures:
            raise RuntimeError(f"refresh failed: {failures[0]}")
        return seen[0]

    def refresh_settled() -> int:
        """One refresh, until its list is in the model and compared."""
        return refreshed(parts.refresher.request, "a refresh")

    def connect(server: dict[str, str]) -> None:
        """Use the server's account; return once its first list is on screen and the
        local store has compared it (the store opens after the first list of a run)."""
        account = Account.create("Benchmark", server["url"], server["owner_id"])
        token = server["token"]
        connection = Connection(account, lambda: token, sandbox=True, token_kept_in="memory")
        refreshed(lambda: parts.accounts.use(connection), "the first refresh")
        store = parts.extras.store
        if store is None or store.problem:
            why = store.problem if store is not None else "not open"
            raise RuntimeError(f"the local store is off: {why}")

    def annotate(home_file: str) -> dict[str, int]:
        """Labels and notes for some users, imported from a labels file through the
        window's controller (as File → Import labels does); waits until shown."""
        names = sorted(model.all_names())
        entries = []
        labels = notes = 0
        for index, name in enumerate(names):
            label = note = None
            if index % LABEL_EVERY == 0:
                label = f"team {LABEL_WORDS[(index // LABEL_EVERY) % len(LABEL_WORDS)]}"
                labels += 1
            if index % NOTE_EVERY == 1:
                word = NOTE_WORDS[(index // NOTE_EVERY) % len(NOTE_WORDS)]
                note = f"owner {word}; rotate the password every spring"
                notes += 1
            if label or note:
                entries.append({"user_name": name, "label": label, "note": note})
        with open(home_file, "w", encoding="utf-8") as handle:
            json.dump(
                {"format": LABELS_FORMAT, "version": LABELS_VERSION, "users": entries}, handle
            )
        extras_before = model.extras
        parts.extras.import_labels_from(Path(home_file))
        wait_until(lambda: model.extras is not extras_before, "the labels import")
        shown = model.extras
        if len(shown.labels) != labels or len(shown.notes) != notes:
            raise RuntimeError(
                f"imported {len(shown.labels)} labels and {len(shown.notes)} notes, "
                f"not {labels} and {notes}"
            )
        return {"labels": labels, "notes": notes}

    def measure_refresh(stalls: bool) -> tuple[float, float, int, float]:
        """One refresh: (longest UI-thread gap ms, refresh-to-rows-painted ms, rows,
        refresh-to-extras-painted ms).

        With ``stalls``, the 1 ms ticker runs, from ``refresh()`` until the first tick
        after the table's first paint that follows the change detection's extras of this
        list (``set_extras``), so the gap covers all the UI-thread work of one refresh.
        Without, nothing else runs on the UI thread (the ticker's GIL requests would slow
        the worker down): the refresh time ends when the event loop is back after the
        table's first paint that follows ``refreshed``; the loop then waits, untimed, for
        the change detection, so the next refresh starts on a quiet app. The gap is 0
        without ``stalls``.
        """
        extras_before = model.extras
        state: dict[str, Any] = {
            "rows": None,
            "painted": False,
            "end": None,
            "extras_painted": None,
            "done": False,
        }
        failures: list[str] = []
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(CHECK_MS)

        def extras_in() -> bool:
            return model.extras is not extras_before

        def done() -> None:
            if not state["done"]:
                state["done"] = True
                ticker.armed = False
                loop.quit()

        def on_refreshed(rows: int) -> None:
            state["rows"] = rows

        def on_failed(text: str) -> None:
            failures.append(text)
            loop.quit()

        def rows_back() -> None:  # the event loop is back after the rows' paint
            state["end"] = time.perf_counter()
            if extras_in():
                done()
            else:  # untimed: wait for the change detection
                poll.timeout.connect(lambda: extras_in() and done())
                poll.start()

        def on_paint() -> None:
            now = time.perf_counter()
            if state["rows"] is not None and not state["painted"]:
                state["painted"] = True
                if stalls:
                    state["end"] = now
                else:
                    QTimer.singleShot(0, rows_back)  # runs once this paint is done
            if state["painted"] and state["extras_painted"] is None and extras_in():
                state["extras_painted"] = now

        def on_tick(now: float) -> None:
            if state["extras_painted"] is not None:
                done()

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
            poll.stop()
            ticker.timer.stop()
            ticker.on_tick = None
            ticker.armed = False
            viewport.removeEventFilter(watch)
            window.refreshed.disconnect(on_refreshed)
            parts.refresher.failed.disconnect(on_failed)
        if failures:
            raise RuntimeError(f"refresh failed: {failures[0]}")
        if not state["done"] or state["end"] is None:
            raise TimeoutError("timed out waiting for a refresh and its change detection")
        gap = ticker.max_gap * 1000 if stalls else 0.0
        extras_ms = (
            (state["extras_painted"] - started) * 1000
            if state["extras_painted"] is not None
            else 0.0
        )
        return gap, (state["end"] - started) * 1000, int(state["rows"]), extras_ms

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
        """Per run, the slowest of applying a 3-digit user-name filter, a label word and
        a note word (the filter looks in names, labels and notes), and clearing each."""
        per_run: list[float] = []
        steps: dict[str, list[float]] = {"name": [], "label": [], "note": [], "clear": []}
        total = model.rowCount()
        for run in range(runs):
            texts = {
                "name": str(123 + 111 * run)[-3:],
                "label": LABEL_WORDS[run % len(LABEL_WORDS)],
                "note": NOTE_WORDS[run % len(NOTE_WORDS)],
            }
            slowest = 0.0
            for kind, text in texts.items():
                apply_ms = timed(lambda t=text: window.search.setText(t))
                shown = model.rowCount()
                clear_ms = timed(lambda: window.search.setText(""))
                if shown == 0 or shown >= total or model.rowCount() != total:
                    raise RuntimeError(f"the {kind} filter {text!r} did not narrow the list")
                steps[kind].append(apply_ms)
                steps["clear"].append(clear_ms)
                slowest = max(slowest, apply_ms, clear_ms)
            per_run.append(slowest)
        return median(per_run), {name: median(values) for name, values in steps.items()}

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

    def run_bulk(server: dict[str, Any], count: int, runs: int) -> dict[str, Any]:
        """``runs`` interleaved pairs: a ``count``-user change of the hourly limit through
        the window's BulkController (the path its Set limits… dialog takes once accepted:
        progress in the status bar, the change history written per call), until its
        ``finished``; and ``count`` sequential ``SendCleanClient.edit_user`` calls."""
        from app.ui.controllers.bulk import BulkResult

        connect(server)
        names = sorted(model.all_names())[:count]
        if len(names) != count:
            raise RuntimeError(f"the bulk sandbox has fewer than {count} users")

        def bulk_once(value: int) -> float:
            users = [model.find_user(name) for name in names]
            plan = [(user, {"hourly_limit": value}) for user in users if user is not None]
            results: list[BulkResult] = []
            loop = QEventLoop()

            def finished(result: BulkResult) -> None:
                results.append(result)
                loop.quit()

            give_up = QTimer()
            give_up.setSingleShot(True)
            give_up.timeout.connect(loop.quit)
            parts.bulk.finished.connect(finished)
            try:
                give_up.start(int(WAIT_S * 1000))
                started = time.perf_counter()
                parts.bulk.run_limits(plan)
                if not results:
                    loop.exec()
                elapsed = (time.perf_counter() - started) * 1000
            finally:
                give_up.stop()
                parts.bulk.finished.disconnect(finished)
            if not results:
                raise TimeoutError("timed out waiting for a bulk change")
            result = results[0]
            if len(result.done) != count or result.failed or result.not_tried:
                raise RuntimeError(
                    f"bulk change: {len(result.done)} done, {len(result.failed)} failed, "
                    f"{len(result.not_tried)} not tried"
                )
            for name in names:
                user = model.find_user(name)
                if user is None or user.hourly_limit != value:
                    raise RuntimeError("the bulk change did not reach the table")
            return elapsed

        with SendCleanClient(server["url"], server["owner_id"], server["token"]) as client:

            def raw_once(value: int) -> float:
                started = time.perf_counter()
                for name in names:
                    client.edit_user(name, hourly_limit=value)
                return (time.perf_counter() - started) * 1000

            bulk_once(500)  # warm: both connections open, caches filled
            raw_once(501)
            bulk_ms: list[float] = []
            raw_ms: list[float] = []
            for run in range(runs):
                value = 600 + 2 * run
                if run % 2 == 0:
                    bulk_ms.append(bulk_once(value))
                    raw_ms.append(raw_once(value + 1))
                else:
                    raw_ms.append(raw_once(value + 1))
                    bulk_ms.append(bulk_once(value))
        return {
            "bulk_ms": median(bulk_ms),
            "raw_ms": median(raw_ms),
            "ratio": median(bulk_ms) / median(raw_ms),
            "users": count,
        }

    runs = int(spec["runs"])
    result: dict[str, Any] = {
        "qt": qVersion(),
        "pyside6": pyside_version,
        "httpx": httpx.__version__,
    }
    try:
        if spec.get("mode") == "rss":
            connect(spec["server"])
            for _ in range(RSS_REFRESHES):  # new lists replace the first, as in a session
                refresh_settled()
            deadline = time.perf_counter() + SETTLE_MS / 1000
            wait_until(lambda: time.perf_counter() > deadline, "the event loop to settle")
            current, peak = rss_mib()
            result.update(rss_mib=current, peak_rss_mib=peak, rows=window.model.total_count)
            emit_result(result)
            return 0

        refresh: dict[str, Any] = {}
        labels_file = os.path.join(os.environ.get("HOME", "."), "bench-labels.json")
        with httpx.Client(trust_env=False, timeout=60.0) as http:
            for size, server in spec["servers"].items():
                connect(server)
                annotated = annotate(labels_file)
                measure_refresh(stalls=False)  # warm: connection open, server body cached
                measure_baseline(http, server)
                stalls: list[float] = []
                spans: list[float] = []
                bases: list[float] = []
                extras: list[float] = []
                for _ in range(runs):
                    stall, _span, rows, extras_ms = measure_refresh(stalls=True)
                    _gap, span, rows_too, _extras = measure_refresh(stalls=False)
                    if rows != int(size) or rows_too != int(size):
                        raise RuntimeError(f"expected {size} rows, got {rows}")
                    stalls.append(stall)
                    spans.append(span)
                    extras.append(extras_ms)
                    bases.append(measure_baseline(http, server))
                entry: dict[str, Any] = {
                    "stall_ms": median(stalls),
                    "stall_max_ms": max(stalls),
                    "refresh_ms": median(spans),
                    "extras_painted_ms": median(extras),
                    "baseline_ms": median(bases),
                    "ratio": median(spans) / median(bases),
                    "labels": float(annotated["labels"]),
                    "notes": float(annotated["notes"]),
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
        bulk = spec.get("bulk")
        if bulk:
            result["bulk"] = run_bulk(bulk, int(bulk["count"]), runs)
        emit_result(result)
        return 0
    finally:
        window.close_now()
        parts.runner.wait_idle_for_tests(5.0)


if __name__ == "__main__":
    sys.exit(main())
