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
    public static string? FindBundledFolder() => BundledFolders().FirstOrDefault();

    /// <summary>
    /// Finds every <c>models</c> folder holding a catalog next to the application or in a parent directory of
    /// it, nearest first: the copy in a build output and, in a source checkout, the repository's own folder,
    /// where <c>models/fetch</c> puts the large models.
    /// </summary>
    /// <returns>The folders.</returns>
    public static IEnumerable<string> BundledFolders()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models");
            if (File.Exists(Path.Combine(candidate, CatalogFileName)))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Gets every folder to search (bundled, per-user, then <c>PDNUPSCALE_MODELS</c>) without duplicates; folders need not exist.</summary>
    /// <returns>The folders.</returns>
    public static IReadOnlyList<string> SearchFolders()
    {
        var folders = new List<string>(BundledFolders()) { UserFolder };
        string? extra = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(extra))
        {
            folders.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }
}
