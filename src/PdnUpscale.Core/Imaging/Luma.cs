// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;

namespace PdnUpscale.Core.Imaging;

/// <summary>
/// ITU-R BT.601 luma of 8-bit BGRA pixels: one weighted sum, read in full range (0–255, for the heat map and
/// scan clean-up) or in the studio range 16–235 used by SR papers (for the metrics).
/// </summary>
public static class Luma
{
    /// <summary>Computes the full-range luma Y = 0.299·R + 0.587·G + 0.114·B of one pixel.</summary>
    /// <param name="row">A BGRA row.</param>
    /// <param name="x">The pixel index in the row.</param>
    /// <returns>The luma, 0–255.</returns>
    public static float FullRange(ReadOnlySpan<byte> row, int x) => Weighted<float>(row[x * 4], row[(x * 4) + 1], row[(x * 4) + 2]);

    /// <summary>Computes the studio-range luma Y = 16 + 219 · (0.299·R + 0.587·G + 0.114·B) / 255, unrounded.</summary>
    /// <param name="b">The blue channel, 0–255.</param>
    /// <param name="g">The green channel, 0–255.</param>
    /// <param name="r">The red channel, 0–255.</param>
    /// <returns>The luma.</returns>
    public static double FromBgr(byte b, byte g, byte r) => 16.0 + (Weighted<double>(b, g, r) * 219.0 / 255.0);

    /// <summary>Computes the studio-range luma of every pixel of an image.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The lumas, row by row, <c>Width × Height</c> values.</returns>
    public static double[] Plane(Bgra32Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        double[] plane = new double[image.Width * image.Height];
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                plane[(y * image.Width) + x] = FromBgr(row[4 * x], row[(4 * x) + 1], row[(4 * x) + 2]);
            }
        }

        return plane;
    }

    // The BT.601 weights, in the precision of the caller (float for per-pixel maps, double for metrics).
    private static T Weighted<T>(T b, T g, T r)
        where T : IFloatingPointIeee754<T>
        => (T.CreateChecked(0.114) * b) + (T.CreateChecked(0.587) * g) + (T.CreateChecked(0.299) * r);
}
