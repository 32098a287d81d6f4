"""Typed jobs on the two workers: order, failures as data, cancel, generations, lanes."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.jobs.kinds import JobKind, Lane
from app.ui.jobs.op import CancelGroup, NotTried, Op
from app.ui.jobs.runner import JobRunner
from app.ui.jobs.worker import JobContext, NotConnectedError


class Generation:
    def __init__(self) -> None:
        self.value = 1

    def __call__(self) -> int:
        return self.value


def _runner() -> tuple[JobRunner, Generation]:
    generation = Generation()
    return JobRunner(generation), generation


def _ignore(_value: object) -> None:
    return None


def test_jobs_run_in_order_on_another_thread_and_answer_their_own_handler(
    qapp: QApplication, qtbot: QtBot
) -> None:
    runner, _generation = _runner()
    seen: list[object] = []
    ui_thread = threading.get_ident()
    runner.submit(Op(JobKind.REFRESH, run=lambda _c: threading.get_ident(), success=seen.append))
    runner.submit(Op(JobKind.REFRESH, run=lambda _c: "second", success=seen.append))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[0] != ui_thread and seen[1] == "second"
    runner.shutdown()
    assert runner.wait_idle_for_tests(5)


def test_failures_and_a_missing_client_come_back_as_data(qapp: QApplication, qtbot: QtBot) -> None:
    runner, _generation = _runner()
    failures: list[BaseException] = []

    def needs_client(context: JobContext) -> object:
        return context.client

    def boom(_context: JobContext) -> object:
        raise RuntimeError("broken")

    for run in (needs_client, boom):
        runner.submit(Op(JobKind.REFRESH, run=run, success=_ignore, failure=failures.append))
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    assert isinstance(failures[0], NotConnectedError)
    assert isinstance(failures[1], RuntimeError)
    runner.shutdown()


def test_a_cancelled_group_skips_what_has_not_started(qapp: QApplication, qtbot: QtBot) -> None:
    runner, _generation = _runner()
    gate, running = threading.Event(), threading.Event()
    ran: list[int] = []
    outcomes: list[object] = []
    group = CancelGroup()

    def step(number: int) -> Op[int]:
        def run(_context: JobContext) -> int:
            running.set()
            ran.append(number)
            gate.wait(5)
            return number

        return Op(
            JobKind.BULK_EDIT, run=run, success=outcomes.append, failure=outcomes.append,
            group=group,
        )  # fmt: skip

    for number in range(5):
        runner.submit(step(number))
    assert running.wait(5)
    assert runner.is_changing_users()
    group.cancel()  # the call on its way finishes; the rest are never sent
    assert not runner.is_changing_users()
    gate.set()
    qtbot.waitUntil(lambda: len(outcomes) == 5, timeout=5000)
    assert ran == [0]
    assert outcomes[0] == 0 and all(isinstance(o, NotTried) for o in outcomes[1:])
    runner.shutdown()


def test_answers_of_an_older_generation_are_dropped(qapp: QApplication, qtbot: QtBot) -> None:
    runner, generation = _runner()
    gate = threading.Event()
    seen: list[str] = []
    runner.submit(Op(JobKind.REFRESH, run=lambda _c: gate.wait(5) and "old", success=seen.append))
    generation.value = 2  # another account is in use now
    runner.submit(Op(JobKind.REFRESH, run=lambda _c: "new", success=seen.append))
    gate.set()
    qtbot.waitUntil(lambda: not runner.pending(lambda _kind: True), timeout=5000)
    assert seen == ["new"]
    runner.shutdown()


def test_local_work_never_waits_behind_sendclean(qapp: QApplication, qtbot: QtBot) -> None:
    runner, _generation = _runner()
    assert JobKind.SMTP_LOGIN.lane is Lane.LOCAL and JobKind.ADD.lane is Lane.API
    blocker = threading.Event()
    seen: list[str] = []
    runner.submit(Op(JobKind.EDIT, run=lambda _c: blocker.wait(10) and "edit", success=seen.append))
    runner.submit(Op(JobKind.SMTP_LOGIN, run=lambda _c: "smtp", success=seen.append))
    qtbot.waitUntil(lambda: seen == ["smtp"], timeout=5000)  # while the edit still waits
    blocker.set()
    qtbot.waitUntil(lambda: seen == ["smtp", "edit"], timeout=5000)
    runner.shutdown()


def test_released_lists_are_emptied_on_a_worker(qapp: QApplication, qtbot: QtBot) -> None:
    runner, _generation = _runner()
    big = [object() for _ in range(10_000)]
    other = list(range(5_000))
    runner.release((big, other))
    done: list[object] = []
    runner.submit(Op(JobKind.BOOKKEEPING, run=lambda _c: None, success=done.append))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert big == [] and other == []
    runner.shutdown()


def test_shutdown_does_not_wait_for_a_job_in_flight(qapp: QApplication) -> None:
    runner, _generation = _runner()
    blocker, running = threading.Event(), threading.Event()

    def stuck(_context: JobContext) -> bool:
        running.set()
        return blocker.wait(30)

    runner.submit(Op(JobKind.REFRESH, run=stuck, success=_ignore))
    assert running.wait(5)
    runner.shutdown()  # returns at once; the daemon thread is abandoned with its call
    assert not runner.wait_idle_for_tests(0.2)
    blocker.set()
    assert runner.wait_idle_for_tests(5)


def test_a_burst_of_answers_reaches_the_ui_in_a_few_hand_overs_and_in_order(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """A bulk run answers a job every millisecond or so: the UI thread takes the answers
    at most once a frame, not once each (each hand-over is Python on the UI thread)."""
    runner, _generation = _runner()
    seen: list[int] = []
    hand_overs: list[int] = []
    runner.pending_changed.connect(lambda: hand_overs.append(len(seen)))
    gate = threading.Event()
    ops = [Op(JobKind.BULK_EDIT, run=lambda _c: gate.wait(5), success=_ignore)]
    ops += [Op(JobKind.BULK_EDIT, run=lambda _c, n=n: n, success=seen.append) for n in range(200)]
    runner.submit_all(ops)
    assert hand_overs == [0]  # one "pending changed" for the whole submission
    gate.set()
    qtbot.waitUntil(lambda: len(seen) == 200, timeout=5000)
    assert seen == list(range(200))
    assert len(hand_overs) - 1 < 20  # 200 answers, a handful of hand-overs
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    runner.shutdown()
    assert runner.wait_idle_for_tests(5)
