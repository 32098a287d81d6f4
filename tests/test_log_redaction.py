"""The log never holds a token or password, whatever a message or traceback carries."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from urllib.parse import quote

from app.core.logging_setup import MAX_LOG_BYTES
from app.core.redaction import MAX_LOG_RECORD_CHARS, RedactingFilter, SecretRegistry


def test_registered_secrets_and_secret_fields_are_masked(tmp_path: Path) -> None:
    registry = SecretRegistry()
    registry.add("tok-9f8e7d6c")
    registry.add("pw-1234abcd")
    path = tmp_path / "app.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.addFilter(RedactingFilter(registry))
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.debug("body %s", '{"owner_id": "o", "token": "tok-9f8e7d6c"}')
        logger.info("password=%s for smtp1", "unregistered-secret")
        logger.warning("copied pw-1234abcd")
        try:
            raise RuntimeError("server echoed tok-9f8e7d6c")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    for secret in ("tok-9f8e7d6c", "pw-1234abcd", "unregistered-secret"):
        assert secret not in text
    assert text.count("[redacted]") >= 4
    assert "RuntimeError" in text and "smtp1" in text
    assert "secrets" in repr(registry) and "tok-" not in repr(registry)


def test_redaction_is_one_pass_whatever_the_number_of_secrets() -> None:
    registry = SecretRegistry()
    for n in range(20_000):
        registry.add(f"pw{n:08d}")
    text = ("x" * 1_000_000) + " pw00012345 and pw00000001"
    started = time.perf_counter()
    redacted = registry.redact(text)
    elapsed = time.perf_counter() - started
    assert "pw000" not in redacted and redacted.count("[redacted]") == 2
    assert elapsed < 2.0  # about 0.1 s; the former loop over the secrets took about 9 s


def test_a_huge_message_makes_one_short_log_line(tmp_path: Path) -> None:
    registry = SecretRegistry()
    registry.add('tok"with\\odd\nbits-ü')
    record = logging.LogRecord(
        "t", logging.ERROR, __file__, 1, "answer: %s", ("y" * 4_000_000,), None
    )
    started = time.perf_counter()
    RedactingFilter(registry).filter(record)
    assert time.perf_counter() - started < 1.0
    line = record.getMessage()
    assert len(line) <= MAX_LOG_RECORD_CHARS + 100 < MAX_LOG_BYTES // 10
    assert "4,000,008 characters in all" in line


def test_a_registered_token_is_masked_as_a_server_may_echo_it() -> None:
    registry = SecretRegistry()
    token = 'tok"with\\odd\nbits-ü/'
    registry.add(token)
    escaped = json.dumps(token)[1:-1]
    echoes = [token, escaped, escaped.replace("/", "\\/"), quote(token, safe="")]
    redacted = registry.redact(" | ".join(echoes))
    assert redacted.count("[redacted]") == len(echoes), redacted
