// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>
/// Reads text with the <c>tesseract</c> command (Debian package <c>tesseract-ocr</c>); when it is missing,
/// <see cref="SystemPackages"/> fails saying what to install.
/// </summary>
public static class TesseractOcr
{
    private const string Command = "/usr/bin/tesseract";

    /// <summary>Reads one line of text from an image.</summary>
    /// <param name="image">The image, dark text on a light background.</param>
    /// <returns>The text read, trimmed.</returns>
    public static string ReadLine(Bgra32Image image) => Read(image, singleLine: true);

    /// <summary>Reads text from an image: one line (page segmentation mode 7) or a block of lines (mode 6).</summary>
    /// <param name="image">The image, dark text on a light background.</param>
    /// <param name="singleLine">Whether the image holds one line.</param>
    /// <returns>The text read, trimmed.</returns>
    public static string Read(Bgra32Image image, bool singleLine)
    {
        string file = Path.Combine(Path.GetTempPath(), $"pdnupscale-ocr-{Guid.NewGuid():N}.png");
        try
        {
            using (FileStream stream = File.Create(file))
            {
                new SkiaImageEncoder().Encode(image, new ImageMetadata(), stream, new EncoderOptions());
            }

            SystemPackages.Require(Command, "tesseract-ocr", "tesseract-ocr-eng");
            return SystemPackages.Run(Command, $"\"{file}\" stdout --psm {(singleLine ? 7 : 6)} -l eng").Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
