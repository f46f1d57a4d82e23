// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Bench.Metrics;

/// <summary>Per-pixel squared errors between two images, the raw material of every PSNR variant.</summary>
internal static class PixelErrors
{
    /// <summary>Computes one squared error per pixel inside a frame of <paramref name="border"/> pixels.</summary>
    /// <param name="expected">The reference image.</param>
    /// <param name="actual">The image under test.</param>
    /// <param name="kind">Whether to measure RGB or luma.</param>
    /// <param name="border">The frame width to skip on each side.</param>
    /// <returns>The errors, row by row over the interior.</returns>
    public static double[] Compute(Bgra32Image expected, Bgra32Image actual, PixelErrorKind kind, int border)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentOutOfRangeException.ThrowIfNegative(border);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            throw new ArgumentException(
                $"The images differ in size: {expected.Width}×{expected.Height} and {actual.Width}×{actual.Height}.",
                nameof(actual));
        }

        int width = expected.Width - (2 * border);
        int height = expected.Height - (2 * border);
        if (width < 1 || height < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(border), $"A border of {border} leaves nothing of a {expected.Width}×{expected.Height} image.");
        }

        double[] errors = new double[width * height];
        for (int y = 0; y < height; y++)
        {
            Span<byte> e = expected.GetRow(y + border).Slice(4 * border, 4 * width);
            Span<byte> a = actual.GetRow(y + border).Slice(4 * border, 4 * width);
            for (int x = 0; x < width; x++)
            {
                errors[(y * width) + x] = Squared(e.Slice(4 * x, 3), a.Slice(4 * x, 3), kind);
            }
        }

        return errors;
    }

    private static double Squared(Span<byte> e, Span<byte> a, PixelErrorKind kind)
    {
        if (kind == PixelErrorKind.Luma)
        {
            double d = Luma.FromBgr(e[0], e[1], e[2]) - Luma.FromBgr(a[0], a[1], a[2]);
            return d * d;
        }

        double sum = 0;
        for (int c = 0; c < 3; c++)
        {
            double d = e[c] - a[c];
            sum += d * d;
        }

        return sum / 3.0;
    }
}
