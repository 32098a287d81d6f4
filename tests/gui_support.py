"""Helpers for the GUI tests: the real window, connected to the real sandbox over HTTP.

Nothing of the app is mocked: :func:`open_window` builds the window and its controllers
the way the app does (``build_window()``), connects it to a running
:class:`~app.sandbox.Sandbox` in sandbox mode and waits, on signals only, until the
first list has arrived. :func:`parts` gives the controllers of a window built here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.sandbox import Sandbox, SandboxUser
from app.ui.application import build_window
from app.ui.controllers.users import UsersController
from app.ui.session.sandbox_host import sandbox_connection
from app.ui.views.main_window import MainWindow
from app.ui.views.users_model import Column
from app.ui.wiring import AppParts

#: Generous ceiling for anything that waits on the sandbox (it answers in milliseconds).
WAIT_MS = 5_000

_W = TypeVar("_W", bound=QObject)


_PARTS: dict[int, AppParts] = {}


def parts(window: MainWindow) -> AppParts:
    """The controllers and services of a window built by :func:`new_window`."""
    return _PARTS[id(window)]


def operations(window: MainWindow) -> UsersController:
    return parts(window).users


def connect(window: MainWindow, sandbox: Sandbox, qtbot: Any, *, timeout_ms: int = WAIT_MS) -> None:
    """Connect ``window`` to ``sandbox`` (sandbox mode) and wait for the first list."""
    parts(window).sandbox_host.attach(sandbox)
    with qtbot.waitSignal(window.refreshed, timeout=timeout_ms):
        parts(window).accounts.use(sandbox_connection(sandbox))


def new_window(qtbot: Any, *, show: bool = True) -> MainWindow:
    """``build_window()``, shown (offscreen), not connected."""
    built = build_window()
    _PARTS[id(built.window)] = built
    window = built.window
    if show:
        window.show()
        qtbot.waitExposed(window)
    return window


def open_window(qtbot: Any, sandbox: Sandbox, *, show: bool = True) -> MainWindow:
    """``build_window()``, shown (offscreen) and connected to ``sandbox``."""
    window = new_window(qtbot, show=show)
    connect(window, sandbox, qtbot)
    return window


@contextmanager
def running_window(qtbot: Any, sandbox: Sandbox, *, show: bool = True) -> Iterator[MainWindow]:
    """:func:`open_window`, closed (worker shut down) when the block ends."""
    window = open_window(qtbot, sandbox, show=show)
    try:
        yield window
    finally:
        close_window(window)


def close_window(window: MainWindow) -> None:
    """Close the dialogs still open, then the window (which shuts its worker down)."""
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.done(QDialog.DialogCode.Rejected)
    window.close_now()
    window.deleteLater()


# -- reading the table ---------------------------------------------------------------------


def cell(window: MainWindow, row: int, column: Column) -> str:
    value = window.model.data(window.model.index(row, column), Qt.ItemDataRole.DisplayRole)
    return str(value)


def column_texts(window: MainWindow, column: Column) -> list[str]:
    return [cell(window, row, column) for row in range(window.model.rowCount())]


def shown_names(window: MainWindow) -> list[str]:
    return column_texts(window, Column.USER_NAME)


def row_of(window: MainWindow, name: str) -> int:
    row = window.model.row_of(name)
    assert row is not None, f"{name} is not shown in the table"
    return row


def counts_text(window: MainWindow) -> str:
    return window.status.counts.text()


# -- selecting -----------------------------------------------------------------------------


def click_row(qtbot: Any, window: MainWindow, name: str, modifier: Any = None) -> None:
    """Click the user name cell of ``name`` like a person would (Ctrl for more rows)."""
    table = window.table
    index = window.model.index(row_of(window, name), Column.USER_NAME)
    table.scrollTo(index)
    position = table.visualRect(index).center()
    modifiers = modifier if modifier is not None else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifiers, position)


def select_users(qtbot: Any, window: MainWindow, names: list[str]) -> None:
    click_row(qtbot, window, names[0])
    for name in names[1:]:
        click_row(qtbot, window, name, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selected_names()) == sorted(names)


# -- dialogs -------------------------------------------------------------------------------


def wait_for_dialog(qtbot: Any, window: MainWindow, name: str) -> QDialog:
    """The visible dialog called ``name`` (waits until it is shown)."""
    found: list[QDialog] = []

    def visible() -> bool:
        found[:] = [
            d for d in window.findChildren(QDialog, name) if d.isVisible() and d.result() == 0
        ]
        return bool(found)

    qtbot.waitUntil(visible, timeout=WAIT_MS)
    return found[-1]


def child(parent: QWidget, cls: type[_W], name: str) -> _W:
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r} in {parent.objectName()}"
    return widget


def sandbox_user(sandbox: Sandbox, name: str) -> SandboxUser:
    for user in sandbox.users():
        if user.user_name == name:
            return user
    raise AssertionError(f"the sandbox has no user {name}")


def confirm_disable(qtbot: Any, window: MainWindow) -> None:
    """Answer "Disable" in the confirmation that every disable asks first."""
    bulk = parts(window).bulk
    qtbot.waitUntil(
        lambda: bulk.last_confirmation is not None and bulk.last_confirmation.isVisible(),
        timeout=WAIT_MS,
    )
    box = bulk.last_confirmation
    assert box is not None
    button = next(b for b in box.buttons() if "Disable" in b.text())
    button.click()


def fix_with_a_session_only_token(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    """In the "Credentials needed" message: Update credentials…, type the token, and use
    it for this session only (the keyring refuses it); wait for the list."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    box = window.findChild(QMessageBox, "fixCredentialsMessage")
    assert box is not None
    next(b for b in box.buttons() if "Update" in b.text()).click()
    accounts = parts(window).accounts
    qtbot.waitUntil(lambda: accounts.dialog is not None, timeout=WAIT_MS)
    dialog = accounts.dialog
    assert dialog is not None
    dialog._token.setText(sandbox.token)
    dialog._on_ok()
    session_only = dialog.findChild(QPushButton, "sessionOnlyButton")
    qtbot.waitUntil(session_only.isVisible, timeout=WAIT_MS)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        session_only.click()
    assert window.model.total_count == len(sandbox.users())
