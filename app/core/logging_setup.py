"""The app's rotating log file, with every record passed through the redaction filter."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .redaction import RedactingFilter

LOG_FILE_NAME = "sendclean-smtp-manager.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_logging(log_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir`` (created on demand) and stderr for warnings; return the file path."""
    root = logging.getLogger()
    root.setLevel(min(level, root.level) if root.handlers else level)
    redacting = RedactingFilter()
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.addFilter(redacting)
    root.addHandler(console)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file in %s: %s", log_dir, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    handler.addFilter(redacting)
    root.addHandler(handler)
    return path
