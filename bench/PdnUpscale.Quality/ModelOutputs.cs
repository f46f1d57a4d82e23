// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Quality;

/// <summary>
/// Runs models through the pipeline without fidelity and keeps each model's latest raw output, so the
/// fidelity variants of one model (which the pipeline applies after the model, see <c>UpscaleJob</c>) cost
/// one inference per input instead of one each. Also adds up the inference time per model.
/// </summary>
/// <param name="upscaler">The shared upscaler.</param>
/// <param name="precision">The number format of CPU inference.</param>
public sealed class ModelOutputs(Upscaler upscaler, InferencePrecision precision) : IDisposable
{
    private readonly Dictionary<string, (Bgra32Image Input, Bgra32Image Output)> latest = [];
    private readonly Dictionary<string, TimeSpan> spent = [];

    /// <summary>Gets the raw output of a model for an input at an exact size; do not dispose it.</summary>
    /// <param name="model">The model.</param>
    /// <param name="input">The input (compared by reference: the same input instance hits the cache).</param>
    /// <param name="width">The output width.</param>
    /// <param name="height">The output height.</param>
    /// <returns>The raw output, owned by this cache until the model's next different input.</returns>
    public Bgra32Image Raw(ModelDescriptor model, Bgra32Image input, int width, int height)
    {
        if (this.latest.TryGetValue(model.Id, out var entry) && ReferenceEquals(entry.Input, input) && entry.Output.Width == width && entry.Output.Height == height)
        {
            return entry.Output;
        }

        if (entry.Output is not null)
        {
            entry.Output.Dispose();
        }

        var clock = Stopwatch.StartNew();
        Bgra32Image output = this.Run(model, input, width, height);
        this.spent[model.Id] = this.Spent(model.Id) + clock.Elapsed;
        this.latest[model.Id] = (input, output);
        return output;
    }

    /// <summary>Gets the inference time spent on a model so far.</summary>
    /// <param name="modelId">The model id.</param>
    /// <returns>The time.</returns>
    public TimeSpan Spent(string modelId) => this.spent.GetValueOrDefault(modelId);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach ((_, Bgra32Image output) in this.latest.Values)
        {
            output.Dispose();
        }

        this.latest.Clear();
    }

    private Bgra32Image Run(ModelDescriptor model, Bgra32Image input, int width, int height)
    {
        // A 1× (denoise-only) model runs once and is then resampled to the size (see ScaleChain).
        using UpscaleResult result = upscaler.Run(input, new UpscaleOptions { Model = model, TargetWidth = width, TargetHeight = height, Precision = precision });
        return result.Image.Clone();
    }
}
