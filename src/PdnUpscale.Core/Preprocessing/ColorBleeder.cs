// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Preprocessing;

/// <summary>
/// Replaces the colour of fully transparent pixels with colour bled in from visible neighbours, so RGB hidden
/// under alpha = 0 never reaches the model (no halos, and hidden content cannot leak). Each pass fills every
/// transparent pixel that touches a filled one with the weighted average (<see cref="PixelMath.BleedWeight"/>)
/// of its filled 8-neighbours, reading only the previous pass: a local, fixed-count dilation that a shader
/// reproduces exactly. Pixels still unreached afterwards become black. Runs over the whole image before
/// tiling, so tiles stay exact.
/// </summary>
internal static class ColorBleeder
{
    /// <summary>Makes a bled copy of an image; its alpha is 255 everywhere (every pixel now has a colour).</summary>
    /// <param name="source">The straight-alpha source.</param>
    /// <param name="passes">The number of dilation passes.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row of every pass.</param>
    /// <returns>The bled copy.</returns>
    public static Bgra32Image Bleed(Bgra32Image source, int passes, int parallelism, CancellationToken cancellationToken)
    {
        Bgra32Image current = source.Clone();
        Bgra32Image next = Bgra32Image.Allocate(source.Width, source.Height);
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
            Parallel.For(0, source.Height, options, y => MarkFilled(current.GetRow(y)));
            for (int pass = 0; pass < passes; pass++)
            {
                int changed = 0;
                Parallel.For(0, source.Height, options, y =>
                {
                    if (DilateRow(current, next, y))
                    {
                        Interlocked.Exchange(ref changed, 1);
                    }
                });
                (current, next) = (next, current);
                if (changed == 0)
                {
                    break;
                }
            }

            Parallel.For(0, source.Height, options, y => BlackenUnfilled(current.GetRow(y)));
            return current;
        }
        catch
        {
            current.Dispose();
            throw;
        }
        finally
        {
            next.Dispose();
        }
    }

    private static void MarkFilled(Span<byte> row)
    {
        for (int i = 3; i < row.Length; i += 4)
        {
            row[i] = row[i] == 0 ? (byte)0 : (byte)255;
        }
    }

    private static void BlackenUnfilled(Span<byte> row)
    {
        for (int i = 0; i < row.Length; i += 4)
        {
            if (row[i + 3] == 0)
            {
                row.Slice(i, 3).Clear();
            }

            row[i + 3] = 255;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool DilateRow(Bgra32Image current, Bgra32Image next, int y)
    {
        Span<byte> target = next.GetRow(y);
        current.GetRow(y).CopyTo(target);
        bool changed = false;
        for (int x = 0; x < current.Width; x++)
        {
            if (target[(x * 4) + 3] == 0 && BleedPixel(current, x, y, target.Slice(x * 4, 4)))
            {
                changed = true;
            }
        }

        return changed;
    }

    private static bool BleedPixel(Bgra32Image current, int x, int y, Span<byte> pixel)
    {
        int b = 0, g = 0, r = 0, total = 0;
        for (int dy = -1; dy <= 1; dy++)
        {
            int ny = y + dy;
            if (ny < 0 || ny >= current.Height)
            {
                continue;
            }

            Span<byte> row = current.GetRow(ny);
            for (int dx = -1; dx <= 1; dx++)
            {
                int nx = x + dx;
                if (nx < 0 || nx >= current.Width || row[(nx * 4) + 3] == 0)
                {
                    continue;
                }

                int w = PixelMath.BleedWeight(dx, dy);
                b += w * row[nx * 4];
                g += w * row[(nx * 4) + 1];
                r += w * row[(nx * 4) + 2];
                total += w;
            }
        }

        if (total == 0)
        {
            return false;
        }

        pixel[0] = (byte)PixelMath.BleedAverage(b, total);
        pixel[1] = (byte)PixelMath.BleedAverage(g, total);
        pixel[2] = (byte)PixelMath.BleedAverage(r, total);
        pixel[3] = 255;
        return true;
    }
}
