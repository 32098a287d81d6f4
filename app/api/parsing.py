"""Turn raw answers into values or typed errors. Pure functions, no I/O.

Accepts every contradiction of the reference (see the project's README):
password under ``password`` or ``smtp_password``; status as "Enable"/"Disable" in
any case, 1/0 or "1"/"0"; limits as integers or digit strings, missing as ``None``;
errors named by ``name`` or ``type``, on HTTP 200 or on 4xx/5xx.

A ``listSmtp`` answer can hold 100 000 users (about 11 MB). :func:`fast_user_list`
decodes a large answer with msgspec, three times faster, in slices so that the thread
decoding it never holds the GIL (and so never freezes the UI thread) for long; it takes
only well-formed success answers and hands everything else back (``None``) to the
general path, :func:`decode_answer` then :func:`parse_user_list`, which alone decides
what is an error and how it is worded.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from types import GenericAlias
from typing import Annotated, Any, Final, Literal, TypeVar, cast

from .errors import ProtocolError, api_error_for
from .gc_pause import gc_paused
from .models import SmtpCredentials, SmtpUser, UserList
from .problem import ProblemKind
from .text import MAX_KIND_TEXT, MAX_SERVER_TEXT, cap_text

_V = TypeVar("_V")

Redactor = Callable[[str, int], str]
"""Turns server text into text fit for a message: secrets masked, at most N characters."""

_ENABLED = {
    "enable": True,
    "enabled": True,
    "1": True,
    "disable": False,
    "disabled": False,
    "0": False,
}
_MAX_LIMIT_DIGITS = 18
_MAX_LIMIT: Final = 10**_MAX_LIMIT_DIGITS


def _no_redaction(text: str, limit: int) -> str:
    return cap_text(text, limit)


def _looks_like_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:256].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<"))


def decode_answer(
    call: str,
    http_status: int,
    content_type: str,
    body: bytes,
    redact: Redactor = _no_redaction,
) -> dict[str, Any]:
    """Return the JSON object of a success answer, or raise a typed error.

    A body that parses as JSON is read as JSON whatever its ``Content-Type`` says (PHP
    servers label everything text/html); only one that does not parse is reported as
    an HTML page. A redirect (3xx) is never a success, whatever its body. Every text
    field of an error passes through ``redact`` (secrets masked, length capped).
    """
    where = f"the server answered HTTP {http_status}"
    if 300 <= http_status <= 399:
        raise ProtocolError(
            f"{where}, a redirect, which is not followed",
            http_status=http_status,
            kind=ProblemKind.PROTOCOL_REDIRECT,
        )
    if not body.strip():
        raise ProtocolError(
            f"{where} with an empty body", http_status=http_status, kind=ProblemKind.PROTOCOL_EMPTY
        )
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        if _looks_like_html(content_type, body):
            raise ProtocolError(
                f"{where} with an HTML page instead of JSON",
                http_status=http_status,
                kind=ProblemKind.PROTOCOL_HTML,
            ) from None
        raise ProtocolError(
            f"{where} with a body that is not JSON", http_status=http_status
        ) from None
    if not isinstance(payload, dict):
        raise ProtocolError(f"{where} with JSON that is not an object", http_status=http_status)
    status = payload.get("status")
    status_text = status.lower() if isinstance(status, str) else None
    kind = payload.get("name")
    if not isinstance(kind, str) or not kind:
        kind = payload.get("type")
    if status_text == "error" or (http_status >= 400 and isinstance(kind, str) and kind):
        message = payload.get("message")
        code = payload.get("code")
        raise api_error_for(
            redact(kind, MAX_KIND_TEXT) if isinstance(kind, str) and kind else "UnknownError",
            redact(message, MAX_SERVER_TEXT) if isinstance(message, str) else "",
            code if isinstance(code, int) and not isinstance(code, bool) else None,
            http_status=http_status,
            call=call,
        )
    if http_status >= 400:
        raise ProtocolError(
            f"{where} with JSON that is not a SendClean error", http_status=http_status
        )
    if status_text != "success":
        raise ProtocolError(f'{where} without the status "success"', http_status=http_status)
    return payload


def parse_limit(value: object, field_name: str) -> int | None:
    """A limit as sent: a whole number, as int, float (``100.0``) or text (``"100"``,
    ``"100.0"``, ``"1e3"``); missing is ``None``. Raises :class:`ProtocolError` for
    anything else (negative, fractional, boolean, not a number)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ProtocolError(f"{field_name} is a boolean, not a number")
    if isinstance(value, int):
        if value < 0:
            raise ProtocolError(f"{field_name} is negative")
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= _MAX_LIMIT_DIGITS:
            return int(text)
        value = _float_text(text)
    if isinstance(value, float) and value.is_integer() and 0 <= value <= _MAX_LIMIT:
        return int(value)
    raise ProtocolError(f"{field_name} is not a whole number")


def _float_text(text: str) -> float | None:
    """The number a short ASCII text such as ``"100.0"`` or ``"1e3"`` spells, if any."""
    if not text.isascii() or len(text) > 32 or "_" in text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def parse_enabled(value: object) -> bool:
    """A status as sent: "Enable"/"Disable" in any case, 1/0, "1"/"0" (or a boolean)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        found = _ENABLED.get(value.strip().lower())
        if found is not None:
            return found
    raise ProtocolError("status is neither Enable nor Disable")


def _password_of(item: dict[str, Any]) -> str | None:
    for key in ("password", "smtp_password"):
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
        if value is not None and not isinstance(value, str):
            raise ProtocolError(f"{key} is not text")
    return None


def parse_user(item: object) -> SmtpUser:
    """One entry of ``smtp_list``, strictly: :class:`ProtocolError` if any value is odd."""
    user, odd = read_user(item)
    if user is None:
        raise ProtocolError(f"an entry of smtp_list {odd}")
    if odd:
        raise ProtocolError(odd)
    return user


def read_user(item: object) -> tuple[SmtpUser | None, str]:
    """One entry of ``smtp_list``, leniently: (the user, "") when every value was read;
    (the user, why) when a value could not be read and became unknown (a limit
    ``None``, the status unknown, no password); (None, why) without a usable name."""
    if not isinstance(item, dict):
        return None, "is not an object"
    name = item.get("smtp_user_name")
    if not isinstance(name, str) or not name:
        return None, "has no smtp_user_name"
    odd: list[str] = []
    # The usual values are taken at once; the others go through the parsers.
    password = item.get("password")
    if type(password) is not str or not password:
        password = _lenient(_password_of, item, None, odd)
    status = item.get("status")
    enabled = _FAST_ENABLED.get(status) if type(status) in (str, int) else None
    if enabled is None:
        enabled = _lenient(parse_enabled, status, None, odd)
    total = item.get("total_limit")
    if type(total) is not int or total < 0:
        total = _lenient(parse_limit, total, None, odd, "total_limit")
    hourly = item.get("hourly_limit")
    if type(hourly) is not int or hourly < 0:
        hourly = _lenient(parse_limit, hourly, None, odd, "hourly_limit")
    user = SmtpUser(name, password, bool(enabled), total, hourly, enabled is not None)
    return user, "; ".join(odd) if odd else ""


def _lenient(
    parse: Callable[..., _V], value: object, default: _V, odd: list[str], *extra: str
) -> _V:
    try:
        return parse(value, *extra)
    except ProtocolError as exc:
        odd.append(exc.message)
        return default


def parse_user_list(payload: dict[str, Any]) -> UserList:
    """The users of a ``listSmtp`` success answer.

    Every entry with a user name is kept, in order (duplicates too); a value that cannot
    be read becomes unknown. :attr:`UserList.odd_entries` counts the entries not read
    fully, :attr:`UserList.hidden_entries` those left out for want of a usable name.
    Raises :class:`ProtocolError` only when ``smtp_list`` is not a list.
    """
    items = payload.get("smtp_list")
    if items is None:
        return UserList()
    if not isinstance(items, list):
        raise ProtocolError("smtp_list is not a list")
    users = UserList()
    append = users.append
    odd_entries = hidden_entries = 0
    with gc_paused():
        for item in items:
            user, odd = read_user(item)
            if odd:
                odd_entries += 1
            if user is None:
                hidden_entries += 1
            else:
                append(user)
    users.odd_entries, users.hidden_entries = odd_entries, hidden_entries
    return users


def parse_credentials(payload: dict[str, Any], expected_user: str | None = None) -> SmtpCredentials:
    """The user name and password of an ``addSmtp`` or ``resetSmtpPassword`` answer.

    With ``expected_user`` (a reset), an answer naming another user is refused.
    """
    name = payload.get("smtp_user_name", expected_user)
    if not isinstance(name, str) or not name:
        raise ProtocolError("the answer has no smtp_user_name")
    if expected_user is not None and name != expected_user:
        raise ProtocolError(
            f"the answer names the user {cap_text(name, MAX_KIND_TEXT)!r}, "
            f"not {expected_user!r}; its password was not shown"
        )
    password = payload.get("smtp_password", payload.get("password"))
    if not isinstance(password, str) or not password:
        raise ProtocolError("the answer has no smtp_password")
    return SmtpCredentials(user_name=name, password=password)


# -- the fast path for user lists ----------------------------------------------------------
#
# msgspec decodes the entries into compact structs (not tracked by the garbage collector),
# then ``msgspec.convert(..., from_attributes=True)`` builds the SmtpUser values in C from
# their attributes. Two struct shapes: "plain" takes entries shaped like the reference's
# example (the usual answer) and needs one Python call per user; "wire" takes every
# spelling the general path accepts, at four Python calls per user. A value that neither
# takes, or that a property refuses, sends the whole answer to the general path.

#: Smaller answers take the general path: as quick for a few hundred users, and msgspec
#: is then not even imported (7 ms less before the first window of a small account).
FAST_MIN_BYTES: Final = 64 * 1024
#: Answers up to this size are decoded in one msgspec call (about 18 000 users, 4 ms);
#: larger ones FAST_SLICE entries per call, so that the GIL is never held for long.
FAST_WHOLE_BYTES: Final = 2 * 1024 * 1024
FAST_SLICE: Final = 4096
#: json.loads runs three Python frames below decode_answer; msgspec runs in none.
_SPARE_FRAMES: Final = 8
#: Status spellings taken as they are (the others go through :func:`parse_enabled`).
_FAST_ENABLED: Final[dict[object, bool]] = {
    "Enable": True,
    "Disable": False,
    "enable": True,
    "disable": False,
    "1": True,
    "0": False,
    1: True,  # also True: True == 1 and hash(True) == hash(1)
    0: False,  # also False
}


def _enabled(value: object) -> bool:
    found = _FAST_ENABLED.get(value)
    return parse_enabled(value) if found is None else found


def _fast_limit(value: object, field_name: str) -> int | None:
    """:func:`parse_limit`, quicker for the usual values (a whole number or its digits)."""
    if type(value) is int:
        if value >= 0:
            return value
    elif type(value) is str and value.isdigit() and value.isascii():
        if len(value) <= _MAX_LIMIT_DIGITS:
            return int(value)
    return parse_limit(value, field_name)


_user_name = attrgetter("user_name")
_password = attrgetter("password")
_sent_status = attrgetter("sent_status")
_total_limit = attrgetter("total_limit")
_hourly_limit = attrgetter("hourly_limit")


class _FastDecoding:
    """msgspec, the structs and the decoders of the fast path; made on first use."""

    def __init__(self) -> None:
        import msgspec

        name = Annotated[str, msgspec.Meta(min_length=1)]
        limit = Annotated[int, msgspec.Meta(ge=0)]
        sent = msgspec.field
        status = ("sent_status", str | int | bool | None, sent(name="status", default=None))
        # The usual spellings decode to the literal strings themselves: no string is made
        # per user (100 000 short-lived strings between the names would fragment the heap).
        usual_status = Literal["Enable", "Disable", "enable", "disable", "1", "0"]
        plain_status = ("sent_status", usual_status | int | None, sent(name="status", default=None))
        plain = msgspec.defstruct(
            "PlainUser",
            [
                ("user_name", name, sent(name="smtp_user_name")),
                ("password", name | None, None),
                ("smtp_password", None, None),
                plain_status,
                ("total_limit", limit | None, None),
                ("hourly_limit", limit | None, None),
            ],
            namespace={
                "enabled": property(lambda entry: _enabled(entry.sent_status)),
                # A status this path takes is always known (the others send the answer
                # to the general path); a class attribute, so that convert() finds it
                # without a failed lookup per user.
                "status_known": True,
            },
            module=__name__,
            gc=False,
        )
        wire = msgspec.defstruct(
            "WireUser",
            [
                ("user_name", name, sent(name="smtp_user_name")),
                ("sent_password", str | None, sent(name="password", default=None)),
                ("sent_smtp_password", str | None, sent(name="smtp_password", default=None)),
                status,
                ("sent_total_limit", int | str | None, sent(name="total_limit", default=None)),
                ("sent_hourly_limit", int | str | None, sent(name="hourly_limit", default=None)),
            ],
            namespace={
                "password": property(
                    lambda entry: entry.sent_password or entry.sent_smtp_password or None
                ),
                "enabled": property(lambda entry: _enabled(entry.sent_status)),
                "status_known": True,
                "total_limit": property(
                    lambda entry: _fast_limit(entry.sent_total_limit, "total_limit")
                ),
                "hourly_limit": property(
                    lambda entry: _fast_limit(entry.sent_hourly_limit, "hourly_limit")
                ),
            },
            module=__name__,
            gc=False,
        )

        def envelope(entries: Any) -> Any:
            fields = [("status", str | None, None), ("smtp_list", entries | None, None)]
            return msgspec.json.Decoder(
                msgspec.defstruct("Envelope", fields, module=__name__, gc=False)
            )

        plain_list, wire_list = GenericAlias(list, (plain,)), GenericAlias(list, (wire,))
        self.plain_envelope = envelope(plain_list)
        self.wire_envelope = envelope(wire_list)
        self.raw_envelope = envelope(list[msgspec.Raw])
        self.plain_entries = msgspec.json.Decoder(plain_list)
        self.wire_entries = msgspec.json.Decoder(wire_list)
        self.convert = msgspec.convert
        self.plain = plain
        self.validation_error = msgspec.ValidationError
        #: What msgspec raises for bodies it cannot take (invalid UTF-8 is a
        #: UnicodeDecodeError), and for a conversion where a property refused a value.
        self.failures = (msgspec.MsgspecError, ValueError, RecursionError, ProtocolError)

    def users(self, entries: list[Any]) -> list[SmtpUser]:
        """The users of decoded entries, built in C.

        Entries of the usual spelling are taken apart column by column and the users made
        from the columns: no Python code runs per user. Other spellings, or a status
        this path does not know at once, go through ``convert`` and its properties.
        """
        if entries and type(entries[0]) is self.plain:
            statuses = list(map(_FAST_ENABLED.get, map(_sent_status, entries)))
            if None not in statuses:
                # One int object per distinct limit (limits repeat), not two per user.
                limits: dict[int | None, int | None] = {}
                shared = limits.setdefault
                totals = list(map(_total_limit, entries))
                hourlies = list(map(_hourly_limit, entries))
                return list(
                    map(
                        SmtpUser,
                        map(_user_name, entries),
                        map(_password, entries),
                        cast("list[bool]", statuses),
                        map(shared, totals, totals),
                        map(shared, hourlies, hourlies),
                    )
                )
        converted: list[SmtpUser] = self.convert(entries, list[SmtpUser], from_attributes=True)
        return converted

    def entries(self, body: bytes) -> tuple[str | None, Iterable[list[Any]]]:
        """The answer's status and its entries, decoded in slices."""
        if len(body) > FAST_WHOLE_BYTES:
            raw = _decode_in_frames(self.raw_envelope, body, _SPARE_FRAMES)
            return raw.status, self._slices(raw.smtp_list or [])
        try:
            whole = _decode_in_frames(self.plain_envelope, body, _SPARE_FRAMES)
        except self.validation_error:
            whole = _decode_in_frames(self.wire_envelope, body, _SPARE_FRAMES)
        return whole.status, [whole.smtp_list or []]

    def _slices(self, items: list[Any]) -> Iterator[list[Any]]:
        plain = True
        for start in range(0, len(items), FAST_SLICE):
            chunk = b"[" + b",".join(items[start : start + FAST_SLICE]) + b"]"
            if plain:
                try:
                    yield self.plain_entries.decode(chunk)
                    continue
                except self.validation_error:
                    plain = False  # other spellings in this answer: decode the rest as such
            yield self.wire_entries.decode(chunk)


@functools.cache
def _fast_decoding() -> _FastDecoding:
    return _FastDecoding()


def _decode_in_frames(decoder: Any, body: bytes, frames: int) -> Any:
    """Decode ``body`` from ``frames`` calls deeper, so that msgspec has less recursion
    headroom than :func:`json.loads` would: a body nested too deeply for ``json.loads``
    (a ProtocolError on the general path) is then too deep for msgspec too."""
    if frames > 0:
        return _decode_in_frames(decoder, body, frames - 1)
    return decoder.decode(body)


def fast_user_list(
    http_status: int, content_type: str, body: bytes, previous: Sequence[SmtpUser] = ()
) -> UserList | None:
    """The users of a large, well-formed ``listSmtp`` success answer, or ``None``.

    A user equal to the one at the same place of ``previous`` (the last list) is that
    user, not a new copy: see :func:`_keep_unchanged`.

    ``None`` means "use the general path": the body is small, is not a success answer,
    or holds something this path does not take (an odd type, an empty name, a negative
    limit, JSON that msgspec reads differently from :mod:`json`...). When it returns a
    list, it is equal to ``parse_user_list(decode_answer(...))`` of the same answer.
    """
    if len(body) < FAST_MIN_BYTES or not 200 <= http_status <= 299:
        return None
    if not body.strip():
        return None
    if not body.isascii():
        try:  # json.loads refuses invalid UTF-8 anywhere; msgspec only where it decodes
            body.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return None
    fast = _fast_decoding()
    users = UserList()
    try:
        status, slices = fast.entries(body)
        if status is None or status.lower() != "success":
            return None
        with gc_paused():
            for entries in slices:
                users += _keep_unchanged(previous, len(users), fast.users(entries))
    except fast.failures:
        return None
    return users


def _keep_unchanged(
    previous: Sequence[SmtpUser], offset: int, fresh: list[SmtpUser]
) -> list[SmtpUser]:
    """``fresh`` (the users from ``offset`` on), each user equal to the one at its place in
    ``previous`` replaced by that one.

    Services list their users in the same order from one answer to the next, and most
    users do not change. Keeping the last list's objects frees the new copies slice by
    slice, while the decoder still runs; otherwise the whole last list is freed only
    once the new one is complete, and leaves ~10 MiB of holes in the heap (100 000
    users) that stay resident.
    """
    kept = previous[offset : offset + len(fresh)]
    if not kept:
        return fresh
    same = [old if old == new else new for old, new in zip(kept, fresh, strict=False)]
    return same if len(same) == len(fresh) else same + fresh[len(same) :]
