// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>The size of the thread groups a compute shader is dispatched in (required for build-time compilation).</summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false)]
public sealed class ThreadGroupSizeAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="ThreadGroupSizeAttribute"/> class.</summary>
    /// <param name="size">The default thread group size to use.</param>
    public ThreadGroupSizeAttribute(DefaultThreadGroupSizes size)
    {
        (this.ThreadsX, this.ThreadsY, this.ThreadsZ) = size switch
        {
            DefaultThreadGroupSizes.X => (64, 1, 1),
            DefaultThreadGroupSizes.Y => (1, 64, 1),
            DefaultThreadGroupSizes.Z => (1, 1, 64),
            DefaultThreadGroupSizes.XY => (8, 8, 1),
            DefaultThreadGroupSizes.XZ => (8, 1, 8),
            DefaultThreadGroupSizes.YZ => (1, 8, 8),
            DefaultThreadGroupSizes.XYZ => (4, 4, 4),
            _ => throw new ArgumentException("Unknown thread group size.", nameof(size)),
        };
    }

    /// <summary>Initializes a new instance of the <see cref="ThreadGroupSizeAttribute"/> class.</summary>
    /// <param name="threadsX">The number of threads in each thread group for the X axis.</param>
    /// <param name="threadsY">The number of threads in each thread group for the Y axis.</param>
    /// <param name="threadsZ">The number of threads in each thread group for the Z axis.</param>
    public ThreadGroupSizeAttribute(int threadsX, int threadsY, int threadsZ)
    {
        this.ThreadsX = threadsX;
        this.ThreadsY = threadsY;
        this.ThreadsZ = threadsZ;
    }

    /// <summary>Gets the number of threads in each thread group for the X axis.</summary>
    public int ThreadsX { get; }

    /// <summary>Gets the number of threads in each thread group for the Y axis.</summary>
    public int ThreadsY { get; }

    /// <summary>Gets the number of threads in each thread group for the Z axis.</summary>
    public int ThreadsZ { get; }
}
