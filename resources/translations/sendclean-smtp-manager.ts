<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="36"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="38"/>
        <source>{app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="52"/>
        <source>Version and path details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="56"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="60"/>
        <source>Copy details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="62"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="75"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="77"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="78"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="79"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="80"/>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../../app/ui/account_flows.py" line="128"/>
        <source>memory, for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/account_flows.py" line="210"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/account_flows.py" line="211"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/account_flows.py" line="232"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/account_flows.py" line="234"/>
        <source>Forget the account {label} and delete its token from {where}? Its SMTP users on SendClean are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="63"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="66"/>
        <source>Reload the SMTP users from SendClean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="70"/>
        <source>&amp;Add SMTP user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73"/>
        <source>Create a new SMTP user with its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80"/>
        <source>Change the limits or status of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89"/>
        <source>Give the selected user a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="93"/>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="96"/>
        <source>Copy the selected user&apos;s password; the clipboard clears itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="102"/>
        <source>Copy &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="105"/>
        <source>Copy the selected user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="109"/>
        <source>Re&amp;veal passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="112"/>
        <source>Show or hide the passwords in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="117"/>
        <source>E&amp;nable selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="120"/>
        <source>Enable every selected SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124"/>
        <source>&amp;Disable selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127"/>
        <source>Disable every selected SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="131"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="134"/>
        <source>Filter the users by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="138"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="141"/>
        <source>Clipboard, auto-refresh and network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="147"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="150"/>
        <source>Versions and where the app keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="157"/>
        <source>Quit the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="161"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="164"/>
        <source>Connect another SendClean account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="168"/>
        <source>Re&amp;name account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="171"/>
        <source>Rename the account in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="175"/>
        <source>Re&amp;move account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="178"/>
        <source>Forget the account in use and delete its stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="184"/>
        <source>Update &amp;credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="187"/>
        <source>Change the owner ID or token of the account in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="26"/>
        <source>Add SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="27"/>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="28"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/application.py" line="71"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="72"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="73"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="74"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="70"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="75"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmResetDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="25"/>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="49"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="29"/>
        <source>Reset the password of {user}? The current password stops working at once; programs using it must be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="44"/>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="50"/>
        <source>The current password stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="38"/>
        <source>Connect to SendClean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="39"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="40"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="45"/>
        <source>Enter the app domain, owner ID and API token from your SendClean dashboard. They are checked with SendClean before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="52"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="53"/>
        <source>A name for this account, shown in the title bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="56"/>
        <source>App domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="56"/>
        <source>For example us1-mta1.sendclean.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="59"/>
        <source>Use a full API &amp;address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="61"/>
        <source>Use a full API address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="64"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="65"/>
        <source>For example https://api.us1-mta1.sendclean.net/v1.0/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="69"/>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="69"/>
        <source>Your SendClean owner (user) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="73"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="74"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="77"/>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="85"/>
        <source>&amp;Remember the token in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="87"/>
        <source>Remember the token in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="90"/>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="92"/>
        <source>Use the token for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="99"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="100"/>
        <source>App &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="101"/>
        <source>API a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="102"/>
        <source>&amp;Owner ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="103"/>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="155"/>
        <source>Enter the owner ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="157"/>
        <source>Enter the API token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="91"/>
        <source>New SMTP credentials</source>
        <extracomment>The untranslated default window title; the dialog shows its translation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="100"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="109"/>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="110"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="113"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="125"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="126"/>
        <location filename="../../app/ui/dialogs/credentials.py" line="210"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="130"/>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="135"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="138"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="142"/>
        <source>Copy the password now: SendClean shows it only here and in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="147"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="153"/>
        <source>Copy user &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="156"/>
        <source>Copy &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="159"/>
        <source>Copy SMTP &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="162"/>
        <source>Host, port, security, user name and password, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="168"/>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="173"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="175"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="210"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="214"/>
        <source>User name copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="218"/>
        <source>Password copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="223"/>
        <source>SMTP settings copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="226"/>
        <source>Selection copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="235"/>
        <source>{what} — the clipboard never clears automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/credentials.py" line="238"/>
        <source>{what} — clipboard clears in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/credentials.py" line="240"/>
        <source>{what} — clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="244"/>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="30"/>
        <source>Edit {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="31"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="32"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="34"/>
        <source>&amp;Enabled (may send email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="36"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="38"/>
        <source>A disabled SMTP user cannot send email until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="49"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="18"/>
        <source>Problem notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="27"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="29"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="31"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="33"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="49"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/ui/error_text.py" line="28"/>
        <source>Unexpected error ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportUsersDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="28"/>
        <source>Export users to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="30"/>
        <source>Exports the {n} users shown (name, status and limits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="34"/>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="35"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="37"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="39"/>
        <source>Include &amp;passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="41"/>
        <source>Include passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="55"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="70"/>
        <source>The file will hold every password in plain text. Anyone who can read it can send mail as these users; keep it private and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="79"/>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="79"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtrasFlow</name>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="38"/>
        <source>&amp;Test SMTP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="40"/>
        <source>Log in to the SMTP server as the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="42"/>
        <source>SMTP &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="43"/>
        <source>The SMTP relay host and port of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="45"/>
        <source>&amp;Export users to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="47"/>
        <source>Save the users shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="49"/>
        <source>Change &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="51"/>
        <source>What was changed from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="53"/>
        <source>Copy SMTP settings &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="60"/>
        <source>Copy a {title} snippet for the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="127"/>
        <source>Testing the SMTP login of {name} at {host}:{port}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="141"/>
        <source>SMTP login works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="141"/>
        <source>SMTP login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="143"/>
        <source>{name} logged in to {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="145"/>
        <source>{name} could not log in to {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="170"/>
        <source>&amp;Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="172"/>
        <source>Test the SMTP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="190"/>
        <source>{title} settings for {name} copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="236"/>
        <source>{count} users exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="248"/>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="271"/>
        <source>The change could not be written to the history: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="296"/>
        <source>Export change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="298"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/extras_flow.py" line="306"/>
        <source>{count} changes exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="161"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="163"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="30"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="32"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="33"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="34"/>
        <source>SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="35"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="36"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="40"/>
        <source>Changes made from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="61"/>
        <source>{n} changes recorded on this computer (never passwords or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="67"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitEdit</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="115"/>
        <source>Enter a limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="117"/>
        <source>Enter a whole number, for example 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="120"/>
        <source>The limit must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="122"/>
        <source>The limit can be at most 2000000000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsFormDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="264"/>
        <source>Total limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="267"/>
        <source>How many emails this SMTP user may send in total; a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="271"/>
        <source>Hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="274"/>
        <source>How many emails this SMTP user may send per hour; a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="281"/>
        <source>The hourly limit is higher than the total limit; the total limit will be reached first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="287"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="290"/>
        <source>&amp;Total limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="292"/>
        <source>&amp;Hourly limit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>SMTP users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>The SMTP users of the account: name, password, status and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Row headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Filter by user name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Filter by user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="421"/>
        <source>Hide passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="421"/>
        <source>Re&amp;veal passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="431"/>
        <source>SendClean did not send a password for {name}; reset it to get one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>Password of {name} copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="442"/>
        <source>User name {name} copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="474"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="58"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="64"/>
        <location filename="../../app/ui/dialogs/preferences.py" line="98"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="67"/>
        <source>Clear copied passwords after, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="69"/>
        <source>A password copied to the clipboard is removed after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="71"/>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="73"/>
        <source>Never clear copied passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="77"/>
        <source>&amp;Refresh the user list every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="79"/>
        <source>Refresh the user list automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="83"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="86"/>
        <source>Automatic refresh interval, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="89"/>
        <source>&amp;Show passwords by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="91"/>
        <source>Show passwords by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="93"/>
        <source>When off, passwords are masked until you choose to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="100"/>
        <source>Request timeout, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="102"/>
        <source>How long to wait for the SendClean service before giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="105"/>
        <source>&amp;Clear copied passwords after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="107"/>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="111"/>
        <source>Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="122"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="125"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpServerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="23"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="26"/>
        <source>The SMTP relay your programs send through. Defaults: {host}, port {port} (STARTTLS); use 465 for implicit TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="33"/>
        <source>SMTP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="36"/>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="53"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="54"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <location filename="../../app/ui/user_operations.py" line="95"/>
        <source>New SMTP credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="105"/>
        <source>The answer to “Add SMTP user” was lost, so SendClean may have created the user anyway. The list is being refreshed: look for a new user before adding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="139"/>
        <source>{name} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="169"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="170"/>
        <source>The old password of {name} no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="178"/>
        <source>The answer to “Reset password” for {name} was lost, so its password may have changed. The list is being refreshed and shows the password SendClean has now; reset again if you need to see a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="201"/>
        <source>The selected users are already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="203"/>
        <source>The selected users are already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="222"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="222"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="223"/>
        <source>{count} users {verb}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="227"/>
        <source>Stopped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="230"/>
        <source>…and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="231"/>
        <source>Some users were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_operations.py" line="280"/>
        <source>The answer was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../app/ui/users_model.py" line="48"/>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="49"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="51"/>
        <source>Total limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="52"/>
        <source>Hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="54"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="54"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="55"/>
        <source>(not shown by SendClean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/users_model.py" line="210"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <location filename="../../app/ui/status_panel.py" line="13"/>
        <source>Account in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="14"/>
        <source>Users shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="15"/>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="16"/>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="19"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="28"/>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="525"/>
        <source>Credentials needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="529"/>
        <source>Enter the owner ID and token from your SendClean dashboard again. If the system keyring cannot keep the token, you can use it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="533"/>
        <source>Update credentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._bar</name>
    <message>
        <location filename="../../app/ui/status_panel.py" line="41"/>
        <source>{total} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="43"/>
        <source>{shown} of {total} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="49"/>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/status_panel.py" line="61"/>
        <source>Clipboard clears in {s} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
