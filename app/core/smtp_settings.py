"""The SMTP connection settings a mail client needs, as a plain text block.

Qt-free: the desktop UI copies :func:`settings_block` to the clipboard, and any other
front end may show it. The text is not translated: it is meant to be pasted into the
settings of a mail client or a configuration file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.api import SmtpCredentials

__all__ = [
    "DEFAULT_SMTP_HOST",
    "DEFAULT_SMTP_PORT",
    "IMPLICIT_TLS_PORTS",
    "security_for_port",
    "settings_block",
]

#: The documented SendClean SMTP relay; editable per account later.
DEFAULT_SMTP_HOST = "smtp.sendclean.net"
#: Message submission with STARTTLS (RFC 6409).
DEFAULT_SMTP_PORT = 587

#: Ports where TLS starts with the connection (RFC 8314 "implicit TLS").
IMPLICIT_TLS_PORTS = frozenset({465})


def security_for_port(port: int) -> str:
    """Return ``"SSL/TLS"`` for implicit-TLS ports (465), else ``"STARTTLS"`` (587, 25, 2525)."""
    _check_port(port)
    return "SSL/TLS" if port in IMPLICIT_TLS_PORTS else "STARTTLS"


def settings_block(
    credentials: SmtpCredentials,
    host: str = DEFAULT_SMTP_HOST,
    port: int = DEFAULT_SMTP_PORT,
) -> str:
    """Return Host, Port, Security, Username and Password, one ``Label: value`` per line.

    The result contains the password in clear text: hand it only to a secure clipboard
    and never log it.

    Raises :class:`ValueError` for an empty host, a host with whitespace or control
    characters, or a port outside 1..65535.
    """
    host = host.strip()
    if not host or any(ch.isspace() or not ch.isprintable() for ch in host):
        raise ValueError("SMTP host must be a non-empty name without spaces")
    security = security_for_port(port)
    return "\n".join(
        (
            f"Host: {host}",
            f"Port: {port}",
            f"Security: {security}",
            f"Username: {credentials.user_name}",
            f"Password: {credentials.password}",
        )
    )


def _check_port(port: int) -> None:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ValueError(f"SMTP port must be an integer in 1..65535, got {port!r}")
