// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Resampling;

/// <summary>The shape of a resampling filter, stretched by the ratio when shrinking.</summary>
internal enum ResampleFilter
{
    /// <summary>Lanczos with 3 lobes: the sharpest, for final sizes.</summary>
    Lanczos3,

    /// <summary>Keys' cubic (Catmull-Rom): what most editors and libraries call bicubic.</summary>
    Bicubic,

    /// <summary>The triangle (tent): bilinear interpolation when enlarging.</summary>
    Bilinear,

    /// <summary>A box: area averaging when shrinking, nearest neighbour when enlarging.</summary>
    Box,
}
