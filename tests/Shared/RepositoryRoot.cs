// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Tests.Shared;

/// <summary>The repository the tests run from (compiled into each test project that needs it).</summary>
internal static class RepositoryRoot
{
    /// <summary>Finds the folder holding <c>PdnUpscale.sln</c> above the test assembly.</summary>
    /// <returns>The repository root.</returns>
    public static string Find()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PdnUpscale.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No PdnUpscale.sln above {AppContext.BaseDirectory}.");
    }
}
