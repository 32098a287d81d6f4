"""Where the app's data files (icons, …) are, however the app was installed.

The ``resources`` folder at the top of the repository is found in three layouts:

* a source checkout (also an editable install): ``<repo>/resources``, beside the ``app``
  package;
* an installed wheel: the wheel build force-includes ``resources`` as ``app/_resources``
  (``[tool.hatch.build.targets.wheel.force-include]`` in ``pyproject.toml``);
* a PyInstaller bundle (``sys.frozen``): ``<sys._MEIPASS>/resources``, so the spec file
  must add the data as ``("resources", "resources")``; a frozen app without
  ``sys._MEIPASS`` is looked up beside its executable.

This module imports no Qt and creates nothing: it only looks.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["RESOURCES_DIR_NAME", "WHEEL_RESOURCES_DIR_NAME", "resources_dir"]

#: The folder's name in a checkout and in a PyInstaller bundle.
RESOURCES_DIR_NAME = "resources"
#: The folder's name inside the ``app`` package of an installed wheel.
WHEEL_RESOURCES_DIR_NAME = "_resources"

#: The ``app`` package's folder.
_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    """The places to look, most specific first."""
    found: list[Path] = []
    if getattr(sys, "frozen", False) or hasattr(sys, "_MEIPASS"):
        meipass = getattr(sys, "_MEIPASS", None)
        if isinstance(meipass, str) and meipass:
            found.append(Path(meipass) / RESOURCES_DIR_NAME)
        found.append(Path(sys.executable).resolve().parent / RESOURCES_DIR_NAME)
    found.append(_PACKAGE_DIR / WHEEL_RESOURCES_DIR_NAME)
    found.append(_PACKAGE_DIR.parent / RESOURCES_DIR_NAME)
    return found


def resources_dir() -> Path:
    """The folder holding the app's resources (it has an ``icons`` folder).

    Raises :class:`FileNotFoundError`, naming every place looked at, when there is none.
    """
    candidates = _candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(path) for path in candidates)
    raise FileNotFoundError(
        f"The app's resources folder is missing (looked in: {looked}). "
        "Reinstall the app, or run it from a complete source checkout."
    )
