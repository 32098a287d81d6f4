"""Immutable values returned by the client. Their repr and str never show a password."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec
import msgspec.structs

from .credentials import SmtpCredentials
from .text import MASK

__all__ = ["MASK", "SmtpCredentials", "SmtpUser", "UserList", "replace_user"]


class SmtpUser(msgspec.Struct, frozen=True, gc=False):
    """One SMTP user of the account, as ``listSmtp`` describes it.

    A limit the service did not send, or sent in a form that cannot be read, is ``None``
    (unknown), never 0. ``status_known`` is False when the service sent no status or one
    that is neither Enable nor Disable: ``enabled`` is then False and means nothing.

    A compact value (a msgspec struct, built in C by the list decoder): it holds only
    strings, numbers and booleans, so the cyclic garbage collector does not track it.
    Make a changed copy with :func:`replace_user`.
    """

    user_name: str
    password: str | None
    enabled: bool
    total_limit: int | None
    hourly_limit: int | None
    status_known: bool = True

    def __repr__(self) -> str:
        shown = None if self.password is None else MASK
        status = f"enabled={self.enabled!r}" if self.status_known else "status=unknown"
        return (
            f"SmtpUser(user_name={self.user_name!r}, password={shown!r}, "
            f"{status}, total_limit={self.total_limit!r}, "
            f"hourly_limit={self.hourly_limit!r})"
        )

    __str__ = __repr__


def replace_user(user: SmtpUser, **changes: object) -> SmtpUser:
    """``user`` with some fields changed (the fields of :class:`SmtpUser` by name)."""
    return msgspec.structs.replace(user, **changes)


class UserList(list[SmtpUser]):
    """The users of a list answer, in the service's order, with what could not be read.

    ``odd_entries`` counts the entries not read fully (a value that became unknown, or
    no usable user name); ``hidden_entries`` those of them left out for want of a user
    name. A window can say "2 entries could not be read fully" from ``odd_entries``.
    It compares equal to a plain list of the same users.
    """

    __slots__ = ("hidden_entries", "odd_entries")

    def __init__(self, users: Iterable[SmtpUser] = ()) -> None:
        super().__init__(users)
        self.odd_entries = 0
        self.hidden_entries = 0

    def copy_of_list(self) -> UserList:
        """A new list of the same users, with the same counts of entries not read fully."""
        copied = UserList(self)
        copied.odd_entries = self.odd_entries
        copied.hidden_entries = self.hidden_entries
        return copied
