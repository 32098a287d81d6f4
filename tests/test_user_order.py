"""The table's order, computed on the worker for a refresh and in the model for a click."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.api import SmtpUser
from app.api.models import replace_user
from app.core.user_order import Column, sort_users
from app.ui.views.users_model import UsersTableModel


def sample(count: int = 300, seed: int = 4) -> list[SmtpUser]:
    rng = random.Random(seed)
    return [
        SmtpUser(
            f"smtp{rng.randrange(10**6):06d}-{i}",
            None if i % 11 == 0 else f"pw{rng.randrange(10**9)}",
            rng.random() < 0.7,
            None if i % 7 == 0 else rng.choice([100, 500, 1000, 5000]),
            None if i % 5 == 0 else rng.choice([10, 50, 100]),
        )
        for i in range(count)
    ]


def expected(users: list[SmtpUser], column: Column, descending: bool) -> list[str]:
    def limit(value: int | None) -> tuple[int, int]:
        if value is None:
            return (1, 0)  # unknown limits last in both directions
        return (0, -value if descending else value)

    keys = {
        Column.USER_NAME: lambda u: u.user_name,
        Column.PASSWORD: lambda u: u.password or "",
        Column.STATUS: lambda u: (not u.enabled, u.user_name),
        Column.TOTAL_LIMIT: lambda u: limit(u.total_limit),
        Column.HOURLY_LIMIT: lambda u: limit(u.hourly_limit),
    }
    reverse = descending and column in (Column.USER_NAME, Column.PASSWORD, Column.STATUS)
    ordered = sorted(users, key=keys[column], reverse=reverse)
    return [u.user_name for u in ordered]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", list(Column))
def test_sort_users_matches_the_documented_order(column: Column, descending: bool) -> None:
    users = sample()
    got = [u.user_name for u in sort_users(users, (column, descending))]
    want = expected(users, column, descending)
    if column in (Column.TOTAL_LIMIT, Column.HOURLY_LIMIT, Column.PASSWORD):
        # ties keep their input order in both; compare the sort keys, not the names
        by_name = {u.user_name: u for u in users}
        attr = {
            Column.TOTAL_LIMIT: "total_limit",
            Column.HOURLY_LIMIT: "hourly_limit",
            Column.PASSWORD: "password",
        }[column]
        assert [getattr(by_name[n], attr) for n in got] == [getattr(by_name[n], attr) for n in want]
    else:
        assert got == want


def test_a_presorted_list_is_shown_as_given_and_still_filtered(qapp: QApplication) -> None:
    model = UsersTableModel()
    model.sort(Column.TOTAL_LIMIT, Qt.SortOrder.DescendingOrder)
    users = sort_users(sample(), model.sort_spec())
    model.set_filter("-1")
    previous = model.set_users(users, sorted_by=model.sort_spec())
    assert previous == ([], [])
    shown = [model.user_at(r).user_name for r in range(model.rowCount())]
    assert shown == [u.user_name for u in users if "-1" in u.user_name]
    # a list sorted for another order is sorted again by the model
    model.set_users(
        sort_users(sample(), (Column.USER_NAME, False)), sorted_by=(Column.USER_NAME, False)
    )
    limits = [model.user_at(r).total_limit for r in range(model.rowCount())]
    known = [v for v in limits if v is not None]
    assert known == sorted(known, reverse=True) and limits[len(known) :] == [None] * (
        len(limits) - len(known)
    )


@pytest.mark.parametrize("descending", [False, True])
def test_the_status_order_from_a_list_kept_in_name_order_is_the_same(descending: bool) -> None:
    users = sample()
    by_name = sorted(users, key=lambda u: u.user_name)
    spec = (Column.STATUS, descending)
    fast = sort_users(users, spec, by_name=by_name)
    assert [u.user_name for u in fast] == expected(users, Column.STATUS, descending)
    assert [u.user_name for u in by_name] == sorted(u.user_name for u in users)  # untouched


def test_the_model_sorts_by_status_from_fresh_values_after_an_edit(qapp: QApplication) -> None:
    from app.api import replace_user

    model = UsersTableModel()
    users = sort_users(sample(), (Column.USER_NAME, False))
    model.set_users(users, sorted_by=(Column.USER_NAME, False))
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    first = model.user_at(0)
    assert first is not None and first.enabled
    model.replace_user(replace_user(first, enabled=False))  # the kept name order is stale now
    model.sort(Column.USER_NAME, Qt.SortOrder.AscendingOrder)
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    shown = [model.user_at(row) for row in range(model.rowCount())]
    flags = [u.enabled for u in shown if u is not None]
    assert flags == sorted(flags, reverse=True)  # every enabled user before every disabled
    assert first.user_name in {u.user_name for u in shown if u is not None and not u.enabled}


def test_only_the_status_order_makes_the_name_order_it_starts_from(qapp: QApplication) -> None:
    model = UsersTableModel()
    model.set_users(sample())  # not in name order
    model.sort(Column.PASSWORD, Qt.SortOrder.AscendingOrder)
    assert model._name_ordered is None  # a password sort pays for no name sort
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert model._name_ordered is not None


def test_a_filter_narrows_the_sorted_list_and_clearing_it_sorts_nothing(
    qapp: QApplication,
) -> None:
    model = UsersTableModel()
    model.set_users(sample())
    model.sort(Column.TOTAL_LIMIT, Qt.SortOrder.DescendingOrder)
    ordered = [model.user_at(row) for row in range(model.rowCount())]
    model.set_filter("a")
    shown = [model.user_at(row) for row in range(model.rowCount())]
    assert shown == [user for user in ordered if "a" in user.user_name.casefold()]
    model.set_filter("")
    assert model._rows is model._all_sorted  # the kept order, not a new sort
    assert [model.user_at(row) for row in range(model.rowCount())] == ordered
    model.replace_user(replace_user(ordered[0], total_limit=0))
    assert model._all_sorted is None  # an edit may move a user: sorted again when needed
