// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// Picks the core tile size for <c>--tile auto</c> from a memory budget. Larger tiles waste less compute on
/// context padding ((core + 2·pad)² / core²), so the largest tile the budget allows is best on every device.
/// </summary>
public static class AutoTileSize
{
    /// <summary>The largest automatic core size.</summary>
    public const int Maximum = 1024;

    /// <summary>The smallest automatic core size.</summary>
    public const int Minimum = 64;

    /// <summary>Gets the core size for a model and budget.</summary>
    /// <param name="geometry">The model geometry.</param>
    /// <param name="budgetBytes">The bytes one tile's inference may use.</param>
    /// <returns>The core size, a multiple of 32.</returns>
    public static int For(ModelGeometry geometry, long budgetBytes)
    {
        // Conservative activation estimate per input pixel, in floats: ~192 channels at input resolution
        // (RRDB dense blocks) plus 64 channels at every output pixel (upsampling convolutions).
        long bytesPerPixel = 4L * (192 + (64 * geometry.Scale * geometry.Scale));
        int side = (int)Math.Sqrt((double)budgetBytes / bytesPerPixel);
        int pad = Math.Max(geometry.ContextPadding, geometry.Border);
        int core = (side - (2 * pad)) / 32 * 32;
        return Math.Clamp(core, Minimum, Maximum);
    }
}
