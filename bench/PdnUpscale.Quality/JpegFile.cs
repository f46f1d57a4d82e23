// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>Saves pictures as JPEG and decodes them again with the project's own codecs, as a user's compressed file.</summary>
public static class JpegFile
{
    /// <summary>Encodes at a quality and decodes again.</summary>
    /// <param name="image">The picture (not disposed).</param>
    /// <param name="quality">The JPEG quality, 1..100.</param>
    /// <returns>The decoded pixels and the file's quantization in the metadata; the caller disposes it.</returns>
    public static DecodedImage RoundTrip(Bgra32Image image, int quality)
    {
        using var file = new MemoryStream();
        new SkiaImageEncoder().Encode(image, new ImageMetadata(), file, new EncoderOptions { Format = ImageFileFormat.Jpeg, Quality = quality });
        file.Position = 0;
        return new SkiaImageDecoder().Decode(file, $"q{quality}.jpg");
    }
}
