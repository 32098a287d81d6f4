"""SendClean's rules for the sandbox relay: who may log in, and how much each user may send.

Passwords are checked against the user store at every AUTH and again at every MAIL, so a
reset or a disable takes effect at once, even in a session that logged in before. One
accepted message counts once against the hourly and the total limit, whatever the
number of recipients. Once the total limit is used up, MAIL is refused with a 5xx; once
the hourly limit is, with a 4xx until an hour after the oldest counted message.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from app.sandbox.state import UserStore

INVALID_CREDENTIALS = "535 5.7.8 Authentication credentials invalid"
_HOUR = 3600.0


def hourly_refusal(user_name: str, limit: int) -> str:
    return (
        f"451 4.7.1 Hourly sending limit of {limit} messages reached for {user_name}; "
        "try again later"
    )


def total_refusal(user_name: str, limit: int) -> str:
    return f"550 5.7.1 Total sending limit of {limit} messages reached for {user_name}"


@dataclass(slots=True)
class _Usage:
    total: int
    recent: deque[float]  # monotonic times of the messages of the last hour


class RelayRules:
    """Thread-safe: the relay's event loop and tests call it concurrently."""

    def __init__(self, store: UserStore, clock: Callable[[], float] = time.monotonic) -> None:
        self._store = store
        self._clock = clock
        self._lock = threading.Lock()
        self._usage: dict[str, _Usage] = {}

    def authenticate(self, login: bytes, password: bytes) -> str | None:
        """The user's name when ``login`` is an enabled user whose password is ``password``."""
        try:
            name = login.decode("utf-8")
        except UnicodeDecodeError:
            return None
        user = self._store.get(name)
        if user is None or not user.enabled:
            return None
        if not secrets.compare_digest(user.password.encode("utf-8"), password):
            return None
        return name

    def refusal(self, user_name: str) -> str | None:
        """The answer refusing one more message from this user, or None when it may send."""
        return self._check(user_name, count=False)

    def count(self, user_name: str) -> str | None:
        """Count one accepted message, atomically with the check; the refusal if over a limit."""
        return self._check(user_name, count=True)

    def _check(self, user_name: str, *, count: bool) -> str | None:
        user = self._store.get(user_name)
        if user is None:
            return INVALID_CREDENTIALS
        with self._lock:
            usage = self._current(user_name)
            if usage.total >= user.total_limit:
                return total_refusal(user_name, user.total_limit)
            if len(usage.recent) >= user.hourly_limit:
                return hourly_refusal(user_name, user.hourly_limit)
            if count:
                usage.total += 1
                usage.recent.append(self._clock())
        return None

    def sent(self, user_name: str) -> tuple[int, int]:
        """(messages in the last hour, messages in all) accepted for this user."""
        with self._lock:
            usage = self._current(user_name)
            return len(usage.recent), usage.total

    def _current(self, user_name: str) -> _Usage:
        usage = self._usage.setdefault(user_name, _Usage(0, deque()))
        horizon = self._clock() - _HOUR
        while usage.recent and usage.recent[0] <= horizon:
            usage.recent.popleft()
        return usage
