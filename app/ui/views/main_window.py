"""The main window: the users table, its filter, menus, toolbar, banner and status bar.

A view only: it shows what it is given and says, through its actions and signals,
what the user asked for. The controllers that act on it are wired by the application.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.snippets import SNIPPET_KINDS

from ..platform.icons import app_icon, icon
from .actions import WindowActions
from .banner import ErrorBanner
from .empty_state import EmptyState
from .filter_field import FilterField
from .plain_text import menu_text
from .row_extras import ExtraColumn
from .shortcuts_dialog import ShortcutsDialog, shortcut_rows
from .snippet_titles import snippet_title
from .status_panel import StatusPanel
from .users_model import Column, Replaced, UsersTableModel
from .users_table import UsersTable

if TYPE_CHECKING:
    from app.api import SmtpUser
    from app.core.user_order import SortSpec


class MainWindow(QMainWindow):
    """Lists the SMTP users of the account in use."""

    #: A fresh list is on screen (the number of users).
    refreshed = Signal(int)
    #: The user asked for a snippet of this kind (a key of SNIPPET_KINDS).
    snippet_requested = Signal(str)
    #: The window is closing for good: stop the workers, clear the clipboard.
    closing = Signal()
    #: The user picked this account (its id) in the Accounts menu.
    account_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UsersTableModel(self)
        self.commands = WindowActions.create(self)
        self._select_after_refresh: list[str] = []
        #: Asked before closing; False keeps the window open (it asks the user first).
        self.close_guard: Callable[[], bool] | None = None
        self._closed = False
        self._has_account = False
        self._connected = False
        self._remask = QTimer(self)
        self._remask.setSingleShot(True)
        self._remask_after_ms: int | None = 60_000

        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(APP_NAME)
        self.resize(960, 600)
        self._build_table()
        self._build_central()
        self._build_menus_and_toolbar()
        self.status = StatusPanel(self.statusBar())
        self._connect_signals()

    # -- building --------------------------------------------------------------

    def _build_table(self) -> None:
        table = UsersTable(self)
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
            (ExtraColumn.LABEL, 24),
            (ExtraColumn.PASSWORD_AGE, 14),
        ):
            table.setColumnWidth(column, chars * width)
        header.moveSection(ExtraColumn.LABEL, Column.USER_NAME + 1)  # next to the name
        table.horizontalHeader().setAccessibleName(self.tr("Column headers"))
        vertical.setAccessibleName(self.tr("Row headers"))
        # The label takes the spare width; the name keeps its own and never hogs a wide window.
        header.setSectionResizeMode(ExtraColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        self.table = table

    def _build_central(self) -> None:
        self.banner = ErrorBanner(self)
        self.search = FilterField(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Filter by name, label or note (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter by user name, label or note"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._name_search_buttons()
        self.empty = EmptyState(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.pages, 1)
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
        self.account_menu = file_menu.addMenu(icon("account"), self.tr("&Accounts"))
        file_menu.addAction(a.edit_credentials)
        file_menu.addAction(a.smtp_server)
        file_menu.addSeparator()
        file_menu.addAction(a.export_csv)
        file_menu.addAction(a.export_labels)
        file_menu.addAction(a.import_labels)
        file_menu.addSeparator()
        file_menu.addAction(a.preferences)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        users_menu = menu_bar.addMenu(self.tr("&Users"))
        _add_groups(
            users_menu,
            (a.refresh, a.add_user, a.edit_user, a.reset_password),
            (a.enable_users, a.disable_users, a.set_limits),
            (a.test_login, a.send_test, a.sandbox_mailbox, a.show_history),
            (a.label_note, a.acknowledge, a.retire, a.unretire),
        )
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        for action in (a.copy_password, a.copy_user_name, a.find):
            edit_menu.addAction(action)
        self.snippets_menu = QMenu(self.tr("Copy SMTP settings &as"), self)
        self.snippets_menu.setObjectName("snippetsMenu")
        self.snippets_menu.setIcon(icon("copy"))
        self.snippet_actions: dict[str, QAction] = {}
        for kind in SNIPPET_KINDS:
            title = snippet_title(kind)
            action = self.snippets_menu.addAction(title)
            self.snippet_actions[kind] = action
            action.setStatusTip(
                self.tr("Copy a {title} snippet for the selected user").format(title=title)
            )
            action.triggered.connect(lambda _c=False, k=kind: self.snippet_requested.emit(k))
        edit_menu.addMenu(self.snippets_menu)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(a.reveal_passwords)
        view_menu.addAction(a.show_retired)
        view_menu.addAction(a.only_due)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
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
        toolbar.addAction(a.test_login)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.table.addAction(a.test_login)
        # Return and Enter edit from the table only. Left on the window-wide action too,
        # Return would be an ambiguous shortcut, which Qt answers by doing nothing.
        edit_keys = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        a.edit_user.setShortcuts([k for k in a.edit_user.shortcuts() if k not in edit_keys])
        for key in edit_keys:
            edit_key = QShortcut(key, self.table)
            edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit_key.activated.connect(a.edit_user.trigger)

    def _build_row_menu(self) -> QMenu:
        a = self.commands
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        _add_groups(
            menu,
            (a.edit_user, a.reset_password),
            (a.copy_password, a.copy_user_name, self.snippets_menu),
            (a.test_login, a.send_test),
            (a.enable_users, a.disable_users, a.set_limits),
            (a.label_note, a.acknowledge, a.retire, a.unretire),
        )
        return menu

    def _connect_signals(self) -> None:
        a = self.commands
        self.row_menu = self._build_row_menu()
        self.table.row_menu_requested.connect(
            lambda point: self.row_menu.popup(self.table.viewport().mapToGlobal(point))
        )
        self.search.to_table.connect(self._focus_table)
        self.empty.clear_filter_requested.connect(self.search.clear)
        self.empty.add_requested.connect(a.add_user.trigger)
        self.search.textChanged.connect(self._on_filter_changed)
        self.model.modelReset.connect(self._update_counts)
        self.model.modelReset.connect(self._update_page)
        self.table.doubleClicked.connect(lambda _index: a.edit_user.trigger())
        a.find.triggered.connect(self._focus_search)
        a.reveal_passwords.toggled.connect(self._set_reveal)
        a.show_retired.toggled.connect(self.model.set_show_retired)
        self._remask.timeout.connect(lambda: a.reveal_passwords.setChecked(False))
        a.quit.triggered.connect(self.close)

    # -- what the controllers show ---------------------------------------------------

    def show_users(
        self, users: list[SmtpUser], *, sorted_by: SortSpec | None = None, fresh: bool = True
    ) -> Replaced:
        """Put a list on screen, keeping the selection; return the replaced lists.
        ``fresh`` is False when the list is emptied for another account."""
        selected = self._select_after_refresh or self.selected_names()
        current = self.current_name()
        self._select_after_refresh = []
        previous = self.model.set_users(users, sorted_by=sorted_by)
        self.select_names(selected, current)
        if fresh:
            self.refreshed.emit(len(users))
        return previous

    def show_account(self, label: str | None, state: str, *, connected: bool = False) -> None:
        """The title and status bar for the account in use (None: no account)."""
        self._has_account, self._connected = label is not None, connected
        self._update_page()
        if label is None:
            self.setWindowTitle(APP_NAME)
            self.status.set_account(self.tr("Not connected"))
            return
        self.setWindowTitle(f"{label} — {APP_NAME}")
        self.status.set_account(f"{label} — {state}" if state else label)

    def show_accounts(self, entries: list[tuple[str, str, bool]], switching_allowed: bool) -> None:
        """Fill the Accounts menu: (account id, label, in use) for each saved account."""
        menu = self.account_menu
        menu.clear()
        group = QActionGroup(menu)
        for account_id, label, in_use in entries:
            action = QAction(menu_text(label), menu)
            action.setCheckable(True)
            action.setChecked(in_use)
            action.setEnabled(switching_allowed)
            action.triggered.connect(
                lambda _checked=False, chosen=account_id: self.account_chosen.emit(chosen)
            )
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        a = self.commands
        for action in (a.add_account, a.rename_account, a.remove_account):
            menu.addAction(action)

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
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        target = current if current in names else (names[0] if names else None)
        row = self.model.row_of(target) if target else None
        if row is not None:
            model.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, 0))

    def select_after_refresh(self, names: list[str]) -> None:
        self._select_after_refresh = names

    # -- small view matters ------------------------------------------------------

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
        self.model.forget_painted()  # cells in placeholder colours
        self._set_reveal(self.commands.reveal_passwords.isChecked())
        self.banner.refresh_icons()

    def set_remask_after(self, seconds: int | None) -> None:
        """Revealed passwords mask themselves after ``seconds`` (None: when hidden)."""
        self._remask_after_ms = None if seconds is None else seconds * 1000
        if self._remask_after_ms is None:
            self._remask.stop()
        elif self.commands.reveal_passwords.isChecked():
            self._remask.start(self._remask_after_ms)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.commands.reveal_passwords.setChecked(False)  # nobody watches a minimised window
        super().changeEvent(event)

    def _set_reveal(self, reveal: bool) -> None:
        if reveal and self._remask_after_ms is not None:
            self._remask.start(self._remask_after_ms)
        elif not reveal:
            self._remask.stop()
        self.model.set_reveal_passwords(reveal)
        self.commands.reveal_passwords.setIcon(icon("hide" if reveal else "reveal"))
        self.commands.reveal_passwords.setText(
            self.tr("Hide passwords") if reveal else self.tr("Re&veal passwords")
        )

    def _update_page(self) -> None:
        """The table, or what explains why it is empty."""
        text = self.search.text().strip()
        if not self._has_account:
            self.empty.show_no_account()
        elif self._connected and self.model.total_count == 0:
            self.empty.show_no_users()
        elif text and self.model.rowCount() == 0 and self.model.total_count > 0:
            self.empty.show_no_match(text)
        else:
            self.pages.setCurrentWidget(self.table)
            return
        self.pages.setCurrentWidget(self.empty)

    def _focus_table(self) -> None:
        """From the filter: to the table, with the first match selected if none is."""
        if self.model.rowCount() == 0:
            return
        if not self.table.selectionModel().hasSelection():
            self.select_names([self.model.user_at(0).user_name])
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_shortcuts(self) -> ShortcutsDialog:
        a = self.commands
        extra = [
            (self.tr("Open the row menu"), self.tr("Menu key, Shift+F10")),
            (self.tr("From the filter to the table"), self.tr("Down, Return")),
            (self.tr("Clear the filter, then back to the table"), self.tr("Escape")),
            (self.tr("Edit the selected user (in the table)"), self.tr("Return")),
        ]
        dialog = ShortcutsDialog(shortcut_rows(vars(a).values(), extra), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _update_counts(self) -> None:
        self.status.set_counts(self.model.rowCount(), self.model.total_count)

    # -- closing ---------------------------------------------------------------

    def close_now(self) -> None:
        """Close without asking (the user chose to, or nothing is pending)."""
        self.close_guard = None
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        if not self._closed:
            self._closed = True
            self.closing.emit()
        event.accept()


def _add_groups(menu: QMenu, *groups: tuple[QAction | QMenu, ...]) -> None:
    """Actions and submenus, a separator between groups."""
    for number, group in enumerate(groups):
        if number:
            menu.addSeparator()
        for item in group:
            if isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
