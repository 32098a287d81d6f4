"""What controllers may ask of the table's selection (the window provides it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.api import SmtpUser


class UserSelection(Protocol):
    def selected_users(self) -> list[SmtpUser]: ...
    def current_user(self) -> SmtpUser | None: ...
    def select_names(self, names: list[str], current: str | None = None) -> None: ...
    def select_after_refresh(self, names: list[str]) -> None: ...
