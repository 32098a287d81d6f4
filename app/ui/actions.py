"""The window's actions, with their shortcuts, icons and accessible descriptions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from .icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _action(
    parent: QObject,
    text: str,
    icon_name: str | None,
    shortcuts: list[str | QKeySequence.StandardKey],
    tip: str,
    *,
    checkable: bool = False,
) -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        keys.append(QKeySequence(shortcut))
    action.setShortcuts(keys)
    shown = f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})" if keys else tip
    action.setToolTip(shown)
    action.setStatusTip(tip)
    action.setWhatsThis(tip)
    action.setCheckable(checkable)
    return action


@dataclass(frozen=True)
class WindowActions:
    refresh: QAction
    add_user: QAction
    edit_user: QAction
    reset_password: QAction
    copy_password: QAction
    copy_user_name: QAction
    reveal_passwords: QAction
    enable_users: QAction
    disable_users: QAction
    find: QAction
    preferences: QAction
    about: QAction
    quit: QAction
    add_account: QAction
    rename_account: QAction
    remove_account: QAction
    edit_credentials: QAction

    @classmethod
    def create(cls, parent: QObject) -> WindowActions:
        return cls(
            refresh=_action(
                parent,
                _tr("&Refresh"),
                "refresh",
                ["F5", "Ctrl+R"],
                _tr("Reload the SMTP users from SendClean"),
            ),
            add_user=_action(
                parent,
                _tr("&Add SMTP user…"),
                "add-user",
                ["Ctrl+N"],
                _tr("Create a new SMTP user with its limits"),
            ),
            edit_user=_action(
                parent,
                _tr("&Edit…"),
                "edit",
                ["F2", "Return"],
                _tr("Change the limits or status of the selected user"),
            ),
            reset_password=_action(
                parent,
                _tr("Reset &password…"),
                "reset-password",
                ["Ctrl+Shift+R"],
                _tr("Give the selected user a new password"),
            ),
            copy_password=_action(
                parent,
                _tr("&Copy password"),
                "copy",
                ["Ctrl+C"],
                _tr("Copy the selected user's password; the clipboard clears itself"),
            ),
            copy_user_name=_action(
                parent,
                _tr("Copy &user name"),
                "copy-user",
                ["Ctrl+B"],
                _tr("Copy the selected user's name"),
            ),
            reveal_passwords=_action(
                parent,
                _tr("Re&veal passwords"),
                "reveal",
                ["Ctrl+H"],
                _tr("Show or hide the passwords in the table"),
                checkable=True,
            ),
            enable_users=_action(
                parent,
                _tr("E&nable selected"),
                "enable",
                ["Ctrl+E"],
                _tr("Enable every selected SMTP user"),
            ),
            disable_users=_action(
                parent,
                _tr("&Disable selected"),
                "disable",
                ["Ctrl+D"],
                _tr("Disable every selected SMTP user"),
            ),
            find=_action(
                parent, _tr("&Find…"), "search", ["Ctrl+F"], _tr("Filter the users by name")
            ),
            preferences=_action(
                parent,
                _tr("&Preferences…"),
                "settings",
                ["Ctrl+,"],
                _tr("Clipboard, auto-refresh and network settings"),
            ),
            about=_action(
                parent, _tr("&About"), "about", [], _tr("Versions and where the app keeps its data")
            ),
            quit=_action(parent, _tr("&Quit"), None, ["Ctrl+Q"], _tr("Quit the app")),
            add_account=_action(
                parent,
                _tr("&Add account…"),
                "account",
                [],
                _tr("Connect another SendClean account"),
            ),
            rename_account=_action(
                parent, _tr("Re&name account…"), None, [], _tr("Rename the account in use")
            ),
            remove_account=_action(
                parent,
                _tr("Re&move account…"),
                None,
                [],
                _tr("Forget the account in use and delete its stored token"),
            ),
            edit_credentials=_action(
                parent,
                _tr("Update &credentials…"),
                None,
                [],
                _tr("Change the owner ID or token of the account in use"),
            ),
        )

    def needing_selection(self) -> list[QAction]:
        return [
            self.edit_user,
            self.reset_password,
            self.copy_password,
            self.copy_user_name,
            self.enable_users,
            self.disable_users,
        ]

    def changing_users(self) -> list[QAction]:
        return [
            self.add_user,
            self.edit_user,
            self.reset_password,
            self.enable_users,
            self.disable_users,
        ]
