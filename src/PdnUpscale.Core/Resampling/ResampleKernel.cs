// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Resampling;

/// <summary>
/// The taps of a separable resample along one axis: for each destination pixel, the first source pixel and
/// normalised Lanczos-3 weights. Downscaling widens the kernel by the scale ratio, so it antialiases.
/// </summary>
internal sealed class ResampleKernel
{
    private const float Radius = 3f;

    private ResampleKernel(int[] starts, int taps, float[] weights)
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

    /// <summary>Builds the kernel mapping <paramref name="sourceSize"/> pixels onto <paramref name="destinationSize"/>.</summary>
    /// <param name="sourceSize">The source extent.</param>
    /// <param name="destinationSize">The destination extent.</param>
    /// <returns>The kernel.</returns>
    public static ResampleKernel Create(int sourceSize, int destinationSize)
    {
        double ratio = (double)sourceSize / destinationSize;
        double stretch = Math.Max(1.0, ratio);
        double support = Radius * stretch;
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
                double w = s < 0 || s >= sourceSize ? 0 : Lanczos((s - center) / stretch);
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

    private static double Lanczos(double x)
    {
        if (Math.Abs(x) >= Radius)
        {
            return 0;
        }

        return Sinc(x) * Sinc(x / Radius);
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
}
