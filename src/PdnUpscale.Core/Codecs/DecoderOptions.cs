// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Codecs;

/// <summary>Limits for decoding untrusted files.</summary>
public sealed class DecoderOptions
{
    /// <summary>The default pixel limit: 100 megapixels (e.g. 10000 × 10000).</summary>
    public const long DefaultMaxPixels = 100_000_000;

    /// <summary>Gets the largest width × height accepted; bigger headers are refused before any pixel allocation.</summary>
    public long MaxPixels { get; init; } = DefaultMaxPixels;
}
