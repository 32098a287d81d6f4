"""Labels and notes, changes made elsewhere, password age and retiring, through the real
window against the real sandbox and a real SQLite file."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.api import SendCleanClient
from app.sandbox import Sandbox
from app.ui.views.main_window import MainWindow
from app.ui.views.row_extras import ExtraColumn
from app.ui.views.users_model import Column
from tests.gui_support import (
    WAIT_MS,
    cell,
    child,
    click_row,
    close_window,
    new_window,
    parts,
    row_of,
    sandbox_user,
    select_users,
    wait_for_dialog,
)


def _wait_store(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: parts(window).extras.store is not None, timeout=WAIT_MS)


def _refresh(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
    qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=WAIT_MS)


def _label(qtbot: QtBot, window: MainWindow, name: str, label: str, note: str) -> None:
    click_row(qtbot, window, name)
    window.commands.label_note.trigger()
    dialog = wait_for_dialog(qtbot, window, "labelNoteDialog")
    dialog.findChild(type(dialog._label), "labelField").setText(label)
    dialog._note.setPlainText(note)
    dialog.accept()
    qtbot.waitUntil(
        lambda: cell(window, row_of(window, name), ExtraColumn.LABEL) == label, timeout=WAIT_MS
    )


def test_a_label_and_a_note_are_shown_searched_exported_and_named_in_the_reset_question(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    _wait_store(qtbot, window)
    name = window.model.user_at(5).user_name
    _label(qtbot, window, name, "Shop website", "Used by the WooCommerce plugin")
    header = window.table.horizontalHeader()
    assert header.visualIndex(ExtraColumn.LABEL) == header.visualIndex(Column.USER_NAME) + 1
    window.search.setText("woocommerce")  # the note is searched too
    assert [window.model.user_at(r).user_name for r in range(window.model.rowCount())] == [name]
    window.search.setText("shop web")
    assert window.model.rowCount() == 1
    window.search.clear()

    window.commands.export_csv.trigger()
    export = parts(window).export.last_dialog
    assert export is not None
    target = tmp_path / "users.csv"
    export._path.setText(str(target))
    export.accept()
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    rows = {r[0]: r for r in csv.reader(target.open(encoding="utf-8"))}
    assert rows[name][1] == "Shop website"

    click_row(qtbot, window, name)
    window.commands.reset_password.trigger()
    confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
    assert f"{name} — Shop website" in child(confirm, QLabel, "messageLabel").text()
    confirm.reject()


def test_labels_are_kept_on_this_computer_across_starts(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    name = window.model.user_at(2).user_name
    _label(qtbot, window, name, "CRM", "")
    from tests.gui_support import connect

    again = new_window(qtbot)
    try:
        connect(again, sandbox, qtbot)
        qtbot.waitUntil(
            lambda: cell(again, row_of(again, name), ExtraColumn.LABEL) == "CRM", timeout=WAIT_MS
        )
    finally:
        close_window(again)


def test_a_change_made_elsewhere_is_highlighted_recorded_and_acknowledged(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    _refresh(qtbot, window)  # the store has seen this list
    target = next(u for u in sandbox.users() if u.enabled and u.hourly_limit)
    # Behind the app's back, through the sandbox's own API, as the dashboard would.
    with SendCleanClient(sandbox.base_url, sandbox.owner_id, sandbox.token) as elsewhere:
        elsewhere.edit_user(target.user_name, hourly_limit=7)
    _refresh(qtbot, window)
    model = window.model
    qtbot.waitUntil(lambda: target.user_name in model.extras.drift_tips, timeout=WAIT_MS)
    index = model.index(row_of(window, target.user_name), Column.USER_NAME)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert f"Hourly limit {target.hourly_limit:,} → 7" in tip
    assert "changed outside this app, seen" in tip
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    records = parts(window).journal.history.read(limit=5)
    assert any(r.action == "seen_elsewhere" and r.user_name == target.user_name for r in records)
    click_row(qtbot, window, target.user_name)
    window.commands.acknowledge.trigger()
    qtbot.waitUntil(lambda: target.user_name not in model.extras.drift_tips, timeout=WAIT_MS)


def test_a_change_this_app_made_is_never_reported_as_made_elsewhere_even_if_its_answer_was_lost(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    _refresh(qtbot, window)
    name = next(u.user_name for u in sandbox.users() if u.enabled)
    click_row(qtbot, window, name)
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    dialog.findChild(type(dialog._hourly), "hourlyLimitField").setText("9")
    sandbox.inject("editSmtp", "drop_after_work")
    child(dialog, QPushButton, "okButton").click()
    qtbot.waitUntil(lambda: sandbox_user(sandbox, name).hourly_limit == 9, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=WAIT_MS)
    _refresh(qtbot, window)
    assert cell(window, row_of(window, name), Column.HOURLY_LIMIT) == "9"
    assert name not in window.model.extras.drift_tips
    message = parts(window).users.last_message
    if message is not None:
        message.accept()


def test_a_reset_starts_the_password_age(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    name = window.model.user_at(4).user_name
    assert cell(window, row_of(window, name), ExtraColumn.PASSWORD_AGE) == "unknown"
    click_row(qtbot, window, name)
    with qtbot.waitSignal(parts(window).users.credentials_shown, timeout=WAIT_MS) as shown:
        window.commands.reset_password.trigger()
        child(
            wait_for_dialog(qtbot, window, "confirmResetDialog"), QPushButton, "resetButton"
        ).click()
    shown.args[0].reject()
    _refresh(qtbot, window)
    qtbot.waitUntil(
        lambda: cell(window, row_of(window, name), ExtraColumn.PASSWORD_AGE) == "today",
        timeout=WAIT_MS,
    )


def test_retire_disables_and_hides_and_un_retire_brings_back(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    name = next(u.user_name for u in sandbox.users() if u.enabled)
    select_users(qtbot, window, [name])
    window.commands.retire.trigger()
    extras = parts(window).extras
    qtbot.waitUntil(lambda: extras.last_question is not None, timeout=WAIT_MS)
    question = extras.last_question
    assert question is not None and "cannot delete" in question.informativeText()
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        next(b for b in question.buttons() if "Retire" in b.text()).click()
    assert not sandbox_user(sandbox, name).enabled
    qtbot.waitUntil(lambda: window.model.row_of(name) is None, timeout=WAIT_MS)
    window.commands.show_retired.setChecked(True)
    assert window.model.row_of(name) is not None
    select_users(qtbot, window, [name])
    window.commands.unretire.trigger()
    qtbot.waitUntil(lambda: name not in window.model.extras.retired, timeout=WAIT_MS)
    offer = extras.last_question
    assert offer is not None and offer.objectName() == "offerEnableMessage"
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        offer.button(offer.StandardButton.Yes).click()
    assert sandbox_user(sandbox, name).enabled
    window.commands.show_retired.setChecked(False)
    assert window.model.row_of(name) is not None


def test_a_corrupted_database_does_not_stop_the_app(
    qtbot: QtBot, sandbox: Sandbox, private_home: Path
) -> None:
    from app.core.local_store import DB_FILE_NAME
    from app.ui.application import data_dir
    from tests.gui_support import connect

    path = data_dir() / DB_FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    saved = path.read_bytes() if path.exists() else None
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    try:
        window = new_window(qtbot)
        try:
            connect(window, sandbox, qtbot)  # the app works without the extras
            assert window.model.total_count == len(sandbox.users())
            qtbot.waitUntil(lambda: parts(window).extras.store is not None, timeout=WAIT_MS)
            store = parts(window).extras.store
            assert store is not None and not store.available and store.problem
            click_row(qtbot, window, window.model.user_at(0).user_name)
            window.commands.label_note.trigger()
            dialog = wait_for_dialog(qtbot, window, "labelNoteDialog")
            dialog.accept()
            qtbot.waitUntil(
                lambda: "are off" in window.statusBar().currentMessage(), timeout=WAIT_MS
            )
        finally:
            close_window(window)
    finally:
        path.unlink(missing_ok=True)
        if saved is not None:
            path.write_bytes(saved)


def test_labels_travel_as_a_file_merged_by_user_name(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    _wait_store(qtbot, window)
    first, second = window.model.user_at(0).user_name, window.model.user_at(1).user_name
    _label(qtbot, window, first, "Shop", "")
    extras = parts(window).extras
    target = tmp_path / "labels.json"
    extras.export_labels_to(target)
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    assert "Shop" in target.read_text(encoding="utf-8")
    import json

    data = json.loads(target.read_text(encoding="utf-8"))
    data["users"].append({"user_name": second, "label": "CRM", "note": "from a colleague"})
    target.write_text(json.dumps(data), encoding="utf-8")
    extras.import_labels_from(target)
    qtbot.waitUntil(
        lambda: cell(window, row_of(window, second), ExtraColumn.LABEL) == "CRM", timeout=WAIT_MS
    )
    assert cell(window, row_of(window, first), ExtraColumn.LABEL) == "Shop"
    assert "1 added" in window.statusBar().currentMessage()


def test_a_new_user_gets_its_label_from_the_add_dialog(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    with qtbot.waitSignal(parts(window).users.credentials_shown, timeout=WAIT_MS) as shown:
        window.commands.add_user.trigger()
        dialog = wait_for_dialog(qtbot, window, "addUserDialog")
        dialog.findChild(type(dialog._label), "labelField").setText("Staging server")
        child(dialog, QPushButton, "okButton").click()
    name = shown.args[0].credentials().user_name
    shown.args[0].reject()
    qtbot.waitUntil(
        lambda: (
            window.model.row_of(name) is not None
            and cell(window, row_of(window, name), ExtraColumn.LABEL) == "Staging server"
        ),
        timeout=WAIT_MS,
    )


def test_after_a_reset_the_new_password_is_checked_at_the_relay(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = next(u.user_name for u in sandbox.users() if u.enabled)
    click_row(qtbot, window, name)
    with qtbot.waitSignal(parts(window).users.credentials_shown, timeout=WAIT_MS) as shown:
        window.commands.reset_password.trigger()
        confirm = wait_for_dialog(qtbot, window, "confirmResetDialog")
        child(confirm, QPushButton, "resetButton").click()
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: "works at" in dialog.login_check_text(), timeout=10_000)
    assert sandbox.messages == [] or all(m.user_name != name for m in sandbox.messages)
    dialog.reject()


def test_set_limits_for_the_selection_only_where_lower(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    users = [u for u in sandbox.users() if u.hourly_limit][:3]
    names = [u.user_name for u in users]
    low = min(u.hourly_limit for u in users)
    select_users(qtbot, window, names)
    sandbox.clear_requests()
    window.commands.set_limits.trigger()
    dialog = parts(window).bulk.last_limits_dialog
    assert dialog is not None
    dialog._hourly.setText(str(low))
    dialog._lower.setChecked(True)
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS) as finished:
        child(dialog, QPushButton, "okButton").click()
    higher = sorted(u.user_name for u in users if u.hourly_limit > low)
    assert sorted(finished.args[0].done) == higher
    calls = [r for r in sandbox.requests if r.call == "editSmtp"]
    assert sorted(r.params["smtp_user_name"] for r in calls) == higher
    assert all(set(r.params) == {"smtp_user_name", "hourly_limit"} for r in calls)
    for name in names:
        assert sandbox_user(sandbox, name).hourly_limit == low
        assert cell(window, row_of(window, name), Column.HOURLY_LIMIT) == f"{low:,}"
    records = parts(window).journal.history.read(limit=len(higher))
    assert sorted(r.user_name for r in records) == higher


def test_passwords_older_than_the_rotation_age_are_marked_and_can_be_shown_alone(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    from datetime import UTC, datetime, timedelta

    _wait_store(qtbot, window)
    app = parts(window)
    store, account = app.extras.store, app.session.account
    assert store is not None and account is not None
    old, fresh = window.model.user_at(0).user_name, window.model.user_at(1).user_name
    store.mark_password_set(
        account.account_id, old, now=datetime.now(UTC) - timedelta(days=100, hours=1)
    )
    store.mark_password_set(account.account_id, fresh)
    values = app.preferences.values
    app.preferences.apply(type(values)(**{**vars(values), "rotation_days": 90}))
    qtbot.waitUntil(lambda: old in window.model.extras.due, timeout=WAIT_MS)
    assert cell(window, row_of(window, old), ExtraColumn.PASSWORD_AGE) == (
        "100 days — due for rotation"
    )
    assert cell(window, row_of(window, fresh), ExtraColumn.PASSWORD_AGE) == "today"
    window.commands.only_due.setChecked(True)
    assert [window.model.user_at(r).user_name for r in range(window.model.rowCount())] == [old]
    window.commands.only_due.setChecked(False)
    assert app.preferences._store.load().rotation_days == 90


def test_the_edit_dialog_changes_a_label_without_calling_sendclean(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    name = window.model.user_at(3).user_name
    click_row(qtbot, window, name)
    sandbox.clear_requests()
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    field = dialog.findChild(QLineEdit, "labelField")
    assert field is not None
    field.setText("Old staging")
    child(dialog, QPushButton, "okButton").click()
    qtbot.waitUntil(
        lambda: cell(window, row_of(window, name), ExtraColumn.LABEL) == "Old staging",
        timeout=WAIT_MS,
    )
    assert [r.call for r in sandbox.requests] == []


def test_the_user_a_lost_add_created_is_not_reported_as_made_elsewhere(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    _refresh(qtbot, window)
    before = {u.user_name for u in sandbox.users()}
    sandbox.inject("addSmtp", "drop_after_work")
    window.commands.add_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "addUserDialog")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        child(dialog, QPushButton, "okButton").click()
    qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=WAIT_MS)
    (new,) = [u.user_name for u in sandbox.users() if u.user_name not in before]
    assert new not in window.model.extras.drift_tips
    records = parts(window).journal.history.read(limit=5)
    assert not any(r.action == "seen_elsewhere" and r.user_name == new for r in records)
    message = parts(window).users.last_message
    if message is not None:
        message.accept()


def test_a_refused_add_does_not_hide_a_user_added_elsewhere(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    _wait_store(qtbot, window)
    _refresh(qtbot, window)
    sandbox.set_token("revoked")  # the add is refused: SendClean made nothing
    window.commands.add_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "addUserDialog")
    with qtbot.waitSignal(parts(window).notifier.credentials_needed, timeout=WAIT_MS):
        child(dialog, QPushButton, "okButton").click()
    dialog.reject()
    sandbox.set_token("demo-token")
    with SendCleanClient(sandbox.base_url, sandbox.owner_id, sandbox.token) as elsewhere:
        added = elsewhere.add_user(100, 10).user_name
    _refresh(qtbot, window)
    qtbot.waitUntil(lambda: added in window.model.extras.drift_tips, timeout=WAIT_MS)
    assert "Appeared outside this app" in window.model.extras.drift_tips[added]
