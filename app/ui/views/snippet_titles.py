"""The titles of the settings snippets, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.snippets import SNIPPET_KINDS

_TITLES: dict[str, object] = {
    "plain": QT_TRANSLATE_NOOP("Snippets", "Plain settings"),
    "postfix": QT_TRANSLATE_NOOP("Snippets", "Postfix relay (main.cf + sasl_passwd)"),
    "python": QT_TRANSLATE_NOOP("Snippets", "Python (smtplib)"),
    "nodemailer": QT_TRANSLATE_NOOP("Snippets", "Node.js (Nodemailer)"),
    "phpmailer": QT_TRANSLATE_NOOP("Snippets", "PHP (PHPMailer)"),
}


def snippet_title(kind: str) -> str:
    """The title of the snippet ``kind`` (a key of :data:`SNIPPET_KINDS`)."""
    source = _TITLES.get(kind)
    if source is None:
        return SNIPPET_KINDS[kind]
    return QCoreApplication.translate("Snippets", str(source))
