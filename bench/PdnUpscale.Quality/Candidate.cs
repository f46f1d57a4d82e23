// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Methods;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Quality;

/// <summary>One way to enlarge an input to an exact size, as the harness compares them.</summary>
/// <param name="Name">The name in the tables.</param>
/// <param name="Enlarge">Enlarges the input to the given width and height.</param>
/// <param name="ModelId">The catalog model it runs, or null for plain resampling.</param>
public sealed record Candidate(string Name, Func<Bgra32Image, int, int, Bgra32Image> Enlarge, string? ModelId = null)
{
    /// <summary>Gets plain bicubic, the baseline.</summary>
    public static Candidate Bicubic { get; } = new("bicubic", (input, w, h) => Resampler.Resize(input, w, h, ResampleFilter.CatmullRom, Environment.ProcessorCount));

    /// <summary>Gets plain Lanczos-3.</summary>
    public static Candidate Lanczos { get; } = new("lanczos3", (input, w, h) => Resampler.Resize(input, w, h, ResampleFilter.Lanczos3, Environment.ProcessorCount));

    /// <summary>Gets Lanczos-3 made consistent with its input by back-projection: classic non-neural super-resolution.</summary>
    public static Candidate LanczosBackProjected { get; } = Lanczos.BackProjected();

    /// <summary>Gets the edge-directed interpolator (DCCI doublings, then Lanczos-3 to the exact size): non-neural, follows edges.</summary>
    public static Candidate EdgeDirected { get; } = new("dcci", (input, w, h) => EdgeDirectedUpscaler.Enlarge(input, w, h, Environment.ProcessorCount));

    /// <summary>Gets the edge-directed interpolator made consistent with its input by back-projection.</summary>
    public static Candidate EdgeDirectedBackProjected { get; } = EdgeDirected.BackProjected();

    /// <summary>Gets every plain (non-neural) method, bicubic first.</summary>
    public static IReadOnlyList<Candidate> Plain { get; } = [Bicubic, Lanczos, LanczosBackProjected, EdgeDirected, EdgeDirectedBackProjected];

    /// <summary>Creates a candidate running a model (its raw output shared through <paramref name="outputs"/>) and then fidelity, as the pipeline does.</summary>
    /// <param name="outputs">The shared raw model outputs.</param>
    /// <param name="model">The model.</param>
    /// <param name="fidelity">The fidelity strength, 0..1.</param>
    /// <param name="kernel">The shrink fidelity assumes.</param>
    /// <param name="clamp">Whether to clamp to the input's local range (anti-halo).</param>
    /// <returns>The candidate.</returns>
    public static Candidate Model(ModelOutputs outputs, ModelDescriptor model, double fidelity, DownscaleKernel kernel = DownscaleKernel.Bicubic, bool clamp = false) =>
        new($"{model.Id} f{fidelity:0.##}{(kernel == DownscaleKernel.Area ? " area" : string.Empty)}{(clamp ? " clamp" : string.Empty)}", (input, w, h) =>
        {
            Bgra32Image result = outputs.Raw(model, input, w, h).Clone();
            if (fidelity > 0 || clamp)
            {
                BackProjection.Apply(input, result, new FidelityOptions { Strength = fidelity, Kernel = kernel, ClampToInputRange = clamp }, Environment.ProcessorCount);
            }

            return result;
        }, model.Id);

    /// <summary>Creates a preset as the hosts run it: its model and fidelity, or plain bicubic where <see cref="UpscalePreset.ForInput"/> says so.</summary>
    /// <param name="outputs">The shared raw model outputs.</param>
    /// <param name="preset">The preset.</param>
    /// <param name="model">The preset's model.</param>
    /// <returns>The candidate.</returns>
    public static Candidate Preset(ModelOutputs outputs, UpscalePreset preset, ModelDescriptor model)
    {
        FidelityOptions f = preset.Fidelity;
        Candidate withModel = Model(outputs, model, f.Strength, f.Kernel, f.ClampToInputRange);
        return new($"{preset.Id} preset ({model.Id} f{f.Strength:0.##}, plain for small letters)", (input, w, h) =>
            preset.ForInput(input, new UpscaleOptions { Model = model, TargetWidth = w, TargetHeight = h }).Options.PlainResampling
                ? Bicubic.Enlarge(input, w, h)
                : withModel.Enlarge(input, w, h), model.Id);
    }

    /// <summary>Creates the fidelity variants of a model the full tables compare.</summary>
    /// <param name="outputs">The shared raw model outputs.</param>
    /// <param name="model">The model.</param>
    /// <returns>Raw, half, full (bicubic and area shrink assumed) and full with the anti-halo clamp.</returns>
    public static IEnumerable<Candidate> ModelVariants(ModelOutputs outputs, ModelDescriptor model) =>
    [
        Model(outputs, model, 0), Model(outputs, model, 0.5), Model(outputs, model, 1),
        Model(outputs, model, 1, DownscaleKernel.Area), Model(outputs, model, 1, clamp: true),
    ];

    /// <summary>Gets this candidate with scan clean-up around it, as the CLI's <c>--scan-cleanup</c> runs it.</summary>
    /// <param name="options">The clean-up options.</param>
    /// <param name="label">The suffix for the table.</param>
    /// <returns>The candidate.</returns>
    public Candidate WithScanCleanup(ScanCleanupOptions options, string label) => new($"{this.Name} + {label}", (input, w, h) =>
    {
        using Bgra32Image cleaned = input.Clone();
        ScanCleanup.Prepare(cleaned, options, Environment.ProcessorCount);
        Bgra32Image result = this.Enlarge(cleaned, w, h);
        ScanCleanup.Finish(result, options);
        return result;
    }, this.ModelId);

    private Candidate BackProjected() => new($"{this.Name}+bp", (input, w, h) =>
    {
        Bgra32Image result = this.Enlarge(input, w, h);
        BackProjection.Apply(input, result, new FidelityOptions(), Environment.ProcessorCount);
        return result;
    });
}
