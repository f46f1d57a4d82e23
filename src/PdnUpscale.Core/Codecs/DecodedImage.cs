// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Codecs;

/// <summary>A decoded image: its pixels and what else the file said. Disposing it frees the pixels.</summary>
/// <param name="image">The pixels, owned by this object.</param>
/// <param name="metadata">The metadata.</param>
public sealed class DecodedImage(Bgra32Image image, ImageMetadata metadata) : IDisposable
{
    /// <summary>Gets the pixels, straight (not premultiplied) BGRA8.</summary>
    public Bgra32Image Image { get; } = image;

    /// <summary>Gets the metadata: ICC profile, alpha and grey flags, text entries.</summary>
    public ImageMetadata Metadata { get; } = metadata;

    /// <summary>Gets the JPEG quality the file was saved with (IJG scale, 1..100, from its quantization tables), or null when it is not a JPEG.</summary>
    public int? JpegQuality => this.Metadata.Jpeg?.Quality;

    /// <inheritdoc/>
    public void Dispose() => this.Image.Dispose();
}
