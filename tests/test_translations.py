"""Translations: the template is current, German is complete, and the app picks it from
the system locale in a checkout and an installed wheel (the bundle: the package tests)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.catalogs import compile_catalogs, languages_of, stale_catalogs
from app.ui.platform.translations import CATALOG, catalog_dir, install_translators

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATE = TRANSLATIONS / f"{CATALOG}.ts"
GERMAN = TRANSLATIONS / f"{CATALOG}_de.ts"
GERMAN_ENV = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} is missing from the environment")
    return found


def _sources(ts_text: str) -> set[str]:
    return set(re.findall(r"<source>(.*?)</source>", ts_text, flags=re.S))


def test_template_lists_every_string_of_the_app(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed = _sources(TEMPLATE.read_text(encoding="utf-8"))
    current = _sources(fresh.read_text(encoding="utf-8"))
    assert len(current) > 150
    missing = current - committed
    assert not missing, (
        f"{len(missing)} strings are not in the template; run: uv run pyside6-lupdate "
        f"$(find app -name '*.py') -ts {TEMPLATE.relative_to(ROOT)}"
    )


def test_a_catalog_for_the_locale_is_loaded(qapp: QCoreApplication, tmp_path: Path) -> None:
    ts = tmp_path / f"{CATALOG}_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
        "<context><name>Actions</name><message><source>&amp;Refresh</source>"
        "<translation>&amp;Aktualisieren</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts)], check=True, capture_output=True, timeout=60
    )
    assert (tmp_path / f"{CATALOG}_de.qm").exists()
    translators = install_translators(qapp, QLocale("de_DE"), tmp_path)
    try:
        assert QCoreApplication.translate("Actions", "&Refresh") == "&Aktualisieren"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Actions", "&Refresh") == "&Refresh"


def test_english_keeps_the_source_strings(qapp: QCoreApplication) -> None:
    translators = install_translators(qapp, QLocale("en_US"))
    try:
        assert QCoreApplication.translate("Actions", "&Refresh") == "&Refresh"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_german_translates_every_string_with_the_same_placeholders() -> None:
    template, german = _messages(TEMPLATE), _messages(GERMAN)
    assert set(german) >= set(template), set(template) - set(german)
    for (context, source), message in german.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )


def test_a_checkout_compiles_its_catalogs_once_into_the_cache(tmp_path: Path) -> None:
    built = compile_catalogs(TRANSLATIONS, tmp_path)
    assert [p.name for p in built] == [f"{CATALOG}_de.qm"]
    assert languages_of(tmp_path) == {"de"}
    assert stale_catalogs(TRANSLATIONS, tmp_path) == []
    os.utime(built[0], (0, 0))  # older than its source: compiled again
    assert stale_catalogs(TRANSLATIONS, tmp_path) == [GERMAN]
    compile_catalogs(TRANSLATIONS, tmp_path)
    assert stale_catalogs(TRANSLATIONS, tmp_path) == []


def test_german_is_loaded_for_a_german_locale(qapp: QCoreApplication) -> None:
    assert catalog_dir() != TRANSLATIONS  # the checkout has sources only: a cache folder
    translators = install_translators(qapp, QLocale("de_DE"))
    try:
        assert QCoreApplication.translate("Actions", "&Refresh") == "&Aktualisieren"
        assert QCoreApplication.translate("Problem", "SendClean said: {server_message}") == (
            "SendClean meldete: {server_message}"
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _self_test(env: dict[str, str], cwd: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--sandbox", "--self-test"],
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(report, dict)
    return report


@pytest.mark.slow
def test_a_checkout_speaks_german_on_a_german_system(tmp_path: Path) -> None:
    report = _self_test({**GERMAN_ENV, "XDG_CACHE_HOME": str(tmp_path)}, ROOT)
    assert report["catalogs"] == ["qtbase_de.qm", f"{CATALOG}_de.qm"]
    assert list(tmp_path.rglob(f"{CATALOG}_de.qm"))  # compiled at first use


@pytest.mark.slow
def test_the_wheel_carries_german_and_speaks_it_on_a_german_system(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.fail("uv is missing from the environment")
    subprocess.run(
        [uv, "build", "--wheel", "-o", str(tmp_path / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    catalog = f"app/_resources/translations/{CATALOG}_de.qm"
    with zipfile.ZipFile(wheel) as archive:
        assert catalog in archive.namelist()
        archive.extractall(tmp_path / "site")
    env = {**GERMAN_ENV, "PYTHONPATH": str(tmp_path / "site"), "XDG_CACHE_HOME": str(tmp_path)}
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "from app.ui.platform.translations import catalog_dir; print(catalog_dir())",
        ],
        cwd=tmp_path,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert Path(where.stdout.strip()) == tmp_path / "site" / "app" / "_resources" / "translations"
    report = _self_test(env, tmp_path)
    assert report["catalogs"] == ["qtbase_de.qm", f"{CATALOG}_de.qm"]
