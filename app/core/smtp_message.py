"""The test message: what the user typed, checked, and turned into the bytes sent after DATA.

Qt-free. Addresses are plain ASCII ``local@domain`` (optionally ``Name <local@domain>``);
recipients are separated by commas, semicolons or new lines.
"""

from __future__ import annotations

import email.policy
import email.utils
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from app.api.problem import Problem, ProblemKind

__all__ = [
    "MAX_BODY_CHARS",
    "MAX_RECIPIENTS",
    "MAX_SUBJECT_CHARS",
    "TestMessage",
    "build_message",
    "check_test_message",
    "default_test_message",
    "envelope_address",
    "parse_recipients",
]

MAX_RECIPIENTS = 10
MAX_SUBJECT_CHARS = 200
MAX_BODY_CHARS = 10_000
MAILER = "SendClean SMTP Manager (test message)"

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(
    rf"[A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.-]{{1,64}}@{_LABEL}(?:\.{_LABEL})*", re.ASCII
)
_MAX_ADDRESS = 254
# "local@domain" or "Display Name <local@domain>" (the name without <, > or @).
_MAILBOX = re.compile(r"(?:(?P<name>[^<>@]*?)\s*<(?P<angle>[^<>\s]+)>|(?P<bare>[^<>\s]+))")


@dataclass(frozen=True, slots=True)
class TestMessage:
    """``sender`` and each of ``recipients`` as the user wrote them (see module doc)."""

    __test__ = False  # not a pytest test class

    sender: str
    recipients: tuple[str, ...]
    subject: str
    body: str


def default_test_message(user_name: str, sender: str = "", recipient: str = "") -> TestMessage:
    """The prefilled message for an SMTP user (the dialog lets the user change it)."""
    return TestMessage(
        sender=sender,
        recipients=(recipient,) if recipient else (),
        subject=f"SendClean test message from {user_name}",
        body=(
            f"This is a test message sent by SendClean SMTP Manager as the SMTP user "
            f"{user_name}.\n\nIf it arrived, this user's password works for sending mail.\n"
        ),
    )


def envelope_address(text: str) -> str | None:
    """The bare ``local@domain`` of ``text`` (``Name <a@b>`` or ``a@b``), None if invalid."""
    if any(ch in text for ch in "\r\n\0"):
        return None
    match = _MAILBOX.fullmatch(text.strip())
    if match is None:
        return None
    address = match.group("angle") or match.group("bare")
    if len(address) > _MAX_ADDRESS or not _ADDRESS.fullmatch(address):
        return None
    if ".." in address or address.startswith(".") or address.split("@")[0].endswith("."):
        return None
    return address


def parse_recipients(text: str) -> tuple[str, ...]:
    """Split what the user typed into recipients (not checked; see check_test_message)."""
    parts = re.split(r"[,;\n]", text)
    return tuple(part.strip() for part in parts if part.strip())


def check_test_message(message: TestMessage) -> Problem | None:
    """The first problem of the message (its ``detail`` is an English sentence), or None."""
    if envelope_address(message.sender) is None:
        shown = message.sender.strip()
        text = f"The sender {shown or '(empty)'!r} is not a valid address."
        return Problem(ProblemKind.MESSAGE_BAD_SENDER, {"sender": shown}, text)
    if not message.recipients:
        return Problem(ProblemKind.MESSAGE_NO_RECIPIENT, {}, "Enter at least one recipient.")
    if len(message.recipients) > MAX_RECIPIENTS:
        text = f"A test message goes to at most {MAX_RECIPIENTS} recipients."
        return Problem(ProblemKind.MESSAGE_TOO_MANY, {"max": MAX_RECIPIENTS}, text)
    for recipient in message.recipients:
        if envelope_address(recipient) is None:
            shown = recipient.strip()
            text = f"The recipient {shown!r} is not a valid address."
            return Problem(ProblemKind.MESSAGE_BAD_RECIPIENT, {"recipient": shown}, text)
    if any(ch in message.subject for ch in "\r\n\0"):
        text = "The subject must be a single line."
        return Problem(ProblemKind.MESSAGE_SUBJECT_LINES, {}, text)
    if len(message.subject) > MAX_SUBJECT_CHARS:
        text = f"The subject is longer than {MAX_SUBJECT_CHARS} characters."
        return Problem(ProblemKind.MESSAGE_SUBJECT_LONG, {"max": MAX_SUBJECT_CHARS}, text)
    if len(message.body) > MAX_BODY_CHARS:
        text = f"The text is longer than {MAX_BODY_CHARS} characters."
        return Problem(ProblemKind.MESSAGE_BODY_LONG, {"max": MAX_BODY_CHARS}, text)
    if "\0" in message.body:
        return Problem(ProblemKind.MESSAGE_BODY_NUL, {}, "The text contains a NUL character.")
    return None


def build_message(message: TestMessage) -> bytes:
    """The message as sent after DATA (CRLF line ends); check it with check_test_message first."""
    sender = envelope_address(message.sender)
    if sender is None or check_test_message(message) is not None:
        raise ValueError("the test message is not valid")
    mail = EmailMessage(policy=email.policy.SMTP)
    mail["From"] = message.sender.strip()
    mail["To"] = ", ".join(r.strip() for r in message.recipients)
    mail["Subject"] = message.subject
    mail["Date"] = format_datetime(email.utils.localtime())
    mail["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1])
    mail["X-Mailer"] = MAILER
    body = message.body if message.body.endswith("\n") else message.body + "\n"
    cte = "7bit" if body.isascii() else "quoted-printable"
    mail.set_content(body, charset="utf-8", cte=cte)
    return mail.as_bytes()
