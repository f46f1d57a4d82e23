// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Bench.Metrics;

/// <summary>Halos and ringing of an enlargement, measured against its ground truth on BT.601 luma (<see cref="Luma"/>).</summary>
public static class Ringing
{
    /// <summary>
    /// Computes the mean overshoot: the amount (luma levels, averaged over all pixels) by which the image leaves
    /// the range of the ground truth within ± <paramref name="radius"/> pixels. Clean line art scores near 0;
    /// ringing and light or dark rims along lines score high.
    /// </summary>
    /// <param name="truth">The ground truth.</param>
    /// <param name="image">The image scored, the same size.</param>
    /// <param name="radius">The window radius (about the scale).</param>
    /// <returns>The mean overshoot in luma levels.</returns>
    public static double MeanOvershoot(Bgra32Image truth, Bgra32Image image, int radius)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(image);
        int width = truth.Width, height = truth.Height;
        double[] expected = Luma.Plane(truth), actual = Luma.Plane(image);
        float[] plane = Array.ConvertAll(expected, v => (float)v);
        float[] hi = WindowFilter.Maximum(plane, width, height, radius, CancellationToken.None);
        float[] lo = WindowFilter.Maximum(Array.ConvertAll(plane, v => -v), width, height, radius, CancellationToken.None);
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            sum += Math.Max(0, Math.Max(actual[i] - hi[i], -lo[i] - actual[i]));
        }

        return sum / actual.Length;
    }
}
