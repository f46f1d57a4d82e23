// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Cli.Files;

/// <summary>
/// The file a path really names: the full path with every symbolic link on the way resolved, folders included,
/// so <c>alias/a.png</c> (with <c>alias</c> a link to <c>photos</c>) is recognised as <c>photos/a.png</c>.
/// Hard links need no resolving: results are renamed into place, never written through an existing name,
/// so replacing a hard link to an input leaves the input's data as it was.
/// </summary>
internal static class FileIdentity
{
    /// <summary>More links than this in a chain is a loop (Linux stops at 40 too).</summary>
    private const int MaxLinks = 40;

    /// <summary>Gets the comparer for identities (<see cref="PathComparer"/>).</summary>
    public static StringComparer Comparer => PathComparer.Instance;

    /// <summary>Resolves a path to the real path of what it names, which need not exist yet.</summary>
    /// <param name="path">A relative or full path.</param>
    /// <returns>The full path without symbolic links.</returns>
    public static string Of(string path)
    {
        int links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        string root = Path.GetPathRoot(fullPath)!;
        string current = root;
        foreach (string part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (LinkTarget(current) is { } target)
            {
                if (++links > MaxLinks)
                {
                    return current;
                }

                current = Resolve(target, ref links);
            }
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: false)?.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Missing (a planned output) or unreadable: nothing to follow.
            return null;
        }
    }
}
