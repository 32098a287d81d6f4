"""Which actions are enabled, from the session, the pending jobs and the selection."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..jobs.runner import JobRunner
from ..session.account_session import AccountSession
from ..views.actions import WindowActions
from ..views.status_panel import StatusPanel
from ..views.users_model import UsersTableModel
from .refresh import RefreshController
from .selection import UserSelection

#: At most this long between a job's answer and the actions it enables or disables.
UPDATE_SOON_MS = 30


class ActionState(QObject):
    def __init__(
        self,
        actions: WindowActions,
        session: AccountSession,
        runner: JobRunner,
        refresher: RefreshController,
        model: UsersTableModel,
        selection: UserSelection,
        status: StatusPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._a = actions
        self._session = session
        self._runner = runner
        self._refresher = refresher
        self._model = model
        self._selection = selection
        self._status = status
        self._shown: tuple[bool, bool, bool] | None = None  # what _state() was last shown
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        # Coalesced over a few frames: a bulk run answers a job every millisecond or so,
        # and each update walks every action and the selection.
        self._soon.setInterval(UPDATE_SOON_MS)
        self._soon.timeout.connect(self.update)

    def _state(self) -> tuple[bool, bool, bool]:
        """What enables or disables most actions: changes on their way, work, a refresh."""
        return (
            self._runner.is_changing_users(),
            self._runner.is_busy(),
            self._refresher.is_refreshing,
        )

    def update_soon(self, *_args: object) -> None:
        """For signals that come many times a second (each job of a bulk run): one update
        per pass of the event loop, but at once when changes start or end."""
        if self._state() != self._shown:
            self.update()
        elif not self._soon.isActive():
            self._soon.start()

    def update(self, *_args: object) -> None:
        self._soon.stop()
        self._shown = self._state()
        a = self._a
        connected = self._session.is_connected
        has_account = self._session.connection is not None
        users = self._selection.selected_users()
        has_selection = bool(users)
        mutating = self._runner.is_changing_users()
        refreshing = self._refresher.is_refreshing
        for action in a.needing_selection():
            action.setEnabled(has_selection)
        for action in a.changing_users():
            action.setEnabled(
                connected
                and not mutating
                and not refreshing
                and (action is a.add_user or has_selection)
            )
        # Presses while a refresh runs queue one more (coalesced); none during a change.
        a.refresh.setEnabled(connected and not mutating)
        own_account = has_account and not self._session.is_sandbox
        a.rename_account.setEnabled(own_account)
        a.remove_account.setEnabled(own_account)
        a.edit_credentials.setEnabled(own_account)
        current = self._selection.current_user()
        one = len(users) == 1
        for action in a.acting_on_one_user():
            action.setEnabled(action.isEnabled() and one)
        has_password = one and current is not None and current.password is not None
        a.test_login.setEnabled(has_password)
        a.send_test.setEnabled(has_password)
        a.sandbox_mailbox.setEnabled(self._session.is_sandbox)
        extras = self._model.extras
        names = {u.user_name for u in users}
        a.acknowledge.setEnabled(bool(names & extras.drift_tips.keys()))
        a.retire.setEnabled(connected and not mutating and bool(names - extras.retired))
        a.unretire.setEnabled(bool(names & extras.retired))
        a.export_labels.setEnabled(has_account)
        a.import_labels.setEnabled(has_account)
        self._status.set_selected(len(users))
        a.smtp_server.setEnabled(has_account)
        a.export_csv.setEnabled(self._model.rowCount() > 0)
        self._status.set_busy(self._runner.is_busy())
