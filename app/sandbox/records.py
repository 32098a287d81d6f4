"""The log of requests the sandbox received (without credentials)."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

#: Only the most recent requests are kept (benchmarks make many calls).
MAX_RECORDS = 100_000


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request: ``call`` is the call name (``listSmtp``...) or, for any other path,
    the path itself; ``params`` is the JSON body without ``owner_id`` and ``token``
    (``{}`` when the body was not a JSON object). ``method`` and ``path`` do not take
    part in equality, so ``RecordedRequest("listSmtp", {})`` compares as expected."""

    call: str
    params: dict[str, Any]
    method: str = field(default="POST", compare=False)
    path: str = field(default="", compare=False)


class RequestLog:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._records: deque[RecordedRequest] = deque(maxlen=MAX_RECORDS)
        self._count = 0

    def append(self, record: RecordedRequest) -> None:
        with self._changed:
            self._records.append(record)
            self._count += 1
            self._changed.notify_all()

    def snapshot(self) -> list[RecordedRequest]:
        with self._changed:
            return list(self._records)

    def clear(self) -> None:
        with self._changed:
            self._records.clear()
            self._count = 0

    def wait_for(self, count: int, timeout: float) -> bool:
        """Wait until ``count`` requests were recorded since the last clear."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._count < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True
