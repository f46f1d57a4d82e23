// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>The precompiled thread group shapes for <see cref="ThreadGroupSizeAttribute"/>.</summary>
[Flags]
public enum DefaultThreadGroupSizes
{
    /// <summary>64 × 1 × 1.</summary>
    X = 1 << 0,

    /// <summary>1 × 64 × 1.</summary>
    Y = 1 << 1,

    /// <summary>1 × 1 × 64.</summary>
    Z = 1 << 2,

    /// <summary>8 × 8 × 1.</summary>
    XY = X | Y,

    /// <summary>8 × 1 × 8.</summary>
    XZ = X | Z,

    /// <summary>1 × 8 × 8.</summary>
    YZ = Y | Z,

    /// <summary>4 × 4 × 4.</summary>
    XYZ = X | Y | Z,
}
