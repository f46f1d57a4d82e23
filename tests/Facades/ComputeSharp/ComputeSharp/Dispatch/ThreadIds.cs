// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// The ids of the GPU thread running a compute shader. The facade's dispatcher sets them per emulated
/// thread; outside a dispatch they throw, as in the real package.
/// </summary>
public static class ThreadIds
{
    [ThreadStatic]
    private static bool isDispatching;

    [ThreadStatic]
    private static int x;

    [ThreadStatic]
    private static int y;

    [ThreadStatic]
    private static int z;

    /// <summary>Gets the X id of the current thread.</summary>
    public static int X => isDispatching ? x : throw new InvalidExecutionContextException($"{typeof(ThreadIds)}.{nameof(X)}");

    /// <summary>Gets the Y id of the current thread.</summary>
    public static int Y => isDispatching ? y : throw new InvalidExecutionContextException($"{typeof(ThreadIds)}.{nameof(Y)}");

    /// <summary>Gets the Z id of the current thread.</summary>
    public static int Z => isDispatching ? z : throw new InvalidExecutionContextException($"{typeof(ThreadIds)}.{nameof(Z)}");

    /// <summary>Gets a value indicating whether the calling thread is inside an emulated dispatch.</summary>
    internal static bool IsDispatching => isDispatching;

    /// <summary>Enters or leaves an emulated dispatch on the calling thread.</summary>
    /// <param name="value">Whether a dispatch is running.</param>
    internal static void SetDispatching(bool value) => isDispatching = value;

    /// <summary>Sets the ids of the emulated thread about to run.</summary>
    /// <param name="threadX">The X id.</param>
    /// <param name="threadY">The Y id.</param>
    /// <param name="threadZ">The Z id.</param>
    internal static void Set(int threadX, int threadY, int threadZ) => (x, y, z) = (threadX, threadY, threadZ);
}
