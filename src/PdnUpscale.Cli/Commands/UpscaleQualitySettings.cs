// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Cli.Files;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Cli.Commands;

/// <summary>The resolved quality options of one upscale command.</summary>
/// <param name="Preset">The preset, or null.</param>
/// <param name="ModelId">The model to run (the preset's unless <c>-m</c> was given).</param>
/// <param name="Fidelity">The fidelity, or null for the raw model output.</param>
/// <param name="Cleanup">The scan clean-up, or null.</param>
/// <param name="ExplainPath">Where to write the invented-detail heat map, or null.</param>
internal sealed record UpscaleQualitySettings(UpscalePreset? Preset, string ModelId, FidelityOptions? Fidelity, ScanCleanupOptions? Cleanup, string? ExplainPath)
{
    /// <summary>The text key recording the fidelity.</summary>
    public const string FidelityKey = "PdnUpscale fidelity";

    /// <summary>The text key recording the preset.</summary>
    public const string PresetKey = "PdnUpscale preset";

    /// <summary>Records the preset, fidelity and scan clean-up in the output's metadata.</summary>
    /// <param name="metadata">The metadata to extend.</param>
    /// <param name="straightenedDegrees">The angle the clean-up rotated the page by (0 when it did not).</param>
    /// <param name="modelRan">Whether a model ran (not when the text preset enlarged small letters plainly).</param>
    public void Describe(ImageMetadata metadata, double straightenedDegrees, bool modelRan)
    {
        metadata.Text[FidelityKey] = !modelRan ? "none (no model ran)"
            : this.Fidelity is { } f && (f.Strength > 0 || f.ClampToInputRange)
            ? string.Create(CultureInfo.InvariantCulture, $"{f.Strength:0.##} ({f.Kernel.ToString().ToLowerInvariant()} shrink{(f.LinearLight ? ", linear light" : string.Empty)})")
            : "0 (raw model output)";
        if (this.Preset is not null)
        {
            metadata.Text[PresetKey] = this.Preset.Id;
        }

        if (this.Cleanup is not null)
        {
            string output = this.Cleanup.Output.ToString().ToLowerInvariant();
            metadata.Text["PdnUpscale scan clean-up"] = straightenedDegrees == 0
                ? output
                : string.Create(CultureInfo.InvariantCulture, $"{output}, straightened by {-straightenedDegrees:0.00}°");
        }
    }

    /// <summary>Writes the heat map of invented detail, atomically, when asked for.</summary>
    /// <param name="source">The input (after any clean-up).</param>
    /// <param name="result">The result.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="cancellationToken">Cancels the map and its write.</param>
    /// <returns>A sentence summarising the map, or null when none was asked for.</returns>
    public string? WriteExplanation(Bgra32Image source, Bgra32Image result, bool overwrite, CancellationToken cancellationToken)
    {
        if (this.ExplainPath is null)
        {
            return null;
        }

        using InventedDetailMap map = InventedDetailMap.Create(source, result, UpscaleConfiguration.Default.MaxDegreeOfParallelism, cancellationToken);
        var options = new EncoderOptions { Format = ImageFileFormats.FromPath(this.ExplainPath) ?? ImageFileFormat.Png };
        AtomicFileWriter.Write(this.ExplainPath, overwrite, stream => new SkiaImageEncoder().Encode(map.Image, new ImageMetadata(), stream, options), cancellationToken);
        return $"{this.ExplainPath}: {map.Summary}";
    }
}
