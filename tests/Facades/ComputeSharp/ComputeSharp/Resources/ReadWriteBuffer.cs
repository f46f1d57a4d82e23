// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp.Resources;

namespace ComputeSharp;

/// <summary>A read-write buffer (HLSL <c>RWStructuredBuffer&lt;T&gt;</c>).</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ReadWriteBuffer<T> : StructuredBuffer<T>
    where T : unmanaged
{
    /// <summary>Initializes a new instance of the <see cref="ReadWriteBuffer{T}"/> class.</summary>
    /// <param name="device">The owning device.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="allocationMode">Whether the memory starts cleared or holding garbage.</param>
    internal ReadWriteBuffer(GraphicsDevice device, int length, AllocationMode allocationMode)
        : base(device, length, allocationMode)
    {
    }

    /// <summary>Gets a reference to an element; only inside a shader.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element.</returns>
    public ref T this[int i] => ref this.GetElementForShader(i, $"{typeof(ReadWriteBuffer<T>)}[{typeof(int)}]");
}
