"""What the app knows beyond the API: labels and notes, changes made elsewhere, password
ages and retired users, kept in the local store and worked on the local worker only."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.api.problem import problem_of
from app.core.file_problem import file_problem
from app.core.history import ChangeRecord, ChangeValue

from ..jobs.kinds import JobKind
from ..jobs.memory import trim_heap
from ..jobs.op import Op, ignore
from ..views.change_words import change_text, local_moment
from ..views.plain_text import Notice
from ..views.problem_text import sentence
from ..views.row_extras import RowExtras

if TYPE_CHECKING:
    from app.api import SmtpUser
    from app.core.change_journal import ChangeJournal, PendingChange
    from app.core.local_store import Drift, LabelImport, LocalStore, OwnChange

    from ..dialogs.label_note import LabelNoteDialog
    from ..session.listing import Listing
    from .context import FlowContext

#: From this many users on, the heap is trimmed after a comparison.
_TRIM_AFTER_USERS = 10_000


def describe_drift(drift: Drift) -> str:
    """E.g. "Hourly limit 100 → 50, changed outside this app, seen 14:02"."""
    moment = local_moment(drift.seen_at)
    seen = moment.strftime("%H:%M") if moment is not None else drift.seen_at
    translate = QCoreApplication.translate
    if drift.kind == "appeared":
        return translate("Drift", "Appeared outside this app, seen {seen}").format(seen=seen)
    if drift.kind == "vanished":
        return translate("Drift", "Vanished outside this app, seen {seen}").format(seen=seen)
    changes = ", ".join(change_text(c.field, c.old, c.new) for c in drift.changes)
    return translate("Drift", "{changes}, changed outside this app, seen {seen}").format(
        changes=changes, seen=seen
    )


def _age(set_at: datetime, now: datetime) -> tuple[str, float]:
    days = (now - set_at).total_seconds() / 86400
    if days < 1:
        return QCoreApplication.translate("PasswordAge", "today"), days
    if int(days) == 1:
        return QCoreApplication.translate("PasswordAge", "1 day"), days
    return QCoreApplication.translate("PasswordAge", "{n} days").format(n=int(days)), days


@dataclass(frozen=True, eq=False)
class _Seen:
    extras: RowExtras
    new_drifts: list[Drift]


class LocalExtrasController(QObject):
    def __init__(
        self,
        context: FlowContext,
        journal: ChangeJournal,
        data_dir: Path,
        rotation_days: Callable[[], int | None],
    ) -> None:
        super().__init__(context.parent)
        self._c = context
        self._journal = journal
        self._data_dir = data_dir  # the store's file is opened there after the first list
        self._rotation_days = rotation_days
        self.store: LocalStore | None = None
        # Adds sent whose answer (the new user's name) never came, per account: the user
        # that appears for each is this app's own, not a change made elsewhere.
        self._unnamed_adds: dict[str, int] = {}
        self._unnamed_lock = threading.Lock()
        self._listings = 0
        self._opening = False
        self._waiting: Listing | None = None
        self.last_dialog: LabelNoteDialog | None = None
        self.last_question: QMessageBox | None = None
        journal.before_send = self._expect
        journal.after_confirmed = self._confirmed
        journal.after_unconfirmed = self._unconfirmed
        journal.before_send_all = self._expect_all
        journal.after_withdrawn = self._withdraw

    # -- on the workers ------------------------------------------------------------------

    def _expect(self, change: PendingChange) -> None:
        """API worker, just before a change is sent: it is this app's own from now on."""
        self._expect_all([change])

    def _expect_all(self, changes: list[PendingChange]) -> None:
        """API worker, before the first change of a bulk run: all of them in one write."""
        store = self.store
        if store is not None:
            for account_id, own in _own_changes_by_account(changes).items():
                store.expect_all(account_id, own)

    def _withdraw(self, changes: list[PendingChange]) -> None:
        """Local worker: changes of a bulk run that were never sent are not expected."""
        store = self.store
        if store is not None:
            for account_id, own in _own_changes_by_account(changes).items():
                store.withdraw(account_id, own)

    def _confirmed(self, change: PendingChange) -> None:
        store = self.store
        if store is None or not change.account_id or not change.user_name:
            return
        if change.action == "add":  # its name is known only now
            from app.core.local_store import OwnChange

            store.expect(change.account_id, OwnChange.of_pending(change))
        if change.action in ("add", "reset_password"):
            store.mark_password_set(change.account_id, change.user_name)

    def _unconfirmed(self, change: PendingChange) -> None:
        """An add whose answer never came: the user that appears for it is this app's."""
        if change.action == "add" and not change.user_name and change.account_id:
            with self._unnamed_lock:
                count = self._unnamed_adds.get(change.account_id, 0)
                self._unnamed_adds[change.account_id] = count + 1

    def _take_unnamed_add(self, account_id: str) -> bool:
        with self._unnamed_lock:
            count = self._unnamed_adds.get(account_id, 0)
            if count:
                self._unnamed_adds[account_id] = count - 1
            return count > 0

    # -- opening and refreshing -----------------------------------------------------------

    def open(self) -> None:
        """Open the store on the local worker (once; later calls do nothing)."""
        if self._opening:
            return
        self._opening = True
        data_dir = self._data_dir

        def run(_context: object) -> LocalStore:
            from app.core.local_store import DB_FILE_NAME, LocalStore

            return LocalStore.open(data_dir / DB_FILE_NAME)

        self._c.runner.submit(Op(JobKind.BOOKKEEPING, run=run, success=self._opened))

    def _opened(self, store: LocalStore) -> None:
        self.store = store
        if store.failure is not None:
            self._c.notifier.message(sentence(store.failure))
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.listed(waiting)
        else:
            self.reload()

    def _account_id(self) -> str | None:
        account = self._c.session.account
        return account.account_id if account is not None else None

    def listed(self, listing: Listing) -> None:
        """A fresh list is on screen: compare it with the last one seen, on the worker."""
        store, account_id = self.store, self._account_id()
        if store is None:
            # Opened only now, after the first list is on screen: start-up stays lean.
            self._waiting = listing
            self.open()
            return
        if account_id is None:
            return
        days = self._rotation_days()
        users = listing.users
        label = self._c.session.account.label if self._c.session.account else ""
        history = self._journal.history
        self._listings += 1
        number = self._listings

        def run(_context: object) -> _Seen | None:
            if number != self._listings:
                return None  # a newer list is queued: compare that one only
            new = store.refresh(account_id, users)
            if len(users) >= _TRIM_AFTER_USERS:
                trim_heap()  # the comparison's temporary rows of a big list
            for drift in list(new):
                if drift.kind == "appeared" and self._take_unnamed_add(account_id):
                    # The user an add with a lost answer created: this app's own.
                    store.acknowledge(account_id, drift.user_name)
                    new.remove(drift)
            for drift in new:  # recorded once, when first seen
                history.append(_drift_record(label, drift))
            return _Seen(_extras(store, account_id, days), new)

        self._c.runner.submit(Op(JobKind.BOOKKEEPING, run=run, success=self._show_seen))

    def _show_seen(self, seen: _Seen | None) -> None:
        if seen is None:
            return
        self._c.model.set_extras(seen.extras)
        vanished = [d.user_name for d in seen.new_drifts if d.kind == "vanished"]
        if vanished:
            self._c.notifier.message(
                self.tr("Gone since the last refresh, removed outside this app: {names}").format(
                    names=", ".join(vanished[:5]) + ("…" if len(vanished) > 5 else "")
                )
            )

    def reload(self) -> None:
        store, account_id = self.store, self._account_id()
        if store is None or account_id is None:
            return
        days = self._rotation_days()
        self._c.runner.submit(
            Op(
                JobKind.BOOKKEEPING,
                run=lambda _c: _extras(store, account_id, days),
                success=self._c.model.set_extras,
            )
        )

    def _then_reload(self, work: Callable[[LocalStore, str], object]) -> None:
        store, account_id = self.store, self._account_id()
        if store is None or account_id is None:
            if store is not None and store.failure is not None:
                self._c.notifier.message(sentence(store.failure))
            else:
                self._c.notifier.message(
                    self.tr("Labels, notes and change tracking are off: {why}").format(
                        why=self.tr("not open yet")
                    )
                )
            return
        days = self._rotation_days()

        def run(_context: object) -> RowExtras:
            work(store, account_id)
            return _extras(store, account_id, days)

        self._c.runner.submit(Op(JobKind.BOOKKEEPING, run=run, success=self._c.model.set_extras))

    def _offer_enable(
        self, users: list[SmtpUser], enable: Callable[[list[SmtpUser]], None]
    ) -> None:
        if not users:
            return
        box = Notice(
            QMessageBox.Icon.Question,
            self.tr("Un-retire"),
            self.tr("Enable {count} SMTP user(s) again?").format(count=len(users)),
            self._c.parent,
            informative=", ".join(u.user_name for u in users[:5]) + ("…" if len(users) > 5 else ""),
            buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setObjectName("offerEnableMessage")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def closed(result: int) -> None:
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                enable(users)

        box.finished.connect(closed)
        self.last_question = box
        box.open()

    def forget(self, account_id: str) -> None:
        store = self.store
        if store is not None:
            self._c.runner.submit(
                Op(
                    JobKind.BOOKKEEPING,
                    run=lambda _c: store.forget_account(account_id),
                    success=ignore,
                )
            )

    # -- what the user does ----------------------------------------------------------------

    def edit_label(self) -> None:
        user = self._c.selection.current_user()
        if user is None:
            return
        name = user.user_name
        extras = self._c.model.extras
        from ..dialogs.label_note import LabelNoteDialog

        dialog = LabelNoteDialog(
            name, extras.labels.get(name, ""), extras.notes.get(name, ""), self._c.parent
        )

        def accepted() -> None:
            label, text = dialog.label(), dialog.note()
            self._then_reload(lambda s, a: s.annotate(a, name, label=label, note=text))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def export_labels(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self._c.parent,
            self.tr("Export labels"),
            "smtp-user-labels.json",
            self.tr("Labels files (*.json)"),
        )
        if path:
            self.export_labels_to(Path(path))

    def export_labels_to(self, path: Path) -> None:
        store, account_id = self.store, self._account_id()
        if store is None or account_id is None:
            return
        self._c.runner.submit(
            Op(
                JobKind.FILE,
                run=lambda _c: store.export_labels(account_id, path),
                success=lambda count: self._c.notifier.message(
                    self.tr("Labels and notes of {count} users exported to {path}.").format(
                        count=count, path=path
                    )
                ),
                failure=lambda error: self._c.notifier.show(
                    file_problem(path, error, writing=True)
                ),
            )
        )

    def import_labels(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._c.parent, self.tr("Import labels"), "", self.tr("Labels files (*.json)")
        )
        if path:
            self.import_labels_from(Path(path))

    def import_labels_from(self, path: Path) -> None:
        """Merge labels and notes from a file, by user name; nothing is deleted."""
        store, account_id = self.store, self._account_id()
        if store is None or account_id is None:
            return
        days = self._rotation_days()

        def run(_context: object) -> tuple[LabelImport, RowExtras]:
            return store.import_labels(account_id, path), _extras(store, account_id, days)

        def done(answer: tuple[LabelImport, RowExtras]) -> None:
            report, extras = answer
            self._c.model.set_extras(extras)
            if report.failure is not None:
                self._c.notifier.show(report.failure)
                return
            self._c.notifier.message(
                self.tr(
                    "Labels imported: {added} added, {updated} updated, {unchanged} unchanged, "
                    "{skipped} skipped."
                ).format(
                    added=report.added,
                    updated=report.updated,
                    unchanged=report.unchanged,
                    skipped=report.skipped,
                )
            )

        self._c.runner.submit(
            Op(
                JobKind.FILE,
                run=run,
                success=done,
                failure=lambda error: self._c.notifier.show(
                    problem_of(error) or file_problem(path, error, writing=False)
                ),
            )
        )

    def keep_label(self, user_name: str, label: str) -> None:
        self._then_reload(lambda s, a: s.annotate(a, user_name, label=label))

    def acknowledge(self) -> None:
        names = [u.user_name for u in self._c.selection.selected_users()]

        def acknowledge(store: LocalStore, account_id: str) -> None:
            for name in names:
                store.acknowledge(account_id, name)

        self._then_reload(acknowledge)

    def set_retired(self, retired: bool, change: Callable[[list[SmtpUser]], None]) -> None:
        """Retire: the API cannot delete a user, so it is disabled (confirmed) and hidden.
        Un-retire: shown again, and enabling is offered (``change`` gets the users)."""
        users = self._c.selection.selected_users()
        if not users:
            return
        names = [u.user_name for u in users]

        def mark(store: LocalStore, account_id: str) -> None:
            for name in names:
                store.set_retired(account_id, name, retired)

        if not retired:
            self._then_reload(mark)
            self._offer_enable([u for u in users if not u.enabled], change)
            return
        box = Notice(
            QMessageBox.Icon.Warning,
            self.tr("Retire SMTP users"),
            self.tr("Retire {count} SMTP user(s)?").format(count=len(users)),
            self._c.parent,
            informative=self.tr(
                "SendClean cannot delete an SMTP user. Retiring disables {names} (they stop "
                "sending mail at once) and hides them here unless View → Show retired is on. "
                "Un-retire brings them back."
            ).format(names=", ".join(names[:5]) + ("…" if len(names) > 5 else "")),
        )
        box.setObjectName("confirmRetireMessage")
        retire = box.addButton(self.tr("&Retire"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)

        def closed(_result: int) -> None:
            box.deleteLater()
            if box.clickedButton() is retire:
                self._then_reload(mark)
                change([u for u in users if u.enabled or not u.status_known])

        box.finished.connect(closed)
        self.last_question = box
        box.open()


def _extras(store: LocalStore, account_id: str, rotation_days: int | None) -> RowExtras:
    """Worker side: everything the table shows from the store, for one account."""
    annotations = store.annotations(account_id)
    tips: dict[str, list[str]] = {}
    for drift in store.drifts(account_id):
        tips.setdefault(drift.user_name, []).append(describe_drift(drift))
    now = datetime.now(UTC)
    ages: dict[str, str] = {}
    days: dict[str, float] = {}
    for name, set_at in store.password_set_times(account_id).items():
        ages[name], days[name] = _age(set_at, now)
    return RowExtras(
        labels={n: a.label for n, a in annotations.items() if a.label},
        notes={n: a.note for n, a in annotations.items() if a.note},
        search={n: a.search_text for n, a in annotations.items()},
        drift_tips={n: "\n".join(lines) for n, lines in tips.items()},
        ages=ages,
        age_days=days,
        retired=store.retired(account_id),
        due=(
            frozenset(store.due_for_rotation(account_id, rotation_days))
            if rotation_days
            else frozenset()
        ),
    )


def _record_value(field: str, value: object) -> ChangeValue:
    if value is None:
        return None
    if field == "enabled":
        return "Enabled" if value else "Disabled"
    return value if isinstance(value, int) else str(value)


def _drift_record(account: str, drift: Drift) -> ChangeRecord:
    changes: dict[str, tuple[ChangeValue, ChangeValue]] = {}
    for change in drift.changes:
        name = "status" if change.field == "enabled" else change.field
        changes[name] = (
            _record_value(change.field, change.old),
            _record_value(change.field, change.new),
        )
    if drift.kind != "changed":
        changes["seen"] = (None, drift.kind)
    return ChangeRecord(
        account=account, user_name=drift.user_name, action="seen_elsewhere", changes=changes
    )


def _own_changes_by_account(changes: list[PendingChange]) -> dict[str, list[OwnChange]]:
    """What the local store expects of ``changes`` (those with an account and a user
    name), by account."""
    from app.core.local_store import OwnChange

    found: dict[str, list[OwnChange]] = {}
    for change in changes:
        if change.account_id and change.user_name:
            found.setdefault(change.account_id, []).append(OwnChange.of_pending(change))
    return found
