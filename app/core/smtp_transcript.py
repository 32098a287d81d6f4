"""The transcript of an SMTP dialogue, with every credential taken out as it is recorded.

Qt-free and thread-safe to read. What the client sends during AUTH (the initial response
and every answer to a 334 challenge) is recorded as ``[redacted]`` whatever it contains;
every line, the server's included, is then also cleaned of the password and of the
base64 forms AUTH PLAIN and LOGIN would carry it in. The message itself is summarised
(its size), not copied.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

from .smtp_login import _redact, _secret_forms

__all__ = ["REDACTED", "Transcript", "TranscriptLine"]

REDACTED = "[redacted]"
TranscriptSide = Literal["client", "server", "note"]
_PREFIX: dict[TranscriptSide, str] = {"client": "C: ", "server": "S: ", "note": "*  "}
_MAX_LINES = 500


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    side: TranscriptSide
    text: str

    def __str__(self) -> str:
        return _PREFIX[self.side] + self.text


class Transcript:
    """Lines in the order they were sent or received (at most 500: a longer dialogue
    keeps its first lines and a note saying how many more there were)."""

    def __init__(self, user_name: str, password: str) -> None:
        self._lock = threading.Lock()
        self._lines: list[TranscriptLine] = []
        self._left_out = 0
        self._secrets = _secret_forms(user_name, password)
        self._in_auth = False

    def client(self, command: str) -> None:
        """A command line the client sends (without CRLF)."""
        if self._in_auth:
            self._add("client", REDACTED)
            return
        verb, _, rest = command.partition(" ")
        if verb.upper() == "AUTH":
            mechanism, _, initial = rest.partition(" ")
            self._in_auth = True
            self._add("client", f"AUTH {mechanism} {REDACTED}" if initial else command)
            return
        self._add("client", command)

    def payload(self, size: int, lines: int) -> None:
        """The message after DATA (not copied: only its size)."""
        self._add("client", f"[message: {size} bytes, {lines} lines]")
        self._add("client", ".")

    def server(self, code: int, text: str) -> None:
        """One answer, multi-line answers joined with newlines as smtplib returns them."""
        if code != 334:
            self._in_auth = False
        parts = text.split("\n") or [""]
        for index, part in enumerate(parts):
            separator = " " if index == len(parts) - 1 else "-"
            self._add("server", f"{code}{separator}{part}".rstrip() if code >= 0 else part)

    def note(self, text: str) -> None:
        """Something that is not a line of the dialogue (TLS started, connection closed)."""
        self._add("note", text)

    def lines(self) -> tuple[TranscriptLine, ...]:
        with self._lock:
            extra = [TranscriptLine("note", f"({self._left_out} more lines left out)")]
            return tuple(self._lines + (extra if self._left_out else []))

    def text(self) -> str:
        return "\n".join(str(line) for line in self.lines())

    def clean(self, text: str) -> str:
        """``text`` without the password in any of its forms."""
        return _redact(text, self._secrets)

    def _add(self, side: TranscriptSide, text: str) -> None:
        line = TranscriptLine(side, self.clean(text))
        with self._lock:
            if len(self._lines) < _MAX_LINES:
                self._lines.append(line)
            else:
                self._left_out += 1
