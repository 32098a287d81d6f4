"""Wheel build hook: compile the translations into the wheel's resources.

The wheel force-includes ``resources`` as ``app/_resources``; the compiled catalogs
(``.qm``, never committed) are added beside their sources, where the app looks first.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import (  # type: ignore[import-not-found]
    BuildHookInterface,
)


def _catalogs_module(root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("_sendclean_catalogs", root / "app/catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CatalogsBuildHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        catalogs = _catalogs_module(root)
        self._folder = tempfile.TemporaryDirectory(prefix="sendclean-catalogs-")
        built = catalogs.compile_catalogs(root / "resources/translations", Path(self._folder.name))
        for qm in built:
            build_data["force_include"][str(qm)] = f"app/_resources/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()
