"""The sentence, in the user's language, for each kind of :class:`~app.api.problem.Problem`."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.api.problem import ParamValue, Problem, ProblemKind

CONTEXT = "Problem"
K = ProblemKind

_STORE_OFF = QT_TRANSLATE_NOOP("Problem", "Labels, notes and change tracking are off.")

#: QT_TRANSLATE_NOOP marks each for the catalog; :func:`translate` translates it.
SENTENCES: dict[ProblemKind, object] = {
    K.UNEXPECTED: QT_TRANSLATE_NOOP(
        "Problem", "Something unexpected went wrong. The details say what happened."
    ),
    K.ADDRESS_NOT_URL: QT_TRANSLATE_NOOP("Problem", "This is not a usable web address."),
    K.ADDRESS_SCHEME: QT_TRANSLATE_NOOP(
        "Problem", "The API address must start with https:// and name a host."
    ),
    K.ADDRESS_PLAIN_HTTP: QT_TRANSLATE_NOOP(
        "Problem",
        "Plain http:// would send the token unencrypted; use https:// (http works only for a "
        "local server on this computer).",
    ),
    K.ADDRESS_EXTRAS: QT_TRANSLATE_NOOP(
        "Problem", "The API address must not carry a user name, a query or a fragment."
    ),
    K.ADDRESS_DOMAIN: QT_TRANSLATE_NOOP(
        "Problem", "“{domain}” is not an app domain; it looks like us1-mta1.sendclean.net."
    ),
    K.API_AUTHENTICATION: QT_TRANSLATE_NOOP(
        "Problem", "SendClean rejected the owner ID or token. Check them and try again."
    ),
    K.API_VALIDATION: QT_TRANSLATE_NOOP("Problem", "SendClean refused the request as invalid."),
    K.API_GENERAL: QT_TRANSLATE_NOOP(
        "Problem", "SendClean could not carry out the request. Try again later."
    ),
    K.API_UNKNOWN: QT_TRANSLATE_NOOP("Problem", "SendClean answered with an error."),
    K.TRANSPORT_DEADLINE: QT_TRANSLATE_NOOP(
        "Problem",
        "{host} did not finish answering within {seconds} seconds, so the call was stopped. "
        "Check your connection and try again.",
    ),
    K.TRANSPORT_CONNECT_TIMEOUT: QT_TRANSLATE_NOOP(
        "Problem", "Could not connect to {host} in time. Check your connection and try again."
    ),
    K.TRANSPORT_TIMEOUT: QT_TRANSLATE_NOOP(
        "Problem", "{host} did not answer within {seconds} seconds. Try again later."
    ),
    K.TRANSPORT_STALLED: QT_TRANSLATE_NOOP(
        "Problem", "{host} stopped sending its answer. Try again later."
    ),
    K.TRANSPORT_CERTIFICATE: QT_TRANSLATE_NOOP(
        "Problem",
        "The security certificate of {host} could not be verified, so the connection was refused.",
    ),
    K.TRANSPORT_TLS: QT_TRANSLATE_NOOP(
        "Problem", "A secure connection to {host} could not be established."
    ),
    K.TRANSPORT_DNS: QT_TRANSLATE_NOOP(
        "Problem", "The server {host} could not be found. Check the app domain of the account."
    ),
    K.TRANSPORT_REFUSED: QT_TRANSLATE_NOOP(
        "Problem", "Could not connect to {host}: the server refused or cannot be reached."
    ),
    K.TRANSPORT_DROPPED: QT_TRANSLATE_NOOP(
        "Problem", "{host} closed the connection without answering. Try again."
    ),
    K.TRANSPORT_FAILED: QT_TRANSLATE_NOOP("Problem", "The request to {host} failed. Try again."),
    K.PROTOCOL_REDIRECT: QT_TRANSLATE_NOOP(
        "Problem",
        "The server sent the request elsewhere (HTTP {http_status}); this app does not follow "
        "that. Check the address of the account.",
    ),
    K.PROTOCOL_EMPTY: QT_TRANSLATE_NOOP(
        "Problem", "The server sent an empty answer (HTTP {http_status}). Try again later."
    ),
    K.PROTOCOL_HTML: QT_TRANSLATE_NOOP(
        "Problem",
        "The server sent a web page instead of an answer of SendClean (HTTP {http_status}). "
        "Check the address of the account.",
    ),
    K.PROTOCOL_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem", "The server's answer is larger than {limit_mib} MiB, so it was not read."
    ),
    K.PROTOCOL_CUT_OFF: QT_TRANSLATE_NOOP(
        "Problem", "The server's answer was cut off (HTTP {http_status}). Try again."
    ),
    K.PROTOCOL_ENCODING: QT_TRANSLATE_NOOP(
        "Problem", "The server's answer could not be unpacked (HTTP {http_status})."
    ),
    K.PROTOCOL_UNEXPECTED: QT_TRANSLATE_NOOP(
        "Problem", "The server's answer is not in the form SendClean uses (HTTP {http_status})."
    ),
    K.KEYRING_NO_BACKEND: QT_TRANSLATE_NOOP(
        "Problem", "No system keyring is available. You can use the token for this session only."
    ),
    K.KEYRING_INSECURE: QT_TRANSLATE_NOOP(
        "Problem",
        "The only keyring available keeps secrets in a plain file, so it is not used. You can "
        "use the token for this session only.",
    ),
    K.KEYRING_LOCKED: QT_TRANSLATE_NOOP(
        "Problem",
        "The system keyring is locked. Unlock it and try again, or use the token for this "
        "session only.",
    ),
    K.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problem",
        "The system keyring could not be opened. You can use the token for this session only.",
    ),
    K.KEYRING_FAILED: QT_TRANSLATE_NOOP(
        "Problem",
        "The system keyring did not work. Try again, or use the token for this session only.",
    ),
    K.SMTP_SERVER_ANSWER: QT_TRANSLATE_NOOP("Problem", "The server answered: {answer}"),
    K.SMTP_NOT_SMTP: QT_TRANSLATE_NOOP(
        "Problem", "The server's answer is not SMTP. Check the host and the port."
    ),
    K.SMTP_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problem", "The server sent a reply of more than {lines} lines, so the check was stopped."
    ),
    K.SMTP_TIMEOUT: QT_TRANSLATE_NOOP(
        "Problem", "The server did not answer within {seconds} seconds."
    ),
    K.SMTP_CERTIFICATE: QT_TRANSLATE_NOOP(
        "Problem", "The security certificate of {host} could not be verified."
    ),
    K.SMTP_TLS: QT_TRANSLATE_NOOP("Problem", "The secure connection to {address} failed."),
    K.SMTP_NOT_TLS: QT_TRANSLATE_NOOP(
        "Problem",
        "{address} did not answer with encryption. Is this a STARTTLS port? Try port 587.",
    ),
    K.SMTP_REFUSED: QT_TRANSLATE_NOOP(
        "Problem", "{address} refused the connection. Check the host and the port."
    ),
    K.SMTP_BAD_HOST: QT_TRANSLATE_NOOP("Problem", "The host name {host} is not valid."),
    K.SMTP_DNS: QT_TRANSLATE_NOOP("Problem", "The host name {host} could not be found."),
    K.SMTP_DISCONNECTED: QT_TRANSLATE_NOOP(
        "Problem", "{address} closed the connection unexpectedly."
    ),
    K.SMTP_NO_AUTH: QT_TRANSLATE_NOOP("Problem", "{address} does not offer a login (SMTP AUTH)."),
    K.SMTP_NO_STARTTLS: QT_TRANSLATE_NOOP("Problem", "{address} does not offer STARTTLS."),
    K.SMTP_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Problem", "{address} does not offer a feature this app needs."
    ),
    K.SMTP_CONNECTION_LOST: QT_TRANSLATE_NOOP("Problem", "The connection to {address} was lost."),
    K.SMTP_IO: QT_TRANSLATE_NOOP("Problem", "Could not talk to {address}."),
    K.SMTP_FAILED: QT_TRANSLATE_NOOP("Problem", "The SMTP session with {address} failed."),
    K.SMTP_NO_MECHANISM: QT_TRANSLATE_NOOP(
        "Problem",
        "The server offers no login method this app supports (it offers {offered}; supported: "
        "{supported}). The password was not sent.",
    ),
    K.SMTP_NOT_ASCII: QT_TRANSLATE_NOOP(
        "Problem",
        "The user name or the password has characters this server's login cannot take (only "
        "ASCII works).",
    ),
    K.SMTP_NO_ENCRYPTION: QT_TRANSLATE_NOOP(
        "Problem",
        "{address} does not offer STARTTLS, so the connection cannot be encrypted. The "
        "password was not sent.",
    ),
    K.SMTP_CANCELLED: QT_TRANSLATE_NOOP("Problem", "Cancelled. The message was not sent."),
    K.SMTP_CANCELLED_AFTER_DATA: QT_TRANSLATE_NOOP(
        "Problem", "Cancelled after the message was sent: it may have been delivered."
    ),
    K.MESSAGE_BAD_SENDER: QT_TRANSLATE_NOOP(
        "Problem", "The sender “{sender}” is not a valid address."
    ),
    K.MESSAGE_NO_RECIPIENT: QT_TRANSLATE_NOOP("Problem", "Enter at least one recipient."),
    K.MESSAGE_TOO_MANY: QT_TRANSLATE_NOOP(
        "Problem", "A test message goes to at most {max} recipients."
    ),
    K.MESSAGE_BAD_RECIPIENT: QT_TRANSLATE_NOOP(
        "Problem", "The recipient “{recipient}” is not a valid address."
    ),
    K.MESSAGE_SUBJECT_LINES: QT_TRANSLATE_NOOP("Problem", "The subject must be a single line."),
    K.MESSAGE_SUBJECT_LONG: QT_TRANSLATE_NOOP(
        "Problem", "The subject is longer than {max} characters."
    ),
    K.MESSAGE_BODY_LONG: QT_TRANSLATE_NOOP("Problem", "The text is longer than {max} characters."),
    K.MESSAGE_BODY_NUL: QT_TRANSLATE_NOOP(
        "Problem", "The text contains a null character, which cannot be sent."
    ),
    K.FILE_WRITE: QT_TRANSLATE_NOOP("Problem", "Could not write {path}."),
    K.FILE_READ: QT_TRANSLATE_NOOP("Problem", "Could not read {path}."),
    K.FILE_DENIED: QT_TRANSLATE_NOOP(
        "Problem", "Could not use {path}: permission denied. Choose another folder or file."
    ),
    K.FILE_FULL: QT_TRANSLATE_NOOP("Problem", "Could not write {path}: the disk is full."),
    K.FILE_NO_FOLDER: QT_TRANSLATE_NOOP(
        "Problem", "Could not write {path}: its folder does not exist."
    ),
    K.FILE_MISSING: QT_TRANSLATE_NOOP("Problem", "Could not read {path}: the file does not exist."),
    K.LABELS_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem", "The file is larger than {max_mib} MiB, so it was not read."
    ),
    K.LABELS_NOT_JSON: QT_TRANSLATE_NOOP("Problem", "The file is not a labels file."),
    K.LABELS_NOT_LABELS: QT_TRANSLATE_NOOP(
        "Problem", "The file is not a labels file of SendClean SMTP Manager."
    ),
    K.LABELS_NEWER: QT_TRANSLATE_NOOP(
        "Problem", "The labels file was made by a newer version of the app. Update the app."
    ),
    K.LABELS_TOO_MANY: QT_TRANSLATE_NOOP("Problem", "The labels file has more than {max} users."),
    K.STORE_NEWER: QT_TRANSLATE_NOOP(
        "Problem", "The local database {path} was made by a newer version of the app."
    ),
    K.STORE_DAMAGED: QT_TRANSLATE_NOOP(
        "Problem", "The local database {path} is damaged. Move it away to start a new one."
    ),
    K.STORE_LOCKED: QT_TRANSLATE_NOOP(
        "Problem",
        "The local database {path} is locked by another program. Is the app running twice?",
    ),
    K.STORE_FULL: QT_TRANSLATE_NOOP(
        "Problem", "The local database {path} cannot be written: the disk is full."
    ),
    K.STORE_READ_ONLY: QT_TRANSLATE_NOOP("Problem", "The local database {path} cannot be written."),
    K.STORE_FAILED: QT_TRANSLATE_NOOP("Problem", "The local database {path} cannot be used."),
}

_SERVER_SAID = QT_TRANSLATE_NOOP("Problem", "SendClean said: {server_message}")
_TOKEN_NOT: dict[str, object] = {
    "get": QT_TRANSLATE_NOOP("Problem", "The token of the account {account} could not be read."),
    "set": QT_TRANSLATE_NOOP("Problem", "The token of the account {account} could not be saved."),
    "delete": QT_TRANSLATE_NOOP(
        "Problem", "The token of the account {account} could not be removed."
    ),
}
_STORE_KINDS = frozenset(kind for kind in ProblemKind if kind.value.startswith("store."))


def translate(source: object, params: Mapping[str, ParamValue] | None = None) -> str:
    """``source`` in the user's language with ``{name}`` filled in from ``params``.

    A translation that names an unknown parameter falls back to the English sentence,
    so a faulty catalog never hides what happened.
    """
    source = str(source)
    values = {key: _shown(value) for key, value in (params or {}).items()}
    text = QCoreApplication.translate(CONTEXT, source)
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError):
        return source.format_map(_Missing(values))


def sentence(problem: Problem) -> str:
    """What happened, for people: the kind's sentence and, where useful, a second one."""
    params = problem.params
    parts: list[str] = []
    operation = params.get("operation")
    if problem.kind.value.startswith("keyring.") and operation in _TOKEN_NOT:
        parts.append(translate(_TOKEN_NOT[str(operation)], params))
    parts.append(translate(SENTENCES[problem.kind], params))
    if problem.kind.value.startswith("api.") and params.get("server_message"):
        parts.append(translate(_SERVER_SAID, params))
    if problem.kind in _STORE_KINDS:
        parts.append(translate(_STORE_OFF))
    return " ".join(parts)


def outcome(problem: Problem | None, fallback: str) -> str:
    """The sentence of ``problem``, or ``fallback`` (a result that carries none)."""
    return fallback if problem is None else sentence(problem)


def _shown(value: ParamValue) -> str:
    if isinstance(value, float):
        return format(value, "g")
    return str(value)


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
