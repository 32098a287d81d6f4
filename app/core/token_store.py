"""Where account API tokens are kept: the OS keyring, or memory for this session only.

Each account's token is one keyring entry: service ``sendclean-smtp-manager``,
username = the account id. Tokens are never written to a plain file: a plaintext
or file keyring backend is refused like a missing keyring.

Every keyring call may block (D-Bus round trips, or an unlock prompt the user has
to answer), so the app runs ``get``/``set``/``delete`` off the UI thread in its
worker. ``keyring`` itself is imported lazily, on first use: importing it and
resolving the backend takes ~160 ms, which must stay off the app's startup path.

Failures are raised as :class:`TokenStoreError`, whose ``kind`` is one of
``"no_backend"``, ``"locked"``, ``"unavailable"`` or ``"failed"`` and whose text
says what happened and where the token would be kept. Neither error texts nor
reprs ever contain a token.
"""

from __future__ import annotations

import os
import sys
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from app.api.problem import Problem, ProblemKind

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "sendclean-smtp-manager"

TokenStoreErrorKind = Literal["no_backend", "locked", "unavailable", "failed"]

_SESSION_ONLY = "you can use it for this session only"
_PROBLEM_KINDS = {
    "no_backend": ProblemKind.KEYRING_NO_BACKEND,
    "locked": ProblemKind.KEYRING_LOCKED,
    "unavailable": ProblemKind.KEYRING_UNAVAILABLE,
    "failed": ProblemKind.KEYRING_FAILED,
}
_VERBS = {"get": "read", "set": "saved", "delete": "removed"}
_INSECURE_WORDS = ("plaintext", "file", "null")


class TokenStoreError(Exception):
    """A token could not be read, saved or removed; ``str()`` tells why, in English.

    ``problem`` is the same as data for the window: ``account`` and ``operation``
    (``get``, ``set`` or ``delete``; empty before any account was involved) and the
    technical ``detail`` (backend, exception class and text; never the token).
    """

    def __init__(
        self,
        kind: TokenStoreErrorKind,
        message: str,
        *,
        detail: str = "",
        insecure: bool = False,
    ) -> None:
        super().__init__(message)
        self.kind: TokenStoreErrorKind = kind
        self.detail = detail
        self.insecure = insecure
        self.account = ""
        self.operation = ""

    @property
    def problem(self) -> Problem:
        kind = ProblemKind.KEYRING_INSECURE if self.insecure else _PROBLEM_KINDS[self.kind]
        params = {"account": self.account, "operation": self.operation}
        return Problem(kind, params, self.detail)

    def __repr__(self) -> str:
        return f"TokenStoreError(kind={self.kind!r}, message={str(self)!r})"


class TokenStore(ABC):
    """Keeps one API token per account id."""

    @abstractmethod
    def describe(self) -> str:
        """Human name of where tokens go, e.g. "memory, for this session only"."""

    @abstractmethod
    def get(self, account_id: str) -> str | None:
        """The account's token, or None when none is stored."""

    @abstractmethod
    def set(self, account_id: str, token: str) -> None:
        """Store (or replace) the account's token."""

    @abstractmethod
    def delete(self, account_id: str) -> None:
        """Forget the account's token; a missing entry is not an error."""


def _check_args(account_id: str, token: str | None = None) -> None:
    if not account_id:
        raise ValueError("account_id must not be empty")
    if token is not None and not token:
        raise ValueError("token must not be empty (use delete() to remove a token)")


class MemoryTokenStore(TokenStore):
    """Tokens kept in this process only ("use for this session only"); never persisted."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def describe(self) -> str:
        return "memory, for this session only"

    def get(self, account_id: str) -> str | None:
        with self._lock:
            return self._tokens.get(account_id)

    def set(self, account_id: str, token: str) -> None:
        _check_args(account_id, token)
        with self._lock:
            self._tokens[account_id] = token

    def delete(self, account_id: str) -> None:
        with self._lock:
            self._tokens.pop(account_id, None)

    def __repr__(self) -> str:
        with self._lock:
            count = len(self._tokens)
        return f"MemoryTokenStore(<{count} token(s) hidden>)"


def _platform_keyring() -> str:
    if sys.platform == "darwin":
        return "the macOS Keychain"
    if sys.platform == "win32":
        return "the Windows Credential Manager"
    return "GNOME Keyring / KWallet via the Secret Service"


def _no_keyring_reason() -> str:
    if sys.platform in ("darwin", "win32"):
        return "the keyring library found no usable backend"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set"
    return "no Secret Service reachable on the session D-Bus"


def _is_insecure(backend: KeyringBackend) -> bool:
    """True for backends that keep secrets in a plain file, or nowhere at all."""
    cls = type(backend)
    module = cls.__module__
    if module.startswith("keyrings.alt"):
        return True
    names = f"{cls.__name__} {module.rpartition('.')[2]}".lower()
    return any(word in names for word in _INSECURE_WORDS)


def _is_fail_backend(backend: KeyringBackend) -> bool:
    return type(backend).__module__ == "keyring.backends.fail"


class KeyringTokenStore(TokenStore):
    """Tokens in the OS keyring through the ``keyring`` library.

    ``backend`` selects a keyring backend explicitly (tests); by default the
    ``keyring`` library's own choice is used, resolved on first use.
    """

    def __init__(self, service: str = SERVICE_NAME, backend: KeyringBackend | None = None) -> None:
        self._service = service
        self._backend = backend
        self._resolved: KeyringBackend | None = backend

    def __repr__(self) -> str:
        chosen = self._resolved.name if self._resolved is not None else "default"
        return f"KeyringTokenStore(service={self._service!r}, backend={chosen!r})"

    @property
    def backend_name(self) -> str | None:
        """The keyring backend's own name once it was resolved (e.g. for the window)."""
        return None if self._resolved is None else str(self._resolved.name)

    def describe(self) -> str:
        """Where tokens go; cheap (never resolves the backend itself), never raises."""
        if self._resolved is not None:
            return f"the system keyring ({self._resolved.name})"
        return f"the system keyring ({_platform_keyring()})"

    def get(self, account_id: str) -> str | None:
        _check_args(account_id)
        with self._translate("get", account_id):
            value: Any = self._keyring().get_password(self._service, account_id)
        return None if value is None else str(value)

    def set(self, account_id: str, token: str) -> None:
        _check_args(account_id, token)
        with self._translate("set", account_id, token):
            self._keyring().set_password(self._service, account_id, token)

    def delete(self, account_id: str) -> None:
        _check_args(account_id)
        from keyring.errors import PasswordDeleteError

        with self._translate("delete", account_id):
            backend = self._keyring()
            try:
                backend.delete_password(self._service, account_id)
            except PasswordDeleteError:
                # Backends raise this for a missing entry; only a real failure if
                # the entry is still there.
                if backend.get_password(self._service, account_id) is not None:
                    raise

    # -- internals ---------------------------------------------------------

    def _keyring(self) -> KeyringBackend:
        backend = self._backend
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
            if type(backend).__name__ == "ChainerBackend":
                # It wraps several backends: use the best secure one directly.
                chained = list(getattr(backend, "backends", ()))
                if not chained:
                    raise _no_backend(_no_keyring_reason())
                backend = next((b for b in chained if not _is_insecure(b)), chained[0])
        if _is_fail_backend(backend):
            raise _no_backend(_no_keyring_reason())
        if _is_insecure(backend):
            raise TokenStoreError(
                "no_backend",
                f"No secure system keyring is available: the configured keyring backend "
                f"({backend.name}) keeps secrets in a plain file or not at all, so it is not "
                f"used. The token would be kept in {_platform_keyring()}; {_SESSION_ONLY}.",
                detail=f"insecure keyring backend: {backend.name} ({type(backend).__module__})",
                insecure=True,
            )
        self._resolved = backend
        return backend

    @contextmanager
    def _translate(self, op: str, account_id: str, token: str | None = None) -> Iterator[None]:
        """Turn keyring/D-Bus failures into TokenStoreError without leaking ``token``."""
        from keyring.errors import InitError, KeyringLocked, NoKeyringError

        try:
            yield
        except TokenStoreError as error:
            error.account, error.operation = account_id, op
            raise
        except Exception as exc:
            # Whatever a backend raises (its own errors, D-Bus, or a plain bug in a
            # third-party backend), the keyring is unusable: the user is offered to type
            # the token for this session only, never left at a dead end.
            mro = {cls.__name__ for cls in type(exc).__mro__}
            detail = (str(exc) or type(exc).__name__).rstrip(".")
            if token:
                detail = detail.replace(token, "***")
            where = self.describe()
            technical = f"{type(exc).__name__}: {detail}"
            what = f"the token for account {account_id!r} could not be {_VERBS[op]}"
            err: TokenStoreError
            if isinstance(exc, NoKeyringError):
                err = _no_backend(_no_keyring_reason())
            elif "SecretServiceNotAvailableException" in mro:
                err = _no_backend(detail, technical)
            elif isinstance(exc, KeyringLocked) or mro & {
                "LockedException",
                "PromptDismissedException",
            }:
                err = TokenStoreError(
                    "locked",
                    f"{_cap(where)} is locked and was not unlocked, so {what}. Unlock it "
                    f"(accept the unlock prompt, or use your keyring manager) and try "
                    f"again, or use the token for this session only.",
                    detail=technical,
                )
            elif isinstance(exc, InitError):
                err = TokenStoreError(
                    "unavailable",
                    f"{_cap(where)} could not be opened ({detail}), so {what}. The token "
                    f"would be kept there; {_SESSION_ONLY}.",
                    detail=technical,
                )
            else:
                failed = "could not be reached" if isinstance(exc, OSError) else "failed"
                err = TokenStoreError(
                    "failed",
                    f"{_cap(where)} {failed} ({type(exc).__name__}: {detail}), so {what}. "
                    f"The token would be kept there; try again, or use it for this "
                    f"session only.",
                    detail=technical,
                )
            err.account, err.operation = account_id, op
            if token and (token in str(exc) or token in repr(exc.args)):
                raise err from None
            raise err from exc


def _no_backend(reason: str, detail: str = "") -> TokenStoreError:
    return TokenStoreError(
        "no_backend",
        f"No system keyring is available ({reason}). The token would be kept in "
        f"{_platform_keyring()}; {_SESSION_ONLY}.",
        detail=detail or reason,
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
