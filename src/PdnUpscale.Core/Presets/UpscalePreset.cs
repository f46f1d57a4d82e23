// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Core.Presets;

/// <summary>
/// What a user is upscaling, and the settings the quality harness measured best for it: the model, the
/// fidelity, and the clean-up offered. Hosts show <see cref="Name"/> and <see cref="Description"/>, run
/// <see cref="ModelId"/> with <see cref="Fidelity"/>, and show <see cref="Advice"/> when it is set.
/// </summary>
public sealed class UpscalePreset
{
    /// <summary>Gets the id used on the command line (<c>photo</c>, <c>art</c>, <c>text</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name shown to users.</summary>
    public required string Name { get; init; }

    /// <summary>Gets one sentence saying what the preset is for and what it does.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the catalog id of the model to run.</summary>
    public required string ModelId { get; init; }

    /// <summary>Gets the fidelity to the input the preset enforces.</summary>
    public required FidelityOptions Fidelity { get; init; }

    /// <summary>Gets a value indicating whether scan clean-up is offered (text and scans).</summary>
    public bool OffersScanCleanup { get; init; }

    /// <summary>Gets the default clean-up when the user turns it on.</summary>
    public ScanCleanupOptions ScanCleanup { get; init; } = new();

    /// <summary>Gets this preset's clean-up with a user's choices (<c>--scan-output</c>, <c>--no-deskew</c>, the plug-in's drop-down).</summary>
    /// <param name="output">The output colours.</param>
    /// <param name="deskew">Whether tilted pages are straightened, or null to keep the preset's.</param>
    /// <returns>The clean-up options.</returns>
    public ScanCleanupOptions ScanCleanupWith(ScanOutput output, bool? deskew = null) => new()
    {
        FlattenBackground = this.ScanCleanup.FlattenBackground,
        BackgroundRadius = this.ScanCleanup.BackgroundRadius,
        MaxSpeckPixels = this.ScanCleanup.MaxSpeckPixels,
        Deskew = deskew ?? this.ScanCleanup.Deskew,
        Output = output,
    };

    /// <summary>Gets a measured caveat to show users (e.g. that plain resampling reads as well), or null.</summary>
    public string? Advice { get; init; }

    /// <summary>Gets where plain resampling reads text better than this preset's model, or null (photo, art).</summary>
    public SmallTextRule? SmallText { get; init; }

    /// <summary>
    /// Gets the options to run one input with: <paramref name="options"/> as they are, or with
    /// <see cref="UpscaleOptions.PlainResampling"/> where <see cref="SmallText"/> says plain resampling reads
    /// this input's letters better at this scale. Hosts call it only when the preset's own model is in use.
    /// </summary>
    /// <param name="input">The input, after any scan clean-up.</param>
    /// <param name="options">The options built from the preset and the user's choices.</param>
    /// <param name="cancellationToken">Checked while the letters are measured.</param>
    /// <returns>The options, and a sentence for the user when the model is skipped (else null).</returns>
    public (UpscaleOptions Options, string? Note) ForInput(Bgra32Image input, UpscaleOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (this.SmallText is not { } rule)
        {
            return (options, null);
        }

        double scale = (double)ScaleChain.Create(input.Width, input.Height, options).TargetWidth / input.Width;
        if (rule.PlainResamplingLetterHeight(input, scale, cancellationToken) is not double letters)
        {
            return (options, null);
        }

        string note = string.Create(
            CultureInfo.InvariantCulture,
            $"Letters about {letters:0.#} pixels high at {scale:0.##}×: OCR read text this small better after plain bicubic resampling than after any model, so it was enlarged without a model (choose a model to override).");
        return (options with { PlainResampling = true }, note);
    }

    /// <summary>Gets this preset's fidelity with another strength (a user's slider or <c>--fidelity</c>).</summary>
    /// <param name="strength">The strength, 0..1, or null to keep the preset's.</param>
    /// <returns>The fidelity options.</returns>
    public FidelityOptions FidelityWith(double? strength) => strength is double s
        ? new FidelityOptions { Strength = s, Kernel = this.Fidelity.Kernel, LinearLight = this.Fidelity.LinearLight, Iterations = this.Fidelity.Iterations, ClampToInputRange = this.Fidelity.ClampToInputRange }
        : this.Fidelity;
}
