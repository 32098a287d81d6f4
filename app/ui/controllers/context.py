"""What every user-facing flow works with, handed to each controller in one piece."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..jobs.runner import JobRunner
from ..session.account_session import AccountSession
from ..views.notifier import Notifier
from ..views.users_model import UsersTableModel
from .selection import UserSelection


@dataclass(frozen=True, eq=False)
class FlowContext:
    runner: JobRunner
    session: AccountSession
    model: UsersTableModel
    selection: UserSelection
    notifier: Notifier
    #: The parent of the flow's dialogs (the window, seen only as a widget).
    parent: QWidget
