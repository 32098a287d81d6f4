"""Preferences (applied live, the list kept) and the About dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ..jobs.kinds import JobKind
from ..jobs.op import Op, ignore
from ..jobs.runner import JobRunner
from ..platform.preferences_store import Preferences, PreferenceValues

if TYPE_CHECKING:
    from ..dialogs.about import AboutDialog
    from ..dialogs.preferences import PreferencesDialog


class PreferencesController(QObject):
    #: New preferences were saved: apply them.
    changed = Signal(object)  # PreferenceValues

    def __init__(
        self,
        runner: JobRunner,
        store: Preferences,
        values: PreferenceValues,
        paths: dict[str, str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store = store
        self.values = values
        self._paths = paths
        self._parent = parent

    def timeout(self) -> float:
        return float(self.values.request_timeout_s)

    def open_preferences(self) -> PreferencesDialog:
        from ..dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.values, self._parent)
        dialog.setObjectName("preferencesDialog")
        dialog.accepted.connect(lambda: self.apply(dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply(self, values: PreferenceValues) -> None:
        old_timeout = self.values.request_timeout_s
        self._store.save(values)
        self.values = values
        if values.request_timeout_s != old_timeout:
            timeout = float(values.request_timeout_s)
            # The open client takes the new timeout for its next call; the list stays.
            self._runner.submit(
                Op(
                    JobKind.CONFIGURE,
                    run=lambda context: context.client.set_timeout(timeout),
                    success=ignore,
                )
            )
        self.changed.emit(values)

    def open_about(self) -> AboutDialog:
        from ..dialogs.about import AboutDialog

        dialog = AboutDialog(self._paths, self._parent)
        dialog.setObjectName("aboutDialog")
        dialog.open_folder_requested.connect(self.open_folder)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_folder(self, folder: Path) -> None:
        """In the system's file manager (the folder is made first: it may not exist yet)."""
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
