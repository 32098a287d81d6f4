"""The order of the users table, as a pure function (Qt-free).

The table model sorts with it on the UI thread when a header is clicked; the refresh
job sorts with it on the worker, so a fresh list arrives already in the table's order.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.api import SmtpUser


class Column(IntEnum):
    USER_NAME = 0
    PASSWORD = 1
    STATUS = 2
    TOTAL_LIMIT = 3
    HOURLY_LIMIT = 4


SortSpec = tuple[Column, bool]  # column, descending

_MISSING_LAST = 1 << 62
_NAME = attrgetter("user_name")
_ENABLED = attrgetter("enabled")
_ASCENDING_KEYS: dict[Column, Callable[[SmtpUser], Any]] = {
    Column.PASSWORD: lambda u: u.password or "",
    Column.TOTAL_LIMIT: lambda u: _MISSING_LAST if u.total_limit is None else u.total_limit,
    Column.HOURLY_LIMIT: lambda u: _MISSING_LAST if u.hourly_limit is None else u.hourly_limit,
}
# Descending limits: negated values, so unknown limits stay last in both orders.
_DESCENDING_KEYS: dict[Column, Callable[[SmtpUser], Any]] = {
    Column.TOTAL_LIMIT: lambda u: _MISSING_LAST if u.total_limit is None else -u.total_limit,
    Column.HOURLY_LIMIT: lambda u: _MISSING_LAST if u.hourly_limit is None else -u.hourly_limit,
}


def sort_users(
    users: list[SmtpUser], spec: SortSpec, *, by_name: list[SmtpUser] | None = None
) -> list[SmtpUser]:
    """A new list of ``users`` in the table's order for ``spec``.

    ``by_name``: the same users already in ascending name order, when the caller has
    them: the status order then costs one pass over booleans instead of a name sort.
    """
    column, descending = spec
    # Name and status sort with C-level keys and no per-row tuples (100k tuples would
    # set off full garbage collections).
    if column == Column.USER_NAME:
        return sorted(users, key=_NAME, reverse=descending)
    if column == Column.STATUS:
        # Enabled first, then by name; descending is the exact reverse. Two stable
        # passes give that order.
        if by_name is None:
            by_name = sorted(users, key=_NAME, reverse=descending)
        elif descending:
            by_name = by_name[::-1]
        return sorted(by_name, key=_ENABLED, reverse=not descending)
    if not descending:
        return sorted(users, key=_ASCENDING_KEYS[column])
    key = _DESCENDING_KEYS.get(column)
    if key is not None:
        return sorted(users, key=key)
    return sorted(users, key=_ASCENDING_KEYS[column], reverse=True)
