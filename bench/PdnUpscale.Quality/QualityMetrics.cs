// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>
/// Full-reference scores on the luma (BT.601 Y) of two same-size images. Kept here until the shared
/// <c>Quality/ImageMetrics</c> lands in Core; then these should call it.
/// </summary>
public static class QualityMetrics
{
    /// <summary>Measures PSNR on luma, in dB.</summary>
    /// <param name="truth">The ground truth.</param>
    /// <param name="image">The image scored.</param>
    /// <returns>The PSNR; infinity when identical.</returns>
    public static double PsnrY(Bgra32Image truth, Bgra32Image image)
    {
        double squares = 0;
        for (int y = 0; y < truth.Height; y++)
        {
            Span<byte> a = truth.GetRow(y), b = image.GetRow(y);
            for (int x = 0; x < truth.Width; x++)
            {
                double d = Luma(a, x) - Luma(b, x);
                squares += d * d;
            }
        }

        double mse = squares / ((double)truth.Width * truth.Height);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    /// <summary>Measures sharpness: the mean squared luma gradient (central differences).</summary>
    /// <param name="image">The image.</param>
    /// <returns>The gradient energy; higher is sharper.</returns>
    public static double GradientEnergy(Bgra32Image image)
    {
        double sum = 0;
        for (int y = 1; y < image.Height - 1; y++)
        {
            Span<byte> up = image.GetRow(y - 1), row = image.GetRow(y), down = image.GetRow(y + 1);
            for (int x = 1; x < image.Width - 1; x++)
            {
                double gx = (Luma(row, x + 1) - Luma(row, x - 1)) / 2, gy = (Luma(down, x) - Luma(up, x)) / 2;
                sum += (gx * gx) + (gy * gy);
            }
        }

        return sum / Math.Max(1.0, (double)(image.Width - 2) * (image.Height - 2));
    }

    /// <summary>
    /// Measures halos and ringing: the mean amount (8-bit luma levels, over all pixels) by which the image
    /// leaves the range of the ground truth in a window of ± <paramref name="radius"/> pixels. Clean line art
    /// scores near 0; ringing and dark/bright rims around lines score high.
    /// </summary>
    /// <param name="truth">The ground truth.</param>
    /// <param name="image">The image scored.</param>
    /// <param name="radius">The window radius (about the scale).</param>
    /// <returns>The mean overshoot in levels.</returns>
    public static double Overshoot(Bgra32Image truth, Bgra32Image image, int radius)
    {
        double sum = 0;
        for (int y = 0; y < truth.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < truth.Width; x++)
            {
                double lo = 255, hi = 0;
                for (int wy = Math.Max(0, y - radius); wy <= Math.Min(truth.Height - 1, y + radius); wy++)
                {
                    Span<byte> t = truth.GetRow(wy);
                    for (int wx = Math.Max(0, x - radius); wx <= Math.Min(truth.Width - 1, x + radius); wx++)
                    {
                        double v = Luma(t, wx);
                        lo = Math.Min(lo, v);
                        hi = Math.Max(hi, v);
                    }
                }

                double value = Luma(row, x);
                sum += Math.Max(0, Math.Max(value - hi, lo - value));
            }
        }

        return sum / ((double)truth.Width * truth.Height);
    }

    private static double Luma(Span<byte> row, int x) => (0.114 * row[x * 4]) + (0.587 * row[(x * 4) + 1]) + (0.299 * row[(x * 4) + 2]);
}
