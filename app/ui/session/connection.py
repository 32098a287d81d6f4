"""Which account to use and where its token comes from; opening its client on the worker.

The token source runs on the worker thread (a keyring read can block on an unlock
prompt); the token itself never travels through a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.api.problem import Problem
from app.core.accounts import Account
from app.core.redaction import SECRETS
from app.core.token_store import TokenStore, TokenStoreError
from app.core.user_order import SortSpec

from .listing import Listing, sorted_listing

if TYPE_CHECKING:
    from app.api import SendCleanClient

TokenSource = Callable[[], "str | None"]


class MissingTokenError(Exception):
    """No token is stored for the account (first run on this computer, or removed)."""

    def __str__(self) -> str:
        return "No token is stored for this account on this computer."


class AccountSettingsError(Exception):
    """The saved settings of an account cannot be used (e.g. a refused address)."""

    def __init__(self, label: str, reason: str) -> None:
        super().__init__(label, reason)
        self.label = label
        self.reason = reason

    def __str__(self) -> str:
        return (
            f"The saved settings of the account “{self.label}” cannot be used: {self.reason}. "
            "Use Update credentials to correct them."
        )


@dataclass(frozen=True)
class Connection:
    account: Account
    token_source: TokenSource = field(repr=False)
    sandbox: bool = False
    token_kept_in: str = "the system keyring"
    #: False when the token is only in memory (session only, sandbox, environment).
    token_in_keyring: bool = True
    #: The sandbox relay's CA, the only certificate its SMTP sessions trust (read on a
    #: worker: it waits until the relay is ready). None: the system's CAs.
    smtp_ca: Callable[[], str] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, eq=False)
class Opened:
    """An open client with the account's first list (the client is handed to the session)."""

    client: SendCleanClient
    listing: Listing
    keyring_problem: Problem | None = None


def open_client(
    connection: Connection,
    timeout: float,
    order: SortSpec,
    *,
    keep_token_in: tuple[TokenStore, str] | None = None,
) -> Opened:
    """Worker job body: read the token, build the client, list the users once and, for
    new credentials, keep the token. Nothing is installed here: the session does that."""
    token = connection.token_source()
    if not token:
        raise MissingTokenError
    SECRETS.add(token)
    account = connection.account
    try:
        from app.api import SendCleanClient

        client = SendCleanClient(account.base_url, account.owner_id, token, timeout=timeout)
    except ValueError as exc:
        raise AccountSettingsError(account.label, str(exc).rstrip(".")) from None
    try:
        listing = sorted_listing(client.list_users(), order)
        problem = None
        if keep_token_in is not None:
            store, account_id = keep_token_in
            try:
                store.set(account_id, token)
            except TokenStoreError as exc:
                problem = exc.problem
    except BaseException:
        client.close()
        raise
    if problem is not None:
        client.close()
    return Opened(client, listing, problem)
