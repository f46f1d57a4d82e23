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

    /// <summary>Lists the images named by files and folders, in order, each file once however it was named.</summary>
    /// <param name="inputs">The files and folders from the command line.</param>
    /// <param name="recursive">Whether folders are searched in subfolders too.</param>
    /// <returns>The images.</returns>
    /// <exception cref="UpscaleException">
    /// An input does not exist, is empty or not a regular file (a pipe or a device, which could block reading),
    /// or a folder holds no images.
    /// </exception>
    public static IReadOnlyList<InputImage> Collect(IEnumerable<string> inputs, bool recursive)
    {
        var seen = new HashSet<string>(FileIdentity.Comparer);
        var images = new List<InputImage>();
        foreach (string input in inputs)
        {
            string full = Path.GetFullPath(input);
            List<InputImage> found;
            if (Directory.Exists(full))
            {
                var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
                found = [.. Directory.EnumerateFiles(full, "*", option)
                    .Where(f => ImageExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new InputImage(f, FileIdentity.Of(f), FromFolder: true))];
                if (found.Count == 0)
                {
                    throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{input}: the folder holds no image files.");
                }
            }
            else if (File.Exists(full))
            {
                found = [new InputImage(full, FileIdentity.Of(full), FromFolder: false)];
            }
            else
            {
                throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{input}: no such file or folder.");
            }

            foreach (InputImage image in found.Where(i => seen.Add(i.Identity)))
            {
                // A pipe or device reports no length; reading one could wait for ever, so it is refused unopened.
                if (new FileInfo(image.Path).Length == 0)
                {
                    throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{image.Path}: the file is empty or not a regular file (a pipe or a device).");
                }

                images.Add(image);
            }
        }

        return images;
    }
}

/// <summary>One input image.</summary>
/// <param name="Path">The full path as given.</param>
/// <param name="Identity">The real path (<see cref="FileIdentity"/>).</param>
/// <param name="FromFolder">Whether it was found in a folder input rather than named.</param>
internal sealed record InputImage(string Path, string Identity, bool FromFolder);
