// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Saves the new image as a PNG. The file name carries the result's cache key, so Paint.NET's repeated
/// token updates write a result once; the file appears whole (written beside it under a fresh name, then
/// renamed) and an existing file is never overwritten or written through.
/// </summary>
public static class NewImageExport
{
    /// <summary>Saves an image into a folder.</summary>
    /// <param name="image">The image.</param>
    /// <param name="metadata">What the PNG records (Core's provenance text).</param>
    /// <param name="folder">The folder; created if missing.</param>
    /// <param name="fileStem">The file name without extension.</param>
    /// <returns>The PNG's path.</returns>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static string SavePng(Bgra32Image image, ImageMetadata metadata, string folder, string fileStem)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, fileStem + ".png");
        if (File.Exists(path))
        {
            return path;
        }

        // A fresh name, created exclusively: an existing file or link of that name is never written through.
        string partial = Path.Combine(folder, $".{Guid.NewGuid():N}.partial");
        try
        {
            using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                new SkiaImageEncoder().Encode(image, metadata, stream, new EncoderOptions { Format = ImageFileFormat.Png });
            }

            File.Move(partial, path, overwrite: false);
            return path;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}

/// <summary>The host's clipboard, as the engine needs it.</summary>
public interface IResultClipboard
{
    /// <summary>Puts an image on the clipboard, ready for Edit → Paste into New Image.</summary>
    /// <param name="image">The image.</param>
    void SetImage(Bgra32Image image);
}
