// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Codecs;

/// <summary>How to encode an output image.</summary>
public sealed class EncoderOptions
{
    /// <summary>Gets the file format.</summary>
    public ImageFileFormat Format { get; init; } = ImageFileFormat.Png;

    /// <summary>Gets the quality for lossy formats, 1..100 (ignored for PNG).</summary>
    public int Quality { get; init; } = 92;
}
