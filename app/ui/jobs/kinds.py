"""What kind of work a job is, as far as the window's policy cares."""

from __future__ import annotations

from enum import Enum


class Lane(Enum):
    """Which worker thread runs a job."""

    #: SendClean calls and keyring reads, one at a time, in order.
    API = "api"
    #: Everything else that may be slow (SMTP relays, files): never queues behind the API.
    LOCAL = "local"


class JobKind(Enum):
    """Each kind carries the attributes that decide how the window treats it."""

    #   value           lane        shows busy  changes users  bound to the account
    CONNECT = ("connect", Lane.API, True, False, True)
    REFRESH = ("refresh", Lane.API, True, False, True)
    ADD = ("add", Lane.API, True, True, True)
    EDIT = ("edit", Lane.API, True, True, True)
    RESET = ("reset", Lane.API, True, True, True)
    BULK_EDIT = ("bulk-edit", Lane.API, True, True, True)
    CONFIGURE = ("configure", Lane.API, False, False, True)
    KEYRING = ("keyring", Lane.API, True, False, False)
    SMTP_LOGIN = ("smtp-login", Lane.LOCAL, True, False, False)
    SMTP_SEND = ("smtp-send", Lane.LOCAL, True, False, False)
    FILE = ("file", Lane.LOCAL, True, False, False)
    BOOKKEEPING = ("bookkeeping", Lane.LOCAL, False, False, False)

    def __init__(
        self, label: str, lane: Lane, shows_busy: bool, changes_users: bool, account_bound: bool
    ) -> None:
        self.label = label
        self.lane = lane
        #: The status bar's busy indicator is on while a job of this kind is pending.
        self.shows_busy = shows_busy
        #: Sends a change to SendClean: quitting asks first, switching accounts waits.
        self.changes_users = changes_users
        #: Needs the account's client; its answer is dropped once another account is in use.
        self.account_bound = account_bound
