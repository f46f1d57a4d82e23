; Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.
;
; Finding the Paint.NET folder whose Effects subfolder receives the plugin. Three kinds of install exist:
; classic (installer; HKLM\SOFTWARE\paint.net TARGETDIR, normally C:\Program Files\paint.net), Microsoft Store
; (the app folder is read-only; plugins go to Documents\paint.net App Files) and portable (any folder holding
; paintdotnet.exe, which only the user knows).

Var PaintDotNetFolderText

; Sets $INSTDIR to the detected Paint.NET folder unless /D= already set it, and says on the directory page what
; was found.
Function LocatePaintDotNet
  ${If} $INSTDIR != ""
    StrCpy $PaintDotNetFolderText "Setup installs PdnUpscale into the Effects\PdnUpscale subfolder of this Paint.NET folder."
    Return
  ${EndIf}
  ReadRegStr $0 HKLM "SOFTWARE\paint.net" "TARGETDIR"
  StrCpy $1 $0 1 -1
  ${If} $1 == "\"
    StrCpy $0 $0 -1
  ${EndIf}
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\paintdotnet.exe"
    StrCpy $INSTDIR $0
    StrCpy $PaintDotNetFolderText "Setup found Paint.NET (classic install) in the folder below."
  ${ElseIf} ${FileExists} "$PROGRAMFILES64\paint.net\paintdotnet.exe"
    StrCpy $INSTDIR "$PROGRAMFILES64\paint.net"
    StrCpy $PaintDotNetFolderText "Setup found Paint.NET (classic install) in the folder below."
  ${ElseIf} ${FileExists} "$LOCALAPPDATA\Packages\${STORE_PACKAGE}\*.*"
    StrCpy $INSTDIR "$DOCUMENTS\paint.net App Files"
    StrCpy $PaintDotNetFolderText "Setup found Paint.NET from the Microsoft Store. Its plugins live in Documents\paint.net App Files."
  ${Else}
    StrCpy $PaintDotNetFolderText "Setup did not find Paint.NET. For a portable copy choose the folder that holds paintdotnet.exe; for the Microsoft Store version choose Documents\paint.net App Files."
    Return
  ${EndIf}
  StrCpy $PaintDotNetFolderText "$PaintDotNetFolderText$\r$\nTo add PdnUpscale to another copy of Paint.NET (portable, Store: Documents\paint.net App Files), choose its folder instead."
FunctionEnd

; Directory page leave callback: questions a folder that does not look like Paint.NET's and refuses one setup
; cannot write to (Program Files without administrator rights).
Function ValidatePaintDotNetFolder
  ${GetFileName} $INSTDIR $0
  ${IfNot} ${FileExists} "$INSTDIR\paintdotnet.exe"
  ${AndIfNot} ${FileExists} "$INSTDIR\Effects\*.*"
  ${AndIf} $0 != "paint.net App Files"
    MessageBox MB_YESNO|MB_ICONQUESTION "$INSTDIR has neither paintdotnet.exe nor an Effects folder, so it does not look like a Paint.NET folder.$\r$\n$\r$\nInstall there anyway?" IDYES +2
    Abort
  ${EndIf}
  ClearErrors
  CreateDirectory "$INSTDIR\${PLUGIN_SUBDIR}"
  FileOpen $1 "$INSTDIR\${PLUGIN_SUBDIR}\write-test.tmp" w
  ${If} ${Errors}
    MessageBox MB_ICONSTOP "Setup cannot write to $INSTDIR\Effects. Run setup as an administrator, or choose another folder."
    Abort
  ${EndIf}
  FileClose $1
  Delete "$INSTDIR\${PLUGIN_SUBDIR}\write-test.tmp"
FunctionEnd

; Replaces an earlier PdnUpscale in the same folder through its own uninstaller, so files the new version no
; longer ships do not linger next to the new .deps.json. _?= keeps the uninstaller in place and waits for it.
Function RemovePreviousVersion
  ${If} ${FileExists} "$INSTDIR\${PLUGIN_SUBDIR}\${UNINSTALLER}"
    DetailPrint "Removing the previous PdnUpscale from $INSTDIR\${PLUGIN_SUBDIR}"
    ExecWait '"$INSTDIR\${PLUGIN_SUBDIR}\${UNINSTALLER}" /S _?=$INSTDIR\${PLUGIN_SUBDIR}'
  ${EndIf}
FunctionEnd
