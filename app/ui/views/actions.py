"""The window's actions, with their shortcuts, icons and accessible descriptions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ..platform.icons import icon


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
        action.setProperty("iconName", icon_name)
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
    test_login: QAction
    smtp_server: QAction
    export_csv: QAction
    show_history: QAction
    send_test: QAction
    sandbox_mailbox: QAction
    label_note: QAction
    acknowledge: QAction
    retire: QAction
    unretire: QAction
    show_retired: QAction
    set_limits: QAction
    export_labels: QAction
    import_labels: QAction
    only_due: QAction

    @classmethod
    def create(cls, parent: QObject) -> WindowActions:
        return cls(
            refresh=_action(
                parent,
                QCoreApplication.translate("Actions", "&Refresh"),
                "refresh",
                ["F5", "Ctrl+R"],
                QCoreApplication.translate("Actions", "Reload the SMTP users from SendClean"),
            ),
            add_user=_action(
                parent,
                QCoreApplication.translate("Actions", "&Add SMTP user…"),
                "add-user",
                ["Ctrl+N"],
                QCoreApplication.translate("Actions", "Create a new SMTP user with its limits"),
            ),
            edit_user=_action(
                parent,
                QCoreApplication.translate("Actions", "&Edit…"),
                "edit",
                ["F2", "Return"],
                QCoreApplication.translate(
                    "Actions", "Change the limits or status of the selected user"
                ),
            ),
            reset_password=_action(
                parent,
                QCoreApplication.translate("Actions", "Reset &password…"),
                "reset-password",
                ["Ctrl+Shift+R"],
                QCoreApplication.translate("Actions", "Give the selected user a new password"),
            ),
            copy_password=_action(
                parent,
                QCoreApplication.translate("Actions", "&Copy password"),
                "copy",
                ["Ctrl+C"],
                QCoreApplication.translate(
                    "Actions", "Copy the selected user's password; the clipboard clears itself"
                ),
            ),
            copy_user_name=_action(
                parent,
                QCoreApplication.translate("Actions", "Copy &user name"),
                "copy-user",
                ["Ctrl+B"],
                QCoreApplication.translate("Actions", "Copy the selected user's name"),
            ),
            reveal_passwords=_action(
                parent,
                QCoreApplication.translate("Actions", "Re&veal passwords"),
                "reveal",
                ["Ctrl+H"],
                QCoreApplication.translate("Actions", "Show or hide the passwords in the table"),
                checkable=True,
            ),
            enable_users=_action(
                parent,
                QCoreApplication.translate("Actions", "E&nable selected"),
                "enable",
                ["Ctrl+E"],
                QCoreApplication.translate("Actions", "Enable every selected SMTP user"),
            ),
            disable_users=_action(
                parent,
                QCoreApplication.translate("Actions", "&Disable selected"),
                "disable",
                ["Ctrl+D"],
                QCoreApplication.translate("Actions", "Disable every selected SMTP user"),
            ),
            find=_action(
                parent,
                QCoreApplication.translate("Actions", "&Find…"),
                "search",
                ["Ctrl+F"],
                QCoreApplication.translate("Actions", "Filter the users by name"),
            ),
            preferences=_action(
                parent,
                QCoreApplication.translate("Actions", "&Preferences…"),
                "settings",
                ["Ctrl+,"],
                QCoreApplication.translate(
                    "Actions", "Clipboard, auto-refresh and network settings"
                ),
            ),
            about=_action(
                parent,
                QCoreApplication.translate("Actions", "&About"),
                "about",
                [],
                QCoreApplication.translate("Actions", "Versions and where the app keeps its data"),
            ),
            quit=_action(
                parent,
                QCoreApplication.translate("Actions", "&Quit"),
                None,
                ["Ctrl+Q"],
                QCoreApplication.translate("Actions", "Quit the app"),
            ),
            add_account=_action(
                parent,
                QCoreApplication.translate("Actions", "&Add account…"),
                "account",
                [],
                QCoreApplication.translate("Actions", "Connect another SendClean account"),
            ),
            rename_account=_action(
                parent,
                QCoreApplication.translate("Actions", "Re&name account…"),
                None,
                [],
                QCoreApplication.translate("Actions", "Rename the account in use"),
            ),
            remove_account=_action(
                parent,
                QCoreApplication.translate("Actions", "Re&move account…"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "Forget the account in use and delete its stored token"
                ),
            ),
            edit_credentials=_action(
                parent,
                QCoreApplication.translate("Actions", "Update &credentials…"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "Change the owner ID or token of the account in use"
                ),
            ),
            test_login=_action(
                parent,
                QCoreApplication.translate("Actions", "&Test SMTP login"),
                "test-login",
                ["Ctrl+T"],
                QCoreApplication.translate(
                    "Actions", "Log in to the SMTP server as the selected user"
                ),
            ),
            smtp_server=_action(
                parent,
                QCoreApplication.translate("Actions", "SMTP &server…"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "The SMTP relay host and port of this account"
                ),
            ),
            export_csv=_action(
                parent,
                QCoreApplication.translate("Actions", "&Export users to CSV…"),
                "export",
                ["Ctrl+Shift+E"],
                QCoreApplication.translate("Actions", "Save the users shown as a CSV file"),
            ),
            show_history=_action(
                parent,
                QCoreApplication.translate("Actions", "Change &history…"),
                "history",
                ["Ctrl+Shift+H"],
                QCoreApplication.translate("Actions", "What was changed from this app"),
            ),
            send_test=_action(
                parent,
                QCoreApplication.translate("Actions", "Send test &message…"),
                None,
                ["Ctrl+Shift+T"],
                QCoreApplication.translate(
                    "Actions", "Send a test message through the SMTP relay as the selected user"
                ),
            ),
            sandbox_mailbox=_action(
                parent,
                QCoreApplication.translate("Actions", "Sandbox &mailbox…"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "The messages the sandbox's SMTP relay accepted"
                ),
            ),
            label_note=_action(
                parent,
                QCoreApplication.translate("Actions", "&Label and note…"),
                None,
                ["Ctrl+L"],
                QCoreApplication.translate(
                    "Actions", "A label and a note for the selected user, kept on this computer"
                ),
            ),
            acknowledge=_action(
                parent,
                QCoreApplication.translate("Actions", "Ac&knowledge changes made elsewhere"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "Stop highlighting the changes seen for the selected users"
                ),
            ),
            retire=_action(
                parent,
                QCoreApplication.translate("Actions", "Re&tire…"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "Disable the selected users and hide them (SendClean cannot delete)"
                ),
            ),
            unretire=_action(
                parent,
                QCoreApplication.translate("Actions", "&Un-retire"),
                None,
                [],
                QCoreApplication.translate("Actions", "Show the selected retired users again"),
            ),
            show_retired=_action(
                parent,
                QCoreApplication.translate("Actions", "Show &retired users"),
                None,
                [],
                QCoreApplication.translate("Actions", "Show the users retired on this computer"),
                checkable=True,
            ),
            set_limits=_action(
                parent,
                QCoreApplication.translate("Actions", "Set &limits…"),
                None,
                ["Ctrl+Shift+L"],
                QCoreApplication.translate(
                    "Actions", "Change the total or hourly limit of every selected user"
                ),
            ),
            export_labels=_action(
                parent,
                QCoreApplication.translate("Actions", "Export &labels…"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "Save this account's labels and notes for another computer"
                ),
            ),
            import_labels=_action(
                parent,
                QCoreApplication.translate("Actions", "&Import labels…"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "Merge labels and notes from a file, by user name"
                ),
            ),
            only_due=_action(
                parent,
                QCoreApplication.translate("Actions", "Only users &due for rotation"),
                None,
                [],
                QCoreApplication.translate(
                    "Actions", "Show only the users whose password is older than the rotation age"
                ),
                checkable=True,
            ),
        )

    def refresh_icons(self) -> None:
        """Re-color every icon for the current palette (after a light/dark switch)."""
        for action in vars(self).values():
            name = action.property("iconName")
            if isinstance(name, str) and name:
                action.setIcon(icon(name))

    def hold_until_connected(self) -> None:
        """Off until the window knows its account (its controllers come after its first
        paint): what needs an account or a user is not offered for a moment first."""
        held = {*self.needing_selection(), *self.acting_on_one_user(), *self.changing_users()}
        held |= {self.refresh, self.retire, self.unretire, self.acknowledge, self.export_csv}
        for action in held:
            action.setEnabled(False)

    def needing_selection(self) -> list[QAction]:
        return [
            self.edit_user,
            self.reset_password,
            self.copy_password,
            self.copy_user_name,
            self.enable_users,
            self.disable_users,
            self.label_note,
        ]

    def acting_on_one_user(self) -> list[QAction]:
        """Off while several rows are selected: which one they would act on is unclear."""
        return [
            self.edit_user,
            self.reset_password,
            self.copy_password,
            self.copy_user_name,
            self.test_login,
            self.send_test,
            self.label_note,
        ]

    def changing_users(self) -> list[QAction]:
        return [
            self.add_user,
            self.edit_user,
            self.reset_password,
            self.enable_users,
            self.disable_users,
            self.set_limits,
        ]
