// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Resampling;

/// <summary>The shape of a resampling filter, stretched by the ratio when shrinking (so shrinking antialiases).</summary>
public enum ResampleFilter
{
    /// <summary>Lanczos with 3 lobes: the sharpest, for final sizes and between model passes.</summary>
    Lanczos3,

    /// <summary>Keys' cubic with a = −0.5 (Catmull-Rom): what PIL, OpenCV and Paint.NET call bicubic; the baseline to beat.</summary>
    CatmullRom,

    /// <summary>Mitchell-Netravali's cubic (B = C = 1/3): softer than Catmull-Rom, with almost no ringing.</summary>
    Mitchell,

    /// <summary>The triangle (tent): bilinear interpolation when enlarging.</summary>
    Bilinear,

    /// <summary>A box: area averaging when shrinking, nearest neighbour when enlarging.</summary>
    Box,
}
