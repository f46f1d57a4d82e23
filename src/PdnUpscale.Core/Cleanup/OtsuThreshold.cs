// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Cleanup;

/// <summary>Turns an image black and white at the luma level that best separates ink from paper (Otsu's method).</summary>
internal static class OtsuThreshold
{
    /// <summary>Thresholds in place (B, G, R; alpha untouched).</summary>
    /// <param name="image">The image.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    public static void Apply(Bgra32Image image, CancellationToken cancellationToken)
    {
        int level = Level(image, cancellationToken);
        for (int y = 0; y < image.Height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                row.Slice(x * 4, 3).Fill(Luma.FullRange(row, x) > level ? (byte)255 : (byte)0);
            }
        }
    }

    /// <summary>Gets the luma level that best separates the image's two classes: ink is at or below it, paper above.</summary>
    /// <param name="image">The image.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    /// <returns>The level, 0..254.</returns>
    public static int Level(Bgra32Image image, CancellationToken cancellationToken)
    {
        var histogram = new long[256];
        for (int y = 0; y < image.Height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                histogram[PixelMath.ToByte(Luma.FullRange(row, x), 255f)]++;
            }
        }

        return Choose(histogram);
    }

    private static int Choose(long[] histogram)
    {
        double total = histogram.Sum(), weightedTotal = 0;
        for (int i = 0; i < 256; i++)
        {
            weightedTotal += i * (double)histogram[i];
        }

        double below = 0, weightedBelow = 0, best = -1;
        int level = 127;
        for (int t = 0; t < 255; t++)
        {
            below += histogram[t];
            weightedBelow += t * (double)histogram[t];
            double above = total - below;
            if (below == 0 || above == 0)
            {
                continue;
            }

            double meanBelow = weightedBelow / below, meanAbove = (weightedTotal - weightedBelow) / above;
            double between = below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                best = between;
                level = t;
            }
        }

        return level;
    }
}
