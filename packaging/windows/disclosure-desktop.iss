; Inno Setup 6 script: the Windows installer of the PyInstaller folder dist\disclosure-desktop\.
; Build on Windows after `packaging\build.sh` (or the same pyinstaller command), from the checkout's root:
;   iscc /DAppVersion=0.1.0 packaging\windows\disclosure-desktop.iss
; Chinese (Simplified) and English pages; Setup picks the one of the user's Windows and offers the other.
; No file association: the program's data files are plain .json, which belong to the clerk's editor, and the
; program takes reports through 导入 (import), not by opening a file given on its command line.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "disclosure-desktop.exe"
#define Root AddBackslash(SourcePath) + "..\..\"

; Inno Setup 6.5 ships ChineseSimplified.isl; older versions need the community translation beside this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ZhMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ZhMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put it in the compiler's Languages folder or beside this script (see packaging\README.md)
#endif

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{6B0F3C2E-5D7A-4E61-9C8B-2F4A7D1E9B35}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:NameAndVersion,{cm:AppName},{#AppVersion}}
AppPublisher={cm:Publisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName=disclosure-desktop
DefaultDirName={autopf}\DisclosureDesktop
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppName}
SetupIconFile={#Root}resources\icons\disclosure-desktop.ico
LicenseFile={#Root}resources\LICENSE.txt
OutputDir={#Root}dist
OutputBaseFilename=disclosure-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Clerks often have no administrator rights: install for the current user unless they choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ShowLanguageDialog=auto
; Closes a running copy before replacing its files, and starts it again after an update.
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ZhMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppName=政府信息公开年报助手
english.AppName=Disclosure Annual Report
chinesesimplified.Publisher=disclosure_desktop 开发者
english.Publisher=The disclosure_desktop developers
chinesesimplified.AppComment=起草、检查、打印和发布政府信息公开工作年度报告
english.AppComment=Draft, check, print and publish the annual report on government information disclosure

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}dist\disclosure-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{cm:AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

; The reports database and backups live in the user's AppData folder, not under {app}: an uninstall never
; deletes a clerk's reports.
