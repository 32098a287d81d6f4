"""The composition root: builds the window and its controllers and wires them.

Children only emit; this module connects their signals. Controllers get what they
need (the session, the runner, the model, the selection, the notifier), never the
window itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from app.core.change_journal import ChangeJournal
from app.core.history import ChangeHistory
from app.core.token_store import KeyringTokenStore

from .controllers.accounts import AccountsController
from .controllers.action_state import ActionState
from .controllers.bulk import BulkController
from .controllers.context import FlowContext
from .controllers.copying import CopyController
from .controllers.export import ExportController
from .controllers.history import HistoryController
from .controllers.local_extras import LocalExtrasController
from .controllers.mailbox import MailboxController
from .controllers.preferences import PreferencesController
from .controllers.quit_guard import QuitGuard
from .controllers.refresh import RefreshController
from .controllers.smtp import SmtpController
from .controllers.users import UsersController
from .jobs.gil import hand_over_the_gil_quickly
from .jobs.memory import share_one_heap_arena
from .jobs.runner import JobRunner
from .platform.account_store import AccountStore
from .platform.after_paint import AfterNextPaint
from .platform.clipboard import SecureClipboard
from .platform.layout_memory import restore_layout, save_layout
from .platform.preferences_store import Preferences, PreferenceValues
from .session.account_session import AccountSession, SessionState
from .session.sandbox_host import SandboxHost, sandbox_connection
from .views.main_window import MainWindow
from .views.notifier import Notifier


@dataclass(frozen=True, eq=False)
class AppParts:
    window: MainWindow
    session: AccountSession
    runner: JobRunner
    notifier: Notifier
    clipboard: SecureClipboard
    journal: ChangeJournal
    refresher: RefreshController
    accounts: AccountsController
    users: UsersController
    bulk: BulkController
    smtp: SmtpController
    copying: CopyController
    export: ExportController
    history: HistoryController
    preferences: PreferencesController
    quit_guard: QuitGuard
    action_state: ActionState
    sandbox_host: SandboxHost
    mailbox: MailboxController
    extras: LocalExtrasController


def build_app(
    data_dir: Path,
    log_path: Path | None = None,
    mailbox_dir: Path | None = None,
    window: MainWindow | None = None,
) -> AppParts:
    """The window with every controller attached (also used by tests); ``window``: one
    already made (and shown, its layout restored) to attach them to."""
    preferences_store = Preferences(QSettings())
    values = preferences_store.load()
    share_one_heap_arena()  # before the workers start
    hand_over_the_gil_quickly()
    session = AccountSession()
    runner = JobRunner(session.generation)
    restore = window is None
    window = MainWindow() if window is None else window
    session.setParent(window)
    runner.setParent(window)
    notifier = Notifier(window.banner, window.status, window)
    clipboard = SecureClipboard(values.clipboard_clear_s)
    journal = ChangeJournal(ChangeHistory(data_dir / "history"))
    model, status = window.model, window.status
    paths = {
        QCoreApplication.translate("App", "Settings"): QSettings().fileName(),
        QCoreApplication.translate("App", "Log file"): str(log_path or "—"),
        QCoreApplication.translate("App", "Data folder"): str(data_dir),
        QCoreApplication.translate("App", "Change history"): str(data_dir / "history"),
    }
    account_store = AccountStore(QSettings())
    prefs = PreferencesController(runner, preferences_store, values, paths, window)
    refresher = RefreshController(
        runner, session, model, window.show_users, notifier, status, window
    )
    accounts = AccountsController(
        session,
        runner,
        refresher,
        account_store,
        KeyringTokenStore(),
        prefs.timeout,
        model,
        notifier,
        window,
    )
    flow = FlowContext(runner, session, model, window, notifier, window)
    users = UsersController(flow, refresher, journal, clipboard)
    bulk = BulkController(flow, journal)
    smtp = SmtpController(flow, account_store)
    copying = CopyController(window, smtp.server, clipboard, notifier, window)
    export = ExportController(flow)
    history = HistoryController(flow, journal, lambda: export.last_folder)
    quit_guard = QuitGuard(flow, journal)
    sandbox_host = SandboxHost(mailbox_dir, window)
    mailbox = MailboxController(flow, sandbox_host)
    extras = LocalExtrasController(flow, journal, data_dir, lambda: prefs.values.rotation_days)
    action_state = ActionState(
        window.commands, session, runner, refresher, model, window, status, window
    )
    parts = AppParts(
        window, session, runner, notifier, clipboard, journal, refresher, accounts, users,
        bulk, smtp, copying, export, history, prefs, quit_guard, action_state, sandbox_host,
        mailbox, extras,
    )  # fmt: skip
    _wire(parts)
    _apply_preferences(parts, values)
    if restore:
        restore_layout(window, window.table, QSettings())
    window.closing.connect(lambda: save_layout(window, window.table, QSettings()))
    return parts


def _wire(p: AppParts) -> None:
    w, a = p.window, p.window.commands
    a.refresh.triggered.connect(lambda: p.refresher.request())
    a.add_user.triggered.connect(p.users.add_user)
    a.edit_user.triggered.connect(p.users.edit_user)
    a.reset_password.triggered.connect(p.users.reset_password)
    a.enable_users.triggered.connect(lambda: p.bulk.set_enabled(True))
    a.disable_users.triggered.connect(lambda: p.bulk.set_enabled(False))
    a.set_limits.triggered.connect(p.bulk.set_limits)
    a.copy_password.triggered.connect(p.copying.copy_password)
    a.copy_user_name.triggered.connect(p.copying.copy_user_name)
    w.snippet_requested.connect(p.copying.copy_snippet)
    a.test_login.triggered.connect(p.smtp.test_selected)
    a.send_test.triggered.connect(p.smtp.send_test_selected)
    a.sandbox_mailbox.triggered.connect(p.mailbox.open)
    w.empty.connect_requested.connect(lambda: p.accounts.open_connect(None))
    w.empty.sandbox_requested.connect(
        lambda: p.accounts.use(sandbox_connection(p.sandbox_host.start()))
    )
    a.smtp_server.triggered.connect(p.smtp.edit_server)
    a.export_csv.triggered.connect(p.export.export_users)
    a.show_history.triggered.connect(p.history.open_history)
    a.preferences.triggered.connect(p.preferences.open_preferences)
    a.about.triggered.connect(p.preferences.open_about)
    a.add_account.triggered.connect(lambda: p.accounts.open_connect(None))
    a.edit_credentials.triggered.connect(p.accounts.edit_current)
    a.rename_account.triggered.connect(p.accounts.rename_current)
    a.remove_account.triggered.connect(p.accounts.remove_current)
    w.account_menu.aboutToShow.connect(
        # Switching while a change is on its way would drop its answer.
        lambda: w.show_accounts(p.accounts.menu_entries(), not p.runner.is_changing_users())
    )
    w.account_chosen.connect(p.accounts.switch_to)
    a.label_note.triggered.connect(p.extras.edit_label)
    a.export_labels.triggered.connect(p.extras.export_labels)
    a.import_labels.triggered.connect(p.extras.import_labels)
    a.acknowledge.triggered.connect(p.extras.acknowledge)
    a.retire.triggered.connect(lambda: p.extras.set_retired(True, lambda u: p.bulk.run(u, False)))
    a.unretire.triggered.connect(lambda: p.extras.set_retired(False, lambda u: p.bulk.run(u, True)))
    rows_painted = AfterNextPaint(w.table.viewport())
    p.refresher.listed.connect(lambda listing: rows_painted.call(lambda: p.extras.listed(listing)))
    p.refresher.listed.connect(lambda *_: rows_painted.call(p.sandbox_host.release_smtp))
    p.accounts.removed.connect(p.extras.forget)
    p.users.test_login = p.smtp.test_credentials
    p.users.send_test = p.smtp.send_test
    p.users.verify_login = p.smtp.verify_into
    p.users.keep_label = p.extras.keep_label
    p.notifier.credentials_needed.connect(p.accounts.offer_fix)

    p.session.changed.connect(lambda: _show_account(p))
    update = p.action_state.update
    p.session.changed.connect(update)
    p.runner.pending_changed.connect(p.action_state.update_soon)
    p.runner.pending_changed.connect(p.history.report_write_problems)
    w.table.selectionModel().selectionChanged.connect(update)
    w.model.modelReset.connect(update)
    w.model.dataChanged.connect(p.action_state.update_soon)

    p.bulk.started.connect(w.status.start_progress)
    p.bulk.progress.connect(w.status.show_progress)
    p.bulk.finished.connect(lambda _result: w.status.hide_progress())
    p.bulk.finished.connect(update)  # the busy bar, which the progress had taken over
    w.status.cancel.clicked.connect(p.bulk.cancel)
    p.clipboard.countdown.connect(w.status.set_clipboard_countdown)
    p.clipboard.cleared.connect(lambda: w.status.set_clipboard_cleared(True))
    p.clipboard.clear_failed.connect(lambda: w.status.set_clipboard_cleared(False))
    p.preferences.changed.connect(lambda values: _apply_preferences(p, values))
    p.preferences.changed.connect(lambda _values: p.extras.reload())
    a.only_due.toggled.connect(w.model.set_only_due)

    w.close_guard = p.quit_guard.allow_close
    p.quit_guard.quit_confirmed.connect(w.close_now)
    w.closing.connect(lambda: p.refresher.set_auto_refresh(None))
    w.closing.connect(p.runner.shutdown)
    w.closing.connect(p.clipboard.shutdown)
    w.closing.connect(p.sandbox_host.stop)
    _show_account(p)
    update()


def _try_sandbox(p: AppParts) -> None:
    """The full app against a local demo server (API and SMTP relay on loopback)."""
    p.accounts.use(sandbox_connection(p.sandbox_host.start()))


def _show_account(p: AppParts) -> None:
    session = p.session
    if session.connection is None:
        p.window.show_account(None, "")
        return
    connected = session.state is SessionState.CONNECTED
    label = (
        QCoreApplication.translate("App", "Sandbox")
        if session.is_sandbox
        else session.connection.account.label
    )
    state = {
        SessionState.CONNECTING: QCoreApplication.translate("App", "connecting…"),
        SessionState.FAILED: QCoreApplication.translate("App", "not connected"),
    }.get(session.state, "")
    p.window.show_account(label, state, connected=connected)


def _apply_preferences(p: AppParts, values: PreferenceValues) -> None:
    p.clipboard.set_clear_after(
        None if values.clipboard_clear_s is None else float(values.clipboard_clear_s)
    )
    p.window.commands.reveal_passwords.setChecked(values.show_passwords)
    p.window.set_remask_after(values.reveal_for_s)
    p.refresher.set_auto_refresh(values.auto_refresh_min)
