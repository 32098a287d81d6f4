"""A list answer as it reaches the window: sorted on the worker, with what was odd."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.user_order import SortSpec, sort_users

if TYPE_CHECKING:
    from app.api import SmtpUser


@dataclass(frozen=True, eq=False)
class Listing:
    users: list[SmtpUser]
    order: SortSpec
    #: Entries not read fully (a value became unknown, or no usable user name).
    odd_entries: int = 0


def sorted_listing(users: list[SmtpUser], order: SortSpec) -> Listing:
    """Worker side: sort in the table's order, keeping the count of odd entries."""
    from app.api import UserList

    odd = users.odd_entries if isinstance(users, UserList) else 0
    return Listing(sort_users(users, order), order, odd)
