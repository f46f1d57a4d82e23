// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// The decode stage: an image file → BGRA8 pixels and metadata. Implementations read the header first and
/// refuse images larger than <see cref="DecoderOptions.MaxPixels"/> before allocating their pixels.
/// </summary>
public interface IImageDecoder
{
    /// <summary>Decodes an image file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pixels and metadata; the caller disposes them.</returns>
    /// <exception cref="UpscaleException">The file is missing, unreadable, truncated, not an image, or too large.</exception>
    DecodedImage Decode(string path);

    /// <summary>Decodes an image from a stream.</summary>
    /// <param name="stream">The encoded image.</param>
    /// <param name="fileName">The name to put in error messages.</param>
    /// <returns>The pixels and metadata; the caller disposes them.</returns>
    /// <exception cref="UpscaleException">The data is truncated, not an image, or too large.</exception>
    DecodedImage Decode(Stream stream, string fileName);
}
