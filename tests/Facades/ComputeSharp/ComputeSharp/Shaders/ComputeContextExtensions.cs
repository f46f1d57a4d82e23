// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// Dispatches and barriers on a <see cref="ComputeContext"/>; same call shapes as the real package, with the
/// relaxed generic constraint explained on <see cref="GraphicsDeviceExtensions"/>.
/// </summary>
public static class ComputeContextExtensions
{
    /// <summary>Queues a shader over <paramref name="x"/> threads.</summary>
    /// <typeparam name="T">The shader type.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="x">The number of iterations on the X axis.</param>
    /// <param name="shader">The shader.</param>
    public static void For<T>(this ref readonly ComputeContext context, int x, in T shader)
        where T : struct, IComputeShader => context.For(x, 1, 1, in shader);

    /// <summary>Queues a shader over <paramref name="x"/> × <paramref name="y"/> threads.</summary>
    /// <typeparam name="T">The shader type.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="x">The number of iterations on the X axis.</param>
    /// <param name="y">The number of iterations on the Y axis.</param>
    /// <param name="shader">The shader.</param>
    public static void For<T>(this ref readonly ComputeContext context, int x, int y, in T shader)
        where T : struct, IComputeShader => context.For(x, y, 1, in shader);

    /// <summary>Queues a shader over <paramref name="x"/> × <paramref name="y"/> × <paramref name="z"/> threads.</summary>
    /// <typeparam name="T">The shader type.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="x">The number of iterations on the X axis.</param>
    /// <param name="y">The number of iterations on the Y axis.</param>
    /// <param name="z">The number of iterations on the Z axis.</param>
    /// <param name="shader">The shader.</param>
    public static void For<T>(this ref readonly ComputeContext context, int x, int y, int z, in T shader)
        where T : struct, IComputeShader
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(y);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(z);
        ShaderRules.Check(typeof(T));
        T copy = shader;
        context.Enqueue(() => ShaderDispatcher.Run(x, y, z, copy));
    }

    /// <summary>
    /// Orders the dispatches before and after it on a buffer. The emulation runs dispatches one after
    /// another, so there is nothing to wait for; the call keeps the real ordering contract visible.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="buffer">The buffer written before and read after the barrier.</param>
    public static void Barrier<T>(this ref readonly ComputeContext context, ReadWriteBuffer<T> buffer)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (buffer.GraphicsDevice != context.GraphicsDevice)
        {
            throw new ArgumentException("The buffer belongs to another device.", nameof(buffer));
        }
    }
}
