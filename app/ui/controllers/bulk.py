"""Enable or disable many users: confirmed, with progress, cancellable, retryable.

Each user is one job of its own (one editSmtp call), all queued at once in one cancel
group, so the worker goes from call to call without waiting for the UI; each answer
updates its row and the change history as it comes. Cancel skips the calls not sent
yet; an authentication error stops the run from the worker itself, before the next
call goes out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from app.api import AuthenticationError
from app.core.change_journal import ChangeJournal, PendingChange
from app.core.history import Action

from ..jobs.kinds import JobKind
from ..jobs.op import CancelGroup, NotTried, Op, ignore
from ..jobs.worker import JobContext
from ..views import error_text
from ..views.plain_text import Notice
from .context import FlowContext

if TYPE_CHECKING:
    from app.api import SmtpUser

    from ..dialogs.set_limits import SetLimitsDialog

#: How many user names a confirmation or report lists before "and N more".
_NAMES_SHOWN = 5
_FAILURES_SHOWN = 20


#: The fields one bulk call changes, as keyword arguments of ``edit_user``.
Changes = dict[str, int | bool]


@dataclass
class BulkResult:
    enabled: bool | None  # None: a change of limits
    total: int
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_tried: list[str] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped early (authentication)
    stopped_details: str = ""  # its technical details
    cancelled: bool = False
    #: What each user's call sends.
    plan: dict[str, Changes] = field(default_factory=dict)

    @property
    def answered(self) -> int:
        return len(self.done) + len(self.failed) + len(self.not_tried)


def limit_plan(
    users: list[SmtpUser], total: int | None, hourly: int | None, only_lower: bool
) -> list[tuple[SmtpUser, Changes]]:
    """Each user's call; with ``only_lower``, a limit is changed only where the new value
    is lower (an unknown limit is left alone: lower than what is not known)."""
    plan: list[tuple[SmtpUser, Changes]] = []
    for user in users:
        changes: Changes = {}
        for name, new, old in (
            ("total_limit", total, user.total_limit),
            ("hourly_limit", hourly, user.hourly_limit),
        ):
            if new is None or new == old:
                continue
            if only_lower and (old is None or new >= old):
                continue
            changes[name] = new
        if changes:
            plan.append((user, changes))
    return plan


def names_preview(names: list[str], tr_more: str) -> str:
    shown = ", ".join(names[:_NAMES_SHOWN])
    rest = len(names) - _NAMES_SHOWN
    return shown + (tr_more.format(n=rest) if rest > 0 else "")


#: How often, at most, the table and the progress follow a bulk run's answers: each
#: repaint of the rows is Python on the UI thread that the next call waits on for the GIL.
FOLLOW_MS = 100


class BulkController(QObject):
    started = Signal(int)  # total
    progress = Signal(int, int)  # answered, total
    finished = Signal(object)  # BulkResult

    def __init__(
        self,
        context: FlowContext,
        journal: ChangeJournal,
    ) -> None:
        super().__init__(context.parent)
        self._c = context
        self._journal = journal
        self._group: CancelGroup | None = None
        self._pendings: dict[str, PendingChange] = {}
        self.last_message: QMessageBox | None = None
        self.last_confirmation: QMessageBox | None = None
        self.last_limits_dialog: SetLimitsDialog | None = None
        # The table and the progress follow the answers at most every FOLLOW_MS: drawing
        # each answer would cost the worker, which waits for the GIL, more than the call.
        self._unshown: list[str] = []
        self._shown_result: BulkResult | None = None
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._follow_due)
        self._follow_dirty = False

    @property
    def is_running(self) -> bool:
        return self._group is not None

    def set_enabled(self, enabled: bool) -> None:
        users = [
            u
            for u in self._c.selection.selected_users()
            if u.enabled is not enabled or not u.status_known
        ]
        if not users:
            self._c.notifier.message(
                self.tr("The selected users are already enabled.")
                if enabled
                else self.tr("The selected users are already disabled.")
            )
            return
        if enabled:
            self.run(users, True)
        else:
            self._confirm_disable(users)

    def _confirm_disable(self, users: list[SmtpUser]) -> None:
        names = [u.user_name for u in users]
        box = Notice(
            QMessageBox.Icon.Warning,
            self.tr("Disable SMTP users"),
            self.tr("Disable {count} SMTP user(s)?").format(count=len(users)),
            self._c.parent,
            informative=self.tr(
                "{names} will stop sending mail at once: every program that uses them gets "
                "its messages refused. You can enable them again later."
            ).format(names=names_preview(names, self.tr(" and {n} more"))),
        )
        box.setObjectName("confirmDisableMessage")
        disable = box.addButton(self.tr("&Disable"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def closed(_result: int) -> None:
            box.deleteLater()
            if box.clickedButton() is disable:
                self.run(users, False)

        box.finished.connect(closed)
        self.last_confirmation = box
        box.open()

    def set_limits(self) -> None:
        """Set limits… for all selected users: one confirmed, cancellable bulk run."""
        users = self._c.selection.selected_users()
        if not users:
            return
        from ..dialogs.set_limits import SetLimitsDialog

        dialog = SetLimitsDialog(len(users), self._c.parent)

        def accepted() -> None:
            plan = limit_plan(users, dialog.total(), dialog.hourly(), dialog.only_lower())
            if not plan:
                self._c.notifier.message(
                    self.tr("Nothing to change: no selected user has a higher limit.")
                )
                return
            self.run_limits(plan)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.last_limits_dialog = dialog
        dialog.open()

    def cancel(self) -> None:
        """Stop after the call on its way; the rest are reported as never tried."""
        if self._group is not None:
            self._group.cancel()

    def run(self, users: list[SmtpUser], enabled: bool) -> None:
        action: Action = "enable" if enabled else "disable"
        self._run([(u, {"enabled": enabled}) for u in users], action, enabled)

    def run_limits(self, plan: list[tuple[SmtpUser, Changes]]) -> None:
        self._run(plan, "edit", None)

    def _run(
        self, plan: list[tuple[SmtpUser, Changes]], action: Action, enabled: bool | None
    ) -> None:
        from app.api import replace_user

        if self._group is not None or not plan:
            return
        group = CancelGroup()
        self._group = group
        result = BulkResult(enabled, len(plan), plan={u.user_name: c for u, c in plan})
        account = self._c.session.account
        label = account.label if account is not None else ""
        account_id = account.account_id if account is not None else ""
        journal = self._journal
        pendings = {
            user.user_name: PendingChange.of(
                label, action, user, replace_user(user, **changes), account_id
            )
            for user, changes in plan
        }
        self._pendings = pendings
        # The first call announces them all (one write of the local store, not one per
        # call); those never sent are withdrawn when the run ends.
        announce: list[PendingChange] | None = list(pendings.values())
        ops = []
        for user, changes in plan:
            pending = pendings[user.user_name]
            ops.append(
                self._item(result, user.user_name, changes, pending, group, journal, announce)
            )
            announce = None
        self._c.runner.submit_all(ops)
        # Shown once the calls are queued: the first goes out while the progress appears
        # (answers reach this thread only after this method returns).
        self.started.emit(result.total)

    def _item(
        self,
        result: BulkResult,
        name: str,
        changes: Changes,
        pending: PendingChange,
        group: CancelGroup,
        journal: ChangeJournal,
        announce: list[PendingChange] | None,
    ) -> Op[None]:
        def call(context: JobContext) -> None:
            if announce is not None:
                journal.expect_all(announce)
            try:
                journal.send(
                    pending,
                    lambda: context.client.edit_user(name, **changes),  # type: ignore[arg-type]
                    announced=True,
                )
            except AuthenticationError:
                group.cancel()  # from the worker: no further call goes out
                raise

        def succeeded(_none: None) -> None:
            self._answered(result, name, None)

        def failed(error: BaseException) -> None:
            self._answered(result, name, error)

        return Op(
            JobKind.BULK_EDIT,
            run=call,
            success=succeeded,
            failure=failed,
            group=group,
            pending_change=pending,
        )

    def _answered(self, result: BulkResult, name: str, error: BaseException | None) -> None:
        if error is None:
            result.done.append(name)
            self._unshown.append(name)
        elif isinstance(error, NotTried):
            result.not_tried.append(name)
            if result.stopped is None:
                result.cancelled = True
        elif isinstance(error, AuthenticationError):
            result.stopped = error_text.describe(error)
            result.stopped_details = error_text.details(error)
            result.failed.append((name, result.stopped))
        else:
            result.failed.append((name, error_text.describe(error)))
        self._shown_result = result
        if result.answered == result.total:
            self._follow.stop()
            self._show_answers()
            self._shown_result = None
            self._finish(result)
        elif self._follow.isActive():
            self._follow_dirty = True
        else:
            self._show_answers()
            self._follow.start()

    def _follow_due(self) -> None:
        if self._follow_dirty:
            self._show_answers()
            self._follow.start()

    def _show_answers(self) -> None:
        """Put the changes answered since the last time in the table, and the progress."""
        from app.api import replace_user

        self._follow_dirty = False
        result = self._shown_result
        if result is None:
            return
        model = self._c.model
        names, self._unshown = self._unshown, []
        changed = []
        for name in names:
            user = model.find_user(name)
            if user is not None:
                changed.append(replace_user(user, **result.plan.get(name, {})))
        model.replace_users(changed)
        self.progress.emit(result.answered, result.total)

    def _finish(self, result: BulkResult) -> None:
        self._group = None
        pendings, self._pendings = self._pendings, {}
        never_sent = [pendings[name] for name in result.not_tried if name in pendings]
        if never_sent:
            journal = self._journal
            self._c.runner.submit(
                Op(
                    JobKind.BOOKKEEPING,
                    run=lambda _context: journal.withdraw(never_sent),
                    success=ignore,
                )
            )
        if result.stopped is not None:
            result.cancelled = False
        verb = (
            self.tr("updated")
            if result.enabled is None
            else self.tr("enabled")
            if result.enabled
            else self.tr("disabled")
        )
        summary = self.tr("{count} users {verb}.").format(count=len(result.done), verb=verb)
        if result.failed or result.stopped or result.not_tried:
            self._report(result, summary)
            if result.stopped:
                self._c.notifier.ask_for_credentials(result.stopped, result.stopped_details)
        else:
            self._c.notifier.message(summary)
        self.finished.emit(result)

    def _report(self, result: BulkResult, summary: str) -> None:
        lines: list[str] = []
        if result.stopped:
            lines.append(self.tr("Stopped: {why}").format(why=result.stopped))
        elif result.cancelled:
            lines.append(self.tr("Cancelled."))
        if result.not_tried:
            lines.append(
                self.tr("{n} not tried (nothing was sent for them): {names}").format(
                    n=len(result.not_tried),
                    names=names_preview(result.not_tried, self.tr(" and {n} more")),
                )
            )
        if result.failed:
            lines.append(self.tr("{n} failed:").format(n=len(result.failed)))
            lines += [f"{name}: {why}" for name, why in result.failed[:_FAILURES_SHOWN]]
            if len(result.failed) > _FAILURES_SHOWN:
                lines.append(
                    self.tr("…and {n} more.").format(n=len(result.failed) - _FAILURES_SHOWN)
                )
        box = Notice(
            QMessageBox.Icon.Warning,
            self.tr("Some users were not changed"),
            summary,
            self._c.parent,
            informative="\n".join(lines),
        )
        box.setObjectName("operationMessage")
        retry = None
        again = [name for name, _why in result.failed] + result.not_tried
        if again and not result.stopped:
            retry = box.addButton(
                self.tr("&Retry failed") if result.failed else self.tr("&Retry the rest"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            retry.setObjectName("retryFailedButton")
        box.addButton(QMessageBox.StandardButton.Close)

        def closed(_result: int) -> None:
            box.deleteLater()
            if retry is not None and box.clickedButton() is retry:
                users = [u for u in (self._c.model.find_user(n) for n in again) if u is not None]
                if result.enabled is not None:
                    users = [u for u in users if u.enabled is not result.enabled]
                action: Action = (
                    "edit" if result.enabled is None else "enable" if result.enabled else "disable"
                )
                self._run([(u, result.plan[u.user_name]) for u in users], action, result.enabled)

        box.finished.connect(closed)
        self.last_message = box
        box.open()
