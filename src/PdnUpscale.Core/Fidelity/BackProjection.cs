// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// The fidelity stage: iterative back-projection of the assembled result onto its input. With D the assumed
/// shrink and U a bicubic enlargement, it solves (D·U)·R = input − D(result) on the input's grid by Richardson
/// iteration, then adds U(R) to the result once, scaled by the strength. Because U is linear this equals
/// classic back-projection (result += U(input − D(result)), repeated) without touching the large image per
/// iteration; and because it runs on the whole assembled image, tiles cannot show.
/// Memory: the input's planes plus one intermediate of (output height × input width) floats.
/// </summary>
public static class BackProjection
{
    /// <summary>Makes <paramref name="result"/> consistent with <paramref name="source"/> (B, G and R; alpha untouched).</summary>
    /// <param name="source">The input image the result was enlarged from.</param>
    /// <param name="result">The enlarged image, changed in place.</param>
    /// <param name="options">The strength, assumed shrink and iterations.</param>
    /// <param name="parallelism">The most threads to use.</param>
    public static void Apply(Bgra32Image source, Bgra32Image result, FidelityOptions options, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.Strength > 0)
        {
            Project(source, result, options, parallelism);
        }

        if (options.ClampToInputRange)
        {
            RangeClamp.Apply(source, result, parallelism);
        }
    }

    private static void Project(Bgra32Image source, Bgra32Image result, FidelityOptions options, int parallelism)
    {
        var shrink = new ShrinkModel(source.Width, source.Height, result.Width, result.Height, options.Kernel);
        ResampleKernel ux = ResampleKernel.Create(source.Width, result.Width, ResampleFilter.Bicubic);
        ResampleKernel uy = ResampleKernel.Create(source.Height, result.Height, ResampleFilter.Bicubic);
        ResampleKernel mx = PlaneFilter.Compose(ux, shrink.X), my = PlaneFilter.Compose(uy, shrink.Y);
        float[]? opacity = PixelScan.AnyAlphaBelow(source, 255) ? ChannelPlanes.Read(source, 3, linear: false) : null;
        for (int channel = 0; channel < 3; channel++)
        {
            float[] input = ChannelPlanes.Read(source, channel, options.LinearLight);
            float[] error = shrink.Apply(result, channel, options.LinearLight, parallelism);
            for (int i = 0; i < error.Length; i++)
            {
                error[i] = input[i] - error[i];
            }

            float[] residual = new float[error.Length];
            for (int iteration = 0; iteration < options.Iterations; iteration++)
            {
                float[] shrunk = PlaneFilter.Apply(residual, source.Width, mx, my, parallelism);
                for (int i = 0; i < residual.Length; i++)
                {
                    residual[i] += FidelityMath.Residual(error[i], shrunk[i], opacity is null ? 1f : opacity[i] / 255f);
                }
            }

            ChannelPlanes.AddEnlarged(result, channel, residual, source.Width, ux, uy, (float)options.Strength, options.LinearLight, parallelism);
        }
    }
}
