// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// Anti-halo clamp: each result pixel is kept within the range of the input pixels around the point it
/// samples (the 2 × 2 nearest, per channel), so no rim lighter or darker than its neighbourhood can appear
/// along a line. Inside that range it changes nothing, so sharp edges stay sharp.
/// </summary>
public static class RangeClamp
{
    /// <summary>Clamps B, G and R of <paramref name="result"/> in place; alpha is untouched.</summary>
    /// <param name="source">The input.</param>
    /// <param name="result">The enlarged image.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    public static void Apply(Bgra32Image source, Bgra32Image result, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(result);
        double sx = (double)source.Width / result.Width, sy = (double)source.Height / result.Height;
        Parallel.For(0, result.Height, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y) =>
        {
            (int top, int bottom) = Neighbours(((y + 0.5) * sy) - 0.5, source.Height);
            Span<byte> row = result.GetRow(y);
            ReadOnlySpan<byte> a = source.GetRow(top), b = source.GetRow(bottom);
            for (int x = 0; x < result.Width; x++)
            {
                (int left, int right) = Neighbours(((x + 0.5) * sx) - 0.5, source.Width);
                for (int c = 0; c < 3; c++)
                {
                    int lo = Math.Min(Math.Min(a[(left * 4) + c], a[(right * 4) + c]), Math.Min(b[(left * 4) + c], b[(right * 4) + c]));
                    int hi = Math.Max(Math.Max(a[(left * 4) + c], a[(right * 4) + c]), Math.Max(b[(left * 4) + c], b[(right * 4) + c]));
                    row[(x * 4) + c] = (byte)Math.Clamp(row[(x * 4) + c], lo, hi);
                }
            }
        });
    }

    private static (int Low, int High) Neighbours(double position, int size)
    {
        int low = Math.Clamp((int)Math.Floor(position), 0, size - 1);
        return (low, Math.Min(low + 1, size - 1));
    }
}
