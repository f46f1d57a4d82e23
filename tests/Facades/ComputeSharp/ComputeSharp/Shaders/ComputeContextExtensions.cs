// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// Dispatches and barriers on a <see cref="ComputeContext"/>; same call shapes as the real package, with the
/// relaxed generic constraint explained on <see cref="GraphicsDeviceExtensions"/>.
/// </summary>
public static class ComputeContextExtensions
{
    private const int MaxThreadGroupsPerDimension = 65535;

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
        ThreadGroupSizeAttribute group = ShaderRules.Check(typeof(T));

        // As the real ComputeContext.Run: at most 65,535 thread groups per dimension (D3D12's
        // D3D11_CS_DISPATCH_MAX_THREAD_GROUPS_PER_DIMENSION), else ArgumentOutOfRangeException.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(GroupCount(x, group.ThreadsX), MaxThreadGroupsPerDimension, nameof(x));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(GroupCount(y, group.ThreadsY), MaxThreadGroupsPerDimension, nameof(y));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(GroupCount(z, group.ThreadsZ), MaxThreadGroupsPerDimension, nameof(z));
        context.GraphicsDevice.ThrowIfUnusable();
        T copy = shader;
        context.Enqueue(typeof(T).Name, ShaderRules.ReadWriteBuffers(copy), () => ShaderDispatcher.Run(x, y, z, copy));
    }

    /// <summary>
    /// Orders the dispatches before and after it on a buffer (a UAV barrier). The emulation runs dispatches
    /// one after another, but it refuses a second dispatch on a buffer without a barrier in between, as the
    /// GPU would race there (see <see cref="ComputeContext"/>).
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

        context.Synchronize(buffer);
    }

    private static int GroupCount(int threads, int groupSize) => (threads / groupSize) + (threads % groupSize == 0 ? 0 : 1);
}
