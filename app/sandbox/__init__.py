"""A local HTTP server speaking the SendClean SMTP-user API, and an SMTP relay (aiosmtpd)
for the same users, for tests, benchmarks and the demo mode. Never imports Qt nor
``app.ui``.

>>> with Sandbox(users=3) as sandbox:
...     url = sandbox.base_url  # http://127.0.0.1:PORT/v1.0/
...     relay = sandbox.smtp_url  # smtp://127.0.0.1:PORT (STARTTLS)
...     trusted = sandbox.smtp_ca_pem  # the only certificate a relay client should trust
"""

from app.sandbox.demo_data import DEFAULT_SEED, demo_users, generate_users
from app.sandbox.faults import FAULTS, SMTP_FAULTS
from app.sandbox.mailbox import CapturedMessage, Mailbox
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
    "SMTP_FAULTS",
    "CapturedMessage",
    "Mailbox",
    "RecordedRequest",
    "Sandbox",
    "SandboxUser",
    "demo_users",
    "format_base_url",
    "generate_users",
]
