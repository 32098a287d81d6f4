"""Run the probes with prototype copies of app modules (``run.py --override``).

``BENCH_OVERRIDES`` holds a JSON object ``{"app.ui.views.users_model": "/path/to/file.py"}``;
:func:`install` makes ``import app.ui.views.users_model`` load that file instead. Used to
measure a proposed change to a file of the app before it is made there (keep such
copies in a scratch folder outside the repository). Standard library only, imported only
when the variable is set, so that it costs the startup probe nothing otherwise.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
from collections.abc import Sequence
from types import ModuleType

ENV = "BENCH_OVERRIDES"


class _OverrideFinder(importlib.abc.MetaPathFinder):
    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        return importlib.util.spec_from_file_location(fullname, file)


def install() -> dict[str, str]:
    """Install the overrides named in ``BENCH_OVERRIDES``; return them."""
    files: dict[str, str] = json.loads(os.environ.get(ENV) or "{}")
    for module, file in files.items():
        if not os.path.isfile(file):
            raise FileNotFoundError(f"override for {module}: no file {file}")
    if files:
        import sys

        sys.meta_path.insert(0, _OverrideFinder(files))
    return files
