"""Keep secrets out of log records: a filter that masks every registered secret.

Redaction is one pass over the text whatever the number of secrets registered (see
:mod:`app.api.redact`), and every record is capped to :data:`MAX_LOG_RECORD_CHARS`
characters (then "…" and the full length), far below the log's rotation size, so no
server text can flood the log or cost seconds to write.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Final

from app.api.redact import MASK, SecretSet, echo_forms, redact

#: Longest message (and longest traceback text) a record keeps.
MAX_LOG_RECORD_CHARS: Final = 10_000
_MASK = MASK
# Secrets in key=value or JSON form, in case a message carries one we never registered.
_PATTERN = re.compile(
    r"""(?ix)("?(?:token|password|smtp_password|secret)"?\s*[:=]\s*"?)([^"\s,}&]+)"""
)


class SecretRegistry:
    """Secrets seen by this process (tokens, passwords); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets = SecretSet()

    def add(self, secret: str | None) -> None:
        """Register ``secret`` in every form a server may echo it (JSON, percent)."""
        if secret and len(secret) >= 4:
            forms = [form for form in echo_forms(secret) if len(form) >= 4]
            with self._lock:
                self._secrets.update(forms)

    def redact(self, text: str, limit: int | None = None) -> str:
        """``text`` with every secret masked; with ``limit``, capped to that many characters."""
        with self._lock:
            text = redact(text, self._secrets, limit=limit)
        return _PATTERN.sub(lambda m: m.group(1) + _MASK, text)

    def __repr__(self) -> str:
        return f"SecretRegistry({len(self._secrets)} secrets)"


SECRETS = SecretRegistry()


class RedactingFilter(logging.Filter):
    """Formats the record's message once and replaces it with a redacted, capped copy."""

    def __init__(self, registry: SecretRegistry = SECRETS) -> None:
        super().__init__()
        self._registry = registry

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self._registry.redact(message, MAX_LOG_RECORD_CHARS)
        if redacted != message or record.args:
            record.msg = redacted
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self._registry.redact(
                logging.Formatter().formatException(record.exc_info), MAX_LOG_RECORD_CHARS
            )
            record.exc_info = None
        return True
