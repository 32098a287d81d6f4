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
    assert all(part == [] for part in previous)
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


def _display(model: UsersTableModel, row: int, column: int) -> object:
    """What a paint reads (multiData, through the cell cache), not data()."""
    from PySide6.QtCore import QModelRoleData

    item = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
    model.multiData(model.index(row, column), item)
    return item.data()


def test_painted_cells_are_reused_across_sorts_and_follow_every_change(
    qapp: QApplication,
) -> None:
    """A cell's roles are worked out once for a user and kept through sorts and filters;
    a changed user, new extras, or passwords shown are worked out again."""
    from app.ui.views.row_extras import ExtraColumn, RowExtras

    model = UsersTableModel()
    users = sample(20)
    model.set_users(users)
    first = model.user_at(0)
    assert _display(model, 0, Column.USER_NAME) == first.user_name
    calls: list[str] = []
    original = model._cell

    def counted(user: SmtpUser, column: int) -> dict[int, object]:
        calls.append(user.user_name)
        return original(user, column)

    model._cell = counted  # type: ignore[method-assign]
    model.sort(Column.TOTAL_LIMIT, Qt.SortOrder.DescendingOrder)
    model.sort(Column.USER_NAME, Qt.SortOrder.AscendingOrder)
    model.set_filter(first.user_name)
    model.set_filter("")
    assert _display(model, 0, Column.USER_NAME) == first.user_name
    assert calls == []  # the same user, painted before: nothing worked out again
    model.replace_user(replace_user(first, total_limit=123456))
    assert _display(model, 0, Column.TOTAL_LIMIT) == "123,456"
    model.set_extras(RowExtras(labels={first.user_name: "billing"}))
    assert _display(model, 0, ExtraColumn.LABEL) == "billing"
    model.set_reveal_passwords(True)
    shown = model.user_at(0).password
    assert _display(model, 0, Column.PASSWORD) == (shown or "(not shown by SendClean)")


def test_a_kept_cell_is_never_shown_for_another_user_with_the_same_id(
    qapp: QApplication,
) -> None:
    """Entries are keyed by id(user): an id freed and reused by a new user must miss."""
    model = UsersTableModel()
    model.set_users([SmtpUser("alpha", None, True, 10, 5)])
    assert _display(model, 0, Column.USER_NAME) == "alpha"
    (key,) = [k for k in model._painted if k[1] == Column.USER_NAME]
    impostor = SmtpUser("bravo", None, True, 10, 5)
    model._painted[(id(impostor), key[1])] = model._painted[key]  # as if the id were reused
    model.set_users([impostor])
    assert _display(model, 0, Column.USER_NAME) == "bravo"


@pytest.mark.parametrize("text", ["smtp", "billing", "g\x00x", "a\x00b"])
def test_the_filter_looks_in_names_labels_and_notes_never_across_them(
    qapp: QApplication, text: str
) -> None:
    from app.ui.views.row_extras import RowExtras

    users = [SmtpUser(f"smtp{n}a", None, True, 10, 5) for n in range(5)]
    model = UsersTableModel()
    model.set_users(users)
    model.set_extras(RowExtras(search={"smtp1a": "billing", "smtp2a": "b team"}))
    model.set_filter(text)
    shown = [model.user_at(row).user_name for row in range(model.rowCount())]
    expected = {
        "smtp": [u.user_name for u in users],
        "billing": ["smtp1a"],
    }.get(text, [])  # never a match made of a name's end and a label's start
    assert shown == expected
    model.set_filter("ab")  # "…a" + "b team" would match only across the fields
    assert [model.user_at(row).user_name for row in range(model.rowCount())] == []


def test_a_new_list_hands_back_what_the_filter_kept_of_the_old_one(qapp: QApplication) -> None:
    """The filter's texts of a 100k list are as big as a list: freed with it, off the UI
    thread, not kept alive until the next filter."""
    model = UsersTableModel()
    model.set_users(sample(30))
    model.set_filter("a")
    replaced = model.set_users(sample(30, seed=5))
    assert len(replaced) == 3 and all(isinstance(text, str) for text in replaced[2])
    assert model._haystacks is not None and model._haystacks[0] is not replaced[0]
    model.set_filter("")
    assert len(model.set_users(sample(10))) == 3  # the new list was filtered once too
