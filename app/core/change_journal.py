"""Writing each change to the history as its answer confirms it, on the worker.

A change is recorded by the thread that sent it, right after SendClean answered, so
the history matches the server after any interruption. A call whose answer never
came (lost on the way, or the app quit while it was in flight) is recorded once as
unconfirmed. Qt-free.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from app.api import ProtocolError, TransportError

from .history import Action, ChangeHistory, ChangeRecord, ChangeValue, user_changes

if TYPE_CHECKING:
    from app.api import SmtpUser

log = logging.getLogger(__name__)
T = TypeVar("T")


def answer_may_be_lost(error: BaseException) -> bool:
    """True when the server may have done the work although no answer was read."""
    if isinstance(error, TransportError):
        return error.request_sent
    return isinstance(error, ProtocolError)


@dataclass(eq=False)
class PendingChange:
    """One change on its way to SendClean; recorded exactly once."""

    account: str
    user_name: str
    action: Action
    changes: Mapping[str, tuple[ChangeValue, ChangeValue]] = field(default_factory=dict)
    #: The account's stable id (its label may change), for the local store.
    account_id: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _recorded: bool = field(default=False, repr=False)

    @classmethod
    def of(
        cls,
        account: str,
        action: Action,
        before: SmtpUser | None,
        after: SmtpUser,
        account_id: str = "",
    ) -> PendingChange:
        changes = {} if action == "reset_password" else user_changes(before, after)
        return cls(account, after.user_name, action, changes, account_id)

    def claim(self) -> bool:
        """True for the first caller only: the one that writes the record."""
        with self._lock:
            if self._recorded:
                return False
            self._recorded = True
            return True


class ChangeJournal:
    """Sends changes and records their outcome in a :class:`ChangeHistory`."""

    def __init__(self, history: ChangeHistory) -> None:
        self.history = history
        self._problems: list[str] = []
        self._problems_lock = threading.Lock()
        #: Told, on the sending thread, of each change just before it is sent (so a
        #: later refresh knows it as this app's own, even if its answer is lost).
        self.before_send: Callable[[PendingChange], None] | None = None
        #: Told, on the sending thread, of each change SendClean confirmed.
        self.after_confirmed: Callable[[PendingChange], None] | None = None
        #: Told of each change recorded as unconfirmed (its answer never came).
        self.after_unconfirmed: Callable[[PendingChange], None] | None = None
        #: Told, on the sending thread, of changes about to be sent one after another (a
        #: bulk run), once before the first of them: ``before_send`` for all in one go.
        self.before_send_all: Callable[[list[PendingChange]], None] | None = None
        #: Told of changes announced with :meth:`expect_all` that were never sent.
        self.after_withdrawn: Callable[[list[PendingChange]], None] | None = None

    def expect_all(self, changes: list[PendingChange]) -> None:
        """Announce changes that will each be sent with ``send(..., announced=True)``."""
        if self.before_send_all is not None:
            self.before_send_all(changes)
        elif self.before_send is not None:
            for change in changes:
                self.before_send(change)

    def withdraw(self, changes: list[PendingChange]) -> None:
        """Changes announced with :meth:`expect_all` that will never be sent."""
        if changes and self.after_withdrawn is not None:
            self.after_withdrawn(changes)

    def send(
        self,
        change: PendingChange,
        call: Callable[[], T],
        *,
        confirmed: Callable[[T], PendingChange] | None = None,
        announced: bool = False,
    ) -> T:
        """Run ``call``; record ``change`` (or ``confirmed(answer)``) once it is answered,
        as unconfirmed when the answer may be lost; a refused change is not recorded.
        ``announced``: :meth:`expect_all` already told ``before_send_all`` of it."""
        if self.before_send is not None and not announced:
            self.before_send(change)
        try:
            value = call()
        except Exception as exc:
            if answer_may_be_lost(exc):
                self.unconfirmed(change)
            else:
                change.claim()  # refused: nothing changed, nothing to record
            raise
        if change.claim():
            done = confirmed(value) if confirmed is not None else change
            self._write(done, confirmed=True)
            if self.after_confirmed is not None:
                self.after_confirmed(done)
        return value

    def unconfirmed(self, change: PendingChange) -> None:
        """Record ``change`` as sent without an answer (unless already recorded)."""
        if change.claim():
            self._write(change, confirmed=False)
            if self.after_unconfirmed is not None:
                self.after_unconfirmed(change)

    def take_problems(self) -> list[str]:
        """Why records could not be written since the last call (then forgotten)."""
        with self._problems_lock:
            problems, self._problems = self._problems, []
        return problems

    def _write(self, change: PendingChange, *, confirmed: bool) -> None:
        try:
            self.history.append(
                ChangeRecord(
                    account=change.account,
                    user_name=change.user_name,
                    action=change.action,
                    changes=change.changes,
                    confirmed=confirmed,
                )
            )
        except (OSError, ValueError) as exc:
            log.warning("change history not written: %s", type(exc).__name__)
            with self._problems_lock:
                self._problems.append(str(exc) or type(exc).__name__)
