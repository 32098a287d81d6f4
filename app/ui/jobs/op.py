"""A typed job: what to run on a worker, and the handlers that take its answer.

``Op[T]`` carries its result type from ``run`` to ``success``, so mypy checks both
ends: ``Op(JobKind.REFRESH, run=lambda c: c.client.list_users(), success=view.show)``.
A :class:`JobHandle` is one submitted op: it owns its outcome and delivers it itself,
so no table maps request ids or string kinds to handlers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from .kinds import JobKind

if TYPE_CHECKING:
    from app.core.change_journal import PendingChange

    from .worker import JobContext

T = TypeVar("T")


class NotTried(Exception):
    """The job was cancelled before it started: nothing was sent."""

    def __str__(self) -> str:
        return "Not tried: the run was stopped before this call."


def ignore(_value: object) -> None:
    """A handler for an answer nobody needs."""
    return None


class CancelGroup:
    """Jobs that stop together: cancelling skips every member that has not started.

    Thread-safe: a job may cancel its own group from the worker (a bulk run stops at
    an authentication error before the next call goes out).
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True, slots=True)
class Op(Generic[T]):
    kind: JobKind
    run: Callable[[JobContext], T]
    success: Callable[[T], None]
    failure: Callable[[BaseException], None] = ignore
    #: Members of one group are cancelled together.
    group: CancelGroup = field(default_factory=CancelGroup)
    #: The change this job sends, for the history if the app quits before its answer.
    pending_change: PendingChange | None = None


class JobState(Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"


class Job(Protocol):
    """A submitted job as the workers and the runner see it, whatever its result type."""

    generation: int
    state: JobState

    @property
    def kind(self) -> JobKind: ...
    @property
    def cancelled(self) -> bool: ...
    @property
    def error(self) -> BaseException | None: ...
    @property
    def pending_change(self) -> PendingChange | None: ...
    def cancel(self) -> None: ...
    def execute(self, context: JobContext) -> None: ...
    def deliver(self) -> None: ...


class JobHandle(Generic[T]):
    """One submitted op. The worker runs it; the UI thread delivers its outcome."""

    def __init__(self, op: Op[T], generation: int) -> None:
        self.op = op
        self.generation = generation
        self.state = JobState.QUEUED
        # (value,) after a success, the exception after a failure, None before either.
        self._outcome: tuple[T] | BaseException | None = None

    @property
    def kind(self) -> JobKind:
        return self.op.kind

    @property
    def pending_change(self) -> PendingChange | None:
        return self.op.pending_change

    def cancel(self) -> None:
        """Skip the job if it has not started (a call on its way is never interrupted)."""
        self.op.group.cancel()

    @property
    def cancelled(self) -> bool:
        return self.op.group.cancelled

    def execute(self, context: JobContext) -> None:
        """Worker thread: run the op and keep its outcome (every failure is data)."""
        if self.op.group.cancelled:
            self._outcome = NotTried()
            return
        self.state = JobState.RUNNING
        try:
            self._outcome = (self.op.run(context),)
        except Exception as exc:
            self._outcome = exc

    @property
    def error(self) -> BaseException | None:
        return self._outcome if isinstance(self._outcome, BaseException) else None

    def deliver(self) -> None:
        """UI thread: hand the outcome to the op's own handler, then drop it."""
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, tuple):
            self.op.success(outcome[0])
        else:
            self.op.failure(outcome if outcome is not None else NotTried())
