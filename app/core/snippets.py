"""Ready-to-paste configuration snippets for an SMTP user (Postfix, Python, Node, PHP).

Qt-free. Every snippet contains the password in clear text: hand it only to a secure
clipboard and never log it. Port 465 means implicit TLS (``SMTP_SSL``, ``secure: true``,
``ENCRYPTION_SMTPS``, Postfix ``smtp_tls_wrappermode``); every other port means STARTTLS,
required rather than opportunistic wherever the library allows it.

User names and passwords are written as string literals escaped for each language:
Python :func:`repr`, JavaScript JSON strings (valid ECMAScript 2019+), PHP single-quoted
strings (only ``\\`` and ``'`` escaped). Postfix's ``sasl_passwd`` has no quoting, so
:func:`render_snippet` raises :class:`ValueError` for a Postfix snippet whose user name
contains ``:`` or whitespace, or whose password contains line breaks or other control
characters, or begins or ends with whitespace.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from .smtp_settings import IMPLICIT_TLS_PORTS, security_for_port, settings_block

if TYPE_CHECKING:
    from app.api import SmtpCredentials

__all__ = ["SNIPPET_KINDS", "render_snippet"]

#: Snippet kinds in menu order, each with its human title.
SNIPPET_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "plain": "Plain settings",
        "postfix": "Postfix relay (main.cf + sasl_passwd)",
        "python": "Python (smtplib)",
        "nodemailer": "Node.js (Nodemailer)",
        "phpmailer": "PHP (PHPMailer)",
    }
)

_SENDER = "sender@example.com"
_RECIPIENT = "recipient@example.com"
_SUBJECT = "Test message"
_BODY = "Hello from SendClean."


def render_snippet(kind: str, credentials: SmtpCredentials, host: str, port: int) -> str:
    """Return the snippet of ``kind`` (a key of :data:`SNIPPET_KINDS`) for these settings.

    Raises :class:`ValueError` for an unknown kind, an invalid host or port (the rules of
    :func:`app.core.smtp_settings.settings_block`), or credentials a Postfix
    ``sasl_passwd`` line cannot hold.
    """
    render = _RENDERERS.get(kind)
    if render is None:
        raise ValueError(f"unknown snippet kind {kind!r}; expected one of {list(SNIPPET_KINDS)}")
    host = _check_host(host)
    security_for_port(port)  # validates the port
    return render(credentials, host, port)


def _check_host(host: str) -> str:
    host = host.strip()
    if not host or any(ch.isspace() or not ch.isprintable() for ch in host):
        raise ValueError("SMTP host must be a non-empty name without spaces")
    return host


def _implicit_tls(port: int) -> bool:
    return port in IMPLICIT_TLS_PORTS


def _plain(credentials: SmtpCredentials, host: str, port: int) -> str:
    return settings_block(credentials, host, port)


def _postfix(credentials: SmtpCredentials, host: str, port: int) -> str:
    user, password = credentials.user_name, credentials.password
    if not user or ":" in user or any(ch.isspace() or not ch.isprintable() for ch in user):
        raise ValueError("a Postfix sasl_passwd user name cannot contain ':' or whitespace")
    if any(not ch.isprintable() and ch != " " for ch in password):
        raise ValueError("a Postfix sasl_passwd password cannot contain control characters")
    if password != password.strip():
        raise ValueError("a Postfix sasl_passwd password cannot begin or end with whitespace")
    destination = f"[{host}]:{port}"
    lines = [
        "# /etc/postfix/main.cf: relay all mail through SendClean",
        f"relayhost = {destination}",
        "smtp_sasl_auth_enable = yes",
        "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
        "smtp_sasl_security_options = noanonymous",
        "smtp_tls_security_level = encrypt",
    ]
    if _implicit_tls(port):
        lines.append("smtp_tls_wrappermode = yes")
    lines += [
        "",
        "# /etc/postfix/sasl_passwd (make it readable by root only: chmod 600), then run:",
        "#   postmap /etc/postfix/sasl_passwd && systemctl reload postfix",
        f"{destination} {user}:{password}",
    ]
    return "\n".join(lines) + "\n"


def _py(value: str) -> str:
    """A Python string literal: double-quoted when that needs no escape, else repr()."""
    if '"' not in value and "\\" not in value and value.isprintable():
        return f'"{value}"'
    return repr(value)


def _python(credentials: SmtpCredentials, host: str, port: int) -> str:
    if _implicit_tls(port):
        connect = [
            "with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=context, timeout=30) as smtp:",
        ]
    else:
        connect = [
            "with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:",
            "    smtp.starttls(context=context)",
        ]
    lines = [
        "import smtplib",
        "import ssl",
        "from email.message import EmailMessage",
        "",
        f"SMTP_HOST = {_py(host)}",
        f"SMTP_PORT = {port}",
        f"SMTP_USER = {_py(credentials.user_name)}",
        f"SMTP_PASSWORD = {_py(credentials.password)}",
        "",
        "message = EmailMessage()",
        f'message["From"] = {_py(_SENDER)}',
        f'message["To"] = {_py(_RECIPIENT)}',
        f'message["Subject"] = {_py(_SUBJECT)}',
        f"message.set_content({_py(_BODY)})",
        "",
        "context = ssl.create_default_context()",
        *connect,
        "    smtp.login(SMTP_USER, SMTP_PASSWORD)",
        "    smtp.send_message(message)",
    ]
    return "\n".join(lines) + "\n"


def _js(value: str) -> str:
    # JSON strings are JavaScript string literals (ES2019 allows U+2028/U+2029 too);
    # ensure_ascii writes astral characters as surrogate pairs, which is what JS means.
    return json.dumps(value)


def _nodemailer(credentials: SmtpCredentials, host: str, port: int) -> str:
    secure = _implicit_tls(port)
    tls_lines = (
        ["  secure: true, // implicit TLS (port 465)"]
        if secure
        else [
            "  secure: false, // port 465 only; other ports upgrade with STARTTLS",
            "  requireTLS: true, // refuse to send the password without STARTTLS",
        ]
    )
    lines = [
        'const nodemailer = require("nodemailer");',
        "",
        "const transporter = nodemailer.createTransport({",
        f"  host: {_js(host)},",
        f"  port: {port},",
        *tls_lines,
        "  auth: {",
        f"    user: {_js(credentials.user_name)},",
        f"    pass: {_js(credentials.password)},",
        "  },",
        "});",
        "",
        "transporter",
        "  .sendMail({",
        f"    from: {_js(_SENDER)},",
        f"    to: {_js(_RECIPIENT)},",
        f"    subject: {_js(_SUBJECT)},",
        f"    text: {_js(_BODY)},",
        "  })",
        '  .then((info) => console.log("Sent", info.messageId))',
        "  .catch((error) => console.error(error));",
    ]
    return "\n".join(lines) + "\n"


def _php(value: str) -> str:
    """A PHP single-quoted string: only backslash and quote are special there."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _phpmailer(credentials: SmtpCredentials, host: str, port: int) -> str:
    secure = "ENCRYPTION_SMTPS" if _implicit_tls(port) else "ENCRYPTION_STARTTLS"
    lines = [
        "<?php",
        "use PHPMailer\\PHPMailer\\PHPMailer;",
        "use PHPMailer\\PHPMailer\\Exception;",
        "",
        "require 'vendor/autoload.php';",
        "",
        "$mail = new PHPMailer(true);",
        "try {",
        "    $mail->isSMTP();",
        f"    $mail->Host = {_php(host)};",
        "    $mail->SMTPAuth = true;",
        f"    $mail->Username = {_php(credentials.user_name)};",
        f"    $mail->Password = {_php(credentials.password)};",
        f"    $mail->SMTPSecure = PHPMailer::{secure};",
        f"    $mail->Port = {port};",
        "",
        f"    $mail->setFrom({_php(_SENDER)});",
        f"    $mail->addAddress({_php(_RECIPIENT)});",
        f"    $mail->Subject = {_php(_SUBJECT)};",
        f"    $mail->Body = {_php(_BODY)};",
        "    $mail->send();",
        "    echo 'Sent';",
        "} catch (Exception $e) {",
        "    echo 'Not sent: ', $mail->ErrorInfo;",
        "}",
    ]
    return "\n".join(lines) + "\n"


_RENDERERS: Mapping[str, Callable[[SmtpCredentials, str, int], str]] = MappingProxyType(
    {
        "plain": _plain,
        "postfix": _postfix,
        "python": _python,
        "nodemailer": _nodemailer,
        "phpmailer": _phpmailer,
    }
)
assert tuple(_RENDERERS) == tuple(SNIPPET_KINDS)
