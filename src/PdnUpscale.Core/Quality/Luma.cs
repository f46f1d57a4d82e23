// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Quality;

/// <summary>ITU-R BT.601 luma of 8-bit BGRA pixels, in the studio range 16–235 used by SR papers.</summary>
public static class Luma
{
    /// <summary>Computes Y = 16 + (65.481·R + 128.553·G + 24.966·B) / 255, unrounded.</summary>
    /// <param name="b">The blue channel, 0–255.</param>
    /// <param name="g">The green channel, 0–255.</param>
    /// <param name="r">The red channel, 0–255.</param>
    /// <returns>The luma.</returns>
    public static double FromBgr(byte b, byte g, byte r) =>
        16.0 + (((65.481 * r) + (128.553 * g) + (24.966 * b)) / 255.0);

    /// <summary>Computes the luma of every pixel of an image.</summary>
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
}
