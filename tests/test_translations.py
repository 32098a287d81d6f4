"""Translations: the .ts template is current, and a .qm for the locale is loaded."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.platform.translations import CATALOG, install_translators

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "resources" / "translations" / f"{CATALOG}.ts"


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
