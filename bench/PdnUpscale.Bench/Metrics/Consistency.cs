// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Bench.Metrics;

/// <summary>
/// How faithful an enlargement is to its input: shrink it back the way the input was assumed to be made and
/// compare with the input (PSNR over B, G, R). A faithful result scores high (≥ 45 dB); invented changes of
/// what the input shows score low, however sharp they look.
/// </summary>
public static class Consistency
{
    /// <summary>Measures the PSNR, in dB, between the input and the shrunk result.</summary>
    /// <param name="source">The input image.</param>
    /// <param name="result">The enlarged image.</param>
    /// <param name="kernel">The assumed shrink.</param>
    /// <returns>The PSNR in dB; <see cref="double.PositiveInfinity"/> when identical.</returns>
    public static double Measure(Bgra32Image source, Bgra32Image result, DownscaleKernel kernel = DownscaleKernel.Bicubic)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(result);
        var shrink = new ShrinkModel(source.Width, source.Height, result.Width, result.Height, kernel);
        double squares = 0;
        for (int channel = 0; channel < 3; channel++)
        {
            float[] shrunk = shrink.Apply(result, channel, linear: false, Environment.ProcessorCount, CancellationToken.None);
            float[] input = ChannelPlanes.Read(source, channel, linear: false);
            for (int i = 0; i < input.Length; i++)
            {
                double d = Math.Clamp(shrunk[i], 0f, 255f) - input[i];
                squares += d * d;
            }
        }

        double mse = squares / (3.0 * source.Width * source.Height);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }
}
