// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Cleanup;

/// <summary>
/// Straightens a scanned text page. The skew is found by projection profiles (Postl's method): the page is
/// thresholded (Otsu), its ink projected across candidate angles within ±<see cref="MaximumDegrees"/> — every
/// 0.2°, then every 0.02° around the best, then a parabola through the top three — and the angle whose profile
/// is sharpest wins. The page is then rotated about its centre with Lanczos-3 onto the same canvas, the exposed
/// corners filled with the paper's colour (so the page's outermost corners are cut off by the same amount).
/// Pages without lines of text (photos, drawings) give no clear peak and are left alone.
/// </summary>
public static class Deskew
{
    /// <summary>The smallest skew, in degrees, worth a rotation (below it resampling would only soften the page).</summary>
    public const double MinimumDegrees = 0.1;

    /// <summary>The largest skew searched, in degrees either way.</summary>
    public const double MaximumDegrees = 8;

    private const double CoarseStep = 0.2;
    private const double FineStep = 0.02;
    private const int MinimumInk = 200;

    // The sharpest profile must beat the average over all angles by this much to count as lines of text:
    // rendered text pages score 6.8 to 10, skimage's photographed page.png 3.2; its photos up to 2.4 (coins, coffee),
    // except ones with long horizontal lines (motorcycle, logo: up to 4.9), whose peak is at 0° and so is left alone.
    private const double MinimumPeakRatio = 2.5;

    /// <summary>Estimates how far a page's text lines are turned.</summary>
    /// <param name="page">The page.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row and every angle tried.</param>
    /// <returns>The angle in degrees, counter-clockwise on screen (lines rising to the right are positive); null when the page shows no clear lines of text.</returns>
    /// <exception cref="OperationCanceledException">The estimate was cancelled.</exception>
    public static double? Estimate(Bgra32Image page, int parallelism, CancellationToken cancellationToken = default) => Search(page, parallelism, cancellationToken, out _, out _);

    /// <summary>Estimates the skew and, when it is clear and at least <see cref="MinimumDegrees"/>, rotates the page straight in place.</summary>
    /// <param name="page">The page, changed in place.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row and every angle tried.</param>
    /// <returns>The angle corrected, in degrees (counter-clockwise on screen); 0 when the page was left alone.</returns>
    /// <exception cref="OperationCanceledException">The stage was cancelled; the page may be partly rotated.</exception>
    public static double Straighten(Bgra32Image page, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Search(page, parallelism, cancellationToken, out int level, out _) is not double angle || Math.Abs(angle) < MinimumDegrees)
        {
            return 0;
        }

        using Bgra32Image copy = page.Clone();
        ImageRotation.Rotate(copy, page, -angle, PaperColour(copy, level, cancellationToken), parallelism, cancellationToken);
        return angle;
    }

    /// <summary>Finds the skew angle and how clearly it stands out (the best score over the average).</summary>
    internal static double? Search(Bgra32Image page, int parallelism, CancellationToken cancellationToken, out int level, out double peakRatio)
    {
        ArgumentNullException.ThrowIfNull(page);
        level = OtsuThreshold.Level(page, cancellationToken);
        InkPoints ink = InkPoints.Collect(page, level);
        peakRatio = 0;
        if (ink.Count < MinimumInk)
        {
            return null;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        int coarse = (int)Math.Round(MaximumDegrees / CoarseStep);
        double[] scores = new double[(2 * coarse) + 1];
        Parallel.For(0, scores.Length, options, i => scores[i] = ink.Score((i - coarse) * CoarseStep));
        int best = Array.IndexOf(scores, scores.Max());
        peakRatio = scores[best] / scores.Average();
        if (peakRatio < MinimumPeakRatio || best == 0 || best == scores.Length - 1)
        {
            return null;
        }

        double centre = (best - coarse) * CoarseStep;
        int fine = (int)Math.Round(CoarseStep / FineStep);
        double[] fineScores = new double[(2 * fine) + 1];
        Parallel.For(0, fineScores.Length, options, i => fineScores[i] = ink.Score(centre + ((i - fine) * FineStep)));
        int top = Math.Clamp(Array.IndexOf(fineScores, fineScores.Max()), 1, fineScores.Length - 2);
        return centre + ((top - fine + Vertex(fineScores[top - 1], fineScores[top], fineScores[top + 1])) * FineStep);
    }

    /// <summary>Gets the offset, in steps within ±0.5, of the top of the parabola through three equally spaced scores.</summary>
    private static double Vertex(double before, double at, double after)
    {
        double curvature = before - (2 * at) + after;
        return curvature < 0 ? Math.Clamp(0.5 * (before - after) / curvature, -0.5, 0.5) : 0;
    }

    /// <summary>Gets the average colour of the paper, the larger side of the threshold (light or dark), as B, G, R, A.</summary>
    private static Vector4 PaperColour(Bgra32Image page, int level, CancellationToken cancellationToken)
    {
        Vector4 light = Vector4.Zero, dark = Vector4.Zero;
        long lightCount = 0, darkCount = 0;
        for (int y = 0; y < page.Height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> row = page.GetRow(y);
            for (int x = 0; x < page.Width; x++)
            {
                var pixel = new Vector4(row[x * 4], row[(x * 4) + 1], row[(x * 4) + 2], row[(x * 4) + 3]);
                if (Luma.FullRange(row, x) > level)
                {
                    light += pixel;
                    lightCount++;
                }
                else
                {
                    dark += pixel;
                    darkCount++;
                }
            }
        }

        return lightCount >= darkCount ? light / lightCount : dark / darkCount;
    }
}
