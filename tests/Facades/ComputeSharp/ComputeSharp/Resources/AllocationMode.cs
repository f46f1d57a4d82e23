// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>How a new resource's memory starts out.</summary>
public enum AllocationMode
{
    /// <summary>The default: zeroed, as the emulation always is.</summary>
    Default,

    /// <summary>Explicitly cleared.</summary>
    Clear,
}
