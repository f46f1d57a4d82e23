// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.InteropServices;

namespace ComputeSharp.Resources;

/// <summary>A typed buffer in (emulated) GPU memory: a managed array only the dispatcher and copies touch.</summary>
/// <typeparam name="T">The element type.</typeparam>
public abstract class Buffer<T> : IGraphicsResource, IDisposable
    where T : unmanaged
{
    /// <summary>What an uncleared allocation holds here (any value is possible on a GPU; zero is not promised).</summary>
    private const byte UnclearedByte = 0xCD;

    private readonly T[] data;
    private bool isDisposed;

    /// <summary>Initializes a new instance of the <see cref="Buffer{T}"/> class.</summary>
    /// <param name="device">The owning device.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="allocationMode">Whether the memory starts cleared or holding garbage.</param>
    private protected Buffer(GraphicsDevice device, int length, AllocationMode allocationMode)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        device.ThrowIfUnusable();
        this.GraphicsDevice = device;
        this.data = new T[length];
        if (allocationMode == AllocationMode.Default)
        {
            MemoryMarshal.AsBytes(this.data.AsSpan()).Fill(UnclearedByte);
        }
    }

    /// <inheritdoc/>
    public GraphicsDevice GraphicsDevice { get; }

    /// <summary>Gets the number of elements.</summary>
    public int Length => this.data.Length;

    /// <summary>Gets the storage for copies, checking the buffer and its device are alive.</summary>
    /// <returns>The elements.</returns>
    internal Span<T> GetStorage()
    {
        ObjectDisposedException.ThrowIf(this.isDisposed, this);
        this.GraphicsDevice.ThrowIfUnusable();
        return this.data;
    }

    /// <summary>Gets one element for a shader thread; bounds are checked strictly (D3D would drop the access).</summary>
    /// <param name="i">The index.</param>
    /// <param name="member">The indexer name for the exception.</param>
    /// <returns>The element.</returns>
    private protected ref T GetElementForShader(int i, string member)
    {
        if (!ThreadIds.IsDispatching)
        {
            throw new InvalidExecutionContextException(member);
        }

        return ref this.data[i];
    }

    /// <inheritdoc/>
    public void Dispose() => this.isDisposed = true;
}
