"""Load the app's translation (a .qm in resources/translations) for the system locale."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources_path import resources_dir

log = logging.getLogger(__name__)
CATALOG = "sendclean-smtp-manager"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, directory: Path | None = None
) -> list[QTranslator]:
    """Install Qt's own and the app's translators matching ``locale``; return those loaded.

    Looks for ``sendclean-smtp-manager_<lang>[_<COUNTRY>].qm``; an English system, or a
    language without a catalog, keeps the source strings.
    """
    locale = locale or QLocale.system()
    folder = directory or translations_dir()
    installed: list[QTranslator] = []
    candidates = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOG, str(folder)),
    )
    for name, path in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", path) and app.installTranslator(translator):
            installed.append(translator)
            log.info("loaded translation %s for %s", name, locale.name())
        else:
            translator.deleteLater()
    return installed
