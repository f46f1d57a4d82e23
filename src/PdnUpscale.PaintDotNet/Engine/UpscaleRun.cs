// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>One finished upscale and how it went; the cache owns it and disposes its images.</summary>
/// <param name="Result">The pipeline's result (image, device, tile size, timings), after any scan clean-up.</param>
/// <param name="Notes">Device fallbacks and pipeline warnings, one line each.</param>
public sealed record UpscaleRun(UpscaleResult Result, IReadOnlyList<string> Notes) : IDisposable
{
    private InventedDetailMap? explanation;

    /// <summary>Gets the cleaned-up copy of the source the model enlarged, or null when no clean-up ran.</summary>
    public Bgra32Image? CleanedInput { get; init; }

    /// <summary>
    /// Gets the heat map of what the model invented, made on first use and kept: toggling the overlay never
    /// runs the model again. It compares with what the model was given (the cleaned-up input, if any), so
    /// paper the clean-up whitened is not mistaken for invented detail.
    /// </summary>
    /// <param name="source">The source this run was made from (its cache key's pixels).</param>
    /// <param name="cancellationToken">Cancels making the map (nothing is kept then).</param>
    /// <returns>The map.</returns>
    public InventedDetailMap Explain(Bgra32Image source, CancellationToken cancellationToken = default)
        => this.explanation ??= InventedDetailMap.Create(this.CleanedInput ?? source, this.Result.Image, UpscaleConfiguration.Default.MaxDegreeOfParallelism, cancellationToken);

    /// <inheritdoc/>
    public void Dispose()
    {
        this.Result.Dispose();
        this.CleanedInput?.Dispose();
        this.explanation?.Dispose();
    }
}
