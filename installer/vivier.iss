; Inno Setup 6 script for the Windows bundle: `iscc /DAppVersion=0.2.0 installer\vivier.iss` after
; `pyinstaller pyinstaller.spec` built dist\vivier\ on Windows (see the README). Not built on the Linux CI.
#ifndef AppVersion
  #define AppVersion "0.2.0"
#endif

[Setup]
AppId={{6F1C2B9A-3E44-4C1B-9A0E-7D2A51C0B1A7}
AppName=Vivier
AppVersion={#AppVersion}
AppPublisher=The Vivier authors
DefaultDirName={autopf}\Vivier
DefaultGroupName=Vivier
OutputDir=..\dist
OutputBaseFilename=vivier-{#AppVersion}-setup
LicenseFile=..\LICENSE
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayIcon={app}\vivier.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\vivier\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Vivier"; Filename: "{app}\vivier.exe"
Name: "{group}\{cm:UninstallProgram,Vivier}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Vivier"; Filename: "{app}\vivier.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\vivier.exe"; Description: "{cm:LaunchProgram,Vivier}"; Flags: nowait postinstall skipifsilent
