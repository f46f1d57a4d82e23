// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// The encode stage: BGRA8 pixels and metadata → PNG, JPEG or WebP, keeping the ICC profile where the format
/// allows and recording <see cref="ImageMetadata.Text"/> (PNG text chunks).
/// </summary>
public interface IImageEncoder
{
    /// <summary>Encodes an image.</summary>
    /// <param name="image">The pixels.</param>
    /// <param name="metadata">The metadata to carry over.</param>
    /// <param name="destination">The stream to write to.</param>
    /// <param name="options">The format and quality.</param>
    void Encode(Bgra32Image image, ImageMetadata metadata, Stream destination, EncoderOptions options);
}
