; Inno Setup 6 script: the per-machine Windows installer of Inspector Desk.
;
; Build the bundle first (`python installer\build.py` on Windows: dist\inspector-desk\), then
;   iscc installer\inspector_desk.iss                 (version read from the executable)
;   iscc /DAppVersion=1.2.0 installer\inspector_desk.iss
; The setup program lands in dist\inspector-desk-<version>-setup.exe.
;
; Upgrade in place: the AppId below never changes, so a newer setup finds the installed copy,
; closes a running Inspector Desk, replaces the program files (the old _internal folder is removed
; first, so no stale library of the old version lingers) and keeps the Start-menu entry.
; User data is never in the install folder: each user's encrypted database, key file and logs live in
; the user's own data folder (%LOCALAPPDATA%\InspectorDesk, platformdirs), which neither the setup
; nor the uninstaller touches. The new version migrates the database at the next sign-in; an older
; version refuses a database written by a newer one, with a message saying so.

#define AppName "Inspector Desk"
#define AppExe "inspector-desk.exe"
#define BundleDir "..\dist\inspector-desk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(AddBackslash(SourcePath) + BundleDir) + AppExe, "ProductVersion")
#endif

[Setup]
; Fixed for ever: Windows knows the installed copy by this id (upgrade and uninstall).
AppId={{17F5E2DE-A44D-4438-84AD-C0939173A3D8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Inspector Desk
VersionInfoVersion={#AppVersion}
; Per machine: Program Files, for every user of the laptop; needs an administrator.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=inspector-desk-{#AppVersion}-setup
SetupIconFile=icons\inspector-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running copy (the database is committed per unit of work) and restarts nothing.
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; Upgrade: the previous version's program files go; user data is not here, so nothing of it is lost.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its folder; never the users' data folders.
Type: filesandordirs; Name: "{app}\_internal"
