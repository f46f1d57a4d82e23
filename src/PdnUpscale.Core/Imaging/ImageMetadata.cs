// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>
/// What a decoder learned about an image besides its pixels, so an encoder can carry it over.
/// </summary>
public sealed class ImageMetadata
{
    /// <summary>Gets or sets the embedded ICC profile, or <see langword="null"/> for none (sRGB assumed).</summary>
    public byte[]? IccProfile { get; set; }

    /// <summary>Gets or sets a value indicating whether any pixel is less than fully opaque.</summary>
    public bool HasAlpha { get; set; }

    /// <summary>Gets or sets a value indicating whether the source stored only grey levels.</summary>
    public bool IsGrayscale { get; set; }

    /// <summary>Gets or sets what a JPEG file's header said about its compression, or null for other formats.</summary>
    public JpegQuantization? Jpeg { get; set; }

    /// <summary>Gets the text entries (key, value) to record in the output, e.g. provenance.</summary>
    public IDictionary<string, string> Text { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
