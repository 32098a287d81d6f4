"""The limits and clean-up of the free text the store keeps (labels, notes, names)."""

from __future__ import annotations

import unicodedata

__all__ = [
    "MAX_LABEL_CHARS",
    "MAX_NOTE_CHARS",
    "MAX_USER_NAME_CHARS",
    "clean_label",
    "clean_note",
    "valid_name",
]

MAX_LABEL_CHARS = 80
MAX_NOTE_CHARS = 4000
MAX_USER_NAME_CHARS = 320

_BREAKS = frozenset("\u2028\u2029\x85")


def _is_control(char: str) -> bool:
    """Control characters, line breaks, and lone surrogates (which UTF-8 cannot hold)."""
    return char in _BREAKS or unicodedata.category(char) in ("Cc", "Cs")


def clean_label(text: str) -> str:
    """One line: control characters and line breaks become spaces; the ends are stripped.

    Raises :class:`ValueError` when the result is longer than :data:`MAX_LABEL_CHARS`.
    """
    if not text.isprintable():  # the slow path only for text that needs it
        text = "".join(" " if _is_control(c) else c for c in text)
    cleaned = text.strip()
    if len(cleaned) > MAX_LABEL_CHARS:
        raise ValueError(f"a label has at most {MAX_LABEL_CHARS} characters")
    return cleaned


def clean_note(text: str) -> str:
    """Line breaks become ``\\n``, other control characters except tabs are dropped, the
    ends are stripped. Raises :class:`ValueError` beyond :data:`MAX_NOTE_CHARS`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.replace("\n", " ").replace("\t", " ").isprintable():
        text = "".join(
            "\n" if c in _BREAKS else c for c in text if c in "\n\t" or not _is_control(c)
        )
    cleaned = text.strip()
    if len(cleaned) > MAX_NOTE_CHARS:
        raise ValueError(f"a note has at most {MAX_NOTE_CHARS} characters")
    return cleaned


def valid_name(name: object) -> bool:
    """True for a user name or account id the store accepts: non-empty text, no control
    characters, at most :data:`MAX_USER_NAME_CHARS` characters."""
    return (
        isinstance(name, str)
        and 0 < len(name) <= MAX_USER_NAME_CHARS
        and (name.isprintable() or not any(_is_control(c) for c in name))
    )
