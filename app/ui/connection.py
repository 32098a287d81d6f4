"""How the worker obtains an API client for the account in use.

The token source runs on the worker thread (a keyring read can block on an
unlock prompt); the token itself never travels through a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.api import SendCleanClient
from app.core.accounts import Account
from app.core.redaction import SECRETS

from .worker import JobContext

TokenSource = Callable[[], "str | None"]


class MissingTokenError(Exception):
    """No token is stored for the account (first run on this computer, or removed)."""

    def __str__(self) -> str:
        return "No token is stored for this account on this computer."


@dataclass(frozen=True)
class Connection:
    account: Account
    token_source: TokenSource = field(repr=False)
    timeout: float = 30.0
    sandbox: bool = False
    token_kept_in: str = "the system keyring"

    def open_client(self, context: JobContext) -> int:
        """Job body: build the client on the worker; return nothing useful (0)."""
        token = self.token_source()
        if not token:
            raise MissingTokenError
        SECRETS.add(token)
        client = SendCleanClient(
            self.account.base_url, self.account.owner_id, token, timeout=self.timeout
        )
        context.set_client(client)
        return 0
