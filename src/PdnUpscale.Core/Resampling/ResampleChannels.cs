// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Resampling;

/// <summary>Which channels a resample reads and writes.</summary>
public enum ResampleChannels
{
    /// <summary>All four channels, B, G, R, A to B, G, R, A.</summary>
    All,

    /// <summary>The source's alpha into the destination's alpha; B, G, R untouched.</summary>
    AlphaFromAlpha,

    /// <summary>The source's green (a grey image) into the destination's alpha; B, G, R untouched.</summary>
    AlphaFromGreen,
}
