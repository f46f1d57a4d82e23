// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// Allocation and dispatch on a <see cref="GraphicsDevice"/>. The <c>For</c> overloads keep the real call
/// shape (<c>device.For(x, y, in shader)</c>) but constrain <typeparamref name="T"/> only to
/// <see cref="IComputeShader"/>: the real constraint adds <c>IComputeShaderDescriptor&lt;T&gt;</c>, which
/// only the real source generator implements. Code must therefore never call <c>For</c> through its own
/// generic method (it would build here and fail on Windows); docs/GPU.md lists this rule.
/// </summary>
public static class GraphicsDeviceExtensions
{
    /// <summary>Allocates a read-only buffer.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="device">The device.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="allocationMode">Whether the memory starts cleared (<see cref="AllocationMode.Clear"/>) or not (see <see cref="AllocationMode.Default"/>).</param>
    /// <returns>The buffer.</returns>
    public static ReadOnlyBuffer<T> AllocateReadOnlyBuffer<T>(this GraphicsDevice device, int length, AllocationMode allocationMode = AllocationMode.Default)
        where T : unmanaged => new(device, length, allocationMode);

    /// <summary>Allocates a read-only buffer holding a copy of <paramref name="source"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="device">The device.</param>
    /// <param name="source">The initial contents.</param>
    /// <returns>The buffer.</returns>
    public static ReadOnlyBuffer<T> AllocateReadOnlyBuffer<T>(this GraphicsDevice device, ReadOnlySpan<T> source)
        where T : unmanaged
    {
        ReadOnlyBuffer<T> buffer = new(device, source.Length, AllocationMode.Default);
        buffer.CopyFrom(source);
        return buffer;
    }

    /// <summary>Allocates a read-write buffer.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="device">The device.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="allocationMode">Whether the memory starts cleared (<see cref="AllocationMode.Clear"/>) or not (see <see cref="AllocationMode.Default"/>).</param>
    /// <returns>The buffer.</returns>
    public static ReadWriteBuffer<T> AllocateReadWriteBuffer<T>(this GraphicsDevice device, int length, AllocationMode allocationMode = AllocationMode.Default)
        where T : unmanaged => new(device, length, allocationMode);

    /// <summary>Allocates a read-write buffer holding a copy of <paramref name="source"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="device">The device.</param>
    /// <param name="source">The initial contents.</param>
    /// <returns>The buffer.</returns>
    public static ReadWriteBuffer<T> AllocateReadWriteBuffer<T>(this GraphicsDevice device, ReadOnlySpan<T> source)
        where T : unmanaged
    {
        ReadWriteBuffer<T> buffer = new(device, source.Length, AllocationMode.Default);
        buffer.CopyFrom(source);
        return buffer;
    }

    /// <summary>Creates a context that batches dispatches and runs them when disposed.</summary>
    /// <param name="device">The device.</param>
    /// <returns>The context; always dispose it.</returns>
    public static ComputeContext CreateComputeContext(this GraphicsDevice device) => new(device);

    /// <summary>Runs a shader over <paramref name="x"/> threads and waits for it.</summary>
    /// <typeparam name="T">The shader type.</typeparam>
    /// <param name="device">The device.</param>
    /// <param name="x">The number of iterations on the X axis.</param>
    /// <param name="shader">The shader.</param>
    public static void For<T>(this GraphicsDevice device, int x, in T shader)
        where T : struct, IComputeShader => device.For(x, 1, 1, in shader);

    /// <summary>Runs a shader over <paramref name="x"/> × <paramref name="y"/> threads and waits for it.</summary>
    /// <typeparam name="T">The shader type.</typeparam>
    /// <param name="device">The device.</param>
    /// <param name="x">The number of iterations on the X axis.</param>
    /// <param name="y">The number of iterations on the Y axis.</param>
    /// <param name="shader">The shader.</param>
    public static void For<T>(this GraphicsDevice device, int x, int y, in T shader)
        where T : struct, IComputeShader => device.For(x, y, 1, in shader);

    /// <summary>Runs a shader over <paramref name="x"/> × <paramref name="y"/> × <paramref name="z"/> threads and waits for it.</summary>
    /// <typeparam name="T">The shader type.</typeparam>
    /// <param name="device">The device.</param>
    /// <param name="x">The number of iterations on the X axis.</param>
    /// <param name="y">The number of iterations on the Y axis.</param>
    /// <param name="z">The number of iterations on the Z axis.</param>
    /// <param name="shader">The shader.</param>
    public static void For<T>(this GraphicsDevice device, int x, int y, int z, in T shader)
        where T : struct, IComputeShader
    {
        using ComputeContext context = device.CreateComputeContext();
        context.For(x, y, z, in shader);
    }
}
