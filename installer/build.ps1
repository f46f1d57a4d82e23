# Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.
#Requires -Version 7.0
<#
.SYNOPSIS
Builds the PdnUpscale setup (NSIS) and portable zip of the GPU edition on Windows: the plugin compiled against
the real Paint.NET DLLs in -PdnRoot, with the real ComputeSharp merged into it and the DirectML build of ONNX
Runtime (DirectML.dll beside it). Windows twin of installer/build (bash, the CPU edition).

.EXAMPLE
installer\build.ps1 -PdnRoot "C:\Program Files\paint.net"
Writes artifacts\PdnUpscale-<version>-gpu-setup.exe and artifacts\PdnUpscale-<version>-gpu.zip (and
-large-models.zip when models\fetch has added models beyond the committed defaults).
#>
[CmdletBinding()]
param(
    # The Paint.NET folder holding PaintDotNet.Effects.Core.dll; build against the oldest version you support.
    [string] $PdnRoot = 'C:\Program Files\paint.net',
    # Where the artifacts go (default: artifacts\).
    [string] $Out,
    # zlib instead of LZMA and fast zip compression: the same files, larger artifacts.
    [switch] $Quick
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$repo = Split-Path -Parent $PSScriptRoot
if (-not $Out) { $Out = Join-Path $repo 'artifacts' }
$Out = (New-Item -ItemType Directory -Force $Out).FullName
. (Join-Path $PSScriptRoot 'Gather.ps1')

function Find-MakeNsis {
    $onPath = Get-Command makensis -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $known = @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe") | Where-Object { Test-Path $_ }
    return $known | Select-Object -First 1
}

if (-not (Test-Path (Join-Path $PdnRoot 'PaintDotNet.Effects.Core.dll'))) {
    Stop-Build "no PaintDotNet.Effects.Core.dll in '$PdnRoot': pass -PdnRoot with the Paint.NET folder (the release is built against the real DLLs)."
}
$makensis = Find-MakeNsis
if (-not $makensis) {
    Write-Step 'installing NSIS with winget'
    winget install --id NSIS.NSIS --exact --silent --accept-package-agreements --accept-source-agreements
    $makensis = Find-MakeNsis
    if (-not $makensis) { Stop-Build 'makensis not found; install NSIS 3 from its website and run again.' }
}

$version = (Select-Xml -Path (Join-Path $repo 'Directory.Build.props') -XPath '//Version').Node.InnerText
if ($version -notmatch '^\d+(\.\d+){1,3}') { Stop-Build 'no <Version> in Directory.Build.props.' }
$viParts = @($Matches[0].Split('.')) + @('0', '0', '0')
$viVersion = ($viParts[0..3]) -join '.'
$base = "PdnUpscale-$version-gpu"

$stage = Join-Path $Out 'installer-stage'
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
$plugin = (New-Item -ItemType Directory (Join-Path $stage 'plugin')).FullName
$large = (New-Item -ItemType Directory (Join-Path $stage 'large-models')).FullName

Write-Step "publishing src\PdnUpscale.PaintDotNet (Release, win-x64, GPU edition) against $PdnRoot"
dotnet publish (Join-Path $repo 'src\PdnUpscale.PaintDotNet') -c Release -r win-x64 --self-contained false `
    "-p:PdnRoot=$PdnRoot" -p:PdnUpscaleEdition=Gpu -p:UseComputeSharpFacade=false -o $plugin --nologo -v quiet
if ($LASTEXITCODE) { Stop-Build 'dotnet publish of src\PdnUpscale.PaintDotNet failed (see above).' }
if (-not (Test-Path (Join-Path $plugin 'DirectML.dll'))) { Stop-Build 'the publish output has no DirectML.dll: the GPU edition needs it beside the plugin.' }
Remove-MergedFromDeps $plugin

Remove-BuildOnlyFiles $plugin
Copy-Models $repo $plugin $large
Copy-Notices $repo $plugin
Write-UninstallList $stage $plugin $large

$setup = Join-Path $stage "$base-setup.exe"
$defines = @("/DVERSION=$version", "/DVI_VERSION=$viVersion", "/DBUILD_NOTE= (GPU edition)", "/DSTAGE=$stage", "/DOUTFILE=$setup",
    "/DCOMPRESSOR=$(if ($Quick) { 'zlib' } else { 'lzma' })")
$largeCount = @(Get-ChildItem -Recurse -File $large).Count
if ($largeCount -gt 0) { $defines += '/DHAVE_LARGE_MODELS' }
Write-Step "compiling the setup with $makensis"
& $makensis /V2 @defines (Join-Path $PSScriptRoot 'PdnUpscale.nsi')
if ($LASTEXITCODE) { Stop-Build 'makensis failed (see above).' }

Write-Step 'writing the zip'
$level = if ($Quick) { [System.IO.Compression.CompressionLevel]::Fastest } else { [System.IO.Compression.CompressionLevel]::Optimal }
$zipFolder = (New-Item -ItemType Directory (Join-Path $stage 'zip')).FullName
Copy-Item -Recurse $plugin (Join-Path $zipFolder 'PdnUpscale')
$install = (Get-Content (Join-Path $PSScriptRoot 'INSTALL.txt')) -join "`r`n"
[System.IO.File]::WriteAllText((Join-Path $zipFolder 'INSTALL.txt'), "$install`r`n")
New-Zip $zipFolder (Join-Path $Out "$base.zip") $level
$largeZip = Join-Path $Out "$base-large-models.zip"
if ($largeCount -gt 0) {
    $largeFolder = (New-Item -ItemType Directory (Join-Path $stage 'zip-large')).FullName
    Copy-Item -Recurse $large (Join-Path $largeFolder 'PdnUpscale')
    New-Zip $largeFolder $largeZip $level
} elseif (Test-Path $largeZip) {
    Remove-Item $largeZip
}
Move-Item -Force $setup (Join-Path $Out "$base-setup.exe")
Write-Step "wrote $Out\$base-setup.exe and $Out\$base.zip ($largeCount files in the large model pack)"
