# Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.
# Staging steps of installer\build.ps1 (dot-sourced); the same rules as installer/gather.sh for the Linux build.

Add-Type -AssemblyName System.IO.Compression.FileSystem

function Write-Step([string] $Message) { Write-Host "installer/build.ps1: $Message" }

function Stop-Build([string] $Message) { throw "installer/build.ps1: $Message" }

# Native import libraries, native debug symbols and XML docs serve compilers and debuggers, not Paint.NET.
function Remove-BuildOnlyFiles([string] $Plugin) {
    Get-ChildItem -Recurse -File $Plugin |
        Where-Object { $_.Extension -eq '.lib' -or ($_.Extension -eq '.pdb' -and $_.Name -notlike 'PdnUpscale.*') -or
            ($_.Extension -eq '.xml' -and (Test-Path ([System.IO.Path]::ChangeExtension($_.FullName, '.dll')))) } |
        Remove-Item
}

# The GPU edition's publish step merged PdnUpscale.Gpu and ComputeSharp into PdnUpscale.PaintDotNet.dll
# (MergeComputeSharp in its project); the .deps.json must stop naming them, or Paint.NET's resolver would look
# for files that are not there.
function Remove-MergedFromDeps([string] $Plugin) {
    $merged = @('PdnUpscale.Gpu', 'ComputeSharp', 'ComputeSharp.Core')
    $path = Join-Path $Plugin 'PdnUpscale.PaintDotNet.deps.json'
    $deps = Get-Content -Raw $path | ConvertFrom-Json -AsHashtable
    $isMerged = { param($key) $merged -contains $key.Split('/')[0] }
    foreach ($target in @($deps.targets.Values)) {
        foreach ($key in @($target.Keys)) {
            if (& $isMerged $key) { $target.Remove($key); continue }
            if ($target[$key].dependencies) {
                foreach ($name in @($target[$key].dependencies.Keys)) { if ($merged -contains $name) { $target[$key].dependencies.Remove($name) } }
            }
        }
    }
    foreach ($key in @($deps.libraries.Keys)) { if (& $isMerged $key) { $deps.libraries.Remove($key) } }
    $deps | ConvertTo-Json -Depth 32 | Set-Content -Encoding utf8NoBOM $path
    foreach ($name in $merged) {
        if (Test-Path (Join-Path $Plugin "$name.dll")) { Stop-Build "$name.dll is still in the plugin folder: the ComputeSharp merge did not run." }
    }
}

# Committed models/*.onnx ship in the plugin; any other (from models\fetch) goes to the optional large pack.
# Models whose catalog license is "unknown" (the community models) are never redistributed: users fetch them.
function Copy-Models([string] $Repo, [string] $Plugin, [string] $Large) {
    $defaults = @(git -C $Repo ls-files 'models/*.onnx' | ForEach-Object { Split-Path -Leaf $_ })
    if ($defaults.Count -eq 0) { Stop-Build 'no committed models/*.onnx: the plugin would ship without a model.' }
    $unlicensed = @((Get-Content -Raw (Join-Path $Repo 'models\catalog.json') | ConvertFrom-Json).models | Where-Object { $_.license -eq 'unknown' } | ForEach-Object { "$($_.id).onnx" })
    foreach ($model in Get-ChildItem -Recurse -File -Filter '*.onnx' $Plugin) {
        if ($defaults -contains $model.Name) { continue }
        if ($unlicensed -contains $model.Name) { Remove-Item $model.FullName; continue }
        $target = Join-Path $Large $model.FullName.Substring($Plugin.Length + 1)
        New-Item -ItemType Directory -Force (Split-Path -Parent $target) | Out-Null
        Move-Item $model.FullName $target
    }
    New-Item -ItemType Directory -Force (Join-Path $Plugin 'models'), (Join-Path $Large 'models') | Out-Null
    foreach ($model in Get-ChildItem -File -Filter '*.onnx' (Join-Path $Repo 'models')) {
        if ($unlicensed -contains $model.Name) { Write-Warning "$($model.Name) is not packed (its license is unknown; users get it with models\fetch)."; continue }
        $into = if ($defaults -contains $model.Name) { $Plugin } else { $Large }
        if (-not (Get-ChildItem -Recurse -File -Filter $model.Name $into)) { Copy-Item $model.FullName (Join-Path $into 'models') }
    }
    $catalog = Join-Path $Repo 'models\catalog.json'
    if ((Test-Path $catalog) -and -not (Get-ChildItem -Recurse -File -Filter 'catalog.json' $Plugin)) {
        Copy-Item $catalog (Join-Path $Plugin 'models')
    }
    if (-not (Get-ChildItem -Recurse -File $Large)) { Remove-Item (Join-Path $Large 'models') }
}

# LICENSE (with third-party notices), models\NOTICE.md, and the license files the bundled packages ship.
function Copy-Notices([string] $Repo, [string] $Plugin) {
    $license = (Get-Content (Join-Path $Repo 'LICENSE')) -join "`r`n"
    [System.IO.File]::WriteAllText((Join-Path $Plugin 'LICENSE.txt'), "$license`r`n")
    $notice = Join-Path $Repo 'models\NOTICE.md'
    if (-not (Test-Path $notice)) { Stop-Build "models\NOTICE.md is missing: the model weights' licenses must ship with them." }
    Copy-Item $notice (Join-Path $Plugin 'models')
    $packages = ((dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
    $deps = Get-ChildItem -File -Filter '*.deps.json' $Plugin | Select-Object -First 1
    if (-not $deps) { Stop-Build "the publish output has no .deps.json; Paint.NET would not load the plugin's DLLs." }
    $libraries = (Get-Content -Raw $deps.FullName | ConvertFrom-Json).libraries
    foreach ($library in $libraries.PSObject.Properties | Where-Object { $_.Value.type -eq 'package' }) {
        $id, $packageVersion = $library.Name.Split('/')
        $folder = Join-Path $packages "$($id.ToLowerInvariant())\$($packageVersion.ToLowerInvariant())"
        $files = @(Get-ChildItem -File $folder -ErrorAction SilentlyContinue |
            Where-Object { $_.Name -like 'LICENSE*' -or $_.Name -like 'ThirdPartyNotices*' -or $_.Name -like 'NOTICE*' })
        if ($files.Count -eq 0) { continue }
        $target = (New-Item -ItemType Directory -Force (Join-Path $Plugin "notices\$id")).FullName
        $files | Copy-Item -Destination $target
    }
}

# The uninstaller's list: every staged file, then every staged folder deepest first (removed only when empty).
function Write-UninstallList([string] $Stage, [string] $Plugin, [string] $Large) {
    $relative = { param($root) Get-ChildItem -Recurse $root | ForEach-Object { [pscustomobject]@{ Path = $_.FullName.Substring($root.Length + 1); IsFolder = $_.PSIsContainer } } }
    $entries = @(& $relative $Plugin) + @(& $relative $Large)
    $lines = @('; Generated by installer\build.ps1: every file setup installs; folders go only when left empty.')
    $lines += $entries | Where-Object { -not $_.IsFolder } | ForEach-Object { $_.Path } | Sort-Object -Unique | ForEach-Object { "  Delete `"`$INSTDIR\$_`"" }
    $lines += $entries | Where-Object { $_.IsFolder } | ForEach-Object { $_.Path } | Sort-Object -Unique -Descending | ForEach-Object { "  RMDir `"`$INSTDIR\$_`"" }
    [System.IO.File]::WriteAllLines((Join-Path $Stage 'uninstall-files.nsh'), [string[]] $lines)
}

function New-Zip([string] $Folder, [string] $Zip, [System.IO.Compression.CompressionLevel] $Level) {
    if (Test-Path $Zip) { Remove-Item $Zip }
    [System.IO.Compression.ZipFile]::CreateFromDirectory($Folder, $Zip, $Level, $false)
}
