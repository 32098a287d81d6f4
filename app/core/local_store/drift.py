"""Changes made elsewhere: the pure comparison of two lists of the same account.

A field whose old or new value is unknown (``None``) is never reported: unknown is not
evidence of a change. :func:`carry_known` keeps the last known value in the snapshot so
that ``100 -> unknown -> 200`` is still reported as ``100 -> 200``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.api import SmtpUser

from .records import FIELDS, Drift, Field, FieldChange, FieldValue, OwnChange, UserState

__all__ = ["Expectations", "carry_known", "diff"]


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
    previous: Mapping[str, UserState] | None,
    current: Iterable[UserState | SmtpUser],
    own: Expectations | Iterable[OwnChange] = (),
    *,
    seen_at: str = "",
) -> list[Drift]:
    """The drifts from ``previous`` to ``current``, sorted by user name.

    ``previous`` None means this app never saw the account: nothing is reported. A user
    this app added, or a field that now holds a value this app asked for, is not a drift.
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
        changes = tuple(
            FieldChange(field, _typed(field, old), new)
            for field in FIELDS
            if (old := before.value(field)) != (new := user.value(field))
            and old is not None
            and new is not None
            and not expected.expects(name, field, new)
        )
        if changes:
            drifts.append(Drift(name, "changed", changes, seen_at))
    drifts.extend(Drift(name, "vanished", seen_at=seen_at) for name in previous.keys() - seen)
    drifts.sort(key=lambda drift: drift.user_name)
    return drifts


def _typed(name: Field, value: FieldValue) -> FieldValue:
    """Snapshots read back hold ``enabled`` as 0 or 1."""
    return bool(value) if name == "enabled" and value is not None else value


def carry_known(previous: Mapping[str, UserState] | None, user: UserState) -> UserState:
    """``user`` with each unknown field filled from its last known value in ``previous``."""
    if previous is None or None not in (user.enabled, user.total_limit, user.hourly_limit):
        return user
    before = previous.get(user.user_name)
    if before is None:
        return user
    return UserState(
        user.user_name,
        before.enabled if user.enabled is None else user.enabled,
        before.total_limit if user.total_limit is None else user.total_limit,
        before.hourly_limit if user.hourly_limit is None else user.hourly_limit,
    )
