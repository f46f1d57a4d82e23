// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models;

/// <summary>
/// Where models are looked for: the repository's or installation's <c>models</c> folder (the one holding
/// <c>catalog.json</c>), the per-user folder, and the folders listed in <c>PDNUPSCALE_MODELS</c>.
/// </summary>
public static class ModelLocations
{
    /// <summary>The environment variable holding extra model folders, separated by the platform's path separator.</summary>
    public const string EnvironmentVariable = "PDNUPSCALE_MODELS";

    /// <summary>The catalog's file name.</summary>
    public const string CatalogFileName = "catalog.json";

    /// <summary>Gets the per-user model folder (LocalApplicationData/PdnUpscale/models); imports go here.</summary>
    public static string UserFolder
        => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "PdnUpscale", "models");

    /// <summary>
    /// Finds the bundled models folder: <c>models</c> next to the application, or in the nearest parent
    /// directory of it that has one (a source checkout).
    /// </summary>
    /// <returns>The folder, or null when none holds a catalog.</returns>
    public static string? FindBundledFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models");
            if (File.Exists(Path.Combine(candidate, CatalogFileName)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Gets every folder to search, bundled first, without duplicates; folders need not exist.</summary>
    /// <returns>The folders.</returns>
    public static IReadOnlyList<string> SearchFolders()
    {
        var folders = new List<string>();
        if (FindBundledFolder() is string bundled)
        {
            folders.Add(bundled);
        }

        folders.Add(UserFolder);
        string? extra = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(extra))
        {
            folders.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }
}
