"""The account session: which account is in use and whether its client is open.

Every connection gets a new generation. Jobs carry the generation they were started
for; the worker lets a job reach the client only if both generations still match, and
the runner drops answers of older generations. A connection that fails to open leaves
no client installed, so nothing can reach the previous account.
"""

from __future__ import annotations

import dataclasses
from enum import Enum

from PySide6.QtCore import QObject, Signal

from app.core.accounts import Account

from .connection import Connection


class SessionState(Enum):
    NO_ACCOUNT = "no account"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"


class AccountSession(QObject):
    #: The account, its state or its problem changed.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._connection: Connection | None = None
        self._state = SessionState.NO_ACCOUNT
        self._problem: str | None = None

    # -- read by anyone (the generation also by the worker threads) --------------------

    def generation(self) -> int:
        return self._generation

    @property
    def connection(self) -> Connection | None:
        return self._connection

    @property
    def account(self) -> Account | None:
        return self._connection.account if self._connection is not None else None

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def problem(self) -> str | None:
        return self._problem

    @property
    def is_connected(self) -> bool:
        return self._state is SessionState.CONNECTED

    @property
    def is_sandbox(self) -> bool:
        return self._connection is not None and self._connection.sandbox

    # -- changed by the accounts controller ----------------------------------------------

    def begin(self, connection: Connection) -> int:
        """Use ``connection`` from now on; nothing reaches the previous account's client."""
        self._generation += 1
        self._connection = connection
        self._state = SessionState.CONNECTING
        self._problem = None
        self.changed.emit()
        return self._generation

    def opened(self, generation: int) -> None:
        if generation == self._generation:
            self._state = SessionState.CONNECTED
            self._problem = None
            self.changed.emit()

    def failed(self, generation: int, problem: str) -> None:
        if generation == self._generation:
            self._state = SessionState.FAILED
            self._problem = problem
            self.changed.emit()

    def end(self) -> None:
        """No account in use (the last one was removed)."""
        self._generation += 1
        self._connection = None
        self._state = SessionState.NO_ACCOUNT
        self._problem = None
        self.changed.emit()

    def update_account(self, account: Account) -> None:
        """The same account under a new label or SMTP server: the client stays open."""
        if (
            self._connection is not None
            and self._connection.account.account_id == account.account_id
        ):
            self._connection = dataclasses.replace(self._connection, account=account)
            self.changed.emit()
