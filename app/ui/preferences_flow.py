"""The Preferences and About dialogs, opened from the window's menus."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .dialogs.about import AboutDialog
from .dialogs.preferences import PreferencesDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class PreferencesFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.commands.preferences.triggered.connect(self.open_preferences)
        window.commands.about.triggered.connect(self.open_about)

    def open_preferences(self) -> PreferencesDialog:
        services = self.window.services
        dialog = PreferencesDialog(services.preferences_values, self.window)
        dialog.setObjectName("preferencesDialog")

        def accepted() -> None:
            values = dialog.values()
            services.preferences.save(values)
            services.preferences_values = values
            self.window.apply_preferences()
            connection = self.window.connection
            if connection is not None and connection.timeout != values.request_timeout_s:
                # The client is built with its timeout: rebuild it for the new one.
                self.window.set_connection(
                    dataclasses.replace(connection, timeout=float(values.request_timeout_s))
                )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self.window.services.paths, self.window)
        dialog.setObjectName("aboutDialog")
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
