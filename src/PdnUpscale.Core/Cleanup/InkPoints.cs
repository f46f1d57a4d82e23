// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Cleanup;

/// <summary>
/// The ink of a page as points (the minority side of a luma threshold), and how sharply they line up when
/// projected across a candidate angle: Postl's criterion, the sum of squared differences between neighbouring
/// bins of the projection profile, which peaks when the profile's bins run along the text lines.
/// </summary>
internal sealed class InkPoints
{
    private const double SampledPixels = 2_000_000;

    private readonly float[] xs;
    private readonly float[] ys;
    private readonly float binWidth;
    private readonly int bins;

    private InkPoints(float[] xs, float[] ys, float binWidth, int bins)
    {
        this.xs = xs;
        this.ys = ys;
        this.binWidth = binWidth;
        this.bins = bins;
    }

    /// <summary>Gets the number of points.</summary>
    public int Count => this.xs.Length;

    /// <summary>
    /// Collects the ink of a page, sampling a grid of about two million pixels on big pages. Each point is
    /// jittered within its pixel, so the pixel grid itself never lines up into a false peak at 0°.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="level">The luma threshold; the smaller side of it is the ink.</param>
    /// <returns>The points, relative to the page's centre.</returns>
    public static InkPoints Collect(Bgra32Image page, int level)
    {
        int step = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(page.Width * (double)page.Height / SampledPixels)));
        var dark = new List<(int X, int Y)>();
        var light = new List<(int X, int Y)>();
        for (int y = 0; y < page.Height; y += step)
        {
            Span<byte> row = page.GetRow(y);
            for (int x = 0; x < page.Width; x += step)
            {
                (Luma.FullRange(row, x) <= level ? dark : light).Add((x, y));
            }
        }

        List<(int X, int Y)> ink = dark.Count <= light.Count ? dark : light;
        var random = new Random(ink.Count);
        var xs = new float[ink.Count];
        var ys = new float[ink.Count];
        for (int i = 0; i < ink.Count; i++)
        {
            xs[i] = ink[i].X - (page.Width / 2f) + (step * (random.NextSingle() - 0.5f));
            ys[i] = ink[i].Y - (page.Height / 2f) + (step * (random.NextSingle() - 0.5f));
        }

        int bins = (int)(Math.Sqrt(((double)page.Width * page.Width) + ((double)page.Height * page.Height)) / step) + 4;
        return new InkPoints(xs, ys, step, bins);
    }

    /// <summary>Scores an angle: how sharply the points form lines rising by <paramref name="degrees"/> to the right.</summary>
    /// <param name="degrees">The candidate angle (counter-clockwise on screen).</param>
    /// <returns>The score; only comparisons between angles of the same points mean anything.</returns>
    public double Score(double degrees)
    {
        double radians = degrees * Math.PI / 180;
        float cos = (float)Math.Cos(radians) / this.binWidth, sin = (float)Math.Sin(radians) / this.binWidth;
        var profile = new float[this.bins];
        float middle = this.bins / 2f;
        for (int i = 0; i < this.xs.Length; i++)
        {
            // Lines rising to the right keep y·cos + x·sin constant; split each point between its two nearest bins.
            float p = (this.ys[i] * cos) + (this.xs[i] * sin) + middle;
            int bin = (int)p;
            float f = p - bin;
            profile[bin] += 1 - f;
            profile[bin + 1] += f;
        }

        double score = 0;
        for (int b = 1; b < profile.Length; b++)
        {
            double d = profile[b] - profile[b - 1];
            score += d * d;
        }

        return score;
    }
}
