"""Configuration snippets: content per kind, and string escaping checked by real parsers."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.api import SmtpCredentials
from app.core.smtp_settings import settings_block
from app.core.snippets import SNIPPET_KINDS, render_snippet
from tests.test_smtp_login import accept_only, make_certs, smtp_servers

HOST = "smtp.sendclean.net"
USER = "relay-user@example.test"
NASTY = "a'b\"c\\d$e"  # quotes, a backslash and a dollar sign

TRICKY_PASSWORDS = [
    NASTY,
    "ends-with-backslash\\",
    "'''\"\"\"${x}`$(id)`",
    "new\nline\ttab\r",
    "ünïcödé-€-😀-\u2028-\x00",
    "\\'",
    "plain-Password-123",
]


def creds(password: str = NASTY, user: str = USER) -> SmtpCredentials:
    return SmtpCredentials(user, password)


def test_kinds_are_ordered_with_titles() -> None:
    assert list(SNIPPET_KINDS) == ["plain", "postfix", "python", "nodemailer", "phpmailer"]
    assert all(title.strip() for title in SNIPPET_KINDS.values())
    assert "Postfix" in SNIPPET_KINDS["postfix"]
    assert "Nodemailer" in SNIPPET_KINDS["nodemailer"]
    assert "PHPMailer" in SNIPPET_KINDS["phpmailer"]
    with pytest.raises(TypeError):
        SNIPPET_KINDS["x"] = "y"  # type: ignore[index]


@pytest.mark.parametrize("kind", list(SNIPPET_KINDS))
def test_every_kind_renders_host_port_and_credentials(kind: str) -> None:
    text = render_snippet(kind, creds("Simple-Pass-1"), HOST, 587)
    assert HOST in text and "587" in text
    assert USER in text and "Simple-Pass-1" in text


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="unknown snippet kind"):
        render_snippet("sendmail", creds(), HOST, 587)
    with pytest.raises(ValueError):
        render_snippet("python", creds(), "bad host", 587)
    with pytest.raises(ValueError):
        render_snippet("python", creds(), HOST, 0)
    with pytest.raises(ValueError):
        render_snippet("plain", creds(), "", 587)


def test_plain_is_the_settings_block() -> None:
    for port in (587, 465):
        assert render_snippet("plain", creds(), HOST, port) == settings_block(creds(), HOST, port)


# --- Postfix --------------------------------------------------------------------------


def test_postfix_relay_on_587() -> None:
    text = render_snippet("postfix", creds(), HOST, 587)
    lines = text.splitlines()
    for expected in (
        "relayhost = [smtp.sendclean.net]:587",
        "smtp_sasl_auth_enable = yes",
        "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
        "smtp_sasl_security_options = noanonymous",
        "smtp_tls_security_level = encrypt",
        f"[smtp.sendclean.net]:587 {USER}:{NASTY}",
    ):
        assert expected in lines
    assert any(
        line.startswith("#") and "postmap /etc/postfix/sasl_passwd" in line for line in lines
    )
    assert "smtp_tls_wrappermode" not in text
    # Only comments, blank lines, main.cf settings and the one sasl_passwd line.
    settings = [line for line in lines if line and not line.startswith("#")]
    assert sum(" = " not in line for line in settings) == 1


def test_postfix_relay_on_465_uses_wrapper_mode() -> None:
    text = render_snippet("postfix", creds(), HOST, 465)
    assert "relayhost = [smtp.sendclean.net]:465" in text
    assert "smtp_tls_wrappermode = yes" in text.splitlines()
    assert f"[smtp.sendclean.net]:465 {USER}:{NASTY}" in text.splitlines()


@pytest.mark.parametrize(
    ("user", "password"),
    [
        ("user:name", "ok-password"),
        ("user name", "ok-password"),
        ("", "ok-password"),
        (USER, "two\nlines"),
        (USER, "tab\tinside"),
        (USER, " leading-space"),
        (USER, "trailing-space "),
    ],
)
def test_postfix_rejects_what_sasl_passwd_cannot_hold(user: str, password: str) -> None:
    with pytest.raises(ValueError, match="sasl_passwd"):
        render_snippet("postfix", creds(password, user), HOST, 587)


def test_postfix_keeps_a_colon_and_inner_space_in_the_password() -> None:
    text = render_snippet("postfix", creds("pa:ss word"), HOST, 587)
    assert f"[smtp.sendclean.net]:587 {USER}:pa:ss word" in text.splitlines()


# --- Python ---------------------------------------------------------------------------


def python_constants(source: str) -> dict[str, Any]:
    tree = ast.parse(source)
    constants: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name.isupper():
                constants[name] = ast.literal_eval(node.value)
    return constants


@pytest.mark.parametrize("password", TRICKY_PASSWORDS)
@pytest.mark.parametrize("port", [587, 465])
def test_python_snippet_compiles_and_holds_the_exact_password(password: str, port: int) -> None:
    source = render_snippet("python", creds(password, user=f"us'er\"{password}"), HOST, port)
    compile(source, "snippet.py", "exec")
    assert python_constants(source) == {
        "SMTP_HOST": HOST,
        "SMTP_PORT": port,
        "SMTP_USER": f"us'er\"{password}",
        "SMTP_PASSWORD": password,
    }


def test_python_snippet_uses_starttls_or_implicit_tls() -> None:
    starttls = render_snippet("python", creds(), HOST, 587)
    assert "smtplib.SMTP(SMTP_HOST, SMTP_PORT" in starttls
    assert "smtp.starttls(context=context)" in starttls
    implicit = render_snippet("python", creds(), HOST, 465)
    assert "smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=context" in implicit
    assert "starttls" not in implicit
    for source in (starttls, implicit):
        assert "smtp.login(SMTP_USER, SMTP_PASSWORD)" in source
        assert "smtp.send_message(message)" in source


@pytest.mark.timeout(120)
def test_python_snippet_sends_through_a_real_local_server(tmp_path: Path) -> None:
    """Run the generated program against aiosmtpd on 127.0.0.1 (STARTTLS + AUTH)."""
    password = "r3al'\"\\$-Pass"
    certs = make_certs()
    ca_file = tmp_path / "ca.pem"
    certs.ca.cert_pem.write_to_path(str(ca_file))
    with smtp_servers() as start:
        server = start(
            starttls_context=certs.server_context, authenticator=accept_only(USER, password)
        )
        source = render_snippet("python", creds(password), "127.0.0.1", server.port)
        script = tmp_path / "snippet.py"
        script.write_text(source, encoding="utf-8")
        env = {**os.environ, "SSL_CERT_FILE": str(ca_file)}
        env.pop("SSL_CERT_DIR", None)
        result = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert len(server.recorder.messages) == 1
        envelope = server.recorder.messages[0]
        assert envelope.mail_from == "sender@example.com"
        assert envelope.rcpt_tos == ["recipient@example.com"]
        assert b"Subject: Test message" in (envelope.original_content or b"")


# --- Node.js (Nodemailer) -------------------------------------------------------------


def js_string_after(text: str, key: str) -> Any:
    match = re.search(rf"^\s*{key}: (\".*\"),$", text, re.MULTILINE)
    assert match, f"no {key} in snippet"
    return json.loads(match.group(1))


@pytest.mark.parametrize("password", TRICKY_PASSWORDS)
def test_nodemailer_strings_are_exact(password: str) -> None:
    text = render_snippet("nodemailer", creds(password), HOST, 587)
    assert js_string_after(text, "pass") == password
    assert js_string_after(text, "user") == USER
    assert js_string_after(text, "host") == HOST
    assert "\n" not in json.dumps(password)


def test_nodemailer_secure_flag_follows_the_port() -> None:
    starttls = render_snippet("nodemailer", creds(), HOST, 587)
    assert "secure: false," in starttls and "requireTLS: true," in starttls
    assert "port: 587," in starttls
    implicit = render_snippet("nodemailer", creds(), HOST, 465)
    assert "secure: true," in implicit and "requireTLS" not in implicit
    assert "port: 465," in implicit


@pytest.mark.timeout(120)
@pytest.mark.parametrize("port", [587, 465])
def test_nodemailer_snippet_runs_in_node_with_a_stub_module(tmp_path: Path, port: int) -> None:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("needs node")
    stub = tmp_path / "node_modules" / "nodemailer"
    stub.mkdir(parents=True)
    (stub / "index.js").write_text(
        "exports.createTransport = (options) => {\n"
        "  process.stdout.write(JSON.stringify(options));\n"
        "  return { sendMail: async () => ({ messageId: 'stub' }) };\n"
        "};\n",
        encoding="utf-8",
    )
    password = "".join(TRICKY_PASSWORDS)
    script = tmp_path / "snippet.js"
    script.write_text(render_snippet("nodemailer", creds(password), HOST, port), "utf-8")

    result = subprocess.run(
        [node, str(script)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )

    assert result.returncode == 0, result.stderr
    options = json.loads(result.stdout.split("Sent")[0])
    assert options["auth"] == {"user": USER, "pass": password}
    assert options["host"] == HOST and options["port"] == port
    assert options["secure"] is (port == 465)
    assert options.get("requireTLS", False) is (port != 465)


# --- PHP (PHPMailer) ------------------------------------------------------------------


def parse_php_single_quoted(literal: str) -> str:
    """PHP's rules: in '...', \\\\ is a backslash, \\' a quote, any other \\ is literal."""
    assert literal.startswith("'")
    out: list[str] = []
    index = 1
    while index < len(literal):
        char = literal[index]
        if char == "\\" and index + 1 < len(literal) and literal[index + 1] in "\\'":
            out.append(literal[index + 1])
            index += 2
        elif char == "'":
            assert literal[index + 1 :] == ";", "text after the closing quote"
            return "".join(out)
        else:
            out.append(char)
            index += 1
    raise AssertionError("unterminated PHP string")


def php_property(text: str, name: str) -> str:
    prefix = f"    $mail->{name} = "
    lines = text.split("\n")
    # A literal may span lines (a password with a line break): join up to the ';'.
    for number, line in enumerate(lines):
        if line.startswith(prefix):
            literal = line[len(prefix) :]
            following = iter(lines[number + 1 :])
            while True:
                try:
                    return parse_php_single_quoted(literal)
                except AssertionError:
                    literal += "\n" + next(following)
    raise AssertionError(f"no {name} in snippet")


@pytest.mark.parametrize("password", TRICKY_PASSWORDS)
def test_phpmailer_single_quoted_strings_are_exact(password: str) -> None:
    text = render_snippet("phpmailer", creds(password, user="o'brien\\x"), HOST, 587)
    assert php_property(text, "Password") == password
    assert php_property(text, "Username") == "o'brien\\x"
    assert php_property(text, "Host") == HOST


def test_phpmailer_settings_follow_the_port() -> None:
    starttls = render_snippet("phpmailer", creds(), HOST, 587)
    assert "$mail->SMTPAuth = true;" in starttls
    assert "$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;" in starttls
    assert "$mail->Port = 587;" in starttls
    implicit = render_snippet("phpmailer", creds(), HOST, 465)
    assert "$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;" in implicit
    assert "$mail->Port = 465;" in implicit
    assert starttls.startswith("<?php\n")
    assert "$mail->Password = 'a\\'b\"c\\\\d$e';" in starttls
