"""The sandbox mailbox: every message the relay accepted, in memory and optionally as .eml."""

from __future__ import annotations

import datetime
import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: Only the most recent messages stay in memory.
MAX_MESSAGES = 1000


@dataclass(frozen=True, slots=True)
class CapturedMessage:
    """One accepted message: ``raw`` is exactly what the client sent after DATA
    (dot-unstuffed); the envelope (``mail_from``, ``rcpt_tos``) is kept beside it.
    ``user_name`` is the SMTP user who sent it; the password is never kept."""

    number: int
    queue_id: str
    received_at: datetime.datetime
    user_name: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    subject: str
    raw: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.raw)

    @property
    def file_name(self) -> str:
        """``YYYYMMDD-HHMMSS-NNNN.eml``, as written to ``--mailbox DIR``."""
        return f"{self.received_at:%Y%m%d-%H%M%S}-{self.number:04d}.eml"


def subject_of(raw: bytes) -> str:
    """The decoded Subject header, or "" when there is none."""
    import email.parser  # here, on the relay's thread: email takes a while to import
    import email.policy

    parser = email.parser.BytesHeaderParser(policy=email.policy.default)
    try:
        subject = parser.parsebytes(raw).get("Subject", "")
    except (ValueError, TypeError, LookupError):  # a header the policy cannot decode
        return ""
    return " ".join(str(subject).split())


Listener = Callable[[CapturedMessage], None]


class Mailbox:
    """Thread-safe list of captured messages (oldest first, at most MAX_MESSAGES).

    With ``directory`` each message is also written there as an .eml file. Listeners run
    on the relay's thread after a message is added; a front end must hand them over to
    its own thread.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self._changed = threading.Condition()
        self._messages: deque[CapturedMessage] = deque(maxlen=MAX_MESSAGES)
        self._count = 0
        self._numbers = itertools.count(1)
        self._listeners: list[Listener] = []
        self.directory = directory
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)

    def add(
        self, queue_id: str, user_name: str, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes
    ) -> CapturedMessage:
        """Keep a message the relay accepted (and write it out) and tell the listeners."""
        with self._changed:
            message = CapturedMessage(
                number=next(self._numbers),
                queue_id=queue_id,
                received_at=datetime.datetime.now(datetime.UTC),
                user_name=user_name,
                mail_from=mail_from,
                rcpt_tos=rcpt_tos,
                subject=subject_of(raw),
                raw=raw,
            )
        if self.directory is not None:
            (self.directory / message.file_name).write_bytes(raw)
        with self._changed:
            self._messages.append(message)
            self._count += 1
            listeners = list(self._listeners)
            self._changed.notify_all()
        for listener in listeners:
            try:
                listener(message)
            except Exception:  # a listener's bug must not fail the SMTP answer
                log.exception("mailbox listener failed")
        return message

    def messages(self) -> list[CapturedMessage]:
        """A snapshot, oldest first."""
        with self._changed:
            return list(self._messages)

    def __len__(self) -> int:
        with self._changed:
            return len(self._messages)

    def clear(self) -> None:
        """Forget the messages in memory (files already written stay)."""
        with self._changed:
            self._messages.clear()
            self._count = 0

    def add_listener(self, listener: Listener) -> None:
        with self._changed:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with self._changed:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def wait_for(self, count: int, timeout: float) -> bool:
        """Wait until ``count`` messages arrived since the start or the last clear()."""
        with self._changed:
            return self._changed.wait_for(lambda: self._count >= count, timeout)

    def __repr__(self) -> str:
        where = f", directory={str(self.directory)!r}" if self.directory else ""
        return f"Mailbox({len(self)} messages{where})"
