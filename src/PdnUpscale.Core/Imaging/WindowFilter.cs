// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;

namespace PdnUpscale.Core.Imaging;

/// <summary>Separable square-window filters on float planes (mean and maximum), clamped at the edges.</summary>
internal static class WindowFilter
{
    /// <summary>Averages over a (2r+1)² window at every pixel.</summary>
    /// <param name="plane">The plane, row-major.</param>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <param name="radius">The window radius.</param>
    /// <param name="cancellationToken">Checked before every row and column.</param>
    /// <returns>The filtered plane.</returns>
    public static float[] Average(float[] plane, int width, int height, int radius, CancellationToken cancellationToken) => Separable(plane, width, height, radius, maximum: false, cancellationToken);

    /// <summary>Takes the maximum over a (2r+1)² window at every pixel (grey dilation).</summary>
    /// <param name="plane">The plane, row-major.</param>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <param name="radius">The window radius.</param>
    /// <param name="cancellationToken">Checked before every row and column.</param>
    /// <returns>The filtered plane.</returns>
    public static float[] Maximum(float[] plane, int width, int height, int radius, CancellationToken cancellationToken) => Separable(plane, width, height, radius, maximum: true, cancellationToken);

    private static float[] Separable(float[] plane, int width, int height, int radius, bool maximum, CancellationToken cancellationToken)
    {
        var rows = new float[plane.Length];
        for (int y = 0; y < height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Pass(plane, rows, y * width, 1, width, radius, maximum);
        }

        var result = new float[plane.Length];
        for (int x = 0; x < width; x++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Pass(rows, result, x, width, height, radius, maximum);
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Pass(float[] from, float[] to, int start, int step, int count, int radius, bool maximum)
    {
        for (int i = 0; i < count; i++)
        {
            int lo = Math.Max(0, i - radius), hi = Math.Min(count - 1, i + radius);
            float acc = maximum ? float.MinValue : 0;
            for (int j = lo; j <= hi; j++)
            {
                float v = from[start + (j * step)];
                acc = maximum ? Math.Max(acc, v) : acc + v;
            }

            to[start + (i * step)] = maximum ? acc : acc / (hi - lo + 1);
        }
    }
}
