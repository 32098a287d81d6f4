"""Changes made elsewhere: the pure comparison of two lists of the same account.

A field whose old or new value is unknown (``None``) is never reported: unknown is not
evidence of a change. :func:`carry_known` keeps the last known value in the snapshot so
that ``100 -> unknown -> 200`` is still reported as ``100 -> 200``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeAlias

from app.api import SmtpUser

from .records import Drift, Field, FieldChange, FieldValue, OwnChange, UserState

__all__ = ["Expectations", "StoredState", "carry_known", "diff"]

#: A snapshot row as read back: a :class:`UserState`, or the same four values in a plain
#: tuple with ``enabled`` as 0 or 1 (equal to False and True), which is cheaper to load.
StoredState: TypeAlias = tuple[str, FieldValue, int | None, int | None]


class Expectations:
    """This app's own changes, by user, in the form :func:`diff` checks them quickly."""

    def __init__(self, changes: Iterable[OwnChange] = ()) -> None:
        self.added: set[str] = set()
        self.values: dict[tuple[str, Field], set[FieldValue]] = {}
        for change in changes:
            self.add(change)

    def add(self, change: OwnChange) -> None:
        if change.added:
            self.added.add(change.user_name)
        for name, value in change.expected.items():
            self.values.setdefault((change.user_name, name), set()).add(value)

    def expects(self, user_name: str, name: Field, value: FieldValue) -> bool:
        return value in self.values.get((user_name, name), ())


def diff(
    previous: Mapping[str, StoredState] | None,
    current: Iterable[UserState | SmtpUser],
    own: Expectations | Iterable[OwnChange] = (),
    *,
    seen_at: str = "",
) -> list[Drift]:
    """The drifts from ``previous`` to ``current``, sorted by user name.

    ``previous`` None means this app never saw the account: nothing is reported. A user
    this app added, or a field that now holds a value this app asked for, is not a drift.
    ``previous`` may hold :class:`UserState` values or the plain rows the store reads.
    """
    if previous is None:
        return []
    expected = own if isinstance(own, Expectations) else Expectations(own)
    drifts: list[Drift] = []
    seen: set[str] = set()
    for item in current:
        user = item if type(item) is UserState else UserState.of(item)
        name = user.user_name
        seen.add(name)
        before = previous.get(name)
        if before is None:
            if name not in expected.added:
                drifts.append(Drift(name, "appeared", seen_at=seen_at))
            continue
        if before == user:
            continue
        found = (
            _change(expected, name, "enabled", _flag(before[1]), user.enabled),
            _change(expected, name, "total_limit", before[2], user.total_limit),
            _change(expected, name, "hourly_limit", before[3], user.hourly_limit),
        )
        changes = tuple(change for change in found if change is not None)
        if changes:
            drifts.append(Drift(name, "changed", changes, seen_at))
    drifts.extend(Drift(name, "vanished", seen_at=seen_at) for name in previous.keys() - seen)
    drifts.sort(key=lambda drift: drift.user_name)
    return drifts


def _change(
    expected: Expectations, user_name: str, field: Field, old: FieldValue, new: FieldValue
) -> FieldChange | None:
    if old == new or old is None or new is None or expected.expects(user_name, field, new):
        return None
    return FieldChange(field, old, new)


def _flag(value: FieldValue) -> bool | None:
    """Snapshots read back hold ``enabled`` as 0 or 1."""
    return None if value is None else bool(value)


def carry_known(previous: Mapping[str, StoredState] | None, user: UserState) -> UserState:
    """``user`` with each unknown field filled from its last known value in ``previous``."""
    if previous is None or None not in (user.enabled, user.total_limit, user.hourly_limit):
        return user
    before = previous.get(user.user_name)
    if before is None:
        return user
    return UserState(
        user.user_name,
        _flag(before[1]) if user.enabled is None else user.enabled,
        before[2] if user.total_limit is None else user.total_limit,
        before[3] if user.hourly_limit is None else user.hourly_limit,
    )
