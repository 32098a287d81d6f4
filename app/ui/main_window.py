"""The main window: the users table, its search field, actions, banner and status bar.

The window only shows things and starts jobs; every call runs on the API worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.api import SmtpUser
from app.core.token_store import TokenStoreError
from app.core.user_order import SortSpec, sort_users

from . import error_text
from .actions import WindowActions
from .banner import ErrorBanner
from .connection import Connection, MissingTokenError
from .icons import app_icon, icon
from .services import Services
from .status_panel import StatusPanel
from .users_model import Column, UsersTableModel
from .worker import JobFailure, JobResult

log = logging.getLogger(__name__)

_MUTATING = {"add", "edit", "reset", "bulk"}
# Quick local bookkeeping jobs that should not show the busy indicator.
_QUIET = {"history"}


class MainWindow(QMainWindow):
    """Lists the SMTP users of the connected account."""

    refreshed = Signal(int)  # number of users after a successful refresh
    refresh_failed = Signal(str)  # what went wrong
    credentials_needed = Signal(str)  # why: authentication failed or no token stored

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = services.worker
        self.connection: Connection | None = None
        self.model = UsersTableModel(self)
        self.commands = WindowActions.create(self)
        self._pending: dict[int, str] = {}
        self._handlers: dict[
            int, tuple[Callable[[Any], None], Callable[[BaseException], None]]
        ] = {}
        self._latest_refresh = 0
        self._select_after_refresh: list[str] = []
        self._last_failed: Callable[[], None] | None = None
        self._closing = False
        # Set by app.ui.application.build_window.
        self.operations: QObject | None = None
        self.account_flows: Any = None
        self.preferences_flow: QObject | None = None
        self.extras: Any = None

        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.resize(960, 600)
        self._build_table()
        self._build_central()
        self._build_menus_and_toolbar()
        self.status = StatusPanel(self.statusBar())
        self._auto_refresh = QTimer(self)
        self._auto_refresh.timeout.connect(self.refresh)
        self._connect_signals()
        self.apply_preferences()
        self._update_title()
        self._update_actions()
        self._update_counts()

    # -- building --------------------------------------------------------------

    def _build_table(self) -> None:
        table = QTableView(self)
        table.setObjectName("usersTable")
        table.setAccessibleName(self.tr("SMTP users"))
        table.setAccessibleDescription(
            self.tr("The SMTP users of the account: name, password, status and limits")
        )
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.USER_NAME, Qt.SortOrder.AscendingOrder)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        width = table.fontMetrics().horizontalAdvance("0")
        for column, chars in (
            (Column.USER_NAME, 24),
            (Column.PASSWORD, 22),
            (Column.STATUS, 12),
            (Column.TOTAL_LIMIT, 14),
            (Column.HOURLY_LIMIT, 14),
        ):
            table.setColumnWidth(column, chars * width)
        table.horizontalHeader().setAccessibleName(self.tr("Column headers"))
        vertical.setAccessibleName(self.tr("Row headers"))
        header.setSectionResizeMode(Column.USER_NAME, QHeaderView.ResizeMode.Stretch)
        self.table = table

    def _build_central(self) -> None:
        self.banner = ErrorBanner(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Filter by user name (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter by user name"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._name_search_buttons()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.search, self.table)

    def _name_search_buttons(self) -> None:
        buttons = self.search.findChildren(QToolButton)
        for button in buttons:
            action = button.defaultAction()
            is_clear = action is not None and "clear" in action.objectName().lower()
            button.setAccessibleName(self.tr("Clear filter") if is_clear else self.tr("Filter"))

    def _build_menus_and_toolbar(self) -> None:
        a = self.commands
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.account_menu = file_menu.addMenu(icon("account"), self.tr("&Accounts"))
        file_menu.addAction(a.edit_credentials)
        file_menu.addSeparator()
        file_menu.addAction(a.preferences)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        users_menu = menu_bar.addMenu(self.tr("&Users"))
        users_menu.setObjectName("usersMenu")
        for action in (a.refresh, a.add_user, a.edit_user, a.reset_password):
            users_menu.addAction(action)
        users_menu.addSeparator()
        users_menu.addAction(a.enable_users)
        users_menu.addAction(a.disable_users)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        for action in (a.copy_password, a.copy_user_name, a.find):
            edit_menu.addAction(action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(a.reveal_passwords)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a.about)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (a.refresh, a.add_user, a.edit_user, a.reset_password):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (a.copy_password, a.copy_user_name, a.reveal_passwords):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(a.enable_users)
        toolbar.addAction(a.disable_users)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # Return and Enter edit from the table only. Left on the window-wide action too,
        # Return would be an ambiguous shortcut, which Qt answers by doing nothing.
        edit_keys = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        a.edit_user.setShortcuts([k for k in a.edit_user.shortcuts() if k not in edit_keys])
        for key in edit_keys:
            edit_key = QShortcut(key, self.table)
            edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit_key.activated.connect(a.edit_user.trigger)

    def _connect_signals(self) -> None:
        a = self.commands
        self.worker.succeeded.connect(self._on_job_succeeded)
        self.worker.failed.connect(self._on_job_failed)
        self.worker.progress.connect(self._on_progress)
        self.services.clipboard.countdown.connect(self.status.set_clipboard_countdown)
        self.banner.retry_requested.connect(self._retry)
        self.search.textChanged.connect(self._on_filter_changed)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_counts)
        self.table.doubleClicked.connect(lambda _index: a.edit_user.trigger())
        a.refresh.triggered.connect(self.refresh)
        a.find.triggered.connect(self._focus_search)
        a.reveal_passwords.toggled.connect(self._set_reveal)
        a.copy_password.triggered.connect(self.copy_password)
        a.copy_user_name.triggered.connect(self.copy_user_name)
        a.quit.triggered.connect(self.close)

    # -- jobs ------------------------------------------------------------------

    def run_job(
        self,
        kind: str,
        job: Callable[[Any], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> int:
        """Start ``job`` on the worker; the handlers run on the UI thread."""
        request_id = self.worker.submit(kind, job)
        self._pending[request_id] = kind
        self._handlers[request_id] = (on_success, on_failure)
        self._update_busy()
        return request_id

    def _on_job_succeeded(self, result: JobResult) -> None:
        handlers = self._finish(result.request_id)
        if handlers is not None and not self._is_stale(result.request_id, result.kind):
            handlers[0](result.value)

    def _on_job_failed(self, failure: JobFailure) -> None:
        handlers = self._finish(failure.request_id)
        if handlers is not None and not self._is_stale(failure.request_id, failure.kind):
            handlers[1](failure.error)

    def _is_stale(self, request_id: int, kind: str) -> bool:
        """A refresh answer older than the newest refresh is dropped."""
        return self._closing or (kind == "refresh" and request_id != self._latest_refresh)

    def _finish(
        self, request_id: int
    ) -> tuple[Callable[[Any], None], Callable[[BaseException], None]] | None:
        self._pending.pop(request_id, None)
        handlers = self._handlers.pop(request_id, None)
        self._update_busy()
        return handlers

    def _on_progress(self, request_id: int, done: int, total: int) -> None:
        if request_id in self._pending:
            self.status.set_busy(True, done, total)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def is_changing_users(self) -> bool:
        """True while an add, edit, reset or bulk change is on its way."""
        return any(kind in _MUTATING for kind in self._pending.values())

    def _update_busy(self) -> None:
        self.status.set_busy(any(kind not in _QUIET for kind in self._pending.values()))
        self._update_actions()

    # -- connection and refresh ---------------------------------------------------

    def set_connection(self, connection: Connection) -> None:
        """Use ``connection`` from now on: open its client on the worker, then refresh."""
        self.connection = connection
        self._latest_refresh = 0
        # Answers still on their way belong to the previous account: drop them.
        self._handlers.clear()
        self.model.set_users([])
        self.banner.hide()
        self._update_title()
        self.run_job("connect", connection.open_client, lambda _v: None, self._on_connect_failed)
        self.refresh()

    def _on_connect_failed(self, error: BaseException) -> None:
        if isinstance(error, MissingTokenError):
            self.credentials_needed.emit(error_text.describe(error))
            return
        self.show_problem(error, self.reconnect)
        if isinstance(error, TokenStoreError):
            # A locked or missing keyring: let the user type the token, for this session
            # only if the keyring still refuses it.
            self.credentials_needed.emit(error_text.describe(error))

    def reconnect(self) -> None:
        if self.connection is not None:
            self.set_connection(self.connection)

    def refresh(self) -> None:
        if self.connection is None:
            return
        order = self.model.sort_spec()
        self._latest_refresh = self.run_job(
            "refresh",
            # Sort on the worker, in the table's order at the time of the request, so the
            # UI thread only swaps the list in (it sorts again if the order changed).
            lambda context: (sort_users(context.client.list_users(), order), order),
            lambda answer: self.show_users(answer[0], sorted_by=answer[1]),
            self._on_refresh_failed,
        )

    def _on_refresh_failed(self, error: BaseException) -> None:
        if isinstance(error, MissingTokenError):
            return  # the connect failure already asked for credentials
        self.refresh_failed.emit(error_text.describe(error))
        self.show_problem(error, self.refresh)

    def show_users(self, users: list[SmtpUser], *, sorted_by: SortSpec | None = None) -> None:
        selected = self._select_after_refresh or self.selected_names()
        current = self.current_name()
        self._select_after_refresh = []
        previous = self.model.set_users(users, sorted_by=sorted_by)
        self.worker.release(previous)
        self.select_names(selected, current)
        self.status.set_refreshed(datetime.now())
        self.banner.hide()
        self.refreshed.emit(len(users))

    def show_problem(self, error: BaseException, retry: Callable[[], None] | None) -> None:
        """Tell about a failure without blocking; the last good list stays."""
        text = error_text.describe(error)
        log.warning("%s", text)
        if error_text.is_authentication(error):
            self.credentials_needed.emit(text)
            self.banner.show_problem(text, can_retry=retry is not None)
        else:
            self.banner.show_problem(text, can_retry=retry is not None)
        self._last_failed = retry

    def _retry(self) -> None:
        self.banner.hide()
        if self._last_failed is not None:
            self._last_failed()

    # -- selection -------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_users(self) -> list[SmtpUser]:
        return self.model.users_at(self.selected_rows())

    def selected_names(self) -> list[str]:
        return [user.user_name for user in self.selected_users()]

    def current_user(self) -> SmtpUser | None:
        index = self.table.currentIndex()
        rows = self.selected_rows()
        if index.isValid() and index.row() in rows:
            return self.model.user_at(index.row())
        return self.model.user_at(rows[0]) if rows else None

    def current_name(self) -> str | None:
        user = self.current_user()
        return user.user_name if user else None

    def select_names(self, names: list[str], current: str | None = None) -> None:
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for name in names:
            row = self.model.row_of(name)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        model.select(selection, flags)
        target = current if current in names else (names[0] if names else None)
        row = self.model.row_of(target) if target else None
        if row is not None:
            model.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, 0))
        self._update_actions()

    def select_after_refresh(self, names: list[str]) -> None:
        self._select_after_refresh = names

    # -- small actions ---------------------------------------------------------

    def _on_filter_changed(self, text: str) -> None:
        selected = self.selected_names()
        current = self.current_name()
        self.model.set_filter(text)
        self.select_names(selected, current)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh_icons(self) -> None:
        """Called by the palette watcher when the system switches light/dark."""
        self.commands.refresh_icons()
        self._set_reveal(self.commands.reveal_passwords.isChecked())
        self.banner.refresh_icons()

    def _set_reveal(self, reveal: bool) -> None:
        self.model.set_reveal_passwords(reveal)
        self.commands.reveal_passwords.setIcon(icon("hide" if reveal else "reveal"))
        self.commands.reveal_passwords.setText(
            self.tr("Hide passwords") if reveal else self.tr("Re&veal passwords")
        )

    def copy_password(self) -> None:
        user = self.current_user()
        if user is None:
            return
        if user.password is None:
            self.status.message(
                self.tr(
                    "SendClean did not send a password for {name}; reset it to get one."
                ).format(name=user.user_name)
            )
            return
        self.services.clipboard.copy(user.password)
        self.status.message(self.tr("Password of {name} copied.").format(name=user.user_name))

    def copy_user_name(self) -> None:
        user = self.current_user()
        if user is not None:
            self.services.clipboard.copy(user.user_name)
            self.status.message(self.tr("User name {name} copied.").format(name=user.user_name))

    def apply_preferences(self) -> None:
        values = self.services.preferences_values
        self.services.clipboard.set_clear_after(
            None if values.clipboard_clear_s is None else float(values.clipboard_clear_s)
        )
        self.commands.reveal_passwords.setChecked(values.show_passwords)
        if values.auto_refresh_min:
            self._auto_refresh.start(values.auto_refresh_min * 60_000)
        else:
            self._auto_refresh.stop()

    # -- state -----------------------------------------------------------------

    def refresh_title(self) -> None:
        self._update_title()
        self._update_actions()

    def disconnect_account(self) -> None:
        """Forget the client and the list (after the account in use was removed)."""
        self.connection = None
        self.run_job(
            "disconnect", lambda context: context.set_client(None), lambda _v: None, lambda _e: None
        )
        self.model.set_users([])
        self.refresh_title()

    def _update_title(self) -> None:
        if self.connection is None:
            self.setWindowTitle(APP_NAME)
            if hasattr(self, "status"):
                self.status.set_account(self.tr("Not connected"))
            return
        label = self.connection.account.label
        if self.connection.sandbox:
            label = self.tr("Sandbox")
        self.setWindowTitle(f"{label} — {APP_NAME}")
        self.status.set_account(label)

    def _update_counts(self) -> None:
        self.status.set_counts(self.model.rowCount(), self.model.total_count)

    def _update_actions(self, *_args: object) -> None:
        if not hasattr(self, "status"):
            return
        a = self.commands
        connected = self.connection is not None
        has_selection = self.table.selectionModel().hasSelection()
        mutating = self.is_changing_users()
        refreshing = "refresh" in self._pending.values()
        for action in a.needing_selection():
            action.setEnabled(has_selection)
        for action in a.changing_users():
            action.setEnabled(
                connected
                and not mutating
                and not refreshing
                and (action is a.add_user or has_selection)
            )
        a.refresh.setEnabled(connected and not mutating)
        a.rename_account.setEnabled(connected and not self._is_sandbox())
        a.remove_account.setEnabled(connected and not self._is_sandbox())
        a.edit_credentials.setEnabled(connected and not self._is_sandbox())

    def _is_sandbox(self) -> bool:
        return self.connection is not None and self.connection.sandbox

    # -- closing ---------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit at once, even with a call in flight: its answer is abandoned."""
        self._closing = True
        self._auto_refresh.stop()
        self.worker.shutdown()
        self.services.clipboard.shutdown()
        event.accept()


def ask_to_fix_credentials(parent: QWidget, text: str) -> QMessageBox:
    """A non-modal message offering to fix the owner ID or token."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("Credentials needed"))
    box.setText(text)
    box.setInformativeText(
        parent.tr(
            "Enter the owner ID and token from your SendClean dashboard again. If the system "
            "keyring cannot keep the token, you can use it for this session only."
        )
    )
    box.addButton(parent.tr("Update credentials…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    return box
