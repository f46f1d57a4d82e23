// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// Runs a shader's <see cref="IComputeShader.Execute"/> once per thread on the calling CPU thread, group by
/// group in the declared thread group shape, skipping the threads past the dispatch size exactly as the
/// bounds check ComputeSharp generates (<c>if (ThreadIds.x &lt; __x …)</c>) does.
/// </summary>
internal static class ShaderDispatcher
{
    /// <summary>Runs one dispatch to completion.</summary>
    /// <typeparam name="T">The shader type.</typeparam>
    /// <param name="x">The number of iterations on the X axis.</param>
    /// <param name="y">The number of iterations on the Y axis.</param>
    /// <param name="z">The number of iterations on the Z axis.</param>
    /// <param name="shader">The shader, captured by value.</param>
    public static void Run<T>(int x, int y, int z, T shader)
        where T : struct, IComputeShader
    {
        ThreadGroupSizeAttribute group = ShaderRules.Check(typeof(T));
        if (ThreadIds.IsDispatching)
        {
            throw new InvalidOperationException("A shader cannot dispatch another shader.");
        }

        ThreadIds.SetDispatching(true);
        try
        {
            for (int gz = 0; gz < z; gz += group.ThreadsZ)
            {
                for (int gy = 0; gy < y; gy += group.ThreadsY)
                {
                    for (int gx = 0; gx < x; gx += group.ThreadsX)
                    {
                        RunGroup(gx, gy, gz, x, y, z, group, shader);
                    }
                }
            }
        }
        finally
        {
            ThreadIds.SetDispatching(false);
        }
    }

    private static void RunGroup<T>(int gx, int gy, int gz, int x, int y, int z, ThreadGroupSizeAttribute group, T shader)
        where T : struct, IComputeShader
    {
        int endZ = Math.Min(z, gz + group.ThreadsZ), endY = Math.Min(y, gy + group.ThreadsY), endX = Math.Min(x, gx + group.ThreadsX);
        for (int tz = gz; tz < endZ; tz++)
        {
            for (int ty = gy; ty < endY; ty++)
            {
                for (int tx = gx; tx < endX; tx++)
                {
                    ThreadIds.Set(tx, ty, tz);
                    shader.Execute();
                }
            }
        }
    }
}
