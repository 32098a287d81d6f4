"""Keep secrets out of log records: a filter that masks every registered secret."""

from __future__ import annotations

import logging
import re
import threading

_MASK = "[redacted]"
# Secrets in key=value or JSON form, in case a message carries one we never registered.
_PATTERN = re.compile(
    r"""(?ix)("?(?:token|password|smtp_password|secret)"?\s*[:=]\s*"?)([^"\s,}&]+)"""
)


class SecretRegistry:
    """Secrets seen by this process (tokens, passwords); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: set[str] = set()

    def add(self, secret: str | None) -> None:
        if secret and len(secret) >= 4:
            with self._lock:
                self._secrets.add(secret)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, _MASK)
        return _PATTERN.sub(lambda m: m.group(1) + _MASK, text)

    def __repr__(self) -> str:
        return f"SecretRegistry({len(self._secrets)} secrets)"


SECRETS = SecretRegistry()


class RedactingFilter(logging.Filter):
    """Formats the record's message once and replaces it with a redacted copy."""

    def __init__(self, registry: SecretRegistry = SECRETS) -> None:
        super().__init__()
        self._registry = registry

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self._registry.redact(message)
        if redacted != message or record.args:
            record.msg = redacted
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self._registry.redact(
                logging.Formatter().formatException(record.exc_info)
            )
            record.exc_info = None
        return True
