; Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.
;
; The Apps & Features entry. A plugin inside the user's profile (Store folder, portable copy there) belongs to
; that user alone and is listed under HKCU; elsewhere (Program Files) it is listed machine-wide under HKLM when
; setup may write there, else under HKCU. SHCTX follows SetShellVarContext: all = HKLM, current = HKCU.

Var EstimatedSizeKb

Function WriteUninstallEntry
  ${GetSize} "$INSTDIR\${PLUGIN_SUBDIR}" "/S=0K" $EstimatedSizeKb $1 $2
  StrLen $1 "$PROFILE\"
  StrCpy $2 "$INSTDIR\" $1
  ${If} $2 != "$PROFILE\"
    SetShellVarContext all
    ClearErrors
    Call WriteUninstallValues
    SetShellVarContext current
    ${IfNot} ${Errors}
      Return
    ${EndIf}
  ${EndIf}
  Call WriteUninstallValues
FunctionEnd

Function WriteUninstallValues
  StrCpy $0 "$INSTDIR\${PLUGIN_SUBDIR}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "PdnUpscale (AI Upscale for Paint.NET)"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "PdnUpscale contributors"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$0\${UNINSTALLER}"'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$0\${UNINSTALLER}" /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $EstimatedSizeKb
FunctionEnd

; Removes the entry from either hive, but only the one that points at this folder: another copy of PdnUpscale
; (say, in a portable Paint.NET) keeps its own.
Function un.RemoveUninstallEntry
  SetShellVarContext all
  Call un.RemoveUninstallKeyIfThisFolder
  SetShellVarContext current
  Call un.RemoveUninstallKeyIfThisFolder
FunctionEnd

Function un.RemoveUninstallKeyIfThisFolder
  ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  ${EndIf}
FunctionEnd
