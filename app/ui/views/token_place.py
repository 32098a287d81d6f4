"""Where the app keeps an account's token, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.token_store import KeyringTokenStore, TokenStore


def token_place(store: TokenStore) -> str:
    """The keyring (by its backend's name once known), or memory for this session only."""
    translate = QCoreApplication.translate
    if not isinstance(store, KeyringTokenStore):
        return translate("TokenPlace", "memory, for this session only")
    name = store.backend_name
    if name is None:
        return translate("TokenPlace", "the system keyring")
    return translate("TokenPlace", "the system keyring ({backend})").format(backend=name)
