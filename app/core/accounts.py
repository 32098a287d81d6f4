"""Accounts: the non-secret description of a SendClean account the app connects to."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .smtp_settings import DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT


def account_id_for(base_url: str, owner_id: str) -> str:
    """A stable id for an account, used as its keyring entry name."""
    import hashlib  # not loaded before the first window paints

    digest = hashlib.sha256(f"{base_url}\n{owner_id}".encode()).hexdigest()[:16]
    return f"account-{digest}"


@dataclass(frozen=True, slots=True)
class Account:
    """Everything about an account except its token, which lives in the keyring."""

    account_id: str
    label: str
    base_url: str
    owner_id: str
    smtp_host: str = DEFAULT_SMTP_HOST
    smtp_port: int = DEFAULT_SMTP_PORT

    @classmethod
    def create(cls, label: str, base_url: str, owner_id: str) -> Account:
        return cls(account_id_for(base_url, owner_id), label or owner_id, base_url, owner_id)

    def renamed(self, label: str) -> Account:
        return replace(self, label=label)
