// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Bench.Methods;

/// <summary>
/// Directional cubic convolution interpolation (DCCI; D. Zhou, X. Shen et al., "Image zooming using directional
/// cubic convolution interpolation", IET Image Processing 6(6), 2012), written from the method's published
/// description (threshold 1.15 and exponent 5 as given there; the paper itself was not at hand to check details). A missing pixel in the middle of a 4 × 4 block of known ones is interpolated by the 1-D cubic
/// (−1, 9, 9, −1) / 16 along one of the block's two diagonals: along the edge when the summed absolute
/// differences across the other diagonal are more than <see cref="EdgeRatio"/> times larger, otherwise a blend
/// of both weighted by 1 / (1 + d^<see cref="Exponent"/>). Differences are taken on luma plus alpha, and the
/// same weights apply to all four channels, so colours do not fringe.
/// </summary>
internal static class DirectionalCubic
{
    private const float EdgeRatio = 1.15f;
    private const int Exponent = 5;
    private static readonly Vector4 GradientWeights = new(0.114f, 0.587f, 0.299f, 1f);

    /// <summary>The block around a hole at (odd, odd) of the 2× grid: the original pixels two apart.</summary>
    private static readonly (int Dy, int Dx)[] DiagonalBlock = Block((m, n) => ((2 * m) - 3, (2 * n) - 3));

    /// <summary>The block around a hole with one odd coordinate: the known pixels, turned 45°, so its diagonals run vertically and horizontally.</summary>
    private static readonly (int Dy, int Dx)[] TurnedBlock = Block((m, n) => (m + n - 3, m - n));

    /// <summary>The block around the point midway between four neighbouring pixels, up and to the left of (y, x).</summary>
    private static readonly (int Dy, int Dx)[] CentredBlock = Block((m, n) => (m - 2, n - 2));

    /// <summary>
    /// Doubles a grid the paper's way: original pixel (i, j) lands exactly on (2i, 2j); the holes between four
    /// originals are filled first, then the remaining ones from the now complete diagonal lattice.
    /// </summary>
    /// <param name="source">The pixels, row-major, B, G, R, A in 0..255.</param>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <returns>The 2 × width by 2 × height grid.</returns>
    public static Vector4[] DoubleOnCorners(Vector4[] source, int width, int height, int parallelism)
    {
        int w = 2 * width, h = 2 * height;
        var grid = new Vector4[w * h];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                grid[(2 * y * w) + (2 * x)] = source[(y * width) + x];
            }
        }

        Fill(grid, grid, w, h, DiagonalBlock, y => (y & 1) == 1 ? 1 : w, 2, parallelism);
        Fill(grid, grid, w, h, TurnedBlock, y => 1 - (y & 1), 2, parallelism);
        return grid;
    }

    /// <summary>
    /// Samples a doubled grid half a pixel up and left of every point, with the same diagonal interpolation: the
    /// sample between corner-grid pixels (y − 1, x − 1) and (y, x) is at input position (y/2 − ¼, x/2 − ¼),
    /// exactly where a pixel-centred 2× enlargement puts output pixel (y, x).
    /// </summary>
    /// <param name="corners">The grid from <see cref="DoubleOnCorners"/>.</param>
    /// <param name="width">Its width.</param>
    /// <param name="height">Its height.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <returns>The centred grid, the same size.</returns>
    public static Vector4[] CentreHalfPixel(Vector4[] corners, int width, int height, int parallelism)
    {
        var centred = new Vector4[corners.Length];
        Fill(corners, centred, width, height, CentredBlock, _ => 0, 1, parallelism);
        return centred;
    }

    /// <summary>Interpolates the middle of a 4 × 4 block (row-major) along its diagonals.</summary>
    /// <param name="block">The 16 known pixels.</param>
    /// <returns>The interpolated pixel.</returns>
    public static Vector4 Interpolate(ReadOnlySpan<Vector4> block)
    {
        float rising = 0, falling = 0;
        for (int m = 0; m < 3; m++)
        {
            for (int n = 0; n < 3; n++)
            {
                rising += Difference(block[((m + 1) * 4) + n], block[(m * 4) + n + 1]);
                falling += Difference(block[(m * 4) + n], block[((m + 1) * 4) + n + 1]);
            }
        }

        // Cubic convolution along each diagonal: rising runs bottom-left to top-right.
        Vector4 alongRising = ((9 * (block[9] + block[6])) - block[12] - block[3]) / 16;
        Vector4 alongFalling = ((9 * (block[5] + block[10])) - block[0] - block[15]) / 16;
        if (1 + rising > EdgeRatio * (1 + falling))
        {
            return alongFalling;
        }

        if (1 + falling > EdgeRatio * (1 + rising))
        {
            return alongRising;
        }

        float wRising = 1 / (1 + MathF.Pow(rising, Exponent)), wFalling = 1 / (1 + MathF.Pow(falling, Exponent));
        return ((wRising * alongRising) + (wFalling * alongFalling)) / (wRising + wFalling);
    }

    private static float Difference(Vector4 a, Vector4 b) => Vector4.Dot(Vector4.Abs(a - b), GradientWeights);

    private static void Fill(Vector4[] known, Vector4[] target, int width, int height, (int Dy, int Dx)[] offsets, Func<int, int> firstColumn, int columnStep, int parallelism)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, height, options, y =>
        {
            Span<Vector4> block = stackalloc Vector4[16];
            for (int x = firstColumn(y); x < width; x += columnStep)
            {
                for (int i = 0; i < 16; i++)
                {
                    // Reflection keeps the parity of coordinates, so it never lands on a pixel not yet filled.
                    int sy = PixelMath.ReflectIndex(y + offsets[i].Dy, height), sx = PixelMath.ReflectIndex(x + offsets[i].Dx, width);
                    block[i] = known[(sy * width) + sx];
                }

                target[(y * width) + x] = Interpolate(block);
            }
        });
    }

    private static (int Dy, int Dx)[] Block(Func<int, int, (int Dy, int Dx)> offset)
    {
        var offsets = new (int Dy, int Dx)[16];
        for (int m = 0; m < 4; m++)
        {
            for (int n = 0; n < 4; n++)
            {
                offsets[(m * 4) + n] = offset(m, n);
            }
        }

        return offsets;
    }
}
