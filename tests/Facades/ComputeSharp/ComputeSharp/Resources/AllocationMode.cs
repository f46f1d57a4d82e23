// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>How a new resource's memory starts out.</summary>
public enum AllocationMode
{
    /// <summary>
    /// Not explicitly cleared: the real package documents that such buffers must be written before they are
    /// read. The facade fills them with garbage (0xCD bytes) so code that relies on zeroes fails here too.
    /// </summary>
    Default,

    /// <summary>Cleared to zero when created.</summary>
    Clear,
}
