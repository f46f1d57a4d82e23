// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Quality;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Quality;

/// <summary>One way to enlarge an input to an exact size, as the harness compares them.</summary>
/// <param name="Name">The name in the tables.</param>
/// <param name="Enlarge">Enlarges the input to the given width and height.</param>
public sealed record Candidate(string Name, Func<Bgra32Image, int, int, Bgra32Image> Enlarge)
{
    /// <summary>Gets plain bicubic, the baseline.</summary>
    public static Candidate Bicubic { get; } = new("bicubic", ReferenceScaler.EnlargeBicubic);

    /// <summary>Gets plain Lanczos-3.</summary>
    public static Candidate Lanczos { get; } = new("lanczos3", (input, w, h) =>
    {
        Bgra32Image result = Bgra32Image.Allocate(w, h);
        Resampler.Resample(input, result, ResampleChannels.All, Environment.ProcessorCount);
        return result;
    });

    /// <summary>Gets Lanczos-3 made consistent with its input by back-projection: classic non-neural super-resolution.</summary>
    public static Candidate LanczosBackProjected { get; } = new("lanczos3+bp", (input, w, h) =>
    {
        Bgra32Image result = Lanczos.Enlarge(input, w, h);
        BackProjection.Apply(input, result, new FidelityOptions(), Environment.ProcessorCount);
        return result;
    });

    /// <summary>Creates a candidate running a model through the pipeline.</summary>
    /// <param name="upscaler">The shared upscaler.</param>
    /// <param name="model">The model.</param>
    /// <param name="fidelity">The fidelity strength, 0..1.</param>
    /// <param name="kernel">The shrink fidelity assumes.</param>
    /// <param name="clamp">Whether to clamp to the input's local range (anti-halo).</param>
    /// <returns>The candidate.</returns>
    public static Candidate Model(Upscaler upscaler, ModelDescriptor model, double fidelity, DownscaleKernel kernel = DownscaleKernel.Bicubic, bool clamp = false) =>
        new($"{model.Id} f{fidelity:0.##}{(kernel == DownscaleKernel.Area ? " area" : string.Empty)}{(clamp ? " clamp" : string.Empty)}", (input, w, h) =>
        {
            var options = new UpscaleOptions
            {
                Model = model,
                TargetWidth = w,
                TargetHeight = h,
                Fidelity = fidelity > 0 || clamp ? new FidelityOptions { Strength = fidelity, Kernel = kernel, ClampToInputRange = clamp } : null,
            };
            using UpscaleResult result = upscaler.Run(input, options);
            return result.Image.Clone();
        });
}
