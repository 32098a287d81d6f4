"""Accounts kept in QSettings: labels, addresses and owner IDs, never tokens."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.core.accounts import Account
from app.core.smtp_settings import DEFAULT_SMTP_HOST, DEFAULT_SMTP_PORT

_GROUP = "accounts"
_CURRENT_KEY = "accounts_current"


class AccountStore:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def accounts(self) -> list[Account]:
        found: list[Account] = []
        self._settings.beginGroup(_GROUP)
        try:
            for account_id in self._settings.childGroups():
                self._settings.beginGroup(account_id)
                try:
                    account = self._read(account_id)
                finally:
                    self._settings.endGroup()
                if account is not None:
                    found.append(account)
        finally:
            self._settings.endGroup()
        return sorted(found, key=lambda a: a.label.casefold())

    def get(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts() if a.account_id == account_id), None)

    def save(self, account: Account) -> None:
        prefix = f"{_GROUP}/{account.account_id}/"
        self._settings.setValue(prefix + "label", account.label)
        self._settings.setValue(prefix + "base_url", account.base_url)
        self._settings.setValue(prefix + "owner_id", account.owner_id)
        self._settings.setValue(prefix + "smtp_host", account.smtp_host)
        self._settings.setValue(prefix + "smtp_port", account.smtp_port)
        self._settings.sync()

    def remove(self, account_id: str) -> None:
        self._settings.remove(f"{_GROUP}/{account_id}")
        if self.current_id() == account_id:
            self._settings.remove(_CURRENT_KEY)
        self._settings.sync()

    def current_id(self) -> str | None:
        value = self._settings.value(_CURRENT_KEY)
        return value if isinstance(value, str) and value else None

    def current(self) -> Account | None:
        account_id = self.current_id()
        if account_id:
            found = self.get(account_id)
            if found is not None:
                return found
        accounts = self.accounts()
        return accounts[0] if accounts else None

    def set_current(self, account_id: str) -> None:
        self._settings.setValue(_CURRENT_KEY, account_id)
        self._settings.sync()

    def test_sender(self, account_id: str) -> str:
        """The From address last used for a test message of this account."""
        value = self._settings.value(f"{_GROUP}/{account_id}/test_sender")
        return value if isinstance(value, str) else ""

    def set_test_sender(self, account_id: str, sender: str) -> None:
        if self.get(account_id) is not None:
            self._settings.setValue(f"{_GROUP}/{account_id}/test_sender", sender)
            self._settings.sync()

    def _read(self, account_id: str) -> Account | None:
        label = self._settings.value("label")
        base_url = self._settings.value("base_url")
        owner_id = self._settings.value("owner_id")
        if not (isinstance(base_url, str) and isinstance(owner_id, str) and base_url and owner_id):
            return None
        host = self._settings.value("smtp_host")
        try:
            port = int(str(self._settings.value("smtp_port", DEFAULT_SMTP_PORT)))
        except ValueError:
            port = DEFAULT_SMTP_PORT
        return Account(
            account_id=account_id,
            label=label if isinstance(label, str) and label else owner_id,
            base_url=base_url,
            owner_id=owner_id,
            smtp_host=host if isinstance(host, str) and host else DEFAULT_SMTP_HOST,
            smtp_port=port if 0 < port < 65536 else DEFAULT_SMTP_PORT,
        )
