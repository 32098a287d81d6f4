"""What the window needs from the rest of the app, gathered in one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.token_store import KeyringTokenStore, TokenStore

from .account_store import AccountStore
from .clipboard import SecureClipboard
from .preferences_store import Preferences, PreferenceValues
from .worker import ApiWorker


@dataclass
class Services:
    worker: ApiWorker
    clipboard: SecureClipboard
    preferences: Preferences
    preferences_values: PreferenceValues
    accounts: AccountStore
    # The keyring store is cheap to build; it imports keyring only when first used,
    # and only jobs on the worker thread call it.
    tokens: TokenStore = field(default_factory=KeyringTokenStore)
    paths: dict[str, str] = field(default_factory=dict)
