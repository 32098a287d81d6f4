<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="64"/>
        <source>About {app}</source>
        <extracomment>The user asked to open this folder in the file manager.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="66"/>
        <source>{app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="80"/>
        <source>Version and path details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="84"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="88"/>
        <source>Copy details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="90"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="102"/>
        <source>Open {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="104"/>
        <source>Open the folder of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="108"/>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="111"/>
        <source>Show the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="123"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="125"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="126"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="127"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="128"/>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="133"/>
        <source>Licence: MIT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="204"/>
        <source>memory, for this session only</source>
        <extracomment>An account was connected through the Connect dialog. An account was removed (its id): forget what was kept about it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="261"/>
        <source>Credentials needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="265"/>
        <source>Enter the owner ID and token from your SendClean dashboard again. If the system keyring cannot keep the token, you can use it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="271"/>
        <source>Update credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="316"/>
        <source>Forget the account {label}? Its token was kept in memory only and is gone with it. Its SMTP users on SendClean are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="322"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="311"/>
        <source>Forget the account {label} and delete its token from {where}? Its SMTP users on SendClean are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/views/actions.py" line="78"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="81"/>
        <source>Reload the SMTP users from SendClean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="85"/>
        <source>&amp;Add SMTP user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="88"/>
        <source>Create a new SMTP user with its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="95"/>
        <source>Change the limits or status of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="101"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="104"/>
        <source>Give the selected user a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="108"/>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="111"/>
        <source>Copy the selected user&apos;s password; the clipboard clears itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="117"/>
        <source>Copy &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="120"/>
        <source>Copy the selected user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="124"/>
        <source>Re&amp;veal passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="127"/>
        <source>Show or hide the passwords in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="132"/>
        <source>E&amp;nable selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="135"/>
        <source>Enable every selected SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="139"/>
        <source>&amp;Disable selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="142"/>
        <source>Disable every selected SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="146"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="149"/>
        <source>Filter the users by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="153"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="156"/>
        <source>Clipboard, auto-refresh and network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="162"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="165"/>
        <source>Versions and where the app keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="169"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="172"/>
        <source>Quit the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="176"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="179"/>
        <source>Connect another SendClean account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="183"/>
        <source>Re&amp;name account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="186"/>
        <source>Rename the account in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="190"/>
        <source>Re&amp;move account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="193"/>
        <source>Forget the account in use and delete its stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="199"/>
        <source>Update &amp;credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="202"/>
        <source>Change the owner ID or token of the account in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="208"/>
        <source>&amp;Test SMTP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="211"/>
        <source>Log in to the SMTP server as the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="217"/>
        <source>SMTP &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="220"/>
        <source>The SMTP relay host and port of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="226"/>
        <source>&amp;Export users to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="229"/>
        <source>Save the users shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="233"/>
        <source>Change &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="236"/>
        <source>What was changed from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="240"/>
        <source>Send test &amp;message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="243"/>
        <source>Send a test message through the SMTP relay as the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="249"/>
        <source>Sandbox &amp;mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="252"/>
        <source>The messages the sandbox&apos;s SMTP relay accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="258"/>
        <source>&amp;Label and note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="261"/>
        <source>A label and a note for the selected user, kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="267"/>
        <source>Ac&amp;knowledge changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="270"/>
        <source>Stop highlighting the changes seen for the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="276"/>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="279"/>
        <source>Disable the selected users and hide them (SendClean cannot delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="285"/>
        <source>&amp;Un-retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="288"/>
        <source>Show the selected retired users again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="292"/>
        <source>Show &amp;retired users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="295"/>
        <source>Show the users retired on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="300"/>
        <source>Set &amp;limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="303"/>
        <source>Change the total or hourly limit of every selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="309"/>
        <source>Export &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="312"/>
        <source>Save this account&apos;s labels and notes for another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="318"/>
        <source>&amp;Import labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="321"/>
        <source>Merge labels and notes from a file, by user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="327"/>
        <source>Only users &amp;due for rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="330"/>
        <source>Show only the users whose password is older than the rotation age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="29"/>
        <source>Add SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="30"/>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="31"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="36"/>
        <source>Label, kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="38"/>
        <source>e.g. Shop website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="39"/>
        <source>&amp;Label, kept on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/wiring.py" line="86"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="87"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="88"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="89"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="224"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="229"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="230"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="132"/>
        <source>The selected users are already enabled.</source>
        <extracomment>How many user names a confirmation or report lists before &quot;and N more&quot;. The fields one bulk call changes, as keyword arguments of ``edit_user``. What each user&apos;s call sends. How often, at most, the table and the progress follow a bulk run&apos;s answers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="134"/>
        <source>The selected users are already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="146"/>
        <source>Disable SMTP users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="147"/>
        <source>Disable {count} SMTP user(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="150"/>
        <source>{names} will stop sending mail at once: every program that uses them gets its messages refused. You can enable them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="152"/>
        <location filename="../../app/ui/controllers/bulk.py" line="336"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="155"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="182"/>
        <source>Nothing to change: no selected user has a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="311"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="313"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="315"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="317"/>
        <source>{count} users {verb}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="329"/>
        <source>Stopped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="331"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="334"/>
        <source>{n} not tried (nothing was sent for them): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="340"/>
        <source>{n} failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="344"/>
        <source>…and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="348"/>
        <source>Some users were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="358"/>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="358"/>
        <source>&amp;Retry the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="96"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="12"/>
        <location filename="../../app/ui/views/change_words.py" line="13"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="14"/>
        <source>Total limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="15"/>
        <source>Hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="16"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="20"/>
        <source>appeared</source>
        <extracomment>How a user changed outside the app, as the history keeps it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="21"/>
        <source>vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="22"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="26"/>
        <location filename="../../app/ui/views/change_words.py" line="28"/>
        <source>Enabled</source>
        <extracomment>The words the change history keeps for a status (English, as written to the file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="27"/>
        <location filename="../../app/ui/views/change_words.py" line="29"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="39"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmResetDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="26"/>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="50"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="30"/>
        <source>Reset the password of {user}? The current password stops working at once; programs using it must be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="45"/>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="51"/>
        <source>The current password stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="51"/>
        <source>Connect to SendClean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="52"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="53"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="58"/>
        <source>Enter the app domain, owner ID and API token from your SendClean dashboard. They are checked with SendClean before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="65"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="66"/>
        <source>A name for this account, shown in the title bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="69"/>
        <source>App domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="69"/>
        <source>For example us1-mta1.sendclean.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="76"/>
        <source>Use a full API &amp;address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="78"/>
        <source>Use a full API address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="81"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="82"/>
        <source>For example https://api.us1-mta1.sendclean.net/v1.0/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="86"/>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="86"/>
        <source>Your SendClean owner (user) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="90"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="91"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="94"/>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="102"/>
        <source>&amp;Remember the token in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="104"/>
        <source>Remember the token in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="107"/>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="109"/>
        <source>Use the token for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="116"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="117"/>
        <source>App &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="118"/>
        <source>API a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="119"/>
        <source>&amp;Owner ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="120"/>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="174"/>
        <source>Enter the owner ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="176"/>
        <source>Enter the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="201"/>
        <source>Checking the owner ID and token with SendClean…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyController</name>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="43"/>
        <source>SendClean did not send a password for {name}; reset it to get one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="48"/>
        <source>Password of {name} copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="54"/>
        <source>User name {name} copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="67"/>
        <source>A {title} snippet cannot hold the settings of {name} (the host, user name or password has characters it cannot take).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="74"/>
        <source>{title} settings for {name} copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="98"/>
        <source>New SMTP credentials</source>
        <extracomment>The untranslated default window title; the dialog shows its translation. The user asked to test these credentials at the account&apos;s SMTP relay. The user asked to send a test message with these credentials.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="107"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="116"/>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="117"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="120"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="132"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="133"/>
        <location filename="../../app/ui/dialogs/credentials.py" line="262"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="137"/>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="142"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="145"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="150"/>
        <source>Copy the password now. It also stays visible in the users list (SendClean&apos;s list returns it); Reset password gives a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="157"/>
        <source>SMTP server: {host}, port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="161"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="165"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="171"/>
        <source>Copy user &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="174"/>
        <source>Copy &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="177"/>
        <source>Copy SMTP &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="180"/>
        <source>Host, port, security, user name and password, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="186"/>
        <source>SMTP login check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="193"/>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="198"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="200"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="202"/>
        <source>&amp;Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="204"/>
        <source>Test the SMTP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="207"/>
        <source>Send test &amp;message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="209"/>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="262"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="266"/>
        <source>User name copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="270"/>
        <source>Password copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="275"/>
        <source>SMTP settings copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="278"/>
        <source>Selection copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="287"/>
        <source>{what} — the clipboard never clears automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/credentials.py" line="290"/>
        <source>{what} — clipboard clears in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/credentials.py" line="292"/>
        <source>{what} — clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="296"/>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsToggle</name>
    <message>
        <location filename="../../app/ui/views/details_toggle.py" line="18"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/details_toggle.py" line="21"/>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="47"/>
        <source>Appeared outside this app, seen {seen}</source>
        <extracomment>From this many users on, the heap is trimmed after a comparison.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="49"/>
        <source>Vanished outside this app, seen {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="51"/>
        <source>{changes}, changed outside this app, seen {seen}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="35"/>
        <source>Edit {user}</source>
        <extracomment>Made after the base class has started asking whether OK may be pressed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="36"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="37"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="39"/>
        <source>&amp;Enabled (may send email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="41"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="43"/>
        <source>A disabled SMTP user cannot send email until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="54"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="58"/>
        <source>Label, kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="60"/>
        <source>&amp;Label, kept on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="31"/>
        <source>&amp;Connect to SendClean…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="32"/>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="33"/>
        <source>&amp;Add SMTP user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="34"/>
        <source>C&amp;lear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="64"/>
        <source>No SendClean account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="66"/>
        <source>Connect with the app domain, owner ID and API token from your SendClean dashboard, or try the app against a local demo server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="75"/>
        <source>No SMTP users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="76"/>
        <source>This account has no SMTP users. Add one to get its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="82"/>
        <source>No user matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="83"/>
        <source>The filter looks at user names, labels and notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../app/ui/views/banner.py" line="19"/>
        <source>Problem notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="30"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="32"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="34"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="37"/>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="44"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="46"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="66"/>
        <source>Error</source>
        <extracomment>Separators a limit may be typed with: the table&apos;s own (1,000) and common ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="44"/>
        <source>No token is stored for this account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="46"/>
        <source>No SendClean account is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="48"/>
        <source>Not tried: the run was stopped before this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="50"/>
        <source>The saved settings of the account “{label}” cannot be used. Use Update credentials to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="87"/>
        <source>Replace the file?</source>
        <extracomment>Where the last export went (the history export starts there too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="88"/>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="111"/>
        <source>{count} users exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="114"/>
        <source>{n} user name(s) had characters a CSV file cannot hold faithfully; they were written as &lt;U+XXXX&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportUsersDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="30"/>
        <source>Export users to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="32"/>
        <source>Exports the {n} users shown (name, status and limits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="36"/>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="37"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="39"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="41"/>
        <source>Include &amp;passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="43"/>
        <source>Include passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="57"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="78"/>
        <source>The file will hold every password in plain text. Anyone who can read it can send mail as these users; keep it private and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="88"/>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="88"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="183"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="185"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="198"/>
        <source>Sending to SendClean… Once sent, the change cannot be called back: wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="40"/>
        <source>The change could not be written to the history: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="66"/>
        <source>Export change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="78"/>
        <source>{count} changes exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="81"/>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="66"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="48"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="38"/>
        <source>not confirmed: the answer never came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="49"/>
        <source>Limits or status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="50"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="51"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="52"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="53"/>
        <source>Seen changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="68"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="69"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="70"/>
        <source>SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="71"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="72"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="76"/>
        <source>Changes made from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="96"/>
        <source>{n} changes recorded on this computer (never passwords or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="101"/>
        <source>{n} damaged line(s) of the history file were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="108"/>
        <source>Filter by SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="109"/>
        <source>Filter the history by SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="114"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelNoteDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="24"/>
        <source>Label and note of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="28"/>
        <source>Kept on this computer only (SendClean has no place for them): a short label shown next to the user name, and a note. Both are searched by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="36"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="38"/>
        <source>e.g. Shop website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="41"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="45"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="45"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitEdit</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="136"/>
        <source>Enter a limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="138"/>
        <source>Enter a whole number, for example 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="141"/>
        <source>The limit must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="143"/>
        <source>The limit can be at most 2000000000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsFormDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="313"/>
        <source>Total limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="316"/>
        <source>How many emails this SMTP user may send in total; a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="320"/>
        <source>Hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="323"/>
        <source>How many emails this SMTP user may send per hour; a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="330"/>
        <source>The hourly limit is higher than the total limit; the total limit will be reached first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="336"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="348"/>
        <source>&amp;Total limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="350"/>
        <source>&amp;Hourly limit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalExtrasController</name>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="204"/>
        <source>Gone since the last refresh, removed outside this app: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="229"/>
        <source>Labels, notes and change tracking are off: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="230"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="249"/>
        <source>Un-retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="250"/>
        <source>Enable {count} SMTP user(s) again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="304"/>
        <source>Export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="306"/>
        <location filename="../../app/ui/controllers/local_extras.py" line="332"/>
        <source>Labels files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="320"/>
        <source>Labels and notes of {count} users exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="332"/>
        <source>Import labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="355"/>
        <source>Labels imported: {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="406"/>
        <source>Retire SMTP users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="407"/>
        <source>Retire {count} SMTP user(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="410"/>
        <source>SendClean cannot delete an SMTP user. Retiring disables {names} (they stop sending mail at once) and hides them here unless View → Show retired is on. Un-retire brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="416"/>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="30"/>
        <source>Sandbox mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="34"/>
        <source>Captured messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="46"/>
        <source>The raw message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="49"/>
        <source>Select a message to see it as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="89"/>
        <source>SMTP users</source>
        <extracomment>A fresh list is on screen (the number of users). The user asked for a snippet of this kind (a key of SNIPPET_KINDS). The window is closing for good: stop the workers, clear the clipboard. The user picked this account (its id) in the Accounts menu. Asked before closing; False keeps the window open (it asks the user first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="91"/>
        <source>The SMTP users of the account: name, password, status and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="120"/>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="121"/>
        <source>Row headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="130"/>
        <source>Filter by name, label or note (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="131"/>
        <source>Filter by user name, label or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="153"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="153"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="158"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="159"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="170"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="181"/>
        <source>Copy SMTP settings &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="190"/>
        <source>Copy a {title} snippet for the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="194"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="199"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="203"/>
        <location filename="../../app/ui/views/main_window.py" line="205"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="390"/>
        <source>Hide passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="390"/>
        <source>Re&amp;veal passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="419"/>
        <source>Open the row menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="419"/>
        <source>Menu key, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="420"/>
        <source>From the filter to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="420"/>
        <source>Down, Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="421"/>
        <source>Clear the filter, then back to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="421"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="422"/>
        <source>Edit the selected user (in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="422"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="284"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordAge</name>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="59"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="61"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="62"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="61"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="67"/>
        <location filename="../../app/ui/dialogs/preferences.py" line="101"/>
        <location filename="../../app/ui/dialogs/preferences.py" line="110"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="70"/>
        <source>Clear copied passwords after, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="72"/>
        <source>A password copied to the clipboard is removed after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="74"/>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="76"/>
        <source>Never clear copied passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="80"/>
        <source>&amp;Refresh the user list every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="82"/>
        <source>Refresh the user list automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="86"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="89"/>
        <source>Automatic refresh interval, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="92"/>
        <source>&amp;Show passwords by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="94"/>
        <source>Show passwords by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="96"/>
        <source>When off, passwords are masked until you choose to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="103"/>
        <source>Request timeout, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="105"/>
        <source>How long to wait for the SendClean service before giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="112"/>
        <source>Mask revealed passwords after, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="113"/>
        <source>Until &amp;hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="115"/>
        <source>Keep revealed passwords until hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="119"/>
        <source>Mark passwords &amp;older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="121"/>
        <source>Mark passwords due for rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="124"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="126"/>
        <source>Rotation age, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="128"/>
        <source>&amp;Clear copied passwords after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="130"/>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="134"/>
        <source>Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="137"/>
        <source>&amp;Mask revealed passwords after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="140"/>
        <source>Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="149"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="152"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="14"/>
        <source>Labels, notes and change tracking are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="18"/>
        <source>Something unexpected went wrong. The details say what happened.</source>
        <extracomment>QT_TRANSLATE_NOOP marks each for the catalog; :func:`translate` translates it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="21"/>
        <source>This is not a usable web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="22"/>
        <source>The API address must start with https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="25"/>
        <source>Plain http:// would send the token unencrypted; use https:// (http works only for a local server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="30"/>
        <source>The API address must not carry a user name, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="33"/>
        <source>“{domain}” is not an app domain; it looks like us1-mta1.sendclean.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="36"/>
        <source>SendClean rejected the owner ID or token. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="39"/>
        <source>SendClean refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="40"/>
        <source>SendClean could not carry out the request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="43"/>
        <source>SendClean answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="44"/>
        <source>{host} did not finish answering within {seconds} seconds, so the call was stopped. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="49"/>
        <source>Could not connect to {host} in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="52"/>
        <source>{host} did not answer within {seconds} seconds. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="55"/>
        <source>{host} stopped sending its answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="58"/>
        <source>The security certificate of {host} could not be verified, so the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="62"/>
        <source>A secure connection to {host} could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="65"/>
        <source>The server {host} could not be found. Check the app domain of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="68"/>
        <source>Could not connect to {host}: the server refused or cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="71"/>
        <source>{host} closed the connection without answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="74"/>
        <source>The request to {host} failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="75"/>
        <source>The server sent the request elsewhere (HTTP {http_status}); this app does not follow that. Check the address of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="80"/>
        <source>The server sent an empty answer (HTTP {http_status}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="83"/>
        <source>The server sent a web page instead of an answer of SendClean (HTTP {http_status}). Check the address of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="88"/>
        <source>The server&apos;s answer is larger than {limit_mib} MiB, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="91"/>
        <source>The server&apos;s answer was cut off (HTTP {http_status}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="94"/>
        <source>The server&apos;s answer could not be unpacked (HTTP {http_status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="97"/>
        <source>The server&apos;s answer is not in the form SendClean uses (HTTP {http_status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="100"/>
        <source>No system keyring is available. You can use the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="103"/>
        <source>The only keyring available keeps secrets in a plain file, so it is not used. You can use the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="108"/>
        <source>The system keyring is locked. Unlock it and try again, or use the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="113"/>
        <source>The system keyring could not be opened. You can use the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="117"/>
        <source>The system keyring did not work. Try again, or use the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="121"/>
        <source>The server answered: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="122"/>
        <source>The server&apos;s answer is not SMTP. Check the host and the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="125"/>
        <source>The server sent a reply of more than {lines} lines, so the check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="128"/>
        <source>The server did not answer within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="131"/>
        <source>The security certificate of {host} could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="134"/>
        <source>The secure connection to {address} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="135"/>
        <source>{address} did not answer with encryption. Is this a STARTTLS port? Try port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="139"/>
        <source>{address} refused the connection. Check the host and the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="142"/>
        <source>The host name {host} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="143"/>
        <source>The host name {host} could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="144"/>
        <source>{address} closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="147"/>
        <source>{address} does not offer a login (SMTP AUTH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="148"/>
        <source>{address} does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="149"/>
        <source>{address} does not offer a feature this app needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="152"/>
        <source>The connection to {address} was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="153"/>
        <source>Could not talk to {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="154"/>
        <source>The SMTP session with {address} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="155"/>
        <source>The server offers no login method this app supports (it offers {offered}; supported: {supported}). The password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="160"/>
        <source>The user name or the password has characters this server&apos;s login cannot take (only ASCII works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="165"/>
        <source>{address} does not offer STARTTLS, so the connection cannot be encrypted. The password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="170"/>
        <source>Cancelled. The message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="171"/>
        <source>Cancelled after the message was sent: it may have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="174"/>
        <source>The sender “{sender}” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="177"/>
        <source>Enter at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="178"/>
        <source>A test message goes to at most {max} recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="181"/>
        <source>The recipient “{recipient}” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="184"/>
        <source>The subject must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="185"/>
        <source>The subject is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="188"/>
        <source>The text is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="189"/>
        <source>The text contains a null character, which cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="192"/>
        <source>Could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="193"/>
        <source>Could not read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="194"/>
        <source>Could not use {path}: permission denied. Choose another folder or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="197"/>
        <source>Could not write {path}: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="198"/>
        <source>Could not write {path}: its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="201"/>
        <source>Could not read {path}: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="202"/>
        <source>The file is larger than {max_mib} MiB, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="205"/>
        <source>The file is not a labels file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="206"/>
        <source>The file is not a labels file of SendClean SMTP Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="209"/>
        <source>The labels file was made by a newer version of the app. Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="212"/>
        <source>The labels file has more than {max} users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="213"/>
        <source>The local database {path} was made by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="216"/>
        <source>The local database {path} is damaged. Move it away to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="219"/>
        <source>The local database {path} is locked by another program. Is the app running twice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="223"/>
        <source>The local database {path} cannot be written: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="226"/>
        <source>The local database {path} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="227"/>
        <source>The local database {path} cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="230"/>
        <source>SendClean said: {server_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="232"/>
        <source>The token of the account {account} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="233"/>
        <source>The token of the account {account} could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="234"/>
        <source>The token of the account {account} could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="38"/>
        <source>Changes on their way</source>
        <extracomment>Nothing is pending any more, or the user chose to quit anyway: close now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="39"/>
        <source>{count} change(s) to SendClean are queued or on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="44"/>
        <source>Wait, and the app quits once SendClean has answered. Quit anyway, and nothing more is sent; a change already on its way is recorded in the change history as unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="50"/>
        <source>&amp;Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="51"/>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="61"/>
        <source>Quitting once the changes on their way are answered…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rename_account.py" line="15"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rename_account.py" line="16"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="36"/>
        <source>Send test message as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="40"/>
        <source>Sends one message through {server} with the password of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="46"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="47"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="48"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="51"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="56"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="57"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="58"/>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="59"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="70"/>
        <source>SMTP dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="75"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="78"/>
        <location filename="../../app/ui/dialogs/send_test.py" line="134"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="114"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="134"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="136"/>
        <source>Sending through {server}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="141"/>
        <source>Sent. The relay answered: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="144"/>
        <source>The message went out, but no answer came: it may have been delivered. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="148"/>
        <source>Not sent: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetLimitsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="15"/>
        <source>Set limits of {count} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="16"/>
        <source>&amp;Set limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="17"/>
        <source>Set limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="22"/>
        <source>One call per user, with progress and Cancel. Leave a field empty to keep each user&apos;s own value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="28"/>
        <source>Only where the new value is &amp;lower (to throttle a leak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="30"/>
        <source>Only where the new value is lower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="36"/>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="39"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="40"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="40"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpController</name>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="80"/>
        <source>Testing the SMTP login of {name} at {host}:{port}…</source>
        <extracomment>The whole test send, from connecting to the relay&apos;s last answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="116"/>
        <source>The new password works at {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="120"/>
        <source>The new password did not work at {host}:{port}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="135"/>
        <source>SMTP login works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="135"/>
        <source>SMTP login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="137"/>
        <source>{name} logged in to {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="139"/>
        <source>{name} could not log in to {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpServerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="24"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="27"/>
        <source>The SMTP relay your programs send through. Defaults: {host}, port {port} (STARTTLS); use 465 for implicit TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="34"/>
        <source>SMTP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="37"/>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="54"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="55"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="10"/>
        <source>Plain settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="11"/>
        <source>Postfix relay (main.cf + sasl_passwd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="12"/>
        <source>Python (smtplib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="13"/>
        <source>Node.js (Nodemailer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="14"/>
        <source>PHP (PHPMailer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="21"/>
        <source>Account in use</source>
        <extracomment>How often, at most, a bulk run&apos;s progress bar is repainted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="22"/>
        <source>Users shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="23"/>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="24"/>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="27"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="38"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="43"/>
        <source>Cancel the changes not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="44"/>
        <source>Stop after the change on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="46"/>
        <source>Selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="48"/>
        <source>Entries not read fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="61"/>
        <location filename="../../app/ui/views/status_panel.py" line="108"/>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="74"/>
        <source>{total} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="76"/>
        <source>{shown} of {total} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="82"/>
        <source>{count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="88"/>
        <source>{count} entries could not be read fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="90"/>
        <source>1 entry could not be read fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="93"/>
        <source>SendClean sent values this app could not read (shown as “—” or Unknown); entries without a user name cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="103"/>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="120"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="144"/>
        <source>Clipboard clears in {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="153"/>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="156"/>
        <source>The clipboard could not be cleared — clear it yourself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPlace</name>
    <message>
        <location filename="../../app/ui/views/token_place.py" line="14"/>
        <source>memory, for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/token_place.py" line="17"/>
        <source>the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/token_place.py" line="18"/>
        <source>the system keyring ({backend})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersController</name>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="103"/>
        <source>New SMTP credentials</source>
        <extracomment>Checks new credentials at the relay (AUTH only) and says what it found. Keeps a label for a new user (the local store).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="114"/>
        <source>The answer to “Add SMTP user” was lost, so SendClean may have created the user anyway. The list is being refreshed: look for a new user before adding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="140"/>
        <source>After the refresh, this user appeared and is selected: {names}. SendClean probably created it; reset its password to get credentials you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="145"/>
        <source>After the refresh, no new user appeared: SendClean did not create one, so you can add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="189"/>
        <source>{name} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="197"/>
        <source>The answer to “Edit” for {name} was lost, so the change may have been made. The list is being refreshed and shows what SendClean has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="245"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="246"/>
        <source>The old password of {name} no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="250"/>
        <source>Checking the new password at the SMTP relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="263"/>
        <source>The answer to “Reset password” for {name} was lost, so its password may have changed. The list is being refreshed and shows the password SendClean has now; reset again if you need to see a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="336"/>
        <source>The answer was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="61"/>
        <source>SMTP user name</source>
        <extracomment>Sorting by a column of our own (label, password age) rather than the API&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="62"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="64"/>
        <source>Total limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="65"/>
        <source>Hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="66"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="67"/>
        <source>Password age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="70"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="70"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="71"/>
        <source>(not shown by SendClean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="72"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="73"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="74"/>
        <source>{age} — due for rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="320"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
