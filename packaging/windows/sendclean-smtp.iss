; Inno Setup 6 script for SendClean SMTP Manager.
;
; Built by `packaging/build.py windows`, which runs
;   ISCC /DAppVersion=<version> /DSourceDir=<bundle> /DOutputDir=<dist> /DAppIcon=<app.ico> sendclean-smtp.iss
; The version comes from app/__init__.py through build.py; it is never written here.
; Code signing: with /DSignToolName=NAME and ISCC's /SNAME=COMMAND (build.py passes them
; when SENDCLEAN_SIGNTOOL is set), the installer and the uninstaller are signed.
; tests/test_packaging_windows.py compiles this script with ISCC under Wine and runs the
; installer, an upgrade and the uninstaller there.
;
; The installer asks whether to install for all users (Program Files, needs elevation)
; or for the current user only (no elevation, %LOCALAPPDATA%\Programs); it adds a
; Start-menu entry and an uninstaller (Settings > Apps).

#ifndef AppVersion
  #error AppVersion is not defined: build with packaging/build.py (ISCC /DAppVersion=...)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\sendclean-smtp-manager"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef AppIcon
  #define AppIcon "..\..\build\windows\app.ico"
#endif

#ifndef NumericVersion
  ; VersionInfoVersion takes digits only: build.py passes e.g. 1.2.0.0 for 1.2.0rc1.
  #define NumericVersion AppVersion
#endif

#define AppName "SendClean SMTP Manager"
#define AppExeName "sendclean-smtp.exe"
#define AppPublisher "SendClean SMTP Manager developers"

[Setup]
; Fixed for every release: Windows identifies the installed app (upgrades, uninstall) by it.
AppId={{01F59422-5E9B-4874-AAC3-77C7CC2D7CFB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#NumericVersion}
VersionInfoProductVersion={#NumericVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
VersionInfoCopyright={#AppPublisher}, MIT License
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the dialog offers an all-users install (with elevation).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=sendclean-smtp-manager_{#AppVersion}_windows-x64-setup
SetupIconFile={#AppIcon}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer release no longer ships must not
; stay behind (and be loaded) in the app folder. Everything but the two programs (which
; [Files] overwrites) and the uninstaller lives in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Manage the SMTP users of a SendClean account"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
