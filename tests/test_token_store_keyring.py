"""app.core.token_store against a real gnome-keyring on a private D-Bus session bus.

Each keyring test gets its own dbus-daemon + gnome-keyring-daemon (see
tests/keyring_session.py) with HOME/XDG dirs in a temp dir and no DISPLAY. They are
skipped when the tools are missing, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.token_store import (
    SERVICE_NAME,
    KeyringTokenStore,
    MemoryTokenStore,
    TokenStoreError,
)

try:  # tests/ is on sys.path under pytest's default (rootdir-less) import mode
    import keyring_session as ks
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests import keyring_session as ks

IN_CI = os.environ.get("CI") == "true"
ACCOUNT = "acct-42"


def _require_keyring_tools() -> None:
    problems = [f"{tool} not found on PATH" for tool in ks.missing_tools()]
    if not sys.platform.startswith("linux"):
        problems.append("the Secret Service tests need Linux")
    if not problems:
        return
    reason = (
        "real-keyring tests need dbus-daemon and gnome-keyring-daemon "
        f"(apt-get install dbus-daemon gnome-keyring): {'; '.join(problems)}"
    )
    if IN_CI:
        pytest.fail(f"CI=true: {reason}")
    pytest.skip(reason)


def _new_token() -> str:
    return f"sc-test-token-{secrets.token_hex(12)}"


def _files_containing(root: Path, needle: str) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and needle.encode() in path.read_bytes():
            found.append(path)
    return found


def _secret_service_backend() -> Any:
    import keyring.backends.SecretService

    return keyring.backends.SecretService.Keyring()


def _run_json(env: dict[str, str], code: str, timeout: float = 60.0) -> Any:
    """Run ``code`` in a fresh interpreter; it must print one JSON line last."""
    result = ks.run_python(code, env, timeout=timeout)
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return json.loads(result.stdout.strip().splitlines()[-1])


# Fresh-process probe: default backend resolution (backend=None), no cached backend.
_PROBE = """
import json, sys
from app.core.token_store import KeyringTokenStore, TokenStoreError
args = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {ARGS}
store = KeyringTokenStore()
out = {"describe_before": store.describe()}
for op in args["ops"]:
    try:
        if op == "get":
            out["get"] = store.get(args["account"])
        elif op == "set":
            store.set(args["account"], args["token"])
            out["set"] = "ok"
        elif op == "delete":
            store.delete(args["account"])
            out["delete"] = "ok"
    except TokenStoreError as err:
        out[op] = {"kind": err.kind, "message": str(err), "repr": repr(err)}
out["describe"] = store.describe()
out["repr"] = repr(store)
print(json.dumps(out))
"""


def _probe(env: dict[str, str], *ops: str, token: str = "", account: str = ACCOUNT) -> Any:
    args = {"ops": list(ops), "token": token, "account": account}
    return _run_json(env, _PROBE.replace("{ARGS}", repr(args)))


@pytest.fixture
def keyring_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ks.KeyringSession]:
    """A running, unlocked gnome-keyring on a private bus; this process points at it."""
    _require_keyring_tools()
    session = ks.start_keyring_session(tmp_path)
    try:
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND"):
            monkeypatch.delenv(name, raising=False)
        for name in (
            "DBUS_SESSION_BUS_ADDRESS",
            "HOME",
            "XDG_RUNTIME_DIR",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
        ):
            monkeypatch.setenv(name, session.env[name])
        yield session
    finally:
        session.close()


# -- real gnome-keyring -------------------------------------------------------------


def test_token_round_trip_through_gnome_keyring(keyring_session: ks.KeyringSession) -> None:
    token = _new_token()
    KeyringTokenStore(backend=_secret_service_backend()).set(ACCOUNT, token)

    # A fresh store object in this process...
    fresh = KeyringTokenStore(backend=_secret_service_backend())
    assert fresh.get(ACCOUNT) == token
    assert fresh.get("some-other-account") is None
    # ...and a fresh process that resolves the backend by itself.
    out = _probe(keyring_session.env, "get")
    assert out["get"] == token
    assert out["describe"] == "the system keyring (SecretService Keyring)"

    # gnome-keyring encrypts its files: the token is in no file under HOME.
    assert _files_containing(keyring_session.root, token) == []
    assert token not in repr(fresh)

    fresh.delete(ACCOUNT)
    assert fresh.get(ACCOUNT) is None
    fresh.delete(ACCOUNT)  # a missing entry is not an error
    assert _probe(keyring_session.env, "get")["get"] is None


def test_default_backend_resolution_finds_secret_service(
    keyring_session: ks.KeyringSession,
) -> None:
    token = _new_token()
    out = _probe(keyring_session.env, "set", "get", token=token)
    assert out["set"] == "ok"
    assert out["get"] == token
    # Before first use describe() is cheap and generic; afterwards it names the backend.
    assert "Secret Service" in out["describe_before"]
    assert out["describe"] == "the system keyring (SecretService Keyring)"
    assert token not in out["repr"]
    # The entry is the documented one: service name + account id as username.
    assert _secret_service_backend().get_password(SERVICE_NAME, ACCOUNT) == token

    out = _probe(keyring_session.env, "delete", "delete", "get")
    assert out["delete"] == "ok"
    assert out["get"] is None


@pytest.mark.timeout(60)
def test_locked_collection_raises_locked(keyring_session: ks.KeyringSession) -> None:
    import secretstorage

    token = _new_token()
    store = KeyringTokenStore(backend=_secret_service_backend())
    store.set(ACCOUNT, token)

    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        collection.lock()
        assert collection.is_locked()
    finally:
        conn.close()

    # gnome-keyring answers an Unlock request with a prompt; with no prompter/display
    # the prompt is dismissed at once, and keyring raises KeyringLocked.
    new_token = _new_token()
    for op, call in (
        ("get", lambda: store.get(ACCOUNT)),
        ("set", lambda: store.set(ACCOUNT, new_token)),
        ("delete", lambda: store.delete(ACCOUNT)),
    ):
        started = time.monotonic()
        with pytest.raises(TokenStoreError) as caught:
            call()
        assert time.monotonic() - started < 20, f"{op} took too long"
        err = caught.value
        assert err.kind == "locked", (op, repr(err))
        text = str(err)
        assert "locked" in text
        assert text.startswith("The system keyring (SecretService Keyring) is locked")
        assert token not in text and new_token not in text
        assert new_token not in repr(err)

    # The same through default resolution in a fresh process.
    out = _probe(keyring_session.env, "get", "set", token=new_token)
    assert out["get"]["kind"] == "locked"
    assert out["set"]["kind"] == "locked"
    assert new_token not in json.dumps(out)


# -- no keyring at all ---------------------------------------------------------------


@pytest.mark.parametrize("bus", ["missing-socket", "unset"])
def test_no_session_bus_is_no_backend_and_never_plaintext(tmp_path: Path, bus: str) -> None:
    runtime_dir = ks.short_runtime_dir()
    try:
        env = ks.isolated_env(tmp_path, runtime_dir)
        if bus == "missing-socket":
            env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-such-bus'}"
        token = _new_token()
        out = _probe(env, "set", "get", "delete", token=token)
        for op in ("set", "get", "delete"):
            assert out[op]["kind"] == "no_backend", out
        message = out["set"]["message"]
        assert message.startswith("No system keyring is available (")
        assert "Secret Service" in message
        assert "this session only" in message
        assert token not in json.dumps(out)
        assert _files_containing(tmp_path, token) == []
        assert _files_containing(runtime_dir, token) == []
    finally:
        shutil.rmtree(runtime_dir, ignore_errors=True)


def test_explicit_secret_service_without_bus(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("secretstorage")
    token = _new_token()
    store = KeyringTokenStore(backend=_secret_service_backend())

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(TokenStoreError) as caught:
        store.set(ACCOUNT, token)
    assert caught.value.kind == "no_backend"
    assert "DBUS_SESSION_BUS_ADDRESS" in str(caught.value)

    # A bus address whose socket is gone: the OSError leaking out of the backend.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'gone'}")
    with pytest.raises(TokenStoreError) as caught:
        store.get(ACCOUNT)
    assert caught.value.kind == "failed"
    assert "FileNotFoundError" in str(caught.value)


def test_env_selected_null_backend_is_refused(tmp_path: Path) -> None:
    runtime_dir = ks.short_runtime_dir()
    try:
        env = ks.isolated_env(tmp_path, runtime_dir)
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        out = _probe(env, "set", "get", token=_new_token())
        assert out["set"]["kind"] == "no_backend"
        assert "plain file or not at all" in out["set"]["message"]
        assert out["get"]["kind"] == "no_backend"
    finally:
        shutil.rmtree(runtime_dir, ignore_errors=True)


def test_importing_the_module_is_cheap_and_qt_free(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from app.core.token_store import KeyringTokenStore\n"
        "s = KeyringTokenStore(); s.describe(); repr(s)\n"
        "print(json.dumps({'keyring': 'keyring' in sys.modules,"
        " 'qt': any(m.startswith('PySide6') for m in sys.modules)}))\n"
    )
    assert _run_json(dict(os.environ), code) == {"keyring": False, "qt": False}


# -- backends that must be refused or whose errors must be mapped ---------------------


class FakeBackend:
    """Duck-typed keyring backend (not a KeyringBackend subclass: those self-register)."""

    name = "fake Keyring"

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if self.error:
            raise self.error
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.error:
            raise self.error
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.error:
            raise self.error
        if self.data.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


class PlaintextKeyring(FakeBackend):
    name = "file PlaintextKeyring"


def test_plaintext_backend_is_refused() -> None:
    backend = PlaintextKeyring()
    store = KeyringTokenStore(backend=backend)  # type: ignore[arg-type]
    with pytest.raises(TokenStoreError) as caught:
        store.set(ACCOUNT, "tok-plain")
    assert caught.value.kind == "no_backend"
    assert "plain file" in str(caught.value)
    assert backend.data == {}


def _errors() -> list[tuple[BaseException, str]]:
    from keyring import errors

    return [
        (errors.NoKeyringError("nothing"), "no_backend"),
        (errors.KeyringLocked("Failed to unlock the collection!"), "locked"),
        (errors.InitError("Failed to create the collection: dismissed."), "unavailable"),
        (errors.PasswordSetError("could not set"), "failed"),
        (errors.KeyringError("boom"), "failed"),
        (ConnectionRefusedError(111, "Connection refused"), "failed"),
        (TimeoutError("D-Bus call timed out"), "failed"),
    ]


@pytest.mark.parametrize("case", range(7))
def test_backend_errors_are_mapped(case: int) -> None:
    error, kind = _errors()[case]
    store = KeyringTokenStore(backend=FakeBackend(error))  # type: ignore[arg-type]
    for call in (lambda: store.get(ACCOUNT), lambda: store.set(ACCOUNT, "tok-x")):
        with pytest.raises(TokenStoreError) as caught:
            call()
        assert caught.value.kind == kind
        where = "system keyring" if kind == "no_backend" else "system keyring (fake Keyring)"
        assert where in str(caught.value)


def test_backend_message_containing_the_token_is_scrubbed() -> None:
    from keyring.errors import PasswordSetError

    token = _new_token()
    store = KeyringTokenStore(backend=FakeBackend(PasswordSetError(f"bad value {token!r}")))  # type: ignore[arg-type]
    with pytest.raises(TokenStoreError) as caught:
        store.set(ACCOUNT, token)
    err = caught.value
    assert err.kind == "failed"
    assert token not in str(err) and token not in repr(err)
    assert err.__cause__ is None and err.__suppress_context__


@pytest.mark.parametrize(
    "raised", [ZeroDivisionError(), RuntimeError("backend bug"), KeyError("x")]
)
def test_a_backend_that_raises_anything_is_an_unusable_keyring(raised: Exception) -> None:
    # A third-party backend with a bug must not be a dead end: the app treats it like an
    # unusable keyring and offers to use the token for this session only.
    store = KeyringTokenStore(backend=FakeBackend(raised))  # type: ignore[arg-type]
    for call in (lambda: store.get(ACCOUNT), lambda: store.set(ACCOUNT, "tok-9")):
        with pytest.raises(TokenStoreError) as caught:
            call()
        assert "session only" in str(caught.value)
        assert "tok-9" not in str(caught.value)


def test_delete_of_missing_entry_is_fine_but_real_failure_is_not() -> None:
    from keyring.errors import PasswordDeleteError

    backend = FakeBackend()
    store = KeyringTokenStore(backend=backend)  # type: ignore[arg-type]
    store.delete(ACCOUNT)
    store.set(ACCOUNT, "tok-1")
    store.delete(ACCOUNT)
    assert store.get(ACCOUNT) is None

    class Stuck(FakeBackend):
        def delete_password(self, service: str, username: str) -> None:
            raise PasswordDeleteError("permission denied")

    stuck = Stuck()
    stuck.data[(SERVICE_NAME, ACCOUNT)] = "tok-2"
    with pytest.raises(TokenStoreError) as caught:
        KeyringTokenStore(backend=stuck).delete(ACCOUNT)  # type: ignore[arg-type]
    assert caught.value.kind == "failed"


# -- memory store --------------------------------------------------------------------


def test_memory_store() -> None:
    store = MemoryTokenStore()
    assert store.describe() == "memory, for this session only"
    assert store.get(ACCOUNT) is None
    store.delete(ACCOUNT)
    token = _new_token()
    store.set(ACCOUNT, token)
    store.set("other", "tok-other")
    assert store.get(ACCOUNT) == token
    assert token not in repr(store) and token not in str(store)
    store.delete(ACCOUNT)
    assert store.get(ACCOUNT) is None
    assert store.get("other") == "tok-other"
    assert MemoryTokenStore().get("other") is None  # nothing shared or persisted
    with pytest.raises(ValueError):
        store.set("", token)
    with pytest.raises(ValueError):
        store.set(ACCOUNT, "")


def test_keyring_store_repr_and_describe_without_use() -> None:
    store = KeyringTokenStore()
    assert "default" in repr(store)
    assert store.describe().startswith("the system keyring (")
    assert "fake Keyring" in repr(KeyringTokenStore(backend=FakeBackend()))  # type: ignore[arg-type]
