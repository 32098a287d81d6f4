"""User preferences persisted with QSettings under the ``preferences/`` group.

Only harmless settings live here; secrets (API keys, passwords) never do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

CLIPBOARD_CLEAR_RANGE = (10, 300)
AUTO_REFRESH_RANGE = (1, 120)
REQUEST_TIMEOUT_RANGE = (5, 300)
REVEAL_FOR_RANGE = (5, 3600)
ROTATION_DAYS_RANGE = (1, 3650)

_GROUP = "preferences"
_NEVER = "never"
_OFF = "off"
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


@dataclass
class PreferenceValues:
    clipboard_clear_s: int | None = 30
    """Seconds until a copied password is cleared from the clipboard; None = never."""
    auto_refresh_min: int | None = None
    """Minutes between automatic refreshes of the user list; None = off."""
    show_passwords: bool = False
    request_timeout_s: int = 30
    reveal_for_s: int | None = 60
    """Seconds until revealed passwords are masked again; None = until hidden."""
    rotation_days: int | None = None
    """Passwords older than this many days are due for rotation; None = off."""


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return max(low, min(high, value))


def _to_int(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            return None
    return None


def _optional_int(
    raw: object, none_word: str, bounds: tuple[int, int], default: int | None
) -> int | None:
    if isinstance(raw, str) and raw.strip().lower() == none_word:
        return None
    value = _to_int(raw)
    return default if value is None else _clamp(value, bounds)


def _bool(raw: object, default: bool) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    return default


class Preferences:
    """Loads and saves :class:`PreferenceValues`; never raises on bad stored data."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def settings(self) -> QSettings:
        return self._settings

    def load(self) -> PreferenceValues:
        defaults = PreferenceValues()
        s = self._settings
        s.beginGroup(_GROUP)
        try:
            clipboard = _optional_int(
                s.value("clipboard_clear_s"),
                _NEVER,
                CLIPBOARD_CLEAR_RANGE,
                defaults.clipboard_clear_s,
            )
            refresh = _optional_int(
                s.value("auto_refresh_min"), _OFF, AUTO_REFRESH_RANGE, defaults.auto_refresh_min
            )
            stored_refresh = _to_int(s.value("auto_refresh_min"))
            if stored_refresh is not None and stored_refresh <= 0:
                refresh = None  # zero or a negative interval means off, not "every minute"

            show = _bool(s.value("show_passwords"), defaults.show_passwords)
            timeout = _to_int(s.value("request_timeout_s"))
            reveal_for = _optional_int(
                s.value("reveal_for_s"), _NEVER, REVEAL_FOR_RANGE, defaults.reveal_for_s
            )
            rotation = _optional_int(
                s.value("rotation_days"), _OFF, ROTATION_DAYS_RANGE, defaults.rotation_days
            )
        finally:
            s.endGroup()
        return PreferenceValues(
            clipboard_clear_s=clipboard,
            auto_refresh_min=refresh,
            show_passwords=show,
            request_timeout_s=(
                defaults.request_timeout_s
                if timeout is None
                else _clamp(timeout, REQUEST_TIMEOUT_RANGE)
            ),
            reveal_for_s=reveal_for,
            rotation_days=rotation,
        )

    def save(self, values: PreferenceValues) -> None:
        s = self._settings
        clipboard = values.clipboard_clear_s
        refresh = values.auto_refresh_min
        s.beginGroup(_GROUP)
        try:
            s.setValue(
                "clipboard_clear_s",
                _NEVER if clipboard is None else _clamp(clipboard, CLIPBOARD_CLEAR_RANGE),
            )
            s.setValue(
                "auto_refresh_min", _OFF if refresh is None else _clamp(refresh, AUTO_REFRESH_RANGE)
            )
            s.setValue("show_passwords", bool(values.show_passwords))
            s.setValue("request_timeout_s", _clamp(values.request_timeout_s, REQUEST_TIMEOUT_RANGE))
            reveal_for = values.reveal_for_s
            s.setValue(
                "reveal_for_s",
                _NEVER if reveal_for is None else _clamp(reveal_for, REVEAL_FOR_RANGE),
            )
            rotation = values.rotation_days
            s.setValue(
                "rotation_days",
                _OFF if rotation is None else _clamp(rotation, ROTATION_DAYS_RANGE),
            )
        finally:
            s.endGroup()
        s.sync()
