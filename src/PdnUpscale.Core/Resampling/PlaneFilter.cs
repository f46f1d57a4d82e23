// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;

namespace PdnUpscale.Core.Resampling;

/// <summary>Reads one row of a single-channel float plane.</summary>
/// <param name="y">The row index.</param>
/// <param name="row">Receives the row's values.</param>
internal delegate void PlaneRowReader(int y, Span<float> row);

/// <summary>Writes one row of a single-channel float plane.</summary>
/// <param name="y">The row index.</param>
/// <param name="row">The row's values.</param>
internal delegate void PlaneRowWriter(int y, ReadOnlySpan<float> row);

/// <summary>
/// Separable filtering of one channel through row callbacks, so big images are read and written in place:
/// the only buffer is the horizontally filtered intermediate (source rows × destination columns).
/// </summary>
internal static class PlaneFilter
{
    /// <summary>Filters a plane: rows through <paramref name="kx"/>, then columns through <paramref name="ky"/>.</summary>
    /// <param name="sourceWidth">The source width.</param>
    /// <param name="sourceHeight">The source height.</param>
    /// <param name="read">Reads a source row.</param>
    /// <param name="kx">The horizontal kernel; its length is the destination width.</param>
    /// <param name="ky">The vertical kernel; its length is the destination height.</param>
    /// <param name="write">Receives each destination row.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    public static void Apply(int sourceWidth, int sourceHeight, PlaneRowReader read, ResampleKernel kx, ResampleKernel ky, PlaneRowWriter write, int parallelism, CancellationToken cancellationToken)
    {
        int width = kx.Starts.Length, height = ky.Starts.Length;
        var temp = new float[sourceHeight * width];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        Parallel.For(0, sourceHeight, options, () => new float[sourceWidth], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, _, row) =>
        {
            read(y, row);
            Convolve(row, temp.AsSpan(y * width, width), kx);
            return row;
        }, _ => { });
        Parallel.For(0, height, options, () => new float[width], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, _, row) =>
        {
            Array.Clear(row);
            for (int t = 0; t < ky.Taps; t++)
            {
                int sy = ky.Starts[y] + t;
                float w = ky.Weights[(y * ky.Taps) + t];
                if (w != 0 && sy >= 0 && sy < sourceHeight)
                {
                    ReadOnlySpan<float> from = temp.AsSpan(sy * width, width);
                    for (int x = 0; x < width; x++)
                    {
                        row[x] += w * from[x];
                    }
                }
            }

            write(y, row);
            return row;
        }, _ => { });
    }

    /// <summary>Filters a whole in-memory plane into a new one.</summary>
    /// <param name="plane">The source plane, row-major.</param>
    /// <param name="width">The source width.</param>
    /// <param name="kx">The horizontal kernel.</param>
    /// <param name="ky">The vertical kernel.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    /// <returns>The filtered plane.</returns>
    public static float[] Apply(float[] plane, int width, ResampleKernel kx, ResampleKernel ky, int parallelism, CancellationToken cancellationToken)
    {
        int outWidth = kx.Starts.Length;
        var result = new float[outWidth * ky.Starts.Length];
        Apply(width, plane.Length / width, (y, row) => plane.AsSpan(y * width, width).CopyTo(row), kx, ky, (y, row) => row.CopyTo(result.AsSpan(y * outWidth, outWidth)), parallelism, cancellationToken);
        return result;
    }

    /// <summary>Composes two kernels: the result applies <paramref name="first"/>, then <paramref name="second"/>.</summary>
    /// <param name="first">The kernel applied first (e.g. the enlargement, small to large).</param>
    /// <param name="second">The kernel applied second (e.g. the shrink, large to small).</param>
    /// <returns>One kernel doing both, from <paramref name="first"/>'s source to <paramref name="second"/>'s destination.</returns>
    public static ResampleKernel Compose(ResampleKernel first, ResampleKernel second)
    {
        int size = second.Starts.Length, middleSize = first.Starts.Length;
        var rows = new double[size][];
        var starts = new int[size];
        int taps = 1;
        for (int i = 0; i < size; i++)
        {
            // The taps of row i span from the first tap of its first middle pixel to the last of its last one.
            int kFirst = Math.Clamp(second.Starts[i], 0, middleSize - 1);
            int kLast = Math.Clamp(second.Starts[i] + second.Taps - 1, 0, middleSize - 1);
            starts[i] = first.Starts[kFirst];
            var row = new double[first.Starts[kLast] + first.Taps - starts[i]];
            for (int t = 0; t < second.Taps; t++)
            {
                int k = second.Starts[i] + t;
                float wk = second.Weights[(i * second.Taps) + t];
                for (int u = 0; wk != 0 && k >= 0 && k < middleSize && u < first.Taps; u++)
                {
                    row[first.Starts[k] + u - starts[i]] += wk * first.Weights[(k * first.Taps) + u];
                }
            }

            rows[i] = row;
            taps = Math.Max(taps, row.Length);
        }

        var weights = new float[size * taps];
        for (int i = 0; i < size; i++)
        {
            for (int t = 0; t < rows[i].Length; t++)
            {
                weights[(i * taps) + t] = (float)rows[i][t];
            }
        }

        return new ResampleKernel(starts, taps, weights);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Convolve(ReadOnlySpan<float> source, Span<float> target, ResampleKernel kx)
    {
        for (int x = 0; x < target.Length; x++)
        {
            float sum = 0;
            for (int t = 0; t < kx.Taps; t++)
            {
                int sx = kx.Starts[x] + t;
                float w = kx.Weights[(x * kx.Taps) + t];
                if (w != 0 && sx >= 0 && sx < source.Length)
                {
                    sum += w * source[sx];
                }
            }

            target[x] = sum;
        }
    }
}
