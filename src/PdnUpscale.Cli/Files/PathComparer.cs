// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Cli.Files;

/// <summary>Compares full paths the way the file system does: case-insensitively on Windows and macOS.</summary>
internal static class PathComparer
{
    /// <summary>Gets the comparer for this platform's file system.</summary>
    public static StringComparer Instance { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
