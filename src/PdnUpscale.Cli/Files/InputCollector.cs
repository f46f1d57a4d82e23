// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;

namespace PdnUpscale.Cli.Files;

/// <summary>Expands the command line's files and folders into the list of images to upscale.</summary>
internal static class InputCollector
{
    /// <summary>The extensions taken from a folder; files named explicitly are tried whatever their name.</summary>
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".ico", ".wbmp", ".heic", ".heif", ".avif",
    };

    /// <summary>Lists the images named by files and folders, in order, without duplicates.</summary>
    /// <param name="inputs">The files and folders from the command line.</param>
    /// <param name="recursive">Whether folders are searched in subfolders too.</param>
    /// <returns>The full paths of the images.</returns>
    /// <exception cref="UpscaleException">An input does not exist, or a folder holds no images.</exception>
    public static IReadOnlyList<string> Collect(IEnumerable<string> inputs, bool recursive)
    {
        var seen = new HashSet<string>(PathComparer.Instance);
        var images = new List<string>();
        foreach (string input in inputs)
        {
            string full = Path.GetFullPath(input);
            IEnumerable<string> found;
            if (Directory.Exists(full))
            {
                var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
                found = Directory.EnumerateFiles(full, "*", option)
                    .Where(f => ImageExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (!found.Any())
                {
                    throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{input}: the folder holds no image files.");
                }
            }
            else if (File.Exists(full))
            {
                found = [full];
            }
            else
            {
                throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{input}: no such file or folder.");
            }

            images.AddRange(found.Where(seen.Add));
        }

        return images;
    }
}
