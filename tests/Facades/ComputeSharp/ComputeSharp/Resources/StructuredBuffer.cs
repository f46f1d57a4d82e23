// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp.Resources;

/// <summary>A structured buffer (HLSL <c>StructuredBuffer</c>/<c>RWStructuredBuffer</c>).</summary>
/// <typeparam name="T">The element type.</typeparam>
public abstract class StructuredBuffer<T> : Buffer<T>
    where T : unmanaged
{
    /// <summary>Initializes a new instance of the <see cref="StructuredBuffer{T}"/> class.</summary>
    /// <param name="device">The owning device.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="allocationMode">Whether the memory starts cleared or holding garbage.</param>
    private protected StructuredBuffer(GraphicsDevice device, int length, AllocationMode allocationMode)
        : base(device, length, allocationMode)
    {
    }
}
