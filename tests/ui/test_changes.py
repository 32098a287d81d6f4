"""Every change is confirmed where it cuts off mail, cancellable in bulk, recorded as it is
answered, never lost at quit, and never pretended to be cancelled once sent."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.ui.controllers.bulk import BulkResult
from app.ui.views.main_window import MainWindow
from app.ui.views.users_model import Column
from tests.gui_support import (
    WAIT_MS,
    cell,
    child,
    click_row,
    confirm_disable,
    parts,
    row_of,
    sandbox_user,
    select_users,
    wait_for_dialog,
)


def _enabled(sandbox: Sandbox, count: int) -> list[str]:
    return sorted(u.user_name for u in sandbox.users() if u.enabled)[:count]


def _edit_calls(sandbox: Sandbox) -> list[str]:
    return [r.params["smtp_user_name"] for r in sandbox.requests if r.call == "editSmtp"]


# -- 2. every disable is confirmed -------------------------------------------------------


def test_disable_asks_first_naming_the_users_and_cancel_sends_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = _enabled(sandbox, 7)
    select_users(qtbot, window, names)
    sandbox.clear_requests()
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    bulk = parts(window).bulk
    qtbot.waitUntil(lambda: bulk.last_confirmation is not None, timeout=WAIT_MS)
    box = bulk.last_confirmation
    assert box is not None and box.isVisible()
    assert "7" in box.text()
    assert all(name in box.informativeText() for name in names[:5])
    assert "and 2 more" in box.informativeText()
    assert "stop sending mail at once" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    assert sandbox.requests == []
    assert all(sandbox_user(sandbox, n).enabled for n in names)


def test_enable_needs_no_confirmation(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    name = next(u.user_name for u in sandbox.users() if not u.enabled)
    select_users(qtbot, window, [name])
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.enable_users.trigger()
    assert parts(window).bulk.last_confirmation is None
    assert sandbox_user(sandbox, name).enabled


# -- 3. bulk progress, cancel, retry -----------------------------------------------------


def test_bulk_shows_progress_updates_rows_as_it_goes_and_cancel_stops_after_the_call(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = _enabled(sandbox, 6)
    select_users(qtbot, window, names)
    sandbox.clear_requests()
    sandbox.inject("editSmtp", "delay:0.3", times=None)
    status = window.status
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as finished:
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
        qtbot.waitUntil(lambda: status.progress.text() == "2 of 6", timeout=WAIT_MS)
        assert status.progress.isVisible() and status.cancel.isVisible()
        # The rows answered so far already show the change; the others not yet.
        done_so_far = _edit_calls(sandbox)[:2]
        for name in done_so_far:
            assert cell(window, row_of(window, name), Column.STATUS) == "Disabled"
        assert cell(window, row_of(window, names[5]), Column.STATUS) == "Enabled"
        qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    sandbox.clear_faults()
    result = finished.args[0]
    assert isinstance(result, BulkResult) and result.cancelled
    sent = _edit_calls(sandbox)
    assert sorted(result.done) == sorted(sent)  # the call on its way was answered, no more
    assert 2 <= len(sent) < 6
    assert sorted(result.done + result.not_tried) == names
    assert all(sandbox_user(sandbox, n).enabled for n in result.not_tried)
    assert not status.progress.isVisible() and not status.cancel.isVisible()
    report = parts(window).bulk.last_message
    assert report is not None and report.isVisible()
    assert f"{len(result.not_tried)} not tried" in report.informativeText()

    # "Retry the rest" runs the ones never tried.
    retry = child(report, QPushButton, "retryFailedButton")
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as again:
        retry.click()
    assert sorted(again.args[0].done) == sorted(result.not_tried)
    assert not any(sandbox_user(sandbox, n).enabled for n in names)


def test_failed_users_are_listed_with_their_reason_and_retried(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = _enabled(sandbox, 3)
    gone = sandbox_user(sandbox, names[1])
    select_users(qtbot, window, names)
    sandbox.set_users([u for u in sandbox.users() if u.user_name != gone.user_name])
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
    report = parts(window).bulk.last_message
    assert report is not None
    assert f"{gone.user_name}: " in report.informativeText()
    assert "1 failed" in report.informativeText()
    sandbox.set_users([*sandbox.users(), gone])  # it is back on the server
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as again:
        child(report, QPushButton, "retryFailedButton").click()
    assert again.args[0].done == [gone.user_name]
    assert not sandbox_user(sandbox, gone.user_name).enabled


def test_an_authentication_error_stops_the_run_and_says_how_many_were_not_tried(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = _enabled(sandbox, 5)
    select_users(qtbot, window, names)
    sandbox.set_token("revoked")
    sandbox.clear_requests()
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as finished:
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
    result = finished.args[0]
    assert result.stopped is not None and len(_edit_calls(sandbox)) == 1
    assert len(result.not_tried) == 4
    report = parts(window).bulk.last_message
    assert report is not None and "4 not tried" in report.informativeText()
    assert report.findChild(QPushButton, "retryFailedButton") is None


def test_a_bulk_run_expects_its_changes_in_one_write_and_withdraws_those_never_sent(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    """The local store learns of all the run's changes before the first call; the calls an
    authentication error left unsent are not expected any more (no drift hidden later)."""
    qtbot.waitUntil(lambda: parts(window).extras.store is not None, timeout=WAIT_MS)
    store = parts(window).extras.store
    assert store is not None and store._db is not None

    def expected() -> Counter[str]:
        with closing(sqlite3.connect(store.path)) as db:
            return Counter(row[0] for row in db.execute("SELECT user_name FROM own_change"))

    names = _enabled(sandbox, 5)
    select_users(qtbot, window, names)
    before = expected()
    sandbox.set_token("revoked")
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
    qtbot.waitUntil(lambda: expected() - before == Counter({names[0]: 1}), timeout=WAIT_MS)
    store._db.set_trace_callback(None)
    inserts = [n for n, s in enumerate(statements) if s.startswith("INSERT INTO own_change")]
    assert len(inserts) == 5 and inserts == list(range(inserts[0], inserts[0] + 5))
    assert statements[inserts[-1] + 1] == "COMMIT"  # one transaction for the five


# -- 4 and 5. quitting, and history per call ---------------------------------------------


def test_quit_during_a_bulk_asks_and_quit_anyway_sends_nothing_more_and_records_each_call(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = _enabled(sandbox, 5)
    select_users(qtbot, window, names)
    sandbox.clear_requests()
    history = parts(window).journal.history
    recorded_before = len(history.read())
    sandbox.inject("editSmtp", "delay:0.4", times=None)
    window.commands.disable_users.trigger()
    confirm_disable(qtbot, window)
    qtbot.waitUntil(lambda: len(_edit_calls(sandbox)) == 2, timeout=WAIT_MS)  # 2nd in flight

    window.commands.quit.trigger()  # Ctrl+Q
    guard = parts(window).quit_guard
    qtbot.waitUntil(lambda: guard.question is not None, timeout=WAIT_MS)
    assert window.isVisible()  # nothing happens before the user answers
    question = guard.question
    assert question is not None and "on their way" in question.text()
    next(b for b in question.buttons() if "Quit anyway" in b.text()).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert parts(window).runner.wait_idle_for_tests(5)
    sandbox.clear_faults()

    sent = _edit_calls(sandbox)
    assert len(sent) == 2  # the call in flight went out; nothing after it
    records = history.read()[: len(history.read()) - recorded_before]
    by_user = {r.user_name: r for r in records}
    assert set(by_user) == set(sent)
    assert by_user[sent[0]].confirmed and by_user[sent[0]].action == "disable"
    assert not by_user[sent[1]].confirmed  # its answer was never read
    assert not sandbox_user(sandbox, sent[1]).enabled  # yet the server made it: on record


def test_wait_quits_once_the_changes_are_answered(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = _enabled(sandbox, 3)
    select_users(qtbot, window, names)
    sandbox.inject("editSmtp", "delay:0.2", times=None)
    window.commands.disable_users.trigger()
    confirm_disable(qtbot, window)
    window.close()
    guard = parts(window).quit_guard
    qtbot.waitUntil(lambda: guard.question is not None, timeout=WAIT_MS)
    assert guard.question is not None
    next(b for b in guard.question.buttons() if "Wait" in b.text()).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    sandbox.clear_faults()
    assert not any(sandbox_user(sandbox, n).enabled for n in names)
    assert "Wait" not in [b.text() for b in window.findChildren(QPushButton) if b.isVisible()]


def test_a_single_edit_is_recorded_when_answered_and_a_lost_one_as_unconfirmed(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    history = parts(window).journal.history
    name = _enabled(sandbox, 1)[0]
    click_row(qtbot, window, name)
    sandbox.inject("resetSmtpPassword", "drop_after_work")
    window.commands.reset_password.trigger()
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    child(confirm, QPushButton, "resetButton").click()
    qtbot.waitUntil(
        lambda: bool(history.read()) and history.read()[0].user_name == name, timeout=WAIT_MS
    )
    record = history.read()[0]
    assert record.action == "reset_password" and not record.confirmed
    assert "unconfirmed" in record.describe_changes()


# -- 6. a sent change is not "cancelled" ---------------------------------------------------


def test_cancel_is_not_offered_while_a_change_is_on_its_way(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = _enabled(sandbox, 1)[0]
    click_row(qtbot, window, name)
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    field = dialog.findChild(type(dialog._hourly), "hourlyLimitField")
    field.setText("42")
    sandbox.inject("editSmtp", "delay:0.5")
    results: list[int] = []
    dialog.finished.connect(results.append)
    child(dialog, QPushButton, "okButton").click()
    assert not child(dialog, QPushButton, "cancelButton").isEnabled()
    busy = child(dialog, QLabel, "busyLabel")
    assert busy.isVisible() and "Sending to SendClean" in busy.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the user tries to give up waiting
    assert dialog.isVisible() and results == []
    qtbot.waitUntil(lambda: results == [QDialog.DialogCode.Accepted.value], timeout=WAIT_MS)
    assert sandbox_user(sandbox, name).hourly_limit == 42
    assert cell(window, row_of(window, name), Column.HOURLY_LIMIT) == "42"


# -- 7. preferences keep the list ----------------------------------------------------------


def test_a_new_timeout_keeps_the_list_and_the_answer_on_its_way(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    app = parts(window)
    total = window.model.total_count
    sandbox.inject("listSmtp", "delay:0.4")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
        values = app.preferences.values
        app.preferences.apply(type(values)(**{**vars(values), "request_timeout_s": 1}))
        assert window.model.total_count == total  # the list stays while the answer comes
    assert window.model.total_count == total
    # The next call uses the new timeout.
    sandbox.inject("listSmtp", "delay:3")
    with qtbot.waitSignal(app.refresher.failed, timeout=WAIT_MS) as failed:
        window.commands.refresh.trigger()
    assert "1 s" in failed.args[0]
    assert window.model.total_count == total


# -- 8. refreshes coalesce -----------------------------------------------------------------


def test_fifty_refreshes_on_a_slow_server_make_at_most_two_calls(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.clear_requests()
    sandbox.inject("listSmtp", "delay:0.3", times=None)
    for _ in range(50):
        qtbot.keyClick(window.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not parts(window).refresher.is_refreshing, timeout=WAIT_MS)
    sandbox.clear_faults()
    assert [r.call for r in sandbox.requests] == ["listSmtp", "listSmtp"]
