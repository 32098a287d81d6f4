"""The user name and password a new or reset SMTP user gets (no msgspec: loads at once)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import MASK


@dataclass(frozen=True, slots=True)
class SmtpCredentials:
    """The user name and password of a new or reset SMTP user."""

    user_name: str
    password: str = field(repr=False)

    def __repr__(self) -> str:
        return f"SmtpCredentials(user_name={self.user_name!r}, password={MASK!r})"

    __str__ = __repr__
