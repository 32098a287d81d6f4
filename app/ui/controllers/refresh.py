"""Refreshing the list: at most one refresh in flight and one queued, however often asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, QTimer, Signal

from ..jobs.kinds import JobKind
from ..jobs.op import Op
from ..jobs.runner import JobRunner
from ..session.account_session import AccountSession
from ..session.connection import MissingTokenError
from ..session.listing import Listing, sorted_listing
from ..views import error_text
from ..views.notifier import Notifier
from ..views.status_panel import StatusPanel
from ..views.users_model import Replaced, UsersTableModel

if TYPE_CHECKING:
    from app.api import SmtpUser

ShowUsers: TypeAlias = "Callable[..., Replaced]"
AfterRefresh: TypeAlias = "Callable[[list[SmtpUser]], None]"


class RefreshController(QObject):
    #: A refresh failed (what went wrong, in words).
    failed = Signal(str)
    #: A fresh list is on screen (a Listing).
    listed = Signal(object)

    def __init__(
        self,
        runner: JobRunner,
        session: AccountSession,
        model: UsersTableModel,
        show_users: ShowUsers,
        notifier: Notifier,
        status: StatusPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._model = model
        self._show_users = show_users
        self._notifier = notifier
        self._status = status
        self._in_flight = False
        self._queued: list[AfterRefresh] | None = None
        self._auto = QTimer(self)
        self._auto.timeout.connect(self.request)

    def request(self, after: AfterRefresh | None = None) -> None:
        """Refresh now, or once the refresh in flight is answered; ``after`` gets the list
        of a refresh that started after this request."""
        if not self._session.is_connected:
            return
        if self._in_flight:
            if self._queued is None:
                self._queued = []
            if after is not None:
                self._queued.append(after)
            return
        self._start([after] if after is not None else [])

    @property
    def is_refreshing(self) -> bool:
        return self._in_flight

    def set_auto_refresh(self, minutes: int | None) -> None:
        if minutes:
            self._auto.start(minutes * 60_000)
        else:
            self._auto.stop()

    def show(self, listing: Listing) -> None:
        """Put a list on screen (from a refresh or a connect); free the replaced one."""
        self._runner.release(self._show_users(listing.users, sorted_by=listing.order))
        self._status.set_refreshed(datetime.now())
        self._status.set_odd_entries(listing.odd_entries)
        self._notifier.clear_problem()
        self.listed.emit(listing)

    def reset(self) -> None:
        """Another account is in use: forget what was queued for the previous one."""
        self._in_flight = False
        self._queued = None
        self._runner.release(self._show_users([], sorted_by=None, fresh=False))
        self._status.clear_refreshed()
        self._status.set_odd_entries(0)

    def _start(self, callbacks: list[AfterRefresh]) -> None:
        self._in_flight = True
        order = self._model.sort_spec()

        def succeeded(listing: Listing) -> None:
            if self._queued is not None:
                # A newer refresh was asked for meanwhile: it answers for this one too.
                self._queued[:0] = callbacks
                self._runner.release((listing.users,))
            else:
                self.show(listing)
                for callback in callbacks:
                    callback(listing.users)
            self._next()

        def failed(error: BaseException) -> None:
            if not isinstance(error, MissingTokenError):
                self.failed.emit(error_text.describe(error))
                self._notifier.problem(error, self.request)
            self._next()

        self._runner.submit(
            Op(
                JobKind.REFRESH,
                # Sort on the worker, in the table's order at the time of the request, so
                # the UI thread only swaps the list in (it sorts again if the order changed).
                run=lambda context: sorted_listing(context.client.list_users(), order),
                success=succeeded,
                failure=failed,
            )
        )

    def _next(self) -> None:
        self._in_flight = False
        queued, self._queued = self._queued, None
        if queued is not None and self._session.is_connected:
            self._start(queued)
