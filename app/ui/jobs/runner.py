"""The UI side of the workers: submits typed ops, delivers their answers, knows what
is pending.

Two workers: one for SendClean (calls and keyring reads, in order) and one for slow
local work (SMTP relays, files), so a silent relay never holds up a SendClean call.
An answer is delivered to the op's own handler unless it belongs to an account no
longer in use (its generation is older) or the app is quitting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.change_journal import ChangeJournal

from .kinds import JobKind, Lane
from .memory import free_in_slices
from .op import Job, JobHandle, JobState, Op, ignore
from .worker import Worker

T = TypeVar("T")


#: At most one hand-over of finished jobs to their handlers per this many milliseconds.
DELIVER_EVERY_MS = 16


class JobRunner(QObject):
    #: Something was submitted or answered: busy state and enabled actions may change.
    pending_changed = Signal()

    def __init__(self, current_generation: Callable[[], int], parent: QObject | None = None):
        super().__init__(parent)
        self._generation = current_generation
        self._workers = {
            Lane.API: Worker("sendclean-api-worker", current_generation, self),
            Lane.LOCAL: Worker("sendclean-local-worker", current_generation, self),
        }
        for worker in self._workers.values():
            worker.finished.connect(self._finished_waiting)  # a bound method: queued
        # Answers are handed over at most once a frame: a bulk run answers a job every
        # millisecond or so, and each hand-over is Python on the UI thread (and CPU
        # the worker and the server share with it on a small machine).
        self._last_delivery = -1.0
        self._delivery = QTimer(self)
        self._delivery.setSingleShot(True)
        self._delivery.timeout.connect(self._deliver_finished)
        self._pending: list[Job] = []
        self._closing = False

    def submit(self, op: Op[T]) -> JobHandle[T]:
        return self.submit_all([op])[0]

    def submit_all(self, ops: list[Op[T]]) -> list[JobHandle[T]]:
        """Submit ``ops`` in order, telling ``pending_changed`` once for all of them."""
        handles = [JobHandle(op, self._generation()) for op in ops]
        if self._closing:
            return handles
        self._pending += handles
        for handle in handles:
            self._workers[handle.kind.lane].submit(handle)
        if handles:
            self.pending_changed.emit()
        return handles

    def release(self, garbage: tuple[list[T], ...]) -> None:
        """Free a replaced big list on a worker, in slices, off the UI thread."""
        self.submit(
            Op(JobKind.BOOKKEEPING, run=lambda _context: free_in_slices(garbage), success=ignore)
        )

    # -- what is pending ----------------------------------------------------------------

    def pending(self, predicate: Callable[[JobKind], bool]) -> list[Job]:
        return [h for h in self._pending if predicate(h.kind)]

    def is_busy(self) -> bool:
        return any(h.kind.shows_busy for h in self._pending)

    def is_changing_users(self) -> bool:
        """True while a change to SendClean is queued or on its way."""
        return any(h.kind.changes_users and not h.cancelled for h in self._pending)

    def has_pending(self, kind: JobKind) -> bool:
        return any(h.kind is kind for h in self._pending)

    # -- quitting -----------------------------------------------------------------------

    def abandon_changes(self, journal: ChangeJournal) -> None:
        """Quit anyway: send nothing more; a change already on its way is recorded as
        unconfirmed (its answer will never be read)."""
        for handle in self._pending:
            if not handle.kind.changes_users:
                continue
            handle.cancel()
            change = handle.pending_change
            if handle.state is JobState.RUNNING and change is not None:
                journal.unconfirmed(change)

    def shutdown(self) -> None:
        """Drop every answer from now on and stop the workers (never waits for a call)."""
        self._closing = True
        for handle in self._pending:
            handle.cancel()
        for worker in self._workers.values():
            worker.shutdown()

    def wait_idle_for_tests(self, timeout: float) -> bool:
        return all(w.wait_idle_for_tests(timeout) for w in self._workers.values())

    # -- answers ------------------------------------------------------------------------

    def _finished_waiting(self) -> None:
        if all(worker.idle for worker in self._workers.values()):
            self._delivery.stop()  # nothing more is coming soon: no reason to wait
            self._deliver_finished()
            return
        if self._delivery.isActive():
            return
        wait_ms = self._last_delivery + DELIVER_EVERY_MS - time.monotonic() * 1000
        if wait_ms > 0:
            self._delivery.start(math.ceil(wait_ms))
        else:
            self._deliver_finished()

    def _deliver_finished(self) -> None:
        self._last_delivery = time.monotonic() * 1000
        finished = [h for worker in self._workers.values() for h in worker.take_finished()]
        if finished:  # one pass over what is pending, not one per answer (bulk runs)
            done = set(map(id, finished))
            self._pending = [h for h in self._pending if id(h) not in done]
        if self._closing:
            return
        for handle in finished:
            stale = handle.kind.account_bound and handle.generation != self._generation()
            if not stale:
                handle.deliver()
        if finished:
            self.pending_changed.emit()
