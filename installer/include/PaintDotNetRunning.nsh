; Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.
;
; Paint.NET loads every effect DLL at start-up and keeps it open, so files cannot be replaced or removed while it
; runs. Setup and uninstaller both ask the user to close it; a silent run stops with exit code 2 instead of
; leaving a half-replaced plugin folder.

!macro DefinePaintDotNetRunningCheck UN
Function ${UN}WarnIfPaintDotNetRunning
  check:
    ; tasklist prints the process when it runs; find's exit code says whether it did (0 = found).
    nsExec::Exec '"$SYSDIR\cmd.exe" /c tasklist /NH /FI "IMAGENAME eq paintdotnet.exe" | "$SYSDIR\find.exe" /I "paintdotnet.exe"'
    Pop $0
    ${If} $0 == 0
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Paint.NET is running. Close it (save your images first), then click Retry." /SD IDCANCEL IDRETRY check
      SetErrorLevel 2
      Quit
    ${EndIf}
FunctionEnd
!macroend

!insertmacro DefinePaintDotNetRunningCheck ""
!insertmacro DefinePaintDotNetRunningCheck "un."
