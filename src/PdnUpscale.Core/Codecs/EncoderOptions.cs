// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Codecs;

/// <summary>How to encode an output image.</summary>
public sealed record EncoderOptions
{
    /// <summary>Gets the file format.</summary>
    public ImageFileFormat Format { get; init; } = ImageFileFormat.Png;

    /// <summary>Gets the quality for lossy formats, 1..100 (ignored for PNG).</summary>
    public int Quality { get; init; } = 92;

    /// <summary>
    /// Gets the zlib level of PNG output, 0..9. Levels up to 2 use the Paeth row filter alone; higher levels
    /// let libpng try every filter on every row. The default, 1, encodes a 1024×1024 upscaled photo about 2.6×
    /// faster than level 3 with all filters, for a file about 9 % larger (12 % on flat graphics; measured in
    /// BENCHMARKS.md), so encoding stays a small part of the end-to-end time; 9 gives the smallest files.
    /// </summary>
    public int PngCompressionLevel { get; init; } = 1;
}
