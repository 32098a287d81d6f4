"""The main window against the real sandbox: loading, sorting, filtering, copying,
the busy state, dropped stale refreshes and a UI thread that never blocks."""

from __future__ import annotations

import itertools
import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.api.models import MASK
from app.sandbox import Sandbox, SandboxUser
from app.ui.jobs.kinds import JobKind
from app.ui.jobs.op import Op
from app.ui.platform.clipboard import KDE_PASSWORD_HINT
from app.ui.views.main_window import MainWindow
from app.ui.views.users_model import Column
from tests.gui_support import (
    WAIT_MS,
    cell,
    child,
    click_row,
    close_window,
    column_texts,
    confirm_disable,
    counts_text,
    open_window,
    parts,
    row_of,
    sandbox_user,
    select_users,
    shown_names,
    wait_for_dialog,
)


def _limit(text: str) -> int:
    return int(text.replace(",", ""))


def _refresh(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()


# -- loading -------------------------------------------------------------------------------


def test_load_shows_every_sandbox_user_with_counts_and_title(
    window: MainWindow, sandbox: Sandbox
) -> None:
    expected = {u.user_name: u for u in sandbox.users()}
    assert len(expected) == 36
    assert window.model.rowCount() == 36
    assert sorted(shown_names(window)) == sorted(expected)
    assert counts_text(window) == "36 users"
    assert "Sandbox" in window.windowTitle()
    assert window.status.account.text() == "Sandbox"
    assert window.status.updated.text().startswith("Updated ")
    assert not window.banner.isVisible()
    for row, name in enumerate(shown_names(window)):
        user = expected[name]
        assert cell(window, row, Column.STATUS) == ("Enabled" if user.enabled else "Disabled")
        assert cell(window, row, Column.TOTAL_LIMIT) == f"{user.total_limit:,}"
        assert cell(window, row, Column.HOURLY_LIMIT) == f"{user.hourly_limit:,}"


def test_passwords_are_masked_until_reveal_is_toggled(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    passwords = {u.user_name: u.password for u in sandbox.users()}
    assert set(column_texts(window, Column.PASSWORD)) == {MASK}
    assert not any(p in column_texts(window, Column.PASSWORD) for p in passwords.values())

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # Reveal
    assert window.commands.reveal_passwords.isChecked()
    names = shown_names(window)
    assert column_texts(window, Column.PASSWORD) == [passwords[n] for n in names]

    window.commands.reveal_passwords.trigger()  # hide again
    assert set(column_texts(window, Column.PASSWORD)) == {MASK}


# -- sorting -------------------------------------------------------------------------------


def _click_header(qtbot: QtBot, window: MainWindow, column: Column) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )


def test_header_clicks_sort_by_name_status_and_total_limit_both_ways(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    header = window.table.horizontalHeader()
    names = sorted(u.user_name for u in sandbox.users())
    assert shown_names(window) == names  # the initial order: by name, ascending

    _click_header(qtbot, window, Column.USER_NAME)  # the sorted column: flips the order
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_names(window) == names[::-1]

    for column in (Column.STATUS, Column.TOTAL_LIMIT):
        seen = set()
        for _ in range(2):
            _click_header(qtbot, window, column)
            assert header.sortIndicatorSection() == column
            order = header.sortIndicatorOrder()
            seen.add(order)
            descending = order == Qt.SortOrder.DescendingOrder
            if column == Column.STATUS:
                statuses = column_texts(window, Column.STATUS)
                enabled_first = ["Enabled"] * statuses.count("Enabled") + ["Disabled"] * (
                    statuses.count("Disabled")
                )
                assert statuses == (enabled_first[::-1] if descending else enabled_first)
                assert "Enabled" in statuses and "Disabled" in statuses
            else:
                limits = [_limit(t) for t in column_texts(window, Column.TOTAL_LIMIT)]
                assert limits == sorted(limits, reverse=descending)
                assert limits[0] != limits[-1]
        assert seen == {Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder}
    # Still every user, each with its own values.
    totals = {u.user_name: u.total_limit for u in sandbox.users()}
    for row, name in enumerate(shown_names(window)):
        assert _limit(cell(window, row, Column.TOTAL_LIMIT)) == totals[name]


def test_sort_by_column_orders_status_with_names_as_tiebreak(window: MainWindow) -> None:
    window.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
    users = [window.model.user_at(r) for r in range(window.model.rowCount())]
    assert users == sorted(users, key=lambda u: (not u.enabled, u.user_name))
    window.table.sortByColumn(Column.STATUS, Qt.SortOrder.DescendingOrder)
    users = [window.model.user_at(r) for r in range(window.model.rowCount())]
    assert users == sorted(users, key=lambda u: (not u.enabled, u.user_name), reverse=True)


def test_selection_follows_the_users_through_sorting(qtbot: QtBot, window: MainWindow) -> None:
    names = shown_names(window)
    chosen = [names[3], names[10], names[20]]
    select_users(qtbot, window, chosen)
    current = window.current_name()
    assert current == names[20]

    for column, order in (
        (Column.TOTAL_LIMIT, Qt.SortOrder.DescendingOrder),
        (Column.STATUS, Qt.SortOrder.AscendingOrder),
        (Column.USER_NAME, Qt.SortOrder.DescendingOrder),
    ):
        window.table.sortByColumn(column, order)
        assert sorted(window.selected_names()) == sorted(chosen)
        assert window.current_name() == current
        current_index = window.table.currentIndex()
        assert window.model.user_at(current_index.row()).user_name == current


def test_selection_survives_a_refresh_that_moves_the_rows(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = shown_names(window)
    chosen = names[5]
    click_row(qtbot, window, chosen)
    old_row = row_of(window, chosen)
    # New users that sort before the selected one: its row number changes on refresh.
    extra = [SandboxUser(f"smtp10000{i}", f"pw{i}aaaaaaaa") for i in range(3)]
    sandbox.set_users(extra + sandbox.users())

    _refresh(qtbot, window)

    assert window.model.rowCount() == 39
    assert counts_text(window) == "39 users"
    assert window.selected_names() == [chosen]
    assert window.current_name() == chosen
    assert row_of(window, chosen) == old_row + 3


# -- filtering -----------------------------------------------------------------------------


def test_ctrl_f_focuses_the_search_field_and_typing_filters_by_name(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    all_names = [u.user_name for u in sandbox.users()]
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus, timeout=WAIT_MS)

    qtbot.keyClicks(window.search, "SMTP1")  # case does not matter
    expected = sorted(n for n in all_names if "smtp1" in n)
    assert 1 < len(expected) < len(all_names)
    assert shown_names(window) == expected
    assert counts_text(window) == f"{len(expected)} of 36 users"

    qtbot.keyClicks(window.search, "6")
    expected = sorted(n for n in all_names if "smtp16" in n)
    assert shown_names(window) == expected
    assert counts_text(window) == f"{len(expected)} of 36 users"

    qtbot.keyClicks(window.search, "zzz")
    assert window.model.rowCount() == 0
    assert counts_text(window) == "0 of 36 users"

    window.search.clear()
    assert window.model.rowCount() == 36
    assert counts_text(window) == "36 users"


def test_selection_survives_filtering_while_the_row_stays_visible(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    names = shown_names(window)
    # A user in the middle, and a filter that keeps it but hides the rows before it.
    chosen = names[len(names) // 2]
    text = chosen[-4:]
    click_row(qtbot, window, chosen)
    assert window.selected_names() == [chosen]

    qtbot.keyClicks(window.search, text)
    assert chosen in shown_names(window)
    assert window.model.rowCount() < 36
    assert row_of(window, chosen) != names.index(chosen)
    assert window.selected_names() == [chosen]
    assert window.current_name() == chosen
    assert window.commands.edit_user.isEnabled()

    window.search.clear()
    assert window.model.rowCount() == 36
    assert window.selected_names() == [chosen]


# -- copying -------------------------------------------------------------------------------


def _clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def test_copy_password_and_user_name_with_hint_and_auto_clear(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    passwords = {u.user_name: u.password for u in sandbox.users()}
    parts(window).clipboard.set_clear_after(0.3)
    name = shown_names(window)[7]
    click_row(qtbot, window, name)

    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert _clipboard_text() == passwords[name]
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert bytes(mime.data(KDE_PASSWORD_HINT).data()) == b"secret"
    assert name in window.statusBar().currentMessage()
    assert passwords[name] not in window.statusBar().currentMessage()

    with qtbot.waitSignal(parts(window).clipboard.cleared, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: _clipboard_text() == "", timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Clipboard cleared"

    qtbot.keyClick(window.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert _clipboard_text() == name

    other = shown_names(window)[2]
    click_row(qtbot, window, other)
    window.commands.copy_password.trigger()
    assert _clipboard_text() == passwords[other]
    qtbot.waitUntil(lambda: _clipboard_text() == "", timeout=WAIT_MS)


def test_closing_the_window_clears_a_copied_password(qtbot: QtBot, sandbox: Sandbox) -> None:
    window = open_window(qtbot, sandbox)
    try:
        name = shown_names(window)[0]
        click_row(qtbot, window, name)
        window.commands.copy_password.trigger()
        assert _clipboard_text() == sandbox_user(sandbox, name).password
    finally:
        close_window(window)
    assert _clipboard_text() == ""


def test_copy_actions_need_a_selection(window: MainWindow) -> None:
    window.table.clearSelection()
    assert not window.commands.copy_password.isEnabled()
    assert not window.commands.copy_user_name.isEnabled()
    assert not window.commands.edit_user.isEnabled()
    assert window.commands.add_user.isEnabled()


# -- busy state ----------------------------------------------------------------------------


def _changing_actions_enabled(window: MainWindow) -> list[bool]:
    a = window.commands
    return [a.add_user.isEnabled(), a.edit_user.isEnabled(), a.reset_password.isEnabled()]


def test_actions_are_disabled_and_busy_shows_while_a_slow_call_runs(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    busy = window.status.busy
    assert busy.objectName() == "statusBusy"
    click_row(qtbot, window, next(u.user_name for u in sandbox.users() if u.enabled))
    assert _changing_actions_enabled(window) == [True, True, True]
    assert not busy.isVisible()

    sandbox.inject("listSmtp", "delay:0.6")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
        assert _changing_actions_enabled(window) == [False, False, False]
        assert not window.commands.disable_users.isEnabled()
        assert busy.isVisible()
        # A keyboard shortcut cannot sneak an Add dialog in either.
        qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert window.findChild(QDialog, "addUserDialog") is None
    assert _changing_actions_enabled(window) == [True, True, True]
    assert not busy.isVisible()

    # A change in flight keeps Refresh (and other changes) off until it is answered.
    sandbox.inject("editSmtp", "delay:0.6")
    with qtbot.waitSignal(parts(window).bulk.finished, timeout=WAIT_MS):
        window.commands.disable_users.trigger()
        confirm_disable(qtbot, window)
        assert not window.commands.refresh.isEnabled()
        assert _changing_actions_enabled(window) == [False, False, False]
        assert busy.isVisible()
    assert window.commands.refresh.isEnabled()
    assert _changing_actions_enabled(window) == [True, True, True]
    # Busy stays on until every job is done (the change history is written afterwards).
    qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=WAIT_MS)
    assert not busy.isVisible()


# -- refresh ordering ----------------------------------------------------------------------


def test_an_older_refresh_answer_is_dropped(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    original = sandbox.users()
    fewer = [replace(u, total_limit=777) for u in original[:5]]
    emitted: list[int] = []
    window.refreshed.connect(emitted.append)
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(window.model.rowCount()))

    # The first answer is slow and carries all 36 users; the users change before the
    # second call reads them (a step queued on the worker between the two refreshes: the
    # second refresh waits, coalesced, until the first is answered).
    sandbox.inject("listSmtp", "delay:1")
    window.commands.refresh.trigger()
    step = Op(
        JobKind.CONFIGURE, run=lambda _context: sandbox.set_users(fewer), success=lambda _none: None
    )
    parts(window).runner.submit(step)
    with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
        window.commands.refresh.trigger()
    qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=WAIT_MS)

    calls = [r.call for r in sandbox.requests]
    assert calls.count("listSmtp") == 3  # the first load and both refreshes
    assert emitted == [5]
    assert resets == [5]
    assert window.model.rowCount() == 5
    assert column_texts(window, Column.TOTAL_LIMIT) == ["777"] * 5
    assert counts_text(window) == "5 users"


# -- the UI thread never blocks ------------------------------------------------------------


def test_ui_thread_keeps_running_during_slow_calls(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    name = shown_names(window)[4]
    click_row(qtbot, window, name)
    window.commands.edit_user.trigger()
    dialog = wait_for_dialog(qtbot, window, "editUserDialog")
    child(dialog, QLineEdit, "hourlyLimitField").setText("4321")

    sandbox.latency = 2.0
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    started = time.perf_counter()
    try:
        with (
            qtbot.waitSignal(window.refreshed, timeout=10_000),
            qtbot.waitSignal(dialog.finished, timeout=10_000),
        ):
            window.commands.refresh.trigger()
            qtbot.mouseClick(child(dialog, QPushButton, "okButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not parts(window).runner.is_busy(), timeout=10_000)
    finally:
        timer.stop()
    elapsed = time.perf_counter() - started
    assert elapsed >= 3.5  # both calls really took their 2 s each
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 100
    assert max(gaps) < 0.050, f"the UI thread stalled for {max(gaps) * 1000:.0f} ms"
    assert window.model.find_user(name).hourly_limit == 4321  # type: ignore[union-attr]


# -- the "mixed" list shape: unknown limits, every status spelling ---------------------------


def test_mixed_list_shows_unknown_limits_and_sorts_them_last_both_ways(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.list_style = "mixed"  # some users lack limits, status spelled 1/"0"/ENABLE...
    _refresh(qtbot, window)
    order = [u.user_name for u in sandbox.users()]  # the list order decides what is missing
    missing_total = {n for i, n in enumerate(order) if i % 3 == 1}
    by_name = {u.user_name: u for u in sandbox.users()}
    assert window.model.rowCount() == 36
    for row, name in enumerate(shown_names(window)):
        user = by_name[name]
        total = "—" if name in missing_total else f"{user.total_limit:,}"
        assert cell(window, row, Column.TOTAL_LIMIT) == total
        assert cell(window, row, Column.STATUS) == ("Enabled" if user.enabled else "Disabled")
    window.commands.reveal_passwords.setChecked(True)
    assert column_texts(window, Column.PASSWORD) == [
        by_name[n].password for n in shown_names(window)
    ]

    for order_ in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        window.table.sortByColumn(Column.TOTAL_LIMIT, order_)
        texts = column_texts(window, Column.TOTAL_LIMIT)
        known = [_limit(t) for t in texts if t != "—"]
        assert texts[len(known) :] == ["—"] * len(missing_total)  # unknown: always last
        assert known == sorted(known, reverse=order_ == Qt.SortOrder.DescendingOrder)


def test_closing_with_a_call_in_flight_drops_its_answer(qtbot: QtBot, sandbox: Sandbox) -> None:
    window = open_window(qtbot, sandbox)
    emitted: list[int] = []
    window.refreshed.connect(emitted.append)
    sandbox.inject("listSmtp", "delay:0.5")
    before = len(sandbox.requests)
    window.commands.refresh.trigger()
    qtbot.waitUntil(lambda: len(sandbox.requests) > before, timeout=WAIT_MS)  # in flight
    close_window(window)
    assert not window.isVisible()
    assert parts(window).runner.wait_idle_for_tests(5.0)  # the worker ends once the call returns
    QCoreApplication.processEvents()  # would deliver an answer queued by mistake
    assert emitted == []


def test_a_progress_value_is_painted_with_the_next_frame_not_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    """QProgressBar repaints synchronously on a new value, and every dirty part of the
    window with it: during a bulk run, the table, once per value."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    status = window.status
    status.start_progress(40)
    qtbot.waitUntil(lambda: status.busy.value() == 0, timeout=WAIT_MS)
    QCoreApplication.processEvents()
    paints = Paints()
    window.table.viewport().installEventFilter(paints)
    window.table.viewport().update()  # the table has something to paint, as in a bulk run
    status.show_progress(40, 40)  # the last value is shown at once (no throttle)
    assert status.busy.value() == 40 and Paints.count == 0
    qtbot.waitUntil(lambda: Paints.count > 0, timeout=WAIT_MS)
    window.table.viewport().removeEventFilter(paints)


def test_bulk_progress_keeps_its_width_as_the_count_grows(qtbot: QtBot, window: MainWindow) -> None:
    """The status bar's widgets do not shift while "9 of 1000" becomes "1000 of 1000"."""
    status = window.status
    window.show()
    qtbot.waitExposed(window)
    status.start_progress(1000)
    QCoreApplication.processEvents()
    start = status.progress.width(), status.busy.x()
    for done in (9, 99, 999, 1000):
        status.show_progress(done, 1000)
        QCoreApplication.processEvents()
        assert (status.progress.width(), status.busy.x()) == start, done
    assert status.progress.text() == "1000 of 1000"
    status.hide_progress()
