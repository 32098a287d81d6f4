"""A worker: one background thread that runs submitted jobs in order.

Results come back to the UI thread only through a queued Qt signal; no widget is ever
touched from a worker. Finished handles wait in a list, and the signal is a wake-up sent
when that list stops being empty: a bulk run that finishes a job every millisecond
wakes the UI thread once per pass of its event loop, not once per job (each wake-up is
Python run on the UI thread, which the worker's next call then waits on for the GIL).
The thread is a daemon so a call stuck in a socket read can never hold up quitting: the
app exits and the blocked read is abandoned with it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .op import Job, JobState

if TYPE_CHECKING:
    from app.api import SendCleanClient

log = logging.getLogger(__name__)


class NotConnectedError(Exception):
    """A job needed the account's client, but none is open for the account in use."""

    def __str__(self) -> str:
        return "No SendClean account is connected."


class JobContext:
    """What a job may use on its worker thread. Only that thread touches it.

    The client belongs to one generation of the account session: a job started for
    another generation (an account no longer in use) cannot reach it, so no call of
    an earlier account's job is ever sent with the current client, and none with the
    previous one either.
    """

    def __init__(self, current_generation: Callable[[], int]) -> None:
        self._current_generation = current_generation
        self._client: SendCleanClient | None = None
        self._client_generation = -1
        self.job_generation = 0

    @property
    def client(self) -> SendCleanClient:
        generation = self.job_generation
        if (
            self._client is None
            or generation != self._client_generation
            or generation != self._current_generation()
        ):
            raise NotConnectedError
        return self._client

    def install(self, client: SendCleanClient, generation: int) -> None:
        """Make ``client`` the account's client for ``generation`` (closing any other)."""
        self.uninstall()
        self._client, self._client_generation = client, generation

    def install_for_job(self, client: SendCleanClient) -> None:
        """Install ``client`` for this job's generation if it is still the account in use;
        otherwise close it and fail (the user moved on to another account)."""
        if self.job_generation != self._current_generation():
            client.close()
            raise NotConnectedError
        self.install(client, self.job_generation)

    def uninstall(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client, self._client_generation = None, -1


class Worker(QObject):
    """Runs jobs one at a time on its own thread; tells when finished handles wait."""

    #: Finished handles wait in :meth:`take_finished` (sent once until they are taken).
    finished = Signal()

    def __init__(
        self, name: str, current_generation: Callable[[], int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._stopping = threading.Event()
        self._context = JobContext(current_generation)
        self._finished: list[Job] = []
        self._finished_lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, handle: Job) -> None:
        self._queue.put(handle)

    def shutdown(self) -> None:
        """Stop taking jobs and drop all answers; never waits for a call in flight."""
        self._stopping.set()
        self._queue.put(None)

    def wait_idle_for_tests(self, timeout: float) -> bool:
        """Wait until the thread ended after :meth:`shutdown` (tests only)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def idle(self) -> bool:
        """No job waits to run (one may still be running)."""
        return self._queue.empty()

    def take_finished(self) -> list[Job]:
        """UI thread: the handles finished since the last call, in the order they ran."""
        with self._finished_lock:
            done, self._finished = self._finished, []
        return done

    def _hand_over(self, handle: Job) -> None:
        with self._finished_lock:
            self._finished.append(handle)
            # Again when no job is left: the last answers of a run are not held back.
            wake = len(self._finished) == 1 or self._queue.empty()
        if wake and not self._stopping.is_set():
            try:
                self.finished.emit()
            except RuntimeError:  # the QObject was deleted while the app quit
                self._stopping.set()

    def _run(self) -> None:
        while True:
            handle = self._queue.get()
            if handle is None or self._stopping.is_set():
                break
            self._context.job_generation = handle.generation
            handle.execute(self._context)
            error = handle.error
            if error is not None and not isinstance(error, NotConnectedError):
                log.debug("%s job failed: %s", handle.kind.label, type(error).__name__)
            handle.state = JobState.DONE
            self._hand_over(handle)
            handle = None  # drop the reference now rather than when the next job arrives
        self._context.uninstall()
