// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp.Resources;

/// <summary>A typed buffer in (emulated) GPU memory: a managed array only the dispatcher and copies touch.</summary>
/// <typeparam name="T">The element type.</typeparam>
public abstract class Buffer<T> : IGraphicsResource, IDisposable
    where T : unmanaged
{
    private readonly T[] data;
    private bool isDisposed;

    /// <summary>Initializes a new instance of the <see cref="Buffer{T}"/> class.</summary>
    /// <param name="device">The owning device.</param>
    /// <param name="length">The number of elements.</param>
    private protected Buffer(GraphicsDevice device, int length)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        device.ThrowIfDisposed();
        this.GraphicsDevice = device;
        this.data = new T[length];
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
        this.GraphicsDevice.ThrowIfDisposed();
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
