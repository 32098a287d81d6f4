"""Redaction of known secrets in one pass over the text, whatever their number.

A :class:`SecretSet` keeps its secrets in one set with the lengths they come in.
:func:`redact` looks, for each distinct length, at every window of the text of that
length and asks the set whether it is a secret: the work is linear in the text's length
and does not grow with the number of secrets (20 000 passwords of one length cost what
one does). Matches are replaced leftmost first, the longest at a position winning.

With ``limit``, only the first ``limit`` characters are looked at and kept (a secret
that starts before the cut is still replaced whole): a message of several megabytes
then costs what ``limit`` characters do, see :func:`app.api.text.cap_text`.

:func:`echo_forms` gives the forms in which a server may echo a secret: as sent,
JSON-escaped (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``, ``\\/``) and percent-encoded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import compress
from typing import Final
from urllib.parse import quote, quote_plus

from .text import cap_suffix

__all__ = ["MASK", "SecretSet", "echo_forms", "redact"]

MASK: Final = "[redacted]"


class SecretSet:
    """Non-empty secrets and the lengths they come in; not thread-safe (callers lock)."""

    __slots__ = ("_lengths", "_secrets")

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        self._lengths: set[int] = set()
        self.update(secrets)

    @classmethod
    def adopt(cls, secrets: set[str]) -> SecretSet:
        """A set built around ``secrets`` (not copied): for 100 000 passwords, in C."""
        made = cls()
        secrets.discard("")
        made._secrets = secrets
        made._lengths = set(map(len, secrets))
        return made

    def add(self, secret: str) -> None:
        if secret:
            self._secrets.add(secret)
            self._lengths.add(len(secret))

    def update(self, secrets: Iterable[str]) -> None:
        added = set(secrets)
        added.discard("")
        self._secrets |= added
        self._lengths.update(map(len, added))

    def discard_all(self, secrets: Iterable[str]) -> None:
        """Forget ``secrets`` (their lengths stay: a length no secret has costs nothing)."""
        self._secrets.difference_update(secrets)

    def difference(self, other: SecretSet | set[str]) -> set[str]:
        """The secrets of this set that ``other`` does not hold."""
        return self._secrets - (other._secrets if isinstance(other, SecretSet) else other)

    def __contains__(self, secret: object) -> bool:
        return isinstance(secret, str) and secret in self._secrets

    def __iter__(self) -> Iterator[str]:
        return iter(self._secrets)

    def __len__(self) -> int:
        return len(self._secrets)

    def lengths(self) -> Iterable[int]:
        return self._lengths

    def longest(self) -> int:
        return max(self._lengths, default=0)

    def __repr__(self) -> str:  # never the secrets themselves
        return f"SecretSet({len(self)} secrets)"


def redact(text: str, *sets: SecretSet, limit: int | None = None, mask: str = MASK) -> str:
    """``text`` with every secret of ``sets`` replaced by ``mask``; see the module doc."""
    size = len(text)
    stop = size if limit is None else min(size, limit)
    hits: dict[int, int] = {}  # start -> length of the longest secret found there
    for secrets in sets:
        found = secrets.__contains__
        for length in secrets.lengths():
            starts = range(max(0, min(stop, size - length + 1)))
            if not starts:
                continue
            windows = map(text.__getitem__, map(slice, starts, range(length, length + stop)))
            for start in compress(starts, map(found, windows)):
                if hits.get(start, 0) < length:
                    hits[start] = length
    if not hits:
        return text if stop == size else text[:stop] + cap_suffix(size)
    parts: list[str] = []
    position = 0
    for start in sorted(hits):
        if start < position:
            continue
        parts += (text[position:start], mask)
        position = start + hits[start]
    end = max(stop, position)
    parts.append(text[position:end] if position < end else "")
    if end < size:
        parts.append(cap_suffix(size))
    return "".join(parts)


def echo_forms(secret: str) -> set[str]:
    """``secret`` as sent and as a server may echo it: JSON-escaped, percent-encoded."""
    forms = {secret}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms |= {escaped, escaped.replace("/", "\\/")}
        if ascii_only:
            forms.add(_upper_unicode_escapes(escaped))
    for encoded in (quote(secret, safe=""), quote_plus(secret, safe="")):
        forms |= {encoded, _lower_percent_escapes(encoded)}
    forms.discard("")
    return forms


def _upper_unicode_escapes(text: str) -> str:
    parts = text.split("\\u")
    return parts[0] + "".join("\\u" + p[:4].upper() + p[4:] for p in parts[1:])


def _lower_percent_escapes(text: str) -> str:
    parts = text.split("%")
    return parts[0] + "".join("%" + p[:2].lower() + p[2:] for p in parts[1:])
