// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Core.Upscaling;

/// <summary>
/// One finished upscale: the image, what was chosen for it and why, what the user should be told, and the
/// provenance text the result carries. Disposing it frees every image it holds.
/// </summary>
public sealed class UpscaleOutcome : IDisposable
{
    private readonly int sourceWidth;
    private readonly int sourceHeight;
    private readonly int parallelism;
    private InventedDetailMap? inventedDetail;
    private IReadOnlyDictionary<string, string>? provenance;

    internal UpscaleOutcome(Bgra32Image source, UpscaleResult result, Bgra32Image? cleanedInput, int parallelism)
    {
        this.parallelism = parallelism;
        this.sourceWidth = source.Width;
        this.sourceHeight = source.Height;
        this.Result = result;
        this.CleanedInput = cleanedInput;
    }

    /// <summary>Gets the enlarged image.</summary>
    public Bgra32Image Image => this.Result.Image;

    /// <summary>Gets how the pipeline ran: device, tile size, tiles, timings.</summary>
    public UpscaleResult Result { get; }

    /// <summary>Gets the preset that ran: the one the request named, or the one automatic content choice picked.</summary>
    public required UpscalePreset Preset { get; init; }

    /// <summary>Gets what automatic content choice decided and why, or null when the request named a preset.</summary>
    public ContentChoice? Content { get; init; }

    /// <summary>Gets the sentence hosts show when automatic content choice picked the preset (what and why), or null when the request named one.</summary>
    public string? AutomaticChoice => this.Content is { } content ? $"{this.Preset.Name} preset, chosen automatically ({content.Reason})." : null;

    /// <summary>Gets the model that ran, or null when the image was enlarged plainly (small text).</summary>
    public required ModelDescriptor? Model { get; init; }

    /// <summary>Gets the fidelity applied after the model, or null for the raw model output.</summary>
    public required FidelityOptions? Fidelity { get; init; }

    /// <summary>Gets the scan clean-up that ran, or null.</summary>
    public required ScanCleanupOptions? Cleanup { get; init; }

    /// <summary>Gets the angle scan clean-up rotated the page by, in degrees (0 when it did not).</summary>
    public double StraightenedDegrees { get; init; }

    /// <summary>Gets the sentences to show the user: why a model was skipped, device fallbacks, warnings.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Gets the provenance text to store with the result (PNG text chunks, hosts' metadata).</summary>
    public IReadOnlyDictionary<string, string> Provenance => this.provenance ??= Upscaling.Provenance.Describe(this, this.sourceWidth, this.sourceHeight);

    /// <summary>Gets the cleaned-up copy of the input the model enlarged, or null when no clean-up ran.</summary>
    public Bgra32Image? CleanedInput { get; }

    /// <summary>
    /// Gets the heat map of what departs from a plain enlargement, made on first use (or during the run when
    /// the request asked for it) and kept. It compares with what the model was given, so paper that scan
    /// clean-up whitened is not mistaken for invented detail.
    /// </summary>
    /// <param name="source">The image this outcome was made from.</param>
    /// <param name="cancellationToken">Cancels making the map.</param>
    /// <returns>The map, owned by this outcome.</returns>
    public InventedDetailMap InventedDetail(Bgra32Image source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return this.inventedDetail ??= InventedDetailMap.Create(this.CleanedInput ?? source, this.Image, this.parallelism, cancellationToken);
    }

    /// <summary>Copies <see cref="Provenance"/> into a metadata object for an encoder.</summary>
    /// <param name="metadata">The metadata to extend.</param>
    /// <returns>The same metadata.</returns>
    public ImageMetadata DescribeIn(ImageMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        foreach ((string key, string value) in this.Provenance)
        {
            metadata.Text[key] = value;
        }

        return metadata;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.Result.Dispose();
        this.CleanedInput?.Dispose();
        this.inventedDetail?.Dispose();
    }
}
