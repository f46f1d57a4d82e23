// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Bench.Metrics;

/// <summary>What one pixel's squared error is measured on.</summary>
internal enum PixelErrorKind
{
    /// <summary>The mean of the squared R, G and B differences.</summary>
    Rgb,

    /// <summary>The squared difference of BT.601 luma.</summary>
    Luma,
}
