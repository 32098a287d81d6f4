"""The API worker: one background thread that runs every network and keyring call.

Jobs are plain callables run in order on a daemon thread; results come back to
the UI thread only through queued Qt signals, and no widget is ever touched from
the worker. The thread is a daemon so a call stuck in a socket read can never
hold up quitting: the app exits and the blocked read is abandoned with it.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.api import SendCleanClient

log = logging.getLogger(__name__)


class NotConnectedError(Exception):
    """A job needed the API client before an account was connected."""

    def __str__(self) -> str:
        return "No SendClean account is connected yet."


@dataclass(frozen=True, slots=True)
class JobResult:
    request_id: int
    kind: str
    value: Any


@dataclass(frozen=True, slots=True)
class JobFailure:
    request_id: int
    kind: str
    error: BaseException


class JobContext:
    """What a job may use on the worker thread. Only the worker thread touches it."""

    def __init__(self, worker: ApiWorker) -> None:
        self._worker = worker
        self._client: SendCleanClient | None = None
        self.request_id = 0

    @property
    def client(self) -> SendCleanClient:
        if self._client is None:
            raise NotConnectedError
        return self._client

    def set_client(self, client: SendCleanClient | None) -> None:
        if self._client is not None and self._client is not client:
            self._client.close()
        self._client = client

    def report_progress(self, done: int, total: int) -> None:
        self._worker._emit(self._worker.progress, self.request_id, done, total)

    @property
    def cancelled(self) -> bool:
        return self._worker._cancel_requested(self.request_id)


Job = Callable[[JobContext], Any]
_STOP = object()


class ApiWorker(QObject):
    """Runs jobs one at a time on its own thread; emits ``succeeded``/``failed``."""

    succeeded = Signal(object)  # JobResult
    failed = Signal(object)  # JobFailure
    progress = Signal(int, int, int)  # request id, done, total
    started = Signal(int, str)  # request id, kind

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._cancelled: set[int] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._context = JobContext(self)
        self._thread = threading.Thread(target=self._run, name="sendclean-api-worker", daemon=True)
        self._thread.start()

    def submit(self, kind: str, job: Job) -> int:
        """Queue ``job``; return the request id that its answer will carry."""
        request_id = next(self._ids)
        self._queue.put((request_id, kind, job))
        return request_id

    def release(self, garbage: tuple[list[Any], ...]) -> None:
        """Free big lists (a replaced users list) on the worker, in slices.

        Freeing 100k users is one long C call that holds the GIL; done here it would
        pause the UI thread, done on the worker in slices it lets the UI thread run.
        """
        self.submit("release", lambda _context: _free_in_slices(garbage))

    def cancel(self, request_id: int) -> None:
        """Ask a running job to stop at its next checkpoint (bulk edits check it)."""
        with self._lock:
            self._cancelled.add(request_id)

    def shutdown(self) -> None:
        """Stop taking jobs and drop all answers; never waits for a call in flight."""
        self._stopping.set()
        self._queue.put(_STOP)

    def wait_idle_for_tests(self, timeout: float) -> bool:
        """Wait until the thread ended after :meth:`shutdown` (tests only)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _cancel_requested(self, request_id: int) -> bool:
        with self._lock:
            return request_id in self._cancelled or self._stopping.is_set()

    def _emit(self, signal: Any, *args: Any) -> None:
        if self._stopping.is_set():
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # the QObject was deleted while the app quit
            self._stopping.set()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP or self._stopping.is_set():
                break
            request_id, kind, job = item
            self._context.request_id = request_id
            self._emit(self.started, request_id, kind)
            try:
                value = job(self._context)
            except Exception as exc:  # every failure goes back to the UI as data
                if not isinstance(exc, NotConnectedError):
                    log.debug("job %s #%d failed: %s", kind, request_id, type(exc).__name__)
                self._emit(self.failed, JobFailure(request_id, kind, exc))
            else:
                self._emit(self.succeeded, JobResult(request_id, kind, value))
            finally:
                with self._lock:
                    self._cancelled.discard(request_id)
            # Drop the references now rather than when the next job arrives.
            item = job = value = None
        self._context.set_client(None)


#: Below this many freed items, giving memory back to the OS is not worth a call.
_TRIM_AFTER_ITEMS = 10_000


def _free_in_slices(lists: tuple[list[Any], ...], step: int = 4096) -> None:
    freed = 0
    for items in lists:
        freed += len(items)
        while items:
            del items[-step:]
    trim = _malloc_trim()
    if trim is not None and freed >= _TRIM_AFTER_ITEMS:
        # Without it, a process that loaded 100k users keeps ~20 MiB of freed,
        # fragmented heap resident after every refresh.
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, which gives freed heap pages back to the OS; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl)
        return None
    return trim
