"""The log never holds a token or password, whatever a message or traceback carries."""

from __future__ import annotations

import logging
from pathlib import Path

from app.core.redaction import RedactingFilter, SecretRegistry


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
