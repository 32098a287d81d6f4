"""The app's rotating log file, with every record passed through the redaction filter."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .redaction import RedactingFilter

LOG_FILE_NAME = "sendclean-smtp-manager.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


class _ConsoleHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Warnings and errors on stderr."""


class _FileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file."""


def setup_logging(log_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir`` (created on demand) and warnings to stderr; return the file path.

    Calling it again in the same process adds nothing (tests start the app many times).
    """
    root = logging.getLogger()
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    redacting = RedactingFilter()
    if not any(isinstance(h, _ConsoleHandler) for h in root.handlers):
        console = _ConsoleHandler()
        console.setLevel(logging.WARNING)
        console.addFilter(redacting)
        root.addHandler(console)
    existing = next((h for h in root.handlers if isinstance(h, _FileHandler)), None)
    if existing is not None:
        return Path(existing.baseFilename)
    root.setLevel(min(level, root.level) if root.level != logging.NOTSET else level)
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_FILE_NAME
        handler = _FileHandler(
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
