"""Load the app's translation for the system locale.

An installed app (wheel, bundle) carries compiled catalogs in ``resources/translations``;
a source checkout holds only the ``.ts`` sources there, so they are compiled at first use
(and again after an edit) into the user's cache folder.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from app.catalogs import CATALOG, compile_catalogs, languages_of, sources_in
from app.resources_path import resources_dir

log = logging.getLogger(__name__)

__all__ = ["CATALOG", "catalog_dir", "install_translators", "translations_dir"]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def catalog_dir(folder: Path | None = None) -> Path:
    """Where the compiled catalogs are: ``folder`` itself, or the cache for a checkout."""
    folder = folder or translations_dir()
    if languages_of(folder) or not sources_in(folder) or getattr(sys, "frozen", False):
        return folder
    import subprocess  # only for a checkout in another language than English

    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    target = Path(cache) / "translations"
    try:
        compile_catalogs(folder, target)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("translations not compiled (%s); the texts stay English", error)
        return folder
    return target


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, directory: Path | None = None
) -> list[QTranslator]:
    """Install Qt's own and the app's translators matching ``locale``; return those loaded.

    Looks for ``sendclean-smtp-manager_<lang>[_<COUNTRY>].qm``; an English system, or a
    language without a catalog, keeps the source strings.
    """
    locale = locale or QLocale.system()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return []
    installed: list[QTranslator] = []
    candidates = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOG, str(catalog_dir(directory))),
    )
    for name, path in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", path) and app.installTranslator(translator):
            installed.append(translator)
            log.info("loaded translation %s for %s", name, locale.name())
        else:
            translator.deleteLater()
    return installed
