"""PROTOTYPE of app/api/models.py (benchmarks only; see benchmarks/prototypes/README.md).

The one change: SmtpUser is a frozen msgspec Struct that the garbage collector does not
track (``gc=False``; it holds only strings, numbers and booleans), instead of a frozen
slots dataclass. Same fields, order, equality, hash, repr. Callers that use
``dataclasses.replace`` on a user (app/ui/user_operations.py) would use
``msgspec.structs.replace`` instead.

Immutable values returned by the client. Their repr and str never show a password.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec

MASK = "••••••••"


class SmtpUser(msgspec.Struct, frozen=True, gc=False):
    """One SMTP user of the account, as ``listSmtp`` describes it.

    A limit the service did not send is ``None`` (unknown), never 0.
    """

    user_name: str
    password: str | None
    enabled: bool
    total_limit: int | None
    hourly_limit: int | None

    def __repr__(self) -> str:
        shown = None if self.password is None else MASK
        return (
            f"SmtpUser(user_name={self.user_name!r}, password={shown!r}, "
            f"enabled={self.enabled!r}, total_limit={self.total_limit!r}, "
            f"hourly_limit={self.hourly_limit!r})"
        )

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class SmtpCredentials:
    """The user name and password of a new or reset SMTP user."""

    user_name: str
    password: str = field(repr=False)

    def __repr__(self) -> str:
        return f"SmtpCredentials(user_name={self.user_name!r}, password={MASK!r})"

    __str__ = __repr__
