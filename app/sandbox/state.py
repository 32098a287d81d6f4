"""The sandbox's SMTP users: a thread-safe, insertion-ordered store."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

PASSWORD_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
USER_NAME_PREFIX = "smtp"

# addSmtp names: "smtp" + 6 random digits; wider only if a width is crowded.
_FIRST_NAME_WIDTH = 6
_LAST_NAME_WIDTH = 12
_TRIES_PER_WIDTH = 32


@dataclass(frozen=True, slots=True)
class SandboxUser:
    """One SMTP user as the sandbox stores it."""

    user_name: str
    password: str
    enabled: bool = True
    total_limit: int = 100
    hourly_limit: int = 10


def new_password() -> str:
    """A fresh random password: 10 to 12 lowercase letters and digits."""
    length = 10 + secrets.randbelow(3)
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


class UserStore:
    """SMTP users keyed by name, in insertion order; every method is thread-safe.

    The serialized ``listSmtp`` body is cached per list style until the users change.
    """

    def __init__(self, users: Iterable[SandboxUser] = ()) -> None:
        self._lock = threading.Lock()
        self._users: dict[str, SandboxUser] = {}
        self._version = 0
        self._list_cache: dict[str, tuple[int, bytes]] = {}
        self.replace_all(users)

    def __len__(self) -> int:
        with self._lock:
            return len(self._users)

    def get(self, user_name: str) -> SandboxUser | None:
        """The user called ``user_name`` as it is now, or None."""
        with self._lock:
            return self._users.get(user_name)

    def snapshot(self) -> list[SandboxUser]:
        """The users, in order (the dataclass is frozen, so this is a safe copy)."""
        with self._lock:
            return list(self._users.values())

    def replace_all(self, users: Iterable[SandboxUser]) -> None:
        """Replace every user; raises ValueError on a duplicate name, TypeError on a non-user."""
        fresh: dict[str, SandboxUser] = {}
        for user in users:
            if not isinstance(user, SandboxUser):
                raise TypeError(f"expected SandboxUser, got {type(user).__name__}")
            if user.user_name in fresh:
                raise ValueError(f"duplicate SMTP user name {user.user_name!r}")
            fresh[user.user_name] = user
        with self._lock:
            self._users = fresh
            self._changed()

    def add(self, total_limit: int, hourly_limit: int) -> SandboxUser:
        """Create an enabled user with a fresh unique name and password."""
        with self._lock:
            user = SandboxUser(
                user_name=self._unused_name(),
                password=new_password(),
                enabled=True,
                total_limit=total_limit,
                hourly_limit=hourly_limit,
            )
            self._users[user.user_name] = user
            self._changed()
            return user

    def edit(
        self,
        user_name: str,
        *,
        total_limit: int | None = None,
        hourly_limit: int | None = None,
        enabled: bool | None = None,
    ) -> bool:
        """Change only the given fields; False when the user does not exist."""
        with self._lock:
            user = self._users.get(user_name)
            if user is None:
                return False
            if total_limit is not None:
                user = replace(user, total_limit=total_limit)
            if hourly_limit is not None:
                user = replace(user, hourly_limit=hourly_limit)
            if enabled is not None:
                user = replace(user, enabled=enabled)
            if user != self._users[user_name]:
                self._users[user_name] = user
                self._changed()
            return True

    def reset_password(self, user_name: str) -> SandboxUser | None:
        """Give the user a new password; None when the user does not exist."""
        with self._lock:
            user = self._users.get(user_name)
            if user is None:
                return None
            password = new_password()
            while password == user.password:  # pragma: no cover - 1 in 36**10
                password = new_password()
            user = replace(user, password=password)
            self._users[user_name] = user
            self._changed()
            return user

    def list_body(self, style: str, render: Callable[[list[SandboxUser], str], bytes]) -> bytes:
        """The serialized listSmtp body for ``style``, rendered once per state change."""
        with self._lock:
            version = self._version
            cached = self._list_cache.get(style)
            if cached is not None and cached[0] == version:
                return cached[1]
            users = list(self._users.values())
        body = render(users, style)  # outside the lock: large lists take a while
        with self._lock:
            if self._version == version:
                self._list_cache[style] = (version, body)
        return body

    def _changed(self) -> None:
        self._version += 1
        self._list_cache.clear()

    def _unused_name(self) -> str:
        for width in range(_FIRST_NAME_WIDTH, _LAST_NAME_WIDTH + 1):
            low = 10 ** (width - 1)
            for _ in range(_TRIES_PER_WIDTH):
                name = f"{USER_NAME_PREFIX}{low + secrets.randbelow(9 * low)}"
                if name not in self._users:
                    return name
        raise RuntimeError("no free SMTP user name")  # pragma: no cover - needs ~10**12 users
