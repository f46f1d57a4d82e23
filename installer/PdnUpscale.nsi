; Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.
;
; PdnUpscale setup. Installs the published plugin folder into <Paint.NET folder>\Effects\PdnUpscale, where
; Paint.NET 5.1+ loads multi-DLL plugins (each in its own subfolder, next to its .deps.json).
; $INSTDIR is the Paint.NET folder (classic install, "Documents\paint.net App Files" for the Store version,
; or a portable copy), so "setup.exe /S /D=C:\Program Files\paint.net" installs silently to a known place.
;
; installer/build compiles this script and passes: VERSION, VI_VERSION (a.b.c.d), BUILD_NOTE, STAGE (the folder
; holding plugin\, large-models\ and uninstall-files.nsh), OUTFILE, and HAVE_LARGE_MODELS when the optional
; large model pack was gathered; COMPRESSOR (default lzma; installer/build --quick passes zlib).

!ifndef VERSION | VI_VERSION | STAGE | OUTFILE
  !error "Build with installer/build, which defines VERSION, VI_VERSION, STAGE and OUTFILE."
!endif

; Paint.NET 5 runs only on 64-bit Windows, so setup is a 64-bit program too: no registry or Program Files
; redirection to think about.
Target amd64-unicode
ManifestDPIAware true
!ifndef BUILD_NOTE
  !define BUILD_NOTE ""
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}
; "highest" elevates administrators (needed for Program Files) as themselves, so $DOCUMENTS stays the user's own
; Store plugin folder; standard users run unelevated and can still install the Store or a portable copy.
RequestExecutionLevel highest

!define PRODUCT "PdnUpscale"
!define PLUGIN_SUBDIR "Effects\PdnUpscale"
!define UNINSTALLER "Uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PdnUpscale"
!define STORE_PACKAGE "dotPDNLLC.paint.net_h55e3w7q8jbva"

Name "${PRODUCT}"
Caption "${PRODUCT} ${VERSION} Setup${BUILD_NOTE}"
BrandingText "${PRODUCT} ${VERSION}${BUILD_NOTE}"
OutFile "${OUTFILE}"
; No InstallDir: an empty $INSTDIR in .onInit means no /D= was given, so setup looks for Paint.NET itself.

VIProductVersion "${VI_VERSION}"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${PRODUCT} setup: AI upscaling effect for Paint.NET"
VIAddVersionKey "CompanyName" "PdnUpscale contributors"
VIAddVersionKey "LegalCopyright" "Copyright (c) 2026 PdnUpscale contributors"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "include\PaintDotNetRunning.nsh"
!include "include\PaintDotNetFolder.nsh"
!include "include\UninstallEntry.nsh"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_LICENSE "${STAGE}\plugin\LICENSE.txt"
!ifdef HAVE_LARGE_MODELS
  !insertmacro MUI_PAGE_COMPONENTS
!endif
!define MUI_DIRECTORYPAGE_TEXT_TOP "$PaintDotNetFolderText"
!define MUI_DIRECTORYPAGE_TEXT_DESTINATION "Paint.NET folder (PdnUpscale goes into its Effects\PdnUpscale)"
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE ValidatePaintDotNetFolder
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "PdnUpscale is installed"
!define MUI_FINISHPAGE_TEXT "PdnUpscale is in $INSTDIR\${PLUGIN_SUBDIR}.$\r$\n$\r$\nStart (or restart) Paint.NET and open Effects > Photo > AI Upscale."
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "PdnUpscale plugin and default models" SecPlugin
  SectionIn RO
  Call RemovePreviousVersion
  SetOutPath "$INSTDIR\${PLUGIN_SUBDIR}"
  File /r "${STAGE}\plugin\*.*"
SectionEnd

!ifdef HAVE_LARGE_MODELS
Section /o "Large model pack" SecLargeModels
  SetOutPath "$INSTDIR\${PLUGIN_SUBDIR}"
  File /r "${STAGE}\large-models\*.*"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecPlugin} "The AI Upscale effect, ONNX Runtime and the small default models."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecLargeModels} "More models (larger, slower, sometimes better for a given picture)."
!insertmacro MUI_FUNCTION_DESCRIPTION_END
!endif

Section "-Register"
  WriteUninstaller "$INSTDIR\${PLUGIN_SUBDIR}\${UNINSTALLER}"
  Call WriteUninstallEntry
SectionEnd

Function .onInit
  ; The plugin ships x64 native libraries; Paint.NET on ARM64 runs natively and could not load them.
  ${If} ${IsNativeARM64}
    MessageBox MB_ICONSTOP "This PdnUpscale is for x64 processors; Paint.NET on ARM64 cannot load it." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  !ifdef HAVE_LARGE_MODELS
    ${GetParameters} $0
    ClearErrors
    ${GetOptions} $0 "/LARGEMODELS" $1
    ${IfNot} ${Errors}
      SectionSetFlags ${SecLargeModels} ${SF_SELECTED}
    ${EndIf}
  !endif
  Call LocatePaintDotNet
  ${If} $INSTDIR == ""
  ${AndIf} ${Silent}
    ; Nothing to guess from and nobody to ask: a silent install needs /D=<Paint.NET folder>.
    SetErrorLevel 2
    Quit
  ${EndIf}
  Call WarnIfPaintDotNetRunning
FunctionEnd

Section "Uninstall"
  !include "${STAGE}\uninstall-files.nsh"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Removed only when empty: models or files the user added stay.
  RMDir "$INSTDIR"
  Call un.RemoveUninstallEntry
SectionEnd

Function un.onInit
  Call un.WarnIfPaintDotNetRunning
FunctionEnd
