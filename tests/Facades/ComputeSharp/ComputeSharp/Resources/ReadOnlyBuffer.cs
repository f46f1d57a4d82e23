// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp.Resources;

namespace ComputeSharp;

/// <summary>A read-only buffer (HLSL <c>StructuredBuffer&lt;T&gt;</c>).</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ReadOnlyBuffer<T> : StructuredBuffer<T>
    where T : unmanaged
{
    /// <summary>Initializes a new instance of the <see cref="ReadOnlyBuffer{T}"/> class.</summary>
    /// <param name="device">The owning device.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="allocationMode">Whether the memory starts cleared or holding garbage.</param>
    internal ReadOnlyBuffer(GraphicsDevice device, int length, AllocationMode allocationMode)
        : base(device, length, allocationMode)
    {
    }

    /// <summary>Gets an element; only inside a shader.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element.</returns>
    public ref readonly T this[int i] => ref this.GetElementForShader(i, $"{typeof(ReadOnlyBuffer<T>)}[{typeof(int)}]");
}
