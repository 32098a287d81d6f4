"""The window's sentences for problems: no class names, German on a German system,
and a faulty translation never hides what happened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.api import AuthenticationError, ValidationError
from app.api.problem import Problem, ProblemKind
from app.core.token_store import KeyringTokenStore, TokenStoreError
from app.ui.platform.translations import install_translators
from app.ui.views import error_text
from app.ui.views.problem_text import SENTENCES, sentence, translate
from tests.pseudo_locale import compile_ts


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, QLocale("de_DE"))
    assert translators
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_kind_has_a_sentence() -> None:
    assert set(SENTENCES) == set(ProblemKind)


def test_a_rejected_token_is_a_sentence_with_the_servers_words() -> None:
    error = AuthenticationError("AuthenticationError", "Token MissMatch", http_status=401)
    text = error_text.describe(error)
    assert text == (
        "SendClean rejected the owner ID or token. Check them and try again. "
        "SendClean said: Token MissMatch"
    )
    assert "AuthenticationError" not in text
    assert "AuthenticationError" in error_text.details(error)
    assert "HTTP 401" in error_text.details(error)


def test_an_unknown_error_names_no_class_but_its_details_do() -> None:
    error = KeyError("boom")
    assert "KeyError" not in error_text.describe(error)
    assert error_text.details(error) == "KeyError: 'boom'"


def test_no_keyring_says_nothing_of_the_bus() -> None:
    with pytest.raises(TokenStoreError) as raised:
        KeyringTokenStore().set("owner-1", "tok-secret-1")
    text = error_text.describe(raised.value)
    assert "DBUS" not in text and "D-Bus" not in text
    assert text.startswith("The token of the account owner-1 could not be saved.")
    assert "tok-secret-1" not in text + error_text.details(raised.value)


def test_german_sentences_on_a_german_system(german: None) -> None:
    error = ValidationError("ValidationError", "hourly_limit must be a number", http_status=200)
    assert error_text.describe(error) == (
        "SendClean hat die Anfrage als ungültig abgelehnt. "
        "SendClean meldete: hourly_limit must be a number"
    )
    problem = Problem(ProblemKind.STORE_LOCKED, {"path": "/tmp/x.sqlite3"})
    assert sentence(problem) == (
        "Die lokale Datenbank /tmp/x.sqlite3 ist von einem anderen Programm gesperrt. Läuft "
        "die App zweimal? Etiketten, Notizen und Änderungsverfolgung sind aus."
    )


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    template = tmp_path / "broken.ts"
    template.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>Problem</name><message><source>Could not write {path}.</source>"
        "<translation>{pfad} konnte nicht geschrieben werden.</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    qm = compile_ts(template)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        shown = translate("Could not write {path}.", {"path": "/tmp/a.csv"})
        translated = QCoreApplication.translate("Problem", "Could not write {path}.")
        assert translated == "{pfad} konnte nicht geschrieben werden."
        assert shown == "Could not write /tmp/a.csv."
    finally:
        qapp.removeTranslator(translator)
