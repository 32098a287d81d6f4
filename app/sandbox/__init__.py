"""A local HTTP server speaking the SendClean SMTP-user API, for tests, benchmarks and
the demo mode. Standard library only: never imports Qt nor ``app.ui``.

>>> with Sandbox(users=3) as sandbox:
...     url = sandbox.base_url  # http://127.0.0.1:PORT/v1.0/
"""

from app.sandbox.demo_data import DEFAULT_SEED, demo_users, generate_users
from app.sandbox.faults import FAULTS
from app.sandbox.protocol import CALLS
from app.sandbox.records import RecordedRequest
from app.sandbox.replies import ERROR_STYLES
from app.sandbox.sandbox import Sandbox, format_base_url
from app.sandbox.state import SandboxUser
from app.sandbox.styles import LIST_STYLES

__all__ = [
    "CALLS",
    "DEFAULT_SEED",
    "ERROR_STYLES",
    "FAULTS",
    "LIST_STYLES",
    "RecordedRequest",
    "Sandbox",
    "SandboxUser",
    "demo_users",
    "format_base_url",
    "generate_users",
]
