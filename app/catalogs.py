"""Compile the app's translation sources (``.ts``) into the catalogs Qt loads (``.qm``).

The packaging steps (the wheel's build hook, the PyInstaller spec) call
:func:`compile_catalogs` so that installed apps carry ready catalogs; a source checkout,
which holds only the sources, compiles them at first use into a cache folder. Qt's own
``lrelease`` does the work, run through PySide6's tool wrapper. This module imports no Qt
and may be loaded on its own, by path, from a build hook.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

__all__ = ["CATALOG", "compile_catalogs", "languages_of", "sources_in", "stale_catalogs"]

#: The catalogs' base name: ``sendclean-smtp-manager_<lang>.ts`` / ``.qm``.
CATALOG = "sendclean-smtp-manager"
_TRANSLATION = re.compile(rf"^{re.escape(CATALOG)}_(?P<lang>[A-Za-z]+(?:_[A-Za-z]+)?)\.(ts|qm)$")
_LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def sources_in(folder: Path) -> list[Path]:
    """The translations in ``folder`` (``<catalog>_<lang>.ts``; not the template)."""
    return sorted(p for p in folder.glob(f"{CATALOG}_*.ts") if _TRANSLATION.match(p.name))


def languages_of(folder: Path) -> set[str]:
    """Languages of the compiled catalogs in ``folder`` (``de_AT`` gives ``de_AT`` and ``de``)."""
    found: set[str] = set()
    for path in folder.glob(f"{CATALOG}_*.qm"):
        match = _TRANSLATION.match(path.name)
        if match:
            found.update({match["lang"], match["lang"].split("_")[0]})
    return found


def stale_catalogs(source: Path, target: Path) -> list[Path]:
    """The sources in ``source`` whose catalog in ``target`` is missing or older."""
    stale: list[Path] = []
    for ts in sources_in(source):
        qm = target / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def compile_catalogs(source: Path, target: Path, *, python: str | None = None) -> list[Path]:
    """Compile every stale translation of ``source`` into ``target``; all its catalogs.

    ``python`` is an interpreter with PySide6 (default: this one). Raises
    :class:`OSError` or :class:`subprocess.CalledProcessError` when ``lrelease`` fails.
    """
    import subprocess  # not loaded at start-up when nothing needs compiling

    target.mkdir(parents=True, exist_ok=True)
    for ts in stale_catalogs(source, target):
        qm = target / ts.with_suffix(".qm").name
        partial = qm.with_suffix(".qm.part")
        subprocess.run(
            [python or sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        partial.replace(qm)
    return sorted(target / ts.with_suffix(".qm").name for ts in sources_in(source))
