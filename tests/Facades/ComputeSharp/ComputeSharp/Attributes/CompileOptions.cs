// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>The DXC options for build-time shader compilation; the emulation has no compiler and ignores them.</summary>
[Flags]
public enum CompileOptions
{
    /// <summary><c>-all-resources-bound</c>.</summary>
    AllResourcesBound = 1 << 0,

    /// <summary><c>-Vd</c>.</summary>
    DisableValidation = 1 << 1,

    /// <summary><c>-Od</c>.</summary>
    DisableOptimization = 1 << 2,

    /// <summary><c>-Gfa</c>.</summary>
    AvoidFlowControl = 1 << 3,

    /// <summary><c>-Gfp</c>.</summary>
    PreferFlowControl = 1 << 4,

    /// <summary><c>-Ges</c>.</summary>
    EnableStrictness = 1 << 5,

    /// <summary><c>-Gis</c>: IEEE strictness, no optimisations that break IEEE rules.</summary>
    IeeeStrictness = 1 << 6,

    /// <summary><c>-Gec</c>.</summary>
    EnableBackwardsCompatibility = 1 << 7,

    /// <summary><c>-O0</c>.</summary>
    OptimizationLevel0 = 1 << 8,

    /// <summary><c>-O1</c>.</summary>
    OptimizationLevel1 = OptimizationLevel0 | (1 << 9),

    /// <summary><c>-O2</c>.</summary>
    OptimizationLevel2 = OptimizationLevel1 | (1 << 10),

    /// <summary><c>-O3</c>.</summary>
    OptimizationLevel3 = OptimizationLevel2 | (1 << 11),

    /// <summary><c>-WX</c>.</summary>
    WarningsAreErrors = 1 << 12,

    /// <summary><c>-res-may-alias</c>.</summary>
    ResourcesMayAlias = 1 << 13,

    /// <summary><c>-Qstrip_reflect</c>.</summary>
    StripReflectionData = 1 << 14,

    /// <summary>The default: <see cref="OptimizationLevel3"/> and <see cref="WarningsAreErrors"/>.</summary>
    Default = OptimizationLevel3 | WarningsAreErrors,
}
