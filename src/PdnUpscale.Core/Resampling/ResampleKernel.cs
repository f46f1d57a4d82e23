// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Resampling;

/// <summary>
/// The taps of a separable resample along one axis: for each destination pixel, the first source pixel and
/// normalised weights of a <see cref="ResampleFilter"/>. Downscaling widens the kernel
/// by the scale ratio, so it antialiases.
/// </summary>
internal sealed class ResampleKernel
{
    /// <summary>Initializes a new instance of the <see cref="ResampleKernel"/> class from ready-made taps.</summary>
    /// <param name="starts">The first source index of each destination pixel.</param>
    /// <param name="taps">The number of taps per destination pixel.</param>
    /// <param name="weights">The weights, <paramref name="taps"/> per destination pixel.</param>
    internal ResampleKernel(int[] starts, int taps, float[] weights)
    {
        this.Starts = starts;
        this.Taps = taps;
        this.Weights = weights;
    }

    /// <summary>Gets the first source index of each destination pixel.</summary>
    public int[] Starts { get; }

    /// <summary>Gets the number of taps per destination pixel.</summary>
    public int Taps { get; }

    /// <summary>Gets the weights, <see cref="Taps"/> per destination pixel; taps outside the source weigh 0.</summary>
    public float[] Weights { get; }

    /// <summary>Gets the source pixels that the destination pixels <paramref name="first"/> to <paramref name="end"/> (exclusive) reach, within the source; starts never decrease along a kernel.</summary>
    /// <param name="first">The first destination pixel.</param>
    /// <param name="end">One past the last destination pixel.</param>
    /// <param name="sourceSize">The source extent.</param>
    /// <returns>The first source pixel and one past the last.</returns>
    public (int First, int End) Reach(int first, int end, int sourceSize)
        => (Math.Max(0, this.Starts[first]), Math.Min(sourceSize, this.Starts[end - 1] + this.Taps));

    /// <summary>Builds the kernel mapping <paramref name="sourceSize"/> pixels onto <paramref name="destinationSize"/>.</summary>
    /// <param name="sourceSize">The source extent.</param>
    /// <param name="destinationSize">The destination extent.</param>
    /// <param name="filter">The filter shape.</param>
    /// <returns>The kernel.</returns>
    public static ResampleKernel Create(int sourceSize, int destinationSize, ResampleFilter filter)
    {
        double ratio = (double)sourceSize / destinationSize;
        double stretch = Math.Max(1.0, ratio);
        double support = RadiusOf(filter) * stretch;
        int taps = (int)Math.Ceiling(support * 2) + 1;
        var starts = new int[destinationSize];
        var weights = new float[destinationSize * taps];
        for (int i = 0; i < destinationSize; i++)
        {
            double center = ((i + 0.5) * ratio) - 0.5;
            int start = (int)Math.Floor(center - support) + 1;
            double sum = 0;
            for (int t = 0; t < taps; t++)
            {
                int s = start + t;
                double w = s < 0 || s >= sourceSize ? 0 : Evaluate(filter, (s - center) / stretch);
                weights[(i * taps) + t] = (float)w;
                sum += w;
            }

            for (int t = 0; t < taps; t++)
            {
                weights[(i * taps) + t] = (float)(weights[(i * taps) + t] / sum);
            }

            starts[i] = start;
        }

        return new ResampleKernel(starts, taps, weights);
    }

    /// <summary>Gets how far from its centre a filter reaches, in source pixels, before stretching.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The radius.</returns>
    internal static double RadiusOf(ResampleFilter filter) => filter switch
    {
        ResampleFilter.CatmullRom or ResampleFilter.Mitchell => 2,
        ResampleFilter.Bilinear => 1,
        ResampleFilter.Box => 0.5,
        _ => 3,
    };

    /// <summary>Evaluates a filter's (unnormalised) weight at a distance from its centre.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="x">The signed distance, in source pixels.</param>
    /// <returns>The weight.</returns>
    internal static double Evaluate(ResampleFilter filter, double x)
    {
        double a = Math.Abs(x);
        return filter switch
        {
            // Keys' cubic with a = -0.5 (Catmull-Rom), what PIL, OpenCV and Paint.NET call bicubic.
            ResampleFilter.CatmullRom => a < 1 ? (((1.5 * a) - 2.5) * a * a) + 1 : a < 2 ? (((((-0.5 * a) + 2.5) * a) - 4) * a) + 2 : 0,

            // Mitchell-Netravali with B = C = 1/3: (7a³ − 12a² + 16/3) / 6 inside, (−7/3 a³ + 12a² − 20a + 32/3) / 6 outside.
            ResampleFilter.Mitchell => a < 1 ? (((((7 * a) - 12) * a * a) + (16.0 / 3)) / 6) : a < 2 ? ((((((((-7.0 / 3) * a) + 12) * a) - 20) * a) + (32.0 / 3)) / 6) : 0,
            ResampleFilter.Bilinear => a < 1 ? 1 - a : 0,
            ResampleFilter.Box => a < 0.5 ? 1 : a == 0.5 ? 0.5 : 0,
            _ => a < 3 ? Sinc(x) * Sinc(x / 3) : 0,
        };
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
}
