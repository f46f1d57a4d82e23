// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Gpu.Tests.TestUtilities;

/// <summary>Finds committed repository folders (test images, models) from the test binaries' folder upwards.</summary>
internal static class RepositoryPaths
{
    /// <summary>Finds a folder given relative to the repository root.</summary>
    /// <param name="relative">The folder, relative to the root.</param>
    /// <returns>Its full path, or null when no ancestor of the test binaries has it.</returns>
    public static string? Find(string relative)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
