// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Codecs;

/// <summary>File-name helpers for <see cref="ImageFileFormat"/>.</summary>
public static class ImageFileFormats
{
    /// <summary>Gets the format a file name's extension names.</summary>
    /// <param name="path">The file name or path.</param>
    /// <returns>The format, or null for an extension that is not an output format.</returns>
    public static ImageFileFormat? FromPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => ImageFileFormat.Png,
            ".jpg" or ".jpeg" => ImageFileFormat.Jpeg,
            ".webp" => ImageFileFormat.Webp,
            _ => null,
        };

    /// <summary>Gets the usual extension of a format, with the dot.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension.</returns>
    public static string GetExtension(ImageFileFormat format) =>
        format switch
        {
            ImageFileFormat.Jpeg => ".jpg",
            ImageFileFormat.Webp => ".webp",
            _ => ".png",
        };
}
