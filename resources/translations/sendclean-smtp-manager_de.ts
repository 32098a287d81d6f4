<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="64"/>
        <source>About {app}</source>
        <extracomment>The user asked to open this folder in the file manager.</extracomment>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="66"/>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="80"/>
        <source>Version and path details</source>
        <translation>Versionen und Pfade</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="84"/>
        <source>&amp;Copy details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="88"/>
        <source>Copy details to the clipboard</source>
        <translation>Die Angaben in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="90"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="102"/>
        <source>Open {what}</source>
        <translation>{what} öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="104"/>
        <source>Open the folder of {what}</source>
        <translation>Den Ordner von {what} öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="108"/>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="111"/>
        <source>Show the licence</source>
        <translation>Die Lizenz anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="123"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="125"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="126"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="127"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="128"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="133"/>
        <source>Licence: MIT</source>
        <translation>Lizenz: MIT</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="204"/>
        <source>memory, for this session only</source>
        <extracomment>An account was connected through the Connect dialog. An account was removed (its id): forget what was kept about it.</extracomment>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="261"/>
        <source>Credentials needed</source>
        <translation>Zugangsdaten benötigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="265"/>
        <source>Enter the owner ID and token from your SendClean dashboard again. If the system keyring cannot keep the token, you can use it for this session only.</source>
        <translation>Geben Sie Owner-ID und Token aus Ihrem SendClean-Dashboard erneut ein. Kann der Systemschlüsselbund das Token nicht aufbewahren, können Sie es nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="271"/>
        <source>Update credentials…</source>
        <translation>Zugangsdaten aktualisieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="311"/>
        <source>Forget the account {label} and delete its token from {where}? Its SMTP users on SendClean are not affected.</source>
        <translation>Das Konto {label} vergessen und sein Token aus {where} löschen? Seine SMTP-Benutzer bei SendClean bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="316"/>
        <source>Forget the account {label}? Its token was kept in memory only and is gone with it. Its SMTP users on SendClean are not affected.</source>
        <translation>Das Konto {label} vergessen? Sein Token lag nur im Arbeitsspeicher und ist damit weg. Seine SMTP-Benutzer bei SendClean bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/accounts.py" line="322"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/views/actions.py" line="78"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="81"/>
        <source>Reload the SMTP users from SendClean</source>
        <translation>Die SMTP-Benutzer neu von SendClean laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="85"/>
        <source>&amp;Add SMTP user…</source>
        <translation>SMTP-Benutzer &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="88"/>
        <source>Create a new SMTP user with its limits</source>
        <translation>Einen neuen SMTP-Benutzer mit seinen Limits anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="95"/>
        <source>Change the limits or status of the selected user</source>
        <translation>Limits oder Status des ausgewählten Benutzers ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="101"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="104"/>
        <source>Give the selected user a new password</source>
        <translation>Dem ausgewählten Benutzer ein neues Passwort geben</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="108"/>
        <source>&amp;Copy password</source>
        <translation>Passwort &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="111"/>
        <source>Copy the selected user&apos;s password; the clipboard clears itself</source>
        <translation>Das Passwort des ausgewählten Benutzers kopieren; die Zwischenablage leert sich selbst</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="117"/>
        <source>Copy &amp;user name</source>
        <translation>&amp;Benutzernamen kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="120"/>
        <source>Copy the selected user&apos;s name</source>
        <translation>Den Namen des ausgewählten Benutzers kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="124"/>
        <source>Re&amp;veal passwords</source>
        <translation>Passwörter &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="127"/>
        <source>Show or hide the passwords in the table</source>
        <translation>Die Passwörter in der Tabelle zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="132"/>
        <source>E&amp;nable selected</source>
        <translation>Ausgewählte a&amp;ktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="135"/>
        <source>Enable every selected SMTP user</source>
        <translation>Alle ausgewählten SMTP-Benutzer aktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="139"/>
        <source>&amp;Disable selected</source>
        <translation>Ausgewählte &amp;deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="142"/>
        <source>Disable every selected SMTP user</source>
        <translation>Alle ausgewählten SMTP-Benutzer deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="146"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="149"/>
        <source>Filter the users by name</source>
        <translation>Die Benutzer nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="153"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="156"/>
        <source>Clipboard, auto-refresh and network settings</source>
        <translation>Zwischenablage, automatisches Aktualisieren und Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="162"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="165"/>
        <source>Versions and where the app keeps its data</source>
        <translation>Versionen und wo die App ihre Daten ablegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="172"/>
        <source>Quit the app</source>
        <translation>Die App beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="176"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="179"/>
        <source>Connect another SendClean account</source>
        <translation>Ein weiteres SendClean-Konto verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="183"/>
        <source>Re&amp;name account…</source>
        <translation>Konto &amp;umbenennen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="186"/>
        <source>Rename the account in use</source>
        <translation>Das verwendete Konto umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="190"/>
        <source>Re&amp;move account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="193"/>
        <source>Forget the account in use and delete its stored token</source>
        <translation>Das verwendete Konto vergessen und sein gespeichertes Token löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="199"/>
        <source>Update &amp;credentials…</source>
        <translation>&amp;Zugangsdaten aktualisieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="202"/>
        <source>Change the owner ID or token of the account in use</source>
        <translation>Owner-ID oder Token des verwendeten Kontos ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="208"/>
        <source>&amp;Test SMTP login</source>
        <translation>SMTP-Anmeldung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="211"/>
        <source>Log in to the SMTP server as the selected user</source>
        <translation>Sich als ausgewählter Benutzer beim SMTP-Server anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="217"/>
        <source>SMTP &amp;server…</source>
        <translation>SMTP-&amp;Server …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="220"/>
        <source>The SMTP relay host and port of this account</source>
        <translation>Host und Port des SMTP-Relays dieses Kontos</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="226"/>
        <source>&amp;Export users to CSV…</source>
        <translation>Benutzer als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="229"/>
        <source>Save the users shown as a CSV file</source>
        <translation>Die angezeigten Benutzer als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="233"/>
        <source>Change &amp;history…</source>
        <translation>Änderungs&amp;verlauf …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="236"/>
        <source>What was changed from this app</source>
        <translation>Was in dieser App geändert wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="240"/>
        <source>Send test &amp;message…</source>
        <translation>Test&amp;nachricht senden …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="243"/>
        <source>Send a test message through the SMTP relay as the selected user</source>
        <translation>Als ausgewählter Benutzer eine Testnachricht über das SMTP-Relay senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="249"/>
        <source>Sandbox &amp;mailbox…</source>
        <translation>Sandbox-&amp;Postfach …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="252"/>
        <source>The messages the sandbox&apos;s SMTP relay accepted</source>
        <translation>Die Nachrichten, die das SMTP-Relay der Sandbox angenommen hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="258"/>
        <source>&amp;Label and note…</source>
        <translation>&amp;Etikett und Notiz …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="261"/>
        <source>A label and a note for the selected user, kept on this computer</source>
        <translation>Ein Etikett und eine Notiz zum ausgewählten Benutzer, auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="267"/>
        <source>Ac&amp;knowledge changes made elsewhere</source>
        <translation>Anderswo gemachte Änderungen &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="270"/>
        <source>Stop highlighting the changes seen for the selected users</source>
        <translation>Die bemerkten Änderungen der ausgewählten Benutzer nicht mehr hervorheben</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="276"/>
        <source>Re&amp;tire…</source>
        <translation>&amp;Stilllegen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="279"/>
        <source>Disable the selected users and hide them (SendClean cannot delete)</source>
        <translation>Die ausgewählten Benutzer deaktivieren und ausblenden (SendClean kann nicht löschen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="285"/>
        <source>&amp;Un-retire</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="288"/>
        <source>Show the selected retired users again</source>
        <translation>Die ausgewählten stillgelegten Benutzer wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="292"/>
        <source>Show &amp;retired users</source>
        <translation>S&amp;tillgelegte Benutzer anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="295"/>
        <source>Show the users retired on this computer</source>
        <translation>Die auf diesem Computer stillgelegten Benutzer anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="300"/>
        <source>Set &amp;limits…</source>
        <translation>&amp;Limits setzen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="303"/>
        <source>Change the total or hourly limit of every selected user</source>
        <translation>Gesamt- oder Stundenlimit aller ausgewählten Benutzer ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="309"/>
        <source>Export &amp;labels…</source>
        <translation>Etiketten e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="312"/>
        <source>Save this account&apos;s labels and notes for another computer</source>
        <translation>Etiketten und Notizen dieses Kontos für einen anderen Computer speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="318"/>
        <source>&amp;Import labels…</source>
        <translation>Etiketten &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="321"/>
        <source>Merge labels and notes from a file, by user name</source>
        <translation>Etiketten und Notizen aus einer Datei übernehmen, nach Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="327"/>
        <source>Only users &amp;due for rotation</source>
        <translation>Nur Benutzer mit &amp;fälligem Passwortwechsel</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/actions.py" line="330"/>
        <source>Show only the users whose password is older than the rotation age</source>
        <translation>Nur die Benutzer anzeigen, deren Passwort älter als das Wechselalter ist</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="29"/>
        <source>Add SMTP user</source>
        <translation>SMTP-Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="30"/>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="31"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="36"/>
        <source>Label, kept on this computer</source>
        <translation>Etikett, auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="38"/>
        <source>e.g. Shop website</source>
        <translation>z. B. Shop-Website</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/add_user.py" line="39"/>
        <source>&amp;Label, kept on this computer:</source>
        <translation>&amp;Etikett, auf diesem Computer gespeichert:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/wiring.py" line="86"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="87"/>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="88"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="89"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="224"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="229"/>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <location filename="../../app/ui/wiring.py" line="230"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="132"/>
        <source>The selected users are already enabled.</source>
        <extracomment>How many user names a confirmation or report lists before &quot;and N more&quot;. The fields one bulk call changes, as keyword arguments of ``edit_user``. What each user&apos;s call sends. How often, at most, the table and the progress follow a bulk run&apos;s answers.</extracomment>
        <translation>Die ausgewählten Benutzer sind bereits aktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="134"/>
        <source>The selected users are already disabled.</source>
        <translation>Die ausgewählten Benutzer sind bereits deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="146"/>
        <source>Disable SMTP users</source>
        <translation>SMTP-Benutzer deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="147"/>
        <source>Disable {count} SMTP user(s)?</source>
        <translation>{count} SMTP-Benutzer deaktivieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="150"/>
        <source>{names} will stop sending mail at once: every program that uses them gets its messages refused. You can enable them again later.</source>
        <translation>{names} senden sofort keine E-Mails mehr: Jedes Programm, das sie verwendet, bekommt seine Nachrichten abgewiesen. Sie können sie später wieder aktivieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="152"/>
        <location filename="../../app/ui/controllers/bulk.py" line="336"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="155"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="182"/>
        <source>Nothing to change: no selected user has a higher limit.</source>
        <translation>Nichts zu ändern: Kein ausgewählter Benutzer hat ein höheres Limit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="311"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="313"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="315"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="317"/>
        <source>{count} users {verb}.</source>
        <translation>{count} Benutzer {verb}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="329"/>
        <source>Stopped: {why}</source>
        <translation>Angehalten: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="331"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="334"/>
        <source>{n} not tried (nothing was sent for them): {names}</source>
        <translation>{n} nicht versucht (für sie wurde nichts gesendet): {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="340"/>
        <source>{n} failed:</source>
        <translation>{n} fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="344"/>
        <source>…and {n} more.</source>
        <translation>… und {n} weitere.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="348"/>
        <source>Some users were not changed</source>
        <translation>Einige Benutzer wurden nicht geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="358"/>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/bulk.py" line="358"/>
        <source>&amp;Retry the rest</source>
        <translation>Den Rest &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="96"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="12"/>
        <location filename="../../app/ui/views/change_words.py" line="13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="14"/>
        <source>Total limit</source>
        <translation>Gesamtlimit</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="15"/>
        <source>Hourly limit</source>
        <translation>Stundenlimit</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="16"/>
        <source>Seen</source>
        <translation>Bemerkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="20"/>
        <source>appeared</source>
        <extracomment>How a user changed outside the app, as the history keeps it.</extracomment>
        <translation>aufgetaucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="21"/>
        <source>vanished</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="22"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="26"/>
        <location filename="../../app/ui/views/change_words.py" line="28"/>
        <source>Enabled</source>
        <extracomment>The words the change history keeps for a status (English, as written to the file).</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="27"/>
        <location filename="../../app/ui/views/change_words.py" line="29"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/change_words.py" line="39"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ConfirmResetDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="26"/>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="50"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="30"/>
        <source>Reset the password of {user}? The current password stops working at once; programs using it must be updated.</source>
        <translation>Das Passwort von {user} zurücksetzen? Das aktuelle Passwort funktioniert sofort nicht mehr; Programme, die es verwenden, müssen angepasst werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="45"/>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="51"/>
        <source>The current password stops working at once.</source>
        <translation>Das aktuelle Passwort funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/confirm_reset.py" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="51"/>
        <source>Connect to SendClean</source>
        <translation>Mit SendClean verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="52"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="53"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="58"/>
        <source>Enter the app domain, owner ID and API token from your SendClean dashboard. They are checked with SendClean before anything is saved.</source>
        <translation>Geben Sie App-Domain, Owner-ID und API-Token aus Ihrem SendClean-Dashboard ein. Sie werden bei SendClean geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="65"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="66"/>
        <source>A name for this account, shown in the title bar</source>
        <translation>Ein Name für dieses Konto, in der Titelleiste angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="69"/>
        <source>App domain</source>
        <translation>App-Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="69"/>
        <source>For example us1-mta1.sendclean.net</source>
        <translation>Zum Beispiel us1-mta1.sendclean.net</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="76"/>
        <source>Use a full API &amp;address instead</source>
        <translation>Stattdessen eine vollständige API-&amp;Adresse verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="78"/>
        <source>Use a full API address instead</source>
        <translation>Stattdessen eine vollständige API-Adresse verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="81"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="82"/>
        <source>For example https://api.us1-mta1.sendclean.net/v1.0/</source>
        <translation>Zum Beispiel https://api.us1-mta1.sendclean.net/v1.0/</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="86"/>
        <source>Owner ID</source>
        <translation>Owner-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="86"/>
        <source>Your SendClean owner (user) ID</source>
        <translation>Ihre SendClean-Owner-ID (Benutzer-ID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="90"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="91"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation>Im Systemschlüsselbund aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="94"/>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="102"/>
        <source>&amp;Remember the token in the system keyring</source>
        <translation>Token im Systemschlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="104"/>
        <source>Remember the token in the system keyring</source>
        <translation>Token im Systemschlüsselbund merken</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="107"/>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="109"/>
        <source>Use the token for this session only</source>
        <translation>Das Token nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="116"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="117"/>
        <source>App &amp;domain:</source>
        <translation>App-&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="118"/>
        <source>API a&amp;ddress:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="119"/>
        <source>&amp;Owner ID:</source>
        <translation>&amp;Owner-ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="120"/>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="174"/>
        <source>Enter the owner ID.</source>
        <translation>Geben Sie die Owner-ID ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="176"/>
        <source>Enter the API token.</source>
        <translation>Geben Sie das API-Token ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect.py" line="201"/>
        <source>Checking the owner ID and token with SendClean…</source>
        <translation>Owner-ID und Token werden bei SendClean geprüft …</translation>
    </message>
</context>
<context>
    <name>CopyController</name>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="43"/>
        <source>SendClean did not send a password for {name}; reset it to get one.</source>
        <translation>SendClean hat für {name} kein Passwort gesendet; setzen Sie es zurück, um eines zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="48"/>
        <source>Password of {name} copied.</source>
        <translation>Passwort von {name} kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="54"/>
        <source>User name {name} copied.</source>
        <translation>Benutzername {name} kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="67"/>
        <source>A {title} snippet cannot hold the settings of {name} (the host, user name or password has characters it cannot take).</source>
        <translation>Ein Ausschnitt „{title}“ kann die Einstellungen von {name} nicht aufnehmen (Host, Benutzername oder Passwort enthalten Zeichen, die er nicht verträgt).</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/copying.py" line="74"/>
        <source>{title} settings for {name} copied.</source>
        <translation>Einstellungen „{title}“ für {name} kopiert.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="98"/>
        <source>New SMTP credentials</source>
        <extracomment>The untranslated default window title; the dialog shows its translation. The user asked to test these credentials at the account&apos;s SMTP relay. The user asked to send a test message with these credentials.</extracomment>
        <translation>Neue SMTP-Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="107"/>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="116"/>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="117"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="120"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="132"/>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="133"/>
        <location filename="../../app/ui/dialogs/credentials.py" line="262"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="137"/>
        <source>Show or hide the password</source>
        <translation>Das Passwort zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="142"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="145"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="150"/>
        <source>Copy the password now. It also stays visible in the users list (SendClean&apos;s list returns it); Reset password gives a new one.</source>
        <translation>Kopieren Sie das Passwort jetzt. Es bleibt auch in der Benutzerliste sichtbar (die Liste von SendClean enthält es); „Passwort zurücksetzen“ erzeugt ein neues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="157"/>
        <source>SMTP server: {host}, port {port}</source>
        <translation>SMTP-Server: {host}, Port {port}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="161"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="165"/>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="171"/>
        <source>Copy user &amp;name</source>
        <translation>Benutzer&amp;namen kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="174"/>
        <source>Copy &amp;password</source>
        <translation>&amp;Passwort kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="177"/>
        <source>Copy SMTP &amp;settings</source>
        <translation>SMTP-&amp;Einstellungen kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="180"/>
        <source>Host, port, security, user name and password, one per line</source>
        <translation>Host, Port, Verschlüsselung, Benutzername und Passwort, je eine Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="186"/>
        <source>SMTP login check</source>
        <translation>Prüfung der SMTP-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="193"/>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="198"/>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="200"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="202"/>
        <source>&amp;Test login</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="204"/>
        <source>Test the SMTP login</source>
        <translation>Die SMTP-Anmeldung testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="207"/>
        <source>Send test &amp;message…</source>
        <translation>Test&amp;nachricht senden …</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="209"/>
        <source>Send a test message</source>
        <translation>Eine Testnachricht senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="262"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="266"/>
        <source>User name copied</source>
        <translation>Benutzername kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="270"/>
        <source>Password copied</source>
        <translation>Passwort kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="275"/>
        <source>SMTP settings copied</source>
        <translation>SMTP-Einstellungen kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="278"/>
        <source>Selection copied</source>
        <translation>Auswahl kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="287"/>
        <source>{what} — the clipboard never clears automatically</source>
        <translation>{what} — die Zwischenablage leert sich nie von selbst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/credentials.py" line="290"/>
        <source>{what} — clipboard clears in %n min</source>
        <translation>
            <numerusform>{what} — Zwischenablage leert sich in %n Minute</numerusform>
            <numerusform>{what} — Zwischenablage leert sich in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/credentials.py" line="292"/>
        <source>{what} — clipboard clears in %n s</source>
        <translation>
            <numerusform>{what} — Zwischenablage leert sich in %n Sekunde</numerusform>
            <numerusform>{what} — Zwischenablage leert sich in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/credentials.py" line="296"/>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
</context>
<context>
    <name>DetailsToggle</name>
    <message>
        <location filename="../../app/ui/views/details_toggle.py" line="18"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/details_toggle.py" line="21"/>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="47"/>
        <source>Appeared outside this app, seen {seen}</source>
        <extracomment>From this many users on, the heap is trimmed after a comparison.</extracomment>
        <translation>Außerhalb dieser App aufgetaucht, bemerkt {seen}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="49"/>
        <source>Vanished outside this app, seen {seen}</source>
        <translation>Außerhalb dieser App verschwunden, bemerkt {seen}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="51"/>
        <source>{changes}, changed outside this app, seen {seen}</source>
        <translation>{changes}, außerhalb dieser App geändert, bemerkt {seen}</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="35"/>
        <source>Edit {user}</source>
        <extracomment>Made after the base class has started asking whether OK may be pressed.</extracomment>
        <translation>{user} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="37"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="39"/>
        <source>&amp;Enabled (may send email)</source>
        <translation>&amp;Aktiviert (darf E-Mails senden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="41"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="43"/>
        <source>A disabled SMTP user cannot send email until it is enabled again.</source>
        <translation>Ein deaktivierter SMTP-Benutzer kann keine E-Mails senden, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="54"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="58"/>
        <source>Label, kept on this computer</source>
        <translation>Etikett, auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/edit_user.py" line="60"/>
        <source>&amp;Label, kept on this computer:</source>
        <translation>&amp;Etikett, auf diesem Computer gespeichert:</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="31"/>
        <source>&amp;Connect to SendClean…</source>
        <translation>Mit SendClean &amp;verbinden …</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="32"/>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="33"/>
        <source>&amp;Add SMTP user (Ctrl+N)</source>
        <translation>SMTP-Benutzer &amp;hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="34"/>
        <source>C&amp;lear filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="64"/>
        <source>No SendClean account yet</source>
        <translation>Noch kein SendClean-Konto</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="66"/>
        <source>Connect with the app domain, owner ID and API token from your SendClean dashboard, or try the app against a local demo server first.</source>
        <translation>Verbinden Sie sich mit App-Domain, Owner-ID und API-Token aus Ihrem SendClean-Dashboard, oder probieren Sie die App zuerst mit einem lokalen Demo-Server aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="75"/>
        <source>No SMTP users yet</source>
        <translation>Noch keine SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="76"/>
        <source>This account has no SMTP users. Add one to get its credentials.</source>
        <translation>Dieses Konto hat keine SMTP-Benutzer. Legen Sie einen an, um seine Zugangsdaten zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="82"/>
        <source>No user matches “{text}”</source>
        <translation>Kein Benutzer passt zu „{text}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/empty_state.py" line="83"/>
        <source>The filter looks at user names, labels and notes.</source>
        <translation>Der Filter durchsucht Benutzernamen, Etiketten und Notizen.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../app/ui/views/banner.py" line="19"/>
        <source>Problem notice</source>
        <translation>Problemhinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="30"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="32"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="34"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="37"/>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="44"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/banner.py" line="46"/>
        <source>Dismiss notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="66"/>
        <source>Error</source>
        <extracomment>Separators a limit may be typed with: the table&apos;s own (1,000) and common ones.</extracomment>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="44"/>
        <source>No token is stored for this account on this computer.</source>
        <translation>Für dieses Konto ist auf diesem Computer kein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="46"/>
        <source>No SendClean account is connected.</source>
        <translation>Kein SendClean-Konto ist verbunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="48"/>
        <source>Not tried: the run was stopped before this call.</source>
        <translation>Nicht versucht: Der Lauf wurde vor diesem Aufruf angehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/error_text.py" line="50"/>
        <source>The saved settings of the account “{label}” cannot be used. Use Update credentials to correct them.</source>
        <translation>Die gespeicherten Einstellungen des Kontos „{label}“ sind nicht verwendbar. Korrigieren Sie sie mit „Zugangsdaten aktualisieren“.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="87"/>
        <source>Replace the file?</source>
        <extracomment>Where the last export went (the history export starts there too).</extracomment>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="88"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="111"/>
        <source>{count} users exported to {path}.</source>
        <translation>{count} Benutzer nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/export.py" line="114"/>
        <source>{n} user name(s) had characters a CSV file cannot hold faithfully; they were written as &lt;U+XXXX&gt;.</source>
        <translation>{n} Benutzername(n) enthielten Zeichen, die eine CSV-Datei nicht getreu aufnehmen kann; sie wurden als &lt;U+XXXX&gt; geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportUsersDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="30"/>
        <source>Export users to CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="32"/>
        <source>Exports the {n} users shown (name, status and limits).</source>
        <translation>Exportiert die {n} angezeigten Benutzer (Name, Status und Limits).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="36"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="37"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="39"/>
        <source>Choose the file</source>
        <translation>Die Datei wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="41"/>
        <source>Include &amp;passwords</source>
        <translation>&amp;Passwörter einschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="43"/>
        <source>Include passwords</source>
        <translation>Passwörter einschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="57"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="78"/>
        <source>The file will hold every password in plain text. Anyone who can read it can send mail as these users; keep it private and delete it when done.</source>
        <translation>Die Datei enthält jedes Passwort im Klartext. Wer sie lesen kann, kann als diese Benutzer E-Mails senden; halten Sie sie privat und löschen Sie sie danach.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="88"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_users.py" line="88"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="183"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="185"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="198"/>
        <source>Sending to SendClean… Once sent, the change cannot be called back: wait for the answer.</source>
        <translation>Wird an SendClean gesendet … Einmal gesendet, lässt sich die Änderung nicht zurückholen: Warten Sie auf die Antwort.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="40"/>
        <source>The change could not be written to the history: {why}</source>
        <translation>Die Änderung konnte nicht in den Verlauf geschrieben werden: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="66"/>
        <source>Export change history</source>
        <translation>Änderungsverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="78"/>
        <source>{count} changes exported.</source>
        <translation>{count} Änderungen exportiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/history.py" line="81"/>
        <source>Could not write {path}: {why}</source>
        <translation>{path} konnte nicht geschrieben werden: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="38"/>
        <source>not confirmed: the answer never came</source>
        <translation>nicht bestätigt: Die Antwort kam nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="48"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="49"/>
        <source>Limits or status changed</source>
        <translation>Limits oder Status geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="50"/>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="51"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="52"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="53"/>
        <source>Seen changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="66"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="68"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="69"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="70"/>
        <source>SMTP user</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="71"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="72"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="76"/>
        <source>Changes made from this app</source>
        <translation>In dieser App gemachte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="96"/>
        <source>{n} changes recorded on this computer (never passwords or tokens).</source>
        <translation>{n} Änderungen auf diesem Computer aufgezeichnet (nie Passwörter oder Tokens).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="101"/>
        <source>{n} damaged line(s) of the history file were skipped.</source>
        <translation>{n} beschädigte Zeile(n) der Verlaufsdatei wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="108"/>
        <source>Filter by SMTP user</source>
        <translation>Nach SMTP-Benutzer filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="109"/>
        <source>Filter the history by SMTP user</source>
        <translation>Den Verlauf nach SMTP-Benutzer filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history.py" line="114"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
</context>
<context>
    <name>LabelNoteDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="24"/>
        <source>Label and note of {name}</source>
        <translation>Etikett und Notiz von {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="28"/>
        <source>Kept on this computer only (SendClean has no place for them): a short label shown next to the user name, and a note. Both are searched by the filter.</source>
        <translation>Nur auf diesem Computer gespeichert (SendClean hat keinen Platz dafür): ein kurzes Etikett neben dem Benutzernamen und eine Notiz. Der Filter durchsucht beide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="36"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="38"/>
        <source>e.g. Shop website</source>
        <translation>z. B. Shop-Website</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="41"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="45"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/label_note.py" line="45"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>LimitEdit</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="136"/>
        <source>Enter a limit.</source>
        <translation>Geben Sie ein Limit ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="138"/>
        <source>Enter a whole number, for example 1000.</source>
        <translation>Geben Sie eine ganze Zahl ein, zum Beispiel 1000.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="141"/>
        <source>The limit must be at least 1.</source>
        <translation>Das Limit muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="143"/>
        <source>The limit can be at most 2000000000.</source>
        <translation>Das Limit darf höchstens 2000000000 sein.</translation>
    </message>
</context>
<context>
    <name>LimitsFormDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="313"/>
        <source>Total limit</source>
        <translation>Gesamtlimit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="316"/>
        <source>How many emails this SMTP user may send in total; a whole number of 1 or more.</source>
        <translation>Wie viele E-Mails dieser SMTP-Benutzer insgesamt senden darf; eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="320"/>
        <source>Hourly limit</source>
        <translation>Stundenlimit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="323"/>
        <source>How many emails this SMTP user may send per hour; a whole number of 1 or more.</source>
        <translation>Wie viele E-Mails dieser SMTP-Benutzer pro Stunde senden darf; eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="330"/>
        <source>The hourly limit is higher than the total limit; the total limit will be reached first.</source>
        <translation>Das Stundenlimit ist höher als das Gesamtlimit; das Gesamtlimit wird zuerst erreicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="336"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="348"/>
        <source>&amp;Total limit:</source>
        <translation>&amp;Gesamtlimit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/_form.py" line="350"/>
        <source>&amp;Hourly limit:</source>
        <translation>&amp;Stundenlimit:</translation>
    </message>
</context>
<context>
    <name>LocalExtrasController</name>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="204"/>
        <source>Gone since the last refresh, removed outside this app: {names}</source>
        <translation>Seit dem letzten Aktualisieren verschwunden, außerhalb dieser App entfernt: {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="229"/>
        <source>Labels, notes and change tracking are off: {why}</source>
        <translation>Etiketten, Notizen und Änderungsverfolgung sind aus: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="230"/>
        <source>not open yet</source>
        <translation>noch nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="249"/>
        <source>Un-retire</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="250"/>
        <source>Enable {count} SMTP user(s) again?</source>
        <translation>{count} SMTP-Benutzer wieder aktivieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="304"/>
        <source>Export labels</source>
        <translation>Etiketten exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="306"/>
        <location filename="../../app/ui/controllers/local_extras.py" line="332"/>
        <source>Labels files (*.json)</source>
        <translation>Etikettdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="320"/>
        <source>Labels and notes of {count} users exported to {path}.</source>
        <translation>Etiketten und Notizen von {count} Benutzern nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="332"/>
        <source>Import labels</source>
        <translation>Etiketten importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="355"/>
        <source>Labels imported: {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Etiketten importiert: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="406"/>
        <source>Retire SMTP users</source>
        <translation>SMTP-Benutzer stilllegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="407"/>
        <source>Retire {count} SMTP user(s)?</source>
        <translation>{count} SMTP-Benutzer stilllegen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="410"/>
        <source>SendClean cannot delete an SMTP user. Retiring disables {names} (they stop sending mail at once) and hides them here unless View → Show retired is on. Un-retire brings them back.</source>
        <translation>SendClean kann keinen SMTP-Benutzer löschen. Stilllegen deaktiviert {names} (sie senden sofort keine E-Mails mehr) und blendet sie hier aus, außer „Ansicht → Stillgelegte anzeigen“ ist an. „Wieder aufnehmen“ holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="416"/>
        <source>&amp;Retire</source>
        <translation>&amp;Stilllegen</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="30"/>
        <source>Sandbox mailbox</source>
        <translation>Sandbox-Postfach</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="34"/>
        <source>Captured messages</source>
        <translation>Aufgefangene Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="36"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="46"/>
        <source>The raw message</source>
        <translation>Die Rohnachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mailbox.py" line="49"/>
        <source>Select a message to see it as it was sent.</source>
        <translation>Wählen Sie eine Nachricht, um sie so zu sehen, wie sie gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="89"/>
        <source>SMTP users</source>
        <extracomment>A fresh list is on screen (the number of users). The user asked for a snippet of this kind (a key of SNIPPET_KINDS). The window is closing for good: stop the workers, clear the clipboard. The user picked this account (its id) in the Accounts menu. Asked before closing; False keeps the window open (it asks the user first).</extracomment>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="91"/>
        <source>The SMTP users of the account: name, password, status and limits</source>
        <translation>Die SMTP-Benutzer des Kontos: Name, Passwort, Status und Limits</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="120"/>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="121"/>
        <source>Row headers</source>
        <translation>Zeilenköpfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="130"/>
        <source>Filter by name, label or note (Ctrl+F)</source>
        <translation>Nach Name, Etikett oder Notiz filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="131"/>
        <source>Filter by user name, label or note</source>
        <translation>Nach Benutzername, Etikett oder Notiz filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="153"/>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="153"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="159"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="170"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="181"/>
        <source>Copy SMTP settings &amp;as</source>
        <translation>SMTP-Einstellungen kopieren &amp;als</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="190"/>
        <source>Copy a {title} snippet for the selected user</source>
        <translation>Einen Ausschnitt „{title}“ für den ausgewählten Benutzer kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="194"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="199"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="203"/>
        <location filename="../../app/ui/views/main_window.py" line="205"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="284"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="390"/>
        <source>Hide passwords</source>
        <translation>Passwörter verbergen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="390"/>
        <source>Re&amp;veal passwords</source>
        <translation>Passwörter &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="419"/>
        <source>Open the row menu</source>
        <translation>Das Zeilenmenü öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="419"/>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="420"/>
        <source>From the filter to the table</source>
        <translation>Vom Filter zur Tabelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="420"/>
        <source>Down, Return</source>
        <translation>Pfeil runter, Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="421"/>
        <source>Clear the filter, then back to the table</source>
        <translation>Den Filter leeren, dann zurück zur Tabelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="421"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="422"/>
        <source>Edit the selected user (in the table)</source>
        <translation>Den ausgewählten Benutzer bearbeiten (in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="422"/>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>PasswordAge</name>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="59"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="61"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/local_extras.py" line="62"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="61"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="67"/>
        <location filename="../../app/ui/dialogs/preferences.py" line="101"/>
        <location filename="../../app/ui/dialogs/preferences.py" line="110"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="70"/>
        <source>Clear copied passwords after, seconds</source>
        <translation>Kopierte Passwörter löschen nach, Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="72"/>
        <source>A password copied to the clipboard is removed after this many seconds.</source>
        <translation>Ein in die Zwischenablage kopiertes Passwort wird nach so vielen Sekunden entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="74"/>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="76"/>
        <source>Never clear copied passwords</source>
        <translation>Kopierte Passwörter nie löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="80"/>
        <source>&amp;Refresh the user list every</source>
        <translation>Die Benutzerliste &amp;aktualisieren alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="82"/>
        <source>Refresh the user list automatically</source>
        <translation>Die Benutzerliste automatisch aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="86"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="89"/>
        <source>Automatic refresh interval, minutes</source>
        <translation>Intervall der automatischen Aktualisierung, Minuten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="92"/>
        <source>&amp;Show passwords by default</source>
        <translation>Passwörter standardmäßig &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="94"/>
        <source>Show passwords by default</source>
        <translation>Passwörter standardmäßig zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="96"/>
        <source>When off, passwords are masked until you choose to show them.</source>
        <translation>Wenn aus, bleiben Passwörter verdeckt, bis Sie sie anzeigen lassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="103"/>
        <source>Request timeout, seconds</source>
        <translation>Zeitlimit für Anfragen, Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="105"/>
        <source>How long to wait for the SendClean service before giving up.</source>
        <translation>Wie lange auf den SendClean-Dienst gewartet wird, bevor aufgegeben wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="112"/>
        <source>Mask revealed passwords after, seconds</source>
        <translation>Gezeigte Passwörter verdecken nach, Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="113"/>
        <source>Until &amp;hidden</source>
        <translation>Bis &amp;verborgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="115"/>
        <source>Keep revealed passwords until hidden</source>
        <translation>Gezeigte Passwörter sichtbar lassen, bis sie verborgen werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="119"/>
        <source>Mark passwords &amp;older than</source>
        <translation>Passwörter &amp;markieren, die älter sind als</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="121"/>
        <source>Mark passwords due for rotation</source>
        <translation>Passwörter mit fälligem Wechsel markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="124"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="126"/>
        <source>Rotation age, days</source>
        <translation>Wechselalter, Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="128"/>
        <source>&amp;Clear copied passwords after:</source>
        <translation>Kopierte Passwörter &amp;löschen nach:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="130"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="134"/>
        <source>Auto-refresh:</source>
        <translation>Automatisch aktualisieren:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="137"/>
        <source>&amp;Mask revealed passwords after:</source>
        <translation>Gezeigte Passwörter &amp;verdecken nach:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="140"/>
        <source>Rotation:</source>
        <translation>Passwortwechsel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="149"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="152"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="14"/>
        <source>Labels, notes and change tracking are off.</source>
        <translation>Etiketten, Notizen und Änderungsverfolgung sind aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="18"/>
        <source>Something unexpected went wrong. The details say what happened.</source>
        <extracomment>QT_TRANSLATE_NOOP marks each for the catalog; :func:`translate` translates it.</extracomment>
        <translation>Etwas Unerwartetes ist schiefgegangen. Die Details sagen, was passiert ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="21"/>
        <source>This is not a usable web address.</source>
        <translation>Das ist keine verwendbare Webadresse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="22"/>
        <source>The API address must start with https:// and name a host.</source>
        <translation>Die API-Adresse muss mit https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="25"/>
        <source>Plain http:// would send the token unencrypted; use https:// (http works only for a local server on this computer).</source>
        <translation>Einfaches http:// würde das Token unverschlüsselt senden; verwenden Sie https:// (http geht nur für einen lokalen Server auf diesem Computer).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="30"/>
        <source>The API address must not carry a user name, a query or a fragment.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="33"/>
        <source>“{domain}” is not an app domain; it looks like us1-mta1.sendclean.net.</source>
        <translation>„{domain}“ ist keine App-Domain; sie sieht aus wie us1-mta1.sendclean.net.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="36"/>
        <source>SendClean rejected the owner ID or token. Check them and try again.</source>
        <translation>SendClean hat die Owner-ID oder das Token abgelehnt. Prüfen Sie beide und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="39"/>
        <source>SendClean refused the request as invalid.</source>
        <translation>SendClean hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="40"/>
        <source>SendClean could not carry out the request. Try again later.</source>
        <translation>SendClean konnte die Anfrage nicht ausführen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="43"/>
        <source>SendClean answered with an error.</source>
        <translation>SendClean hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="44"/>
        <source>{host} did not finish answering within {seconds} seconds, so the call was stopped. Check your connection and try again.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden fertig geantwortet, daher wurde der Aufruf abgebrochen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="49"/>
        <source>Could not connect to {host} in time. Check your connection and try again.</source>
        <translation>Keine rechtzeitige Verbindung zu {host}. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="52"/>
        <source>{host} did not answer within {seconds} seconds. Try again later.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="55"/>
        <source>{host} stopped sending its answer. Try again later.</source>
        <translation>{host} hat aufgehört, seine Antwort zu senden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="58"/>
        <source>The security certificate of {host} could not be verified, so the connection was refused.</source>
        <translation>Das Sicherheitszertifikat von {host} ließ sich nicht prüfen, daher wurde die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="62"/>
        <source>A secure connection to {host} could not be established.</source>
        <translation>Eine sichere Verbindung zu {host} ließ sich nicht herstellen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="65"/>
        <source>The server {host} could not be found. Check the app domain of the account.</source>
        <translation>Der Server {host} wurde nicht gefunden. Prüfen Sie die App-Domain des Kontos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="68"/>
        <source>Could not connect to {host}: the server refused or cannot be reached.</source>
        <translation>Keine Verbindung zu {host}: Der Server lehnt ab oder ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="71"/>
        <source>{host} closed the connection without answering. Try again.</source>
        <translation>{host} hat die Verbindung ohne Antwort geschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="74"/>
        <source>The request to {host} failed. Try again.</source>
        <translation>Die Anfrage an {host} ist fehlgeschlagen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="75"/>
        <source>The server sent the request elsewhere (HTTP {http_status}); this app does not follow that. Check the address of the account.</source>
        <translation>Der Server hat die Anfrage woandershin umgeleitet (HTTP {http_status}); diese App folgt dem nicht. Prüfen Sie die Adresse des Kontos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="80"/>
        <source>The server sent an empty answer (HTTP {http_status}). Try again later.</source>
        <translation>Der Server hat eine leere Antwort gesendet (HTTP {http_status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="83"/>
        <source>The server sent a web page instead of an answer of SendClean (HTTP {http_status}). Check the address of the account.</source>
        <translation>Der Server hat eine Webseite statt einer Antwort von SendClean gesendet (HTTP {http_status}). Prüfen Sie die Adresse des Kontos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="88"/>
        <source>The server&apos;s answer is larger than {limit_mib} MiB, so it was not read.</source>
        <translation>Die Antwort des Servers ist größer als {limit_mib} MiB und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="91"/>
        <source>The server&apos;s answer was cut off (HTTP {http_status}). Try again.</source>
        <translation>Die Antwort des Servers wurde abgeschnitten (HTTP {http_status}). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="94"/>
        <source>The server&apos;s answer could not be unpacked (HTTP {http_status}).</source>
        <translation>Die Antwort des Servers ließ sich nicht entpacken (HTTP {http_status}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="97"/>
        <source>The server&apos;s answer is not in the form SendClean uses (HTTP {http_status}).</source>
        <translation>Die Antwort des Servers hat nicht die Form, die SendClean verwendet (HTTP {http_status}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="100"/>
        <source>No system keyring is available. You can use the token for this session only.</source>
        <translation>Kein Systemschlüsselbund verfügbar. Sie können das Token nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="103"/>
        <source>The only keyring available keeps secrets in a plain file, so it is not used. You can use the token for this session only.</source>
        <translation>Der einzige verfügbare Schlüsselbund speichert Geheimnisse in einer einfachen Datei und wird daher nicht verwendet. Sie können das Token nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="108"/>
        <source>The system keyring is locked. Unlock it and try again, or use the token for this session only.</source>
        <translation>Der Systemschlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="113"/>
        <source>The system keyring could not be opened. You can use the token for this session only.</source>
        <translation>Der Systemschlüsselbund ließ sich nicht öffnen. Sie können das Token nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="117"/>
        <source>The system keyring did not work. Try again, or use the token for this session only.</source>
        <translation>Der Systemschlüsselbund hat nicht funktioniert. Versuchen Sie es erneut, oder verwenden Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="121"/>
        <source>The server answered: {answer}</source>
        <translation>Der Server antwortete: {answer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="122"/>
        <source>The server&apos;s answer is not SMTP. Check the host and the port.</source>
        <translation>Die Antwort des Servers ist kein SMTP. Prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="125"/>
        <source>The server sent a reply of more than {lines} lines, so the check was stopped.</source>
        <translation>Der Server hat eine Antwort mit mehr als {lines} Zeilen gesendet, daher wurde die Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="128"/>
        <source>The server did not answer within {seconds} seconds.</source>
        <translation>Der Server hat nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="131"/>
        <source>The security certificate of {host} could not be verified.</source>
        <translation>Das Sicherheitszertifikat von {host} ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="134"/>
        <source>The secure connection to {address} failed.</source>
        <translation>Die sichere Verbindung zu {address} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="135"/>
        <source>{address} did not answer with encryption. Is this a STARTTLS port? Try port 587.</source>
        <translation>{address} hat nicht verschlüsselt geantwortet. Ist das ein STARTTLS-Port? Versuchen Sie Port 587.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="139"/>
        <source>{address} refused the connection. Check the host and the port.</source>
        <translation>{address} hat die Verbindung abgelehnt. Prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="142"/>
        <source>The host name {host} is not valid.</source>
        <translation>Der Hostname {host} ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="143"/>
        <source>The host name {host} could not be found.</source>
        <translation>Der Hostname {host} wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="144"/>
        <source>{address} closed the connection unexpectedly.</source>
        <translation>{address} hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="147"/>
        <source>{address} does not offer a login (SMTP AUTH).</source>
        <translation>{address} bietet keine Anmeldung an (SMTP AUTH).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="148"/>
        <source>{address} does not offer STARTTLS.</source>
        <translation>{address} bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="149"/>
        <source>{address} does not offer a feature this app needs.</source>
        <translation>{address} bietet eine Funktion nicht an, die diese App braucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="152"/>
        <source>The connection to {address} was lost.</source>
        <translation>Die Verbindung zu {address} ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="153"/>
        <source>Could not talk to {address}.</source>
        <translation>Keine Verständigung mit {address} möglich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="154"/>
        <source>The SMTP session with {address} failed.</source>
        <translation>Die SMTP-Sitzung mit {address} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="155"/>
        <source>The server offers no login method this app supports (it offers {offered}; supported: {supported}). The password was not sent.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das diese App unterstützt (angeboten: {offered}; unterstützt: {supported}). Das Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="160"/>
        <source>The user name or the password has characters this server&apos;s login cannot take (only ASCII works).</source>
        <translation>Benutzername oder Passwort enthalten Zeichen, die die Anmeldung dieses Servers nicht annimmt (nur ASCII geht).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="165"/>
        <source>{address} does not offer STARTTLS, so the connection cannot be encrypted. The password was not sent.</source>
        <translation>{address} bietet kein STARTTLS an, daher lässt sich die Verbindung nicht verschlüsseln. Das Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="170"/>
        <source>Cancelled. The message was not sent.</source>
        <translation>Abgebrochen. Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="171"/>
        <source>Cancelled after the message was sent: it may have been delivered.</source>
        <translation>Nach dem Senden der Nachricht abgebrochen: Sie wurde möglicherweise zugestellt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="174"/>
        <source>The sender “{sender}” is not a valid address.</source>
        <translation>Der Absender „{sender}“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="177"/>
        <source>Enter at least one recipient.</source>
        <translation>Geben Sie mindestens einen Empfänger ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="178"/>
        <source>A test message goes to at most {max} recipients.</source>
        <translation>Eine Testnachricht geht an höchstens {max} Empfänger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="181"/>
        <source>The recipient “{recipient}” is not a valid address.</source>
        <translation>Der Empfänger „{recipient}“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="184"/>
        <source>The subject must be a single line.</source>
        <translation>Der Betreff muss eine einzige Zeile sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="185"/>
        <source>The subject is longer than {max} characters.</source>
        <translation>Der Betreff ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="188"/>
        <source>The text is longer than {max} characters.</source>
        <translation>Der Text ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="189"/>
        <source>The text contains a null character, which cannot be sent.</source>
        <translation>Der Text enthält ein Nullzeichen, das sich nicht senden lässt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="192"/>
        <source>Could not write {path}.</source>
        <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="193"/>
        <source>Could not read {path}.</source>
        <translation>{path} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="194"/>
        <source>Could not use {path}: permission denied. Choose another folder or file.</source>
        <translation>{path} ist nicht verwendbar: Zugriff verweigert. Wählen Sie einen anderen Ordner oder eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="197"/>
        <source>Could not write {path}: the disk is full.</source>
        <translation>{path} konnte nicht geschrieben werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="198"/>
        <source>Could not write {path}: its folder does not exist.</source>
        <translation>{path} konnte nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="201"/>
        <source>Could not read {path}: the file does not exist.</source>
        <translation>{path} konnte nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="202"/>
        <source>The file is larger than {max_mib} MiB, so it was not read.</source>
        <translation>Die Datei ist größer als {max_mib} MiB und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="205"/>
        <source>The file is not a labels file.</source>
        <translation>Die Datei ist keine Etikettdatei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="206"/>
        <source>The file is not a labels file of SendClean SMTP Manager.</source>
        <translation>Die Datei ist keine Etikettdatei von SendClean SMTP Manager.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="209"/>
        <source>The labels file was made by a newer version of the app. Update the app.</source>
        <translation>Die Etikettdatei stammt von einer neueren Version der App. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="212"/>
        <source>The labels file has more than {max} users.</source>
        <translation>Die Etikettdatei hat mehr als {max} Benutzer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="213"/>
        <source>The local database {path} was made by a newer version of the app.</source>
        <translation>Die lokale Datenbank {path} stammt von einer neueren Version der App.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="216"/>
        <source>The local database {path} is damaged. Move it away to start a new one.</source>
        <translation>Die lokale Datenbank {path} ist beschädigt. Verschieben Sie sie, um eine neue zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="219"/>
        <source>The local database {path} is locked by another program. Is the app running twice?</source>
        <translation>Die lokale Datenbank {path} ist von einem anderen Programm gesperrt. Läuft die App zweimal?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="223"/>
        <source>The local database {path} cannot be written: the disk is full.</source>
        <translation>Die lokale Datenbank {path} lässt sich nicht schreiben: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="226"/>
        <source>The local database {path} cannot be written.</source>
        <translation>Die lokale Datenbank {path} lässt sich nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="227"/>
        <source>The local database {path} cannot be used.</source>
        <translation>Die lokale Datenbank {path} ist nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="230"/>
        <source>SendClean said: {server_message}</source>
        <translation>SendClean meldete: {server_message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="232"/>
        <source>The token of the account {account} could not be read.</source>
        <translation>Das Token des Kontos {account} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="233"/>
        <source>The token of the account {account} could not be saved.</source>
        <translation>Das Token des Kontos {account} konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/problem_text.py" line="234"/>
        <source>The token of the account {account} could not be removed.</source>
        <translation>Das Token des Kontos {account} konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="38"/>
        <source>Changes on their way</source>
        <extracomment>Nothing is pending any more, or the user chose to quit anyway: close now.</extracomment>
        <translation>Änderungen unterwegs</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="39"/>
        <source>{count} change(s) to SendClean are queued or on their way.</source>
        <translation>{count} Änderung(en) an SendClean warten oder sind unterwegs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="44"/>
        <source>Wait, and the app quits once SendClean has answered. Quit anyway, and nothing more is sent; a change already on its way is recorded in the change history as unconfirmed.</source>
        <translation>Warten Sie, und die App beendet sich, sobald SendClean geantwortet hat. Beenden Sie trotzdem, wird nichts mehr gesendet; eine bereits unterwegs befindliche Änderung wird im Änderungsverlauf als unbestätigt vermerkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="50"/>
        <source>&amp;Wait</source>
        <translation>&amp;Warten</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="51"/>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/quit_guard.py" line="61"/>
        <source>Quitting once the changes on their way are answered…</source>
        <translation>Beenden, sobald die unterwegs befindlichen Änderungen beantwortet sind …</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rename_account.py" line="15"/>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rename_account.py" line="16"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="36"/>
        <source>Send test message as {name}</source>
        <translation>Testnachricht als {name} senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="40"/>
        <source>Sends one message through {server} with the password of {name}.</source>
        <translation>Sendet eine Nachricht über {server} mit dem Passwort von {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="46"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="47"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="48"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="51"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="56"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="57"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="58"/>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="59"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="70"/>
        <source>SMTP dialogue</source>
        <translation>SMTP-Dialog</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="75"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="78"/>
        <location filename="../../app/ui/dialogs/send_test.py" line="134"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="114"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="134"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="136"/>
        <source>Sending through {server}…</source>
        <translation>Wird über {server} gesendet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="141"/>
        <source>Sent. The relay answered: {answer}</source>
        <translation>Gesendet. Das Relay antwortete: {answer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="144"/>
        <source>The message went out, but no answer came: it may have been delivered. {why}</source>
        <translation>Die Nachricht ging hinaus, aber es kam keine Antwort: Sie wurde möglicherweise zugestellt. {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/send_test.py" line="148"/>
        <source>Not sent: {why}</source>
        <translation>Nicht gesendet: {why}</translation>
    </message>
</context>
<context>
    <name>SetLimitsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="15"/>
        <source>Set limits of {count} users</source>
        <translation>Limits von {count} Benutzern setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="16"/>
        <source>&amp;Set limits</source>
        <translation>&amp;Limits setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="17"/>
        <source>Set limits</source>
        <translation>Limits setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="22"/>
        <source>One call per user, with progress and Cancel. Leave a field empty to keep each user&apos;s own value.</source>
        <translation>Ein Aufruf pro Benutzer, mit Fortschritt und Abbrechen. Lassen Sie ein Feld leer, um den Wert jedes Benutzers zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="28"/>
        <source>Only where the new value is &amp;lower (to throttle a leak)</source>
        <translation>Nur wo der neue Wert &amp;niedriger ist (um ein Leck zu drosseln)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/set_limits.py" line="30"/>
        <source>Only where the new value is lower</source>
        <translation>Nur wo der neue Wert niedriger ist</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="36"/>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="39"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="40"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/shortcuts_dialog.py" line="40"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SmtpController</name>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="80"/>
        <source>Testing the SMTP login of {name} at {host}:{port}…</source>
        <extracomment>The whole test send, from connecting to the relay&apos;s last answer.</extracomment>
        <translation>Die SMTP-Anmeldung von {name} bei {host}:{port} wird getestet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="116"/>
        <source>The new password works at {host}:{port}.</source>
        <translation>Das neue Passwort funktioniert bei {host}:{port}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="120"/>
        <source>The new password did not work at {host}:{port}: {why}</source>
        <translation>Das neue Passwort hat bei {host}:{port} nicht funktioniert: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="135"/>
        <source>SMTP login works</source>
        <translation>SMTP-Anmeldung funktioniert</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="135"/>
        <source>SMTP login failed</source>
        <translation>SMTP-Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="137"/>
        <source>{name} logged in to {host}:{port}.</source>
        <translation>{name} hat sich bei {host}:{port} angemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/smtp.py" line="139"/>
        <source>{name} could not log in to {host}:{port}.</source>
        <translation>{name} konnte sich nicht bei {host}:{port} anmelden.</translation>
    </message>
</context>
<context>
    <name>SmtpServerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="24"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="27"/>
        <source>The SMTP relay your programs send through. Defaults: {host}, port {port} (STARTTLS); use 465 for implicit TLS.</source>
        <translation>Das SMTP-Relay, über das Ihre Programme senden. Vorgabe: {host}, Port {port} (STARTTLS); verwenden Sie 465 für implizites TLS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="34"/>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="37"/>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="54"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/smtp_server.py" line="55"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="10"/>
        <source>Plain settings</source>
        <translation>Einfache Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="11"/>
        <source>Postfix relay (main.cf + sasl_passwd)</source>
        <translation>Postfix-Relay (main.cf + sasl_passwd)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="12"/>
        <source>Python (smtplib)</source>
        <translation>Python (smtplib)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="13"/>
        <source>Node.js (Nodemailer)</source>
        <translation>Node.js (Nodemailer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/snippet_titles.py" line="14"/>
        <source>PHP (PHPMailer)</source>
        <translation>PHP (PHPMailer)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="21"/>
        <source>Account in use</source>
        <extracomment>How often, at most, a bulk run&apos;s progress bar is repainted.</extracomment>
        <translation>Verwendetes Konto</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="22"/>
        <source>Users shown</source>
        <translation>Angezeigte Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="23"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="24"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="27"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="38"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="43"/>
        <source>Cancel the changes not sent yet</source>
        <translation>Die noch nicht gesendeten Änderungen abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="44"/>
        <source>Stop after the change on its way</source>
        <translation>Nach der unterwegs befindlichen Änderung anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="46"/>
        <source>Selected users</source>
        <translation>Ausgewählte Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="48"/>
        <source>Entries not read fully</source>
        <translation>Nicht vollständig gelesene Einträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="61"/>
        <location filename="../../app/ui/views/status_panel.py" line="108"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="74"/>
        <source>{total} users</source>
        <translation>{total} Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="76"/>
        <source>{shown} of {total} users</source>
        <translation>{shown} von {total} Benutzern</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="82"/>
        <source>{count} selected</source>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="88"/>
        <source>{count} entries could not be read fully</source>
        <translation>{count} Einträge ließen sich nicht vollständig lesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="90"/>
        <source>1 entry could not be read fully</source>
        <translation>1 Eintrag ließ sich nicht vollständig lesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="93"/>
        <source>SendClean sent values this app could not read (shown as “—” or Unknown); entries without a user name cannot be shown.</source>
        <translation>SendClean hat Werte gesendet, die diese App nicht lesen konnte (als „—“ oder Unbekannt angezeigt); Einträge ohne Benutzernamen lassen sich nicht anzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="103"/>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="120"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="144"/>
        <source>Clipboard clears in {s} s</source>
        <translation>Zwischenablage leert sich in {s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="153"/>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/status_panel.py" line="156"/>
        <source>The clipboard could not be cleared — clear it yourself</source>
        <translation>Die Zwischenablage konnte nicht geleert werden – bitte selbst leeren</translation>
    </message>
</context>
<context>
    <name>TokenPlace</name>
    <message>
        <location filename="../../app/ui/views/token_place.py" line="14"/>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/token_place.py" line="17"/>
        <source>the system keyring</source>
        <translation>dem Systemschlüsselbund</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/token_place.py" line="18"/>
        <source>the system keyring ({backend})</source>
        <translation>dem Systemschlüsselbund ({backend})</translation>
    </message>
</context>
<context>
    <name>UsersController</name>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="103"/>
        <source>New SMTP credentials</source>
        <extracomment>Checks new credentials at the relay (AUTH only) and says what it found. Keeps a label for a new user (the local store).</extracomment>
        <translation>Neue SMTP-Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="114"/>
        <source>The answer to “Add SMTP user” was lost, so SendClean may have created the user anyway. The list is being refreshed: look for a new user before adding again.</source>
        <translation>Die Antwort auf „SMTP-Benutzer hinzufügen“ ging verloren, daher hat SendClean den Benutzer möglicherweise trotzdem angelegt. Die Liste wird aktualisiert: Suchen Sie nach einem neuen Benutzer, bevor Sie erneut hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="140"/>
        <source>After the refresh, this user appeared and is selected: {names}. SendClean probably created it; reset its password to get credentials you can see.</source>
        <translation>Nach dem Aktualisieren ist dieser Benutzer erschienen und ausgewählt: {names}. SendClean hat ihn wahrscheinlich angelegt; setzen Sie sein Passwort zurück, um sichtbare Zugangsdaten zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="145"/>
        <source>After the refresh, no new user appeared: SendClean did not create one, so you can add it again.</source>
        <translation>Nach dem Aktualisieren ist kein neuer Benutzer erschienen: SendClean hat keinen angelegt, Sie können ihn also erneut hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="189"/>
        <source>{name} updated.</source>
        <translation>{name} aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="197"/>
        <source>The answer to “Edit” for {name} was lost, so the change may have been made. The list is being refreshed and shows what SendClean has now.</source>
        <translation>Die Antwort auf „Bearbeiten“ für {name} ging verloren, die Änderung wurde also möglicherweise vorgenommen. Die Liste wird aktualisiert und zeigt, was SendClean jetzt hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="245"/>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="246"/>
        <source>The old password of {name} no longer works.</source>
        <translation>Das alte Passwort von {name} funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="250"/>
        <source>Checking the new password at the SMTP relay…</source>
        <translation>Das neue Passwort wird beim SMTP-Relay geprüft …</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="263"/>
        <source>The answer to “Reset password” for {name} was lost, so its password may have changed. The list is being refreshed and shows the password SendClean has now; reset again if you need to see a new one.</source>
        <translation>Die Antwort auf „Passwort zurücksetzen“ für {name} ging verloren, sein Passwort hat sich also möglicherweise geändert. Die Liste wird aktualisiert und zeigt das Passwort, das SendClean jetzt hat; setzen Sie erneut zurück, wenn Sie ein neues sehen müssen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/users.py" line="336"/>
        <source>The answer was lost</source>
        <translation>Die Antwort ging verloren</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="61"/>
        <source>SMTP user name</source>
        <extracomment>Sorting by a column of our own (label, password age) rather than the API&apos;s.</extracomment>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="62"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="64"/>
        <source>Total limit</source>
        <translation>Gesamtlimit</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="65"/>
        <source>Hourly limit</source>
        <translation>Stundenlimit</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="66"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="67"/>
        <source>Password age</source>
        <translation>Passwortalter</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="70"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="70"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="71"/>
        <source>(not shown by SendClean)</source>
        <translation>(von SendClean nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="72"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="73"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="74"/>
        <source>{age} — due for rotation</source>
        <translation>{age} — Wechsel fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/users_model.py" line="320"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
</context>
</TS>
