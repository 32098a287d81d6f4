"""Every text on screen comes through a translation (pseudo-locale walk).

A pseudo-translation of the template (every string as ``⟦…⟧``) is installed before the
window is built; the window, every dialog, the banner and a message for each kind of
problem must then show no text without ``⟦``, except user data, numbers and the
server's own words, which the walk knows from the sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import APP_NAME
from app.api import SendCleanClient
from app.api.problem import ParamValue, Problem, ProblemKind
from app.core.token_store import KeyringTokenStore, TokenStoreError
from app.sandbox import Sandbox
from app.ui.jobs.op import NotTried
from app.ui.jobs.worker import NotConnectedError
from app.ui.session.connection import AccountSettingsError, MissingTokenError
from app.ui.views import error_text
from app.ui.views.main_window import MainWindow
from app.ui.views.plain_text import PlainLabel, plain_tooltip
from app.ui.views.problem_text import SENTENCES, sentence
from tests.gui_support import WAIT_MS, click_row, close_window, new_window, open_window, parts
from tests.pseudo_locale import OPEN, pseudo_catalog, untranslated

#: Parameters every kind's sentence may name, with values the walk recognises.
SAMPLE_PARAMS: dict[str, ParamValue] = {
    "host": "api.example.test",
    "address": "relay.example.test:587",
    "seconds": 15.0,
    "http_status": 502,
    "limit_mib": 64,
    "server_message": "Token MissMatch",
    "answer": "535 5.7.8 Authentication credentials invalid",
    "account": "owner-1",
    "operation": "get",
    "offered": "XOAUTH2",
    "supported": "PLAIN, LOGIN",
    "lines": 256,
    "sender": "a@@b",
    "recipient": "c@@d",
    "max": 10,
    "max_mib": 32,
    "path": "/tmp/users.csv",
    "domain": "example",
}


#: Example values the connect dialog shows in its empty fields, and the sandbox account's
#: label as the change history recorded it (data, in the language of the day it was made).
EXAMPLES = ("us1-mta1.sendclean.net", "https://api.us1-mta1.sendclean.net/v1.0/", "Sandbox")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo_catalog(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_qm: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def pseudo_window(qtbot: QtBot, sandbox: Sandbox, pseudo: QTranslator) -> Iterator[MainWindow]:
    QSettings().clear()
    window = open_window(qtbot, sandbox)
    yield window
    close_window(window)
    QSettings().clear()


def _data(sandbox: Sandbox) -> set[str]:
    """User data the window shows as it is: names, passwords, numbers, addresses."""
    words = {APP_NAME, sandbox.host, sandbox.smtp_host, f"{sandbox.smtp_host}:{sandbox.smtp_port}"}
    words.update(EXAMPLES)
    for user in sandbox.users():
        words.update({user.user_name, user.password})
    words.update(str(value) for value in SAMPLE_PARAMS.values())
    return words


def _assert_translated(top: QWidget, sandbox: Sandbox, *more: str) -> None:
    leaks = untranslated(top, _data(sandbox) | set(more))
    assert not leaks, f"{type(top).__name__}: texts without a translation: {leaks}"


def _new_dialogs(before: set[QWidget]) -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]


def test_the_pseudo_catalog_translates_every_string(pseudo: QTranslator) -> None:
    assert QCoreApplication.translate("Actions", "&Refresh") == OPEN + "&Refresh⟧"
    assert sentence(Problem(ProblemKind.UNEXPECTED)).startswith(OPEN)


def test_the_walk_reports_text_that_came_through_no_translation(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    for text in ("⟦Fine⟧", "smtp100001", "1,234", "Ctrl+Shift+R", "OK", "Forgotten text"):
        layout.addWidget(PlainLabel(text))
    button = QPushButton("⟦&Go⟧")
    button.setToolTip(plain_tooltip("A forgotten tip"))
    layout.addWidget(button)
    top.show()
    leaks = [text for _where, text in untranslated(top, {"smtp100001"})]
    assert leaks == ["Forgotten text", "A forgotten tip"]


def test_the_main_window_shows_only_translated_text(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    names = [u.user_name for u in sandbox.users()]
    click_row(qtbot, pseudo_window, names[0])
    _assert_translated(pseudo_window, sandbox)


def test_the_empty_window_shows_only_translated_text(
    qtbot: QtBot, sandbox: Sandbox, pseudo: QTranslator
) -> None:
    QSettings().clear()
    window = new_window(qtbot)
    try:
        _assert_translated(window, sandbox)
    finally:
        close_window(window)
        QSettings().clear()


DIALOG_ACTIONS = (
    "add_user",
    "edit_user",
    "reset_password",
    "preferences",
    "about",
    "add_account",
    "disable_users",
    "retire",
    "smtp_server",
    "export_csv",
    "show_history",
    "send_test",
    "sandbox_mailbox",
    "label_note",
    "set_limits",
    "test_login",
)


@pytest.mark.parametrize("action", DIALOG_ACTIONS)
def test_every_dialog_shows_only_translated_text(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox, action: str
) -> None:
    click_row(qtbot, pseudo_window, sandbox.users()[0].user_name)
    before = set(QApplication.topLevelWidgets())
    getattr(pseudo_window.commands, action).trigger()
    qtbot.waitUntil(lambda: bool(_new_dialogs(before)), timeout=WAIT_MS)
    recorded = _recorded_names(pseudo_window)
    for dialog in _new_dialogs(before):
        _assert_translated(dialog, sandbox, *recorded)
        dialog.reject()


def _recorded_names(window: MainWindow) -> set[str]:
    """User names and accounts in the change history (earlier tests share the file)."""
    records = parts(window).journal.history.read()
    return {r.user_name for r in records} | {r.account for r in records}


def test_new_credentials_show_only_translated_text(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    click_row(qtbot, pseudo_window, sandbox.users()[0].user_name)
    before = set(QApplication.topLevelWidgets())
    pseudo_window.commands.reset_password.trigger()
    qtbot.waitUntil(lambda: bool(_new_dialogs(before)), timeout=WAIT_MS)
    (confirm,) = _new_dialogs(before)
    confirm.accept()
    qtbot.waitUntil(
        lambda: any(d.objectName() == "credentialsDialog" for d in _new_dialogs(before)),
        timeout=WAIT_MS,
    )
    for dialog in _new_dialogs(before):
        _assert_translated(dialog, sandbox)
        dialog.reject()


def _refresh(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
    qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=WAIT_MS)


def test_changes_made_elsewhere_password_ages_and_the_history_are_translated(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    app = parts(pseudo_window)
    qtbot.waitUntil(lambda: app.extras.store is not None, timeout=WAIT_MS)
    _refresh(qtbot, pseudo_window)  # the store has seen this list
    model = pseudo_window.model
    changed, aged, fresh = (model.user_at(row).user_name for row in range(3))
    with SendCleanClient(sandbox.base_url, sandbox.owner_id, sandbox.token) as elsewhere:
        elsewhere.edit_user(changed, hourly_limit=7, enabled=False)
    store, account = app.extras.store, app.session.account
    assert store is not None and account is not None
    store.mark_password_set(account.account_id, aged, now=datetime.now(UTC) - timedelta(days=100))
    store.mark_password_set(account.account_id, fresh)
    _refresh(qtbot, pseudo_window)
    qtbot.waitUntil(lambda: changed in model.extras.drift_tips, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: fresh in model.extras.ages and aged in model.extras.ages, timeout=WAIT_MS
    )
    _assert_translated(pseudo_window, sandbox)

    before = set(QApplication.topLevelWidgets())
    pseudo_window.commands.show_history.trigger()
    qtbot.waitUntil(lambda: bool(_new_dialogs(before)), timeout=WAIT_MS)
    (history,) = _new_dialogs(before)
    table = history.findChild(QTableWidget)
    assert table is not None and table.rowCount() > 0  # the change seen elsewhere
    _assert_translated(history, sandbox, *_recorded_names(pseudo_window))
    history.reject()


def test_a_lost_answer_is_translated_with_its_details_apart(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.inject("addSmtp", "drop_after_work")
    before = set(QApplication.topLevelWidgets())
    pseudo_window.commands.add_user.trigger()
    qtbot.waitUntil(lambda: bool(_new_dialogs(before)), timeout=WAIT_MS)
    (dialog,) = _new_dialogs(before)
    with qtbot.waitSignal(pseudo_window.refreshed, timeout=WAIT_MS):
        dialog.findChild(QPushButton, "okButton").click()
    message = parts(pseudo_window).users.last_message
    assert message is not None and message.isVisible()
    assert "TransportError" in message.detailedText()
    assert "TransportError" not in message.text()
    _assert_translated(message, sandbox)
    message.accept()


def test_the_shortcuts_dialog_shows_only_translated_text(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    dialog = pseudo_window.show_shortcuts()
    qtbot.waitExposed(dialog)
    _assert_translated(dialog, sandbox)
    dialog.reject()


@pytest.mark.parametrize("kind", list(ProblemKind))
def test_a_message_for_each_kind_of_problem_is_translated(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox, kind: ProblemKind
) -> None:
    assert kind in SENTENCES
    problem = Problem(kind, SAMPLE_PARAMS, f"SomeError: {kind.value}")
    parts(pseudo_window).notifier.show(problem, retry=lambda: None)
    banner = pseudo_window.banner
    assert banner.isVisible() and banner.text().startswith(OPEN)
    assert banner.details() == f"SomeError: {kind.value}"
    _assert_translated(banner, sandbox)


@pytest.mark.parametrize(
    "error",
    [
        MissingTokenError(),
        NotConnectedError(),
        NotTried(),
        AccountSettingsError("Work", "not a usable URL"),
        RuntimeError("boom"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_the_windows_own_errors_are_translated(
    pseudo_window: MainWindow, sandbox: Sandbox, error: BaseException
) -> None:
    parts(pseudo_window).notifier.problem(error)
    assert pseudo_window.banner.text().startswith(OPEN)
    assert type(error).__name__ not in pseudo_window.banner.text()
    assert type(error).__name__ in pseudo_window.banner.details()
    _assert_translated(pseudo_window.banner, sandbox)


def test_a_refused_token_and_a_broken_answer_are_translated(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.set_token("revoked")
    with qtbot.waitSignal(parts(pseudo_window).notifier.credentials_needed, timeout=WAIT_MS):
        pseudo_window.commands.refresh.trigger()
    text = pseudo_window.banner.text()
    assert text.startswith(OPEN) and "AuthenticationError" not in text
    assert "AuthenticationError" in pseudo_window.banner.details()
    _assert_translated(pseudo_window.banner, sandbox)

    sandbox.set_token(sandbox.token)
    sandbox.inject("listSmtp", "html_502")
    with qtbot.waitSignal(parts(pseudo_window).refresher.failed, timeout=WAIT_MS):
        pseudo_window.commands.refresh.trigger()
    assert "HTTP 502" in pseudo_window.banner.details()
    _assert_translated(pseudo_window.banner, sandbox)


def test_a_keyring_failure_is_translated(pseudo_window: MainWindow, sandbox: Sandbox) -> None:
    with pytest.raises(TokenStoreError) as raised:
        KeyringTokenStore().get("owner-1")
    assert "DBUS" not in error_text.describe(raised.value)
    parts(pseudo_window).notifier.problem(raised.value)
    _assert_translated(pseudo_window.banner, sandbox)


def test_a_message_box_keeps_its_details_apart(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    problem = Problem(ProblemKind.FILE_FULL, SAMPLE_PARAMS, "OSError: [Errno 28] No space")
    box = parts(pseudo_window).notifier.notice(
        QMessageBox.Icon.Warning, "⟦Export⟧", sentence(problem), details=problem.detail
    )
    qtbot.waitExposed(box)
    assert box.detailedText() == "OSError: [Errno 28] No space"
    _assert_translated(box, sandbox)
    box.reject()


# -- the questions and reports the flows above do not reach ----------------------------


def _own_account(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    """The sandbox's API as an account of the user's own (rename and remove apply)."""
    from app.core.accounts import Account
    from app.ui.session.connection import Connection

    account = Account.create("Pseudo account", sandbox.base_url, sandbox.owner_id)
    token = sandbox.token
    connection = Connection(account, lambda: token, token_kept_in="memory", token_in_keyring=False)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        parts(window).accounts.use(connection)


def test_rename_and_remove_account_are_translated(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    from PySide6.QtCore import QTimer

    _own_account(qtbot, pseudo_window, sandbox)
    words = ("Pseudo account", sandbox.owner_id)
    before = set(QApplication.topLevelWidgets())
    pseudo_window.commands.rename_account.trigger()
    qtbot.waitUntil(lambda: bool(_new_dialogs(before)), timeout=WAIT_MS)
    for dialog in _new_dialogs(before):
        _assert_translated(dialog, sandbox, *words)
        dialog.reject()
    seen: list[str] = []

    def answer_the_question() -> None:  # the question is modal: look, then say Cancel
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer_the_question)
            return
        leaks = untranslated(box, _data(sandbox) | set(words))
        seen.append(repr(leaks))
        box.reject()

    QTimer.singleShot(0, answer_the_question)
    pseudo_window.commands.remove_account.trigger()
    assert seen == ["[]"]


def test_a_bulk_report_and_the_quit_question_are_translated(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox
) -> None:
    from tests.gui_support import confirm_disable, select_users

    names = [u.user_name for u in sandbox.users() if u.enabled][:3]
    select_users(qtbot, pseudo_window, names)
    sandbox.inject("editSmtp", "html_502", times=None)
    bulk = parts(pseudo_window).bulk
    with qtbot.waitSignal(bulk.finished, timeout=WAIT_MS):
        pseudo_window.commands.disable_users.trigger()
        confirm_disable(qtbot, pseudo_window)
    qtbot.waitUntil(lambda: bulk.last_message is not None, timeout=WAIT_MS)
    assert bulk.last_message is not None
    _assert_translated(bulk.last_message, sandbox, *names)
    bulk.last_message.accept()
    sandbox.clear_faults()
    # A change on its way when the window is closed: the quit question.
    sandbox.inject("editSmtp", "delay:2", times=1)
    select_users(qtbot, pseudo_window, names[:1])
    pseudo_window.commands.disable_users.trigger()
    confirm_disable(qtbot, pseudo_window)
    qtbot.waitUntil(lambda: parts(pseudo_window).runner.is_changing_users(), timeout=WAIT_MS)
    guard = parts(pseudo_window).quit_guard
    pseudo_window.close()
    qtbot.waitUntil(lambda: guard.question is not None, timeout=WAIT_MS)
    assert guard.question is not None
    _assert_translated(guard.question, sandbox, *names)
    guard.question.reject()  # Escape is "Wait": the window stays until the answer
    qtbot.waitUntil(lambda: not parts(pseudo_window).runner.is_changing_users(), timeout=WAIT_MS)
    sandbox.clear_faults()


def test_the_replace_file_question_is_translated(
    qtbot: QtBot, pseudo_window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    existing = tmp_path / "users.csv"
    existing.write_text("old\n", encoding="utf-8")
    export = parts(pseudo_window).export
    export._ask_to_replace(existing, lambda: None)
    box = export.last_question
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    _assert_translated(box, sandbox, existing.name, str(existing.parent))
    before = set(QApplication.topLevelWidgets())
    box.done(int(QMessageBox.StandardButton.Cancel))  # back to the export dialog
    qtbot.waitUntil(lambda: bool(_new_dialogs(before)), timeout=WAIT_MS)
    for dialog in _new_dialogs(before):
        dialog.reject()
