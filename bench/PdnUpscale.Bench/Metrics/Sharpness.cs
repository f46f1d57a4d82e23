// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Bench.Metrics;

/// <summary>
/// No-reference sharpness measures on BT.601 luma (see <see cref="Luma"/>), for comparing enlargements of the
/// same input: a sharper result has more gradient energy and a shorter edge rise distance.
/// </summary>
public static class Sharpness
{
    /// <summary>
    /// Computes the mean gradient energy: the mean over all pixels that have a right and a lower neighbour of
    /// (Y(x+1, y) − Y(x, y))² + (Y(x, y+1) − Y(x, y))². Resolution-dependent: compare images of the same size.
    /// </summary>
    /// <param name="image">The image, at least 2×2.</param>
    /// <returns>The mean squared forward-difference gradient of luma.</returns>
    public static double GradientEnergy(Bgra32Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Width < 2 || image.Height < 2)
        {
            throw new ArgumentException("Gradient energy needs an image of at least 2×2 pixels.", nameof(image));
        }

        double[] luma = Luma.Plane(image);
        int w = image.Width;
        double sum = 0;
        for (int y = 0; y < image.Height - 1; y++)
        {
            for (int x = 0; x < w - 1; x++)
            {
                double here = luma[(y * w) + x];
                double dx = luma[(y * w) + x + 1] - here;
                double dy = luma[((y + 1) * w) + x] - here;
                sum += (dx * dx) + (dy * dy);
            }
        }

        return sum / ((double)(w - 1) * (image.Height - 1));
    }

    /// <summary>
    /// Computes the 10–90 % edge rise distance of an image showing one vertical step edge (dark to light or light
    /// to dark, left to right): for each row, the horizontal distance in pixels between the points where luma
    /// first crosses 10 % and 90 % of the way from the row's start level to its end level (linearly interpolated
    /// between pixels), averaged over the rows. Start and end levels are the first and last pixel of the row.
    /// </summary>
    /// <param name="image">An image of a vertical step edge, at least 2 pixels wide.</param>
    /// <returns>The mean rise distance in pixels; smaller is sharper.</returns>
    public static double EdgeRiseDistance(Bgra32Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        double[] luma = Luma.Plane(image);
        int w = image.Width;
        double sum = 0;
        for (int y = 0; y < image.Height; y++)
        {
            sum += RiseDistance(luma.AsSpan(y * w, w));
        }

        return sum / image.Height;
    }

    /// <summary>Computes the 10–90 % rise distance of one profile across a step edge.</summary>
    /// <param name="profile">The samples across the edge; first and last are the two levels.</param>
    /// <returns>The distance in samples between the 10 % and 90 % crossings.</returns>
    public static double RiseDistance(ReadOnlySpan<double> profile)
    {
        if (profile.Length < 2 || profile[0] == profile[^1])
        {
            throw new ArgumentException("A step-edge profile needs two samples and different end levels.", nameof(profile));
        }

        double start = profile[0];
        double step = profile[^1] - start;
        return Crossing(profile, start, step, 0.9) - Crossing(profile, start, step, 0.1);
    }

    private static double Crossing(ReadOnlySpan<double> profile, double start, double step, double fraction)
    {
        for (int i = 1; i < profile.Length; i++)
        {
            double previous = (profile[i - 1] - start) / step;
            double current = (profile[i] - start) / step;
            if (current >= fraction)
            {
                return i - 1 + ((fraction - previous) / (current - previous));
            }
        }

        return profile.Length - 1;
    }
}
