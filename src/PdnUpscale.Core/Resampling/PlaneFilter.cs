// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
/// Separable filtering of one channel through row callbacks, so big images are read and written in place. The
/// horizontally filtered intermediate is kept for one band of destination rows at a time (at most
/// <see cref="BandValues"/> values plus the kernel's reach), not for the whole plane: at 8000 × 2000 a whole
/// intermediate is 64 MB per channel, and fidelity filters such planes many times per image.
/// </summary>
internal static class PlaneFilter
{
    /// <summary>The most intermediate values one band aims at (16 MB of floats); a band holds at least one destination row.</summary>
    internal const int BandValues = 4 << 20;

    /// <summary>Filters a plane: rows through <paramref name="kx"/>, then columns through <paramref name="ky"/>.</summary>
    /// <param name="sourceWidth">The source width.</param>
    /// <param name="sourceHeight">The source height.</param>
    /// <param name="read">Reads a source row; rows that two bands share are read twice.</param>
    /// <param name="kx">The horizontal kernel; its length is the destination width.</param>
    /// <param name="ky">The vertical kernel; its length is the destination height.</param>
    /// <param name="write">Receives each destination row.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    public static void Apply(int sourceWidth, int sourceHeight, PlaneRowReader read, ResampleKernel kx, ResampleKernel ky, PlaneRowWriter write, int parallelism, CancellationToken cancellationToken)
        => Apply(sourceWidth, sourceHeight, read, kx, ky, write, BandValues, parallelism, cancellationToken);

    /// <summary>Filters a plane in bands of at most <paramref name="bandValues"/> intermediate values (tests use small bands).</summary>
    /// <param name="sourceWidth">The source width.</param>
    /// <param name="sourceHeight">The source height.</param>
    /// <param name="read">Reads a source row.</param>
    /// <param name="kx">The horizontal kernel.</param>
    /// <param name="ky">The vertical kernel.</param>
    /// <param name="write">Receives each destination row.</param>
    /// <param name="bandValues">The most intermediate values a band aims at.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    internal static void Apply(int sourceWidth, int sourceHeight, PlaneRowReader read, ResampleKernel kx, ResampleKernel ky, PlaneRowWriter write, int bandValues, int parallelism, CancellationToken cancellationToken)
    {
        int width = kx.Starts.Length;
        List<(int First, int End, int SourceFirst, int SourceEnd)> bands = Bands(ky, sourceHeight, Math.Max(1, bandValues / Math.Max(1, width)));
        var temp = new float[bands.Select(b => b.SourceEnd - b.SourceFirst).DefaultIfEmpty().Max() * width];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        foreach ((int first, int end, int sourceFirst, int sourceEnd) in bands)
        {
            Parallel.For(sourceFirst, sourceEnd, options, () => new float[sourceWidth], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (sy, _, row) =>
            {
                read(sy, row);
                Convolve(row, temp.AsSpan((sy - sourceFirst) * width, width), kx);
                return row;
            }, _ => { });
            Parallel.For(first, end, options, () => new float[width], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, _, row) =>
            {
                Array.Clear(row);
                for (int t = 0; t < ky.Taps; t++)
                {
                    int sy = ky.Starts[y] + t;
                    float w = ky.Weights[(y * ky.Taps) + t];
                    if (w != 0 && sy >= 0 && sy < sourceHeight)
                    {
                        AddScaled(row, temp.AsSpan((sy - sourceFirst) * width, width), w);
                    }
                }

                write(y, row);
                return row;
            }, _ => { });
        }
    }

    /// <summary>Filters a whole in-memory plane into another, e.g. a buffer reused by iterations.</summary>
    /// <param name="plane">The source plane, row-major.</param>
    /// <param name="width">The source width.</param>
    /// <param name="kx">The horizontal kernel.</param>
    /// <param name="ky">The vertical kernel.</param>
    /// <param name="destination">Receives the filtered plane, row-major: at least <paramref name="kx"/>'s × <paramref name="ky"/>'s destination size.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    public static void Apply(float[] plane, int width, ResampleKernel kx, ResampleKernel ky, float[] destination, int parallelism, CancellationToken cancellationToken)
    {
        int outWidth = kx.Starts.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, outWidth * ky.Starts.Length, nameof(destination));
        Apply(width, plane.Length / width, (y, row) => plane.AsSpan(y * width, width).CopyTo(row), kx, ky, (y, row) => row.CopyTo(destination.AsSpan(y * outWidth, outWidth)), parallelism, cancellationToken);
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

    /// <summary>
    /// Splits the destination rows into bands whose source rows (<see cref="ResampleKernel.Reach"/>) number at most
    /// <paramref name="maxSourceRows"/>, or one destination row's reach when that alone is more.
    /// </summary>
    private static List<(int First, int End, int SourceFirst, int SourceEnd)> Bands(ResampleKernel ky, int sourceHeight, int maxSourceRows)
    {
        var bands = new List<(int, int, int, int)>();
        for (int first = 0; first < ky.Starts.Length;)
        {
            int end = first + 1;
            while (end < ky.Starts.Length && Rows(ky.Reach(first, end + 1, sourceHeight)) <= maxSourceRows)
            {
                end++;
            }

            (int sourceFirst, int sourceEnd) = ky.Reach(first, end, sourceHeight);
            bands.Add((first, end, sourceFirst, Math.Max(sourceFirst, sourceEnd)));
            first = end;
        }

        return bands;

        static int Rows((int First, int End) reach) => reach.End - reach.First;
    }

    /// <summary>row += weight × from, a vector at a time: each element sums its taps in the same order as one at a time, so the result is the same in every build.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddScaled(Span<float> row, ReadOnlySpan<float> from, float weight)
    {
        Span<Vector<float>> rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row);
        ReadOnlySpan<Vector<float>> fromVectors = MemoryMarshal.Cast<float, Vector<float>>(from);
        var weights = new Vector<float>(weight);
        for (int i = 0; i < rowVectors.Length; i++)
        {
            rowVectors[i] += weights * fromVectors[i];
        }

        for (int x = rowVectors.Length * Vector<float>.Count; x < row.Length; x++)
        {
            row[x] += weight * from[x];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Convolve(ReadOnlySpan<float> source, Span<float> target, ResampleKernel kx)
    {
        int taps = kx.Taps;
        for (int x = 0; x < target.Length; x++)
        {
            int start = kx.Starts[x];
            ReadOnlySpan<float> weights = kx.Weights.AsSpan(x * taps, taps);
            float sum = 0;
            if (start >= 0 && start + taps <= source.Length)
            {
                // Nearly every pixel: all taps inside the row, so no test per tap. Zero weights add exactly
                // nothing, so the sum equals the edge loop's.
                ReadOnlySpan<float> window = source.Slice(start, taps);
                for (int t = 0; t < weights.Length; t++)
                {
                    sum += weights[t] * window[t];
                }
            }
            else
            {
                for (int t = 0; t < taps; t++)
                {
                    int sx = start + t;
                    if (weights[t] != 0 && sx >= 0 && sx < source.Length)
                    {
                        sum += weights[t] * source[sx];
                    }
                }
            }

            target[x] = sum;
        }
    }
}
