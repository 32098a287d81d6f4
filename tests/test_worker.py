"""The API worker: ordered jobs off the UI thread, answers by signal, prompt shutdown."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.worker import ApiWorker, JobContext, JobFailure, JobResult, NotConnectedError


def test_jobs_run_in_order_on_another_thread_and_answer_by_signal(
    qapp: QApplication, qtbot: QtBot
) -> None:
    worker = ApiWorker()
    seen: list[JobResult] = []
    worker.succeeded.connect(seen.append)
    ui_thread = threading.get_ident()
    first = worker.submit("a", lambda _c: threading.get_ident())
    second = worker.submit("b", lambda _c: "second")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert [r.request_id for r in seen] == [first, second] and second > first
    assert seen[0].value != ui_thread and seen[1].value == "second"
    worker.shutdown()
    assert worker.wait_idle_for_tests(5)


def test_failures_and_a_missing_client_come_back_as_data(qapp: QApplication, qtbot: QtBot) -> None:
    worker = ApiWorker()
    failures: list[JobFailure] = []
    worker.failed.connect(failures.append)

    def needs_client(context: JobContext) -> object:
        return context.client

    def boom(_context: JobContext) -> object:
        raise RuntimeError("broken")

    worker.submit("client", needs_client)
    worker.submit("boom", boom)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    assert isinstance(failures[0].error, NotConnectedError)
    assert isinstance(failures[1].error, RuntimeError)
    worker.shutdown()
    assert worker.wait_idle_for_tests(5)


def test_progress_and_cancel(qapp: QApplication, qtbot: QtBot) -> None:
    worker = ApiWorker()
    progress: list[tuple[int, int, int]] = []
    results: list[JobResult] = []
    worker.progress.connect(lambda *args: progress.append(args))
    worker.succeeded.connect(results.append)
    gate = threading.Event()

    def counting(context: JobContext) -> int:
        done = 0
        for step in range(1, 1001):
            if context.cancelled:
                break
            context.report_progress(step, 1000)
            done = step
            if step == 3:
                gate.wait(5)
        return done

    request = worker.submit("count", counting)
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=5000)
    worker.cancel(request)
    gate.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0].value == 3 and progress[0] == (request, 1, 1000)
    worker.shutdown()
    assert worker.wait_idle_for_tests(5)


def test_released_lists_are_emptied_on_the_worker(qapp: QApplication, qtbot: QtBot) -> None:
    worker = ApiWorker()
    big = [object() for _ in range(10_000)]
    other = list(range(5_000))
    worker.release((big, other))
    done: list[JobResult] = []
    worker.succeeded.connect(done.append)
    worker.submit("after", lambda _c: None)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert big == [] and other == []
    worker.shutdown()
    assert worker.wait_idle_for_tests(5)


def test_shutdown_does_not_wait_for_a_job_in_flight(qapp: QApplication) -> None:
    worker = ApiWorker()
    blocker, running = threading.Event(), threading.Event()

    def stuck(_context: JobContext) -> bool:
        running.set()
        return blocker.wait(30)

    worker.submit("stuck", stuck)
    assert running.wait(5)
    worker.shutdown()  # returns at once; the daemon thread is abandoned with its call
    assert not worker.wait_idle_for_tests(0.2)
    blocker.set()
    assert worker.wait_idle_for_tests(5)
