"""Immutable values returned by the client. Their repr and str never show a password."""

from __future__ import annotations

from dataclasses import dataclass, field

MASK = "••••••••"


@dataclass(frozen=True, slots=True)
class SmtpUser:
    """One SMTP user of the account, as ``listSmtp`` describes it.

    A limit the service did not send is ``None`` (unknown), never 0.
    """

    user_name: str
    password: str | None = field(repr=False)
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
