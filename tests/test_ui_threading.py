"""The settings that keep the UI thread responsive while the workers run Python."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication

from app.ui.application import build_window
from app.ui.jobs.gil import UI_SWITCH_INTERVAL_S
from app.ui.jobs.memory import settle_startup_heap
from tests.gui_support import close_window


def test_building_the_window_makes_the_gil_change_hands_quickly(qapp: QApplication) -> None:
    window = build_window().window
    try:
        # With Python's default 5 ms, each call from a paint into the model could wait
        # that long for a worker running Python.
        assert sys.getswitchinterval() <= UI_SWITCH_INTERVAL_S
    finally:
        close_window(window)


def test_settling_the_heap_takes_start_up_objects_out_of_the_collection() -> None:
    gc.unfreeze()
    try:
        settle_startup_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_one_call_per_cell_paints_what_one_call_per_role_paints(qapp: QApplication) -> None:
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QTableView

    from app.api import SmtpUser
    from app.ui.views.users_model import UsersTableModel

    class PerRole(UsersTableModel):
        multiData = QAbstractTableModel.multiData

    users = [
        SmtpUser(f"smtp{n:04d}", None if n % 3 == 0 else f"pw{n}", n % 4 != 0, n * 10, None)
        for n in range(40)
    ]
    images = []
    for model_type in (UsersTableModel, PerRole):
        model = model_type()
        model.set_users(users)
        view = QTableView()
        # No focus frame: whether a new window gets the focus depends on the tests
        # before (another window may be active), and the frame is not the model's.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setModel(model)
        view.resize(700, 500)
        view.show()
        qapp.processEvents()
        images.append(view.viewport().grab().toImage())
        view.close()
    assert images[0] == images[1]


def test_cells_painted_again_show_every_change_made_since(qapp: QApplication) -> None:
    """The roles of painted cells are remembered until the model changes in any way."""
    from PySide6.QtCore import QModelRoleData, Qt

    from app.api import SmtpUser
    from app.api.models import replace_user
    from app.ui.views.row_extras import ExtraColumn, RowExtras
    from app.ui.views.users_model import Column, UsersTableModel

    model = UsersTableModel()
    users = [SmtpUser(f"smtp{n}", f"pw{n}", True, n, 1) for n in range(5)]
    model.set_users(users)

    def shown(row: int, column: int) -> object:
        role = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
        model.multiData(model.index(row, column), role)
        return role.data()

    assert shown(0, Column.PASSWORD) != "pw0"  # masked
    model.set_reveal_passwords(True)
    assert shown(0, Column.PASSWORD) == "pw0"
    assert shown(1, ExtraColumn.LABEL) == ""
    model.set_extras(RowExtras(labels={"smtp1": "billing"}))
    assert shown(1, ExtraColumn.LABEL) == "billing"
    assert shown(2, Column.TOTAL_LIMIT) == "2"
    model.replace_user(replace_user(users[2], total_limit=7))
    assert shown(2, Column.TOTAL_LIMIT) == "7"
    model.sort(Column.TOTAL_LIMIT, Qt.SortOrder.DescendingOrder)
    assert shown(0, Column.USER_NAME) == "smtp2"
    model.set_filter("smtp4")
    assert shown(0, Column.USER_NAME) == "smtp4"
