"""Caps for text a server sends, so that no answer can flood a message, a log or a window.

:func:`cap_text` keeps the first :data:`MAX_SERVER_TEXT` characters and says how long
the whole text was: ``"abc…" + " (4,000,000 characters in all)"``. It costs the same
whatever the length of the text.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ELLIPSIS", "MASK", "MAX_KIND_TEXT", "MAX_SERVER_TEXT", "cap_suffix", "cap_text"]

#: Characters of a server's message kept in exceptions, log records and the window.
MAX_SERVER_TEXT: Final = 2000
#: Characters of an error's kind (``name``/``type``) kept.
MAX_KIND_TEXT: Final = 200
ELLIPSIS: Final = "…"
#: What the window and every repr show instead of a password.
MASK: Final = "••••••••"


def cap_suffix(full_length: int) -> str:
    """What follows a cut text: ``"… (4,000,000 characters in all)"``."""
    return f"{ELLIPSIS} ({full_length:,} characters in all)"


def cap_text(text: str, limit: int = MAX_SERVER_TEXT) -> str:
    """``text`` if it has at most ``limit`` characters, else its start and its length."""
    if len(text) <= limit:
        return text
    return text[:limit] + cap_suffix(len(text))
