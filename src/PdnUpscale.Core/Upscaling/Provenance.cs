// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Reflection;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Upscaling;

/// <summary>
/// The text every result carries, whichever host wrote it: which software and model made it, at what scale,
/// how faithful, for which preset and after which clean-up, so nobody mistakes invented detail for a capture.
/// </summary>
public static class Provenance
{
    /// <summary>The text key naming the software.</summary>
    public const string SoftwareKey = "Software";

    /// <summary>The text key naming the model.</summary>
    public const string ModelKey = "PdnUpscale model";

    /// <summary>The text key giving the scale and sizes.</summary>
    public const string ScaleKey = "PdnUpscale scale";

    /// <summary>The text key recording the fidelity.</summary>
    public const string FidelityKey = "PdnUpscale fidelity";

    /// <summary>The text key recording the preset.</summary>
    public const string PresetKey = "PdnUpscale preset";

    /// <summary>The text key recording the scan clean-up.</summary>
    public const string ScanCleanupKey = "PdnUpscale scan clean-up";

    /// <summary>Gets the software name and version written under <see cref="SoftwareKey"/>.</summary>
    public static string Software { get; } = "PdnUpscale " + (typeof(Provenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+')[0];

    /// <summary>Gets the provenance text of a result.</summary>
    /// <param name="outcome">The finished upscale.</param>
    /// <param name="sourceWidth">The input's width.</param>
    /// <param name="sourceHeight">The input's height.</param>
    /// <returns>The text, by key.</returns>
    internal static IReadOnlyDictionary<string, string> Describe(UpscaleOutcome outcome, int sourceWidth, int sourceHeight)
    {
        Bgra32Image result = outcome.Image;
        var text = new SortedDictionary<string, string>(StringComparer.Ordinal);
        text[SoftwareKey] = Software;
        text[ModelKey] = outcome.Model?.Id ?? "none (plain bicubic resampling)";
        text[ScaleKey] = string.Create(
            CultureInfo.InvariantCulture,
            $"{(double)result.Width / sourceWidth:0.###}x ({sourceWidth}x{sourceHeight} to {result.Width}x{result.Height}); {(outcome.Model is not null ? "detail added by the model is invented" : "interpolated, no detail added")}");
        text[FidelityKey] = outcome.Model is null ? "none (no model ran)" : Describe(outcome.Fidelity);
        text[PresetKey] = outcome.Preset.Id;
        if (outcome.Cleanup is ScanCleanupOptions cleanup)
        {
            string output = cleanup.Output switch { ScanOutput.Grayscale => "grayscale", ScanOutput.BlackAndWhite => "black-and-white", _ => "color" };
            text[ScanCleanupKey] = outcome.StraightenedDegrees == 0
                ? output
                : string.Create(CultureInfo.InvariantCulture, $"{output}, straightened by {-outcome.StraightenedDegrees:0.00}°");
        }

        return text;
    }

    private static string Describe(FidelityOptions? fidelity) => fidelity is { } f
        ? string.Create(CultureInfo.InvariantCulture, $"{f.Strength:0.##} ({f.Kernel.ToString().ToLowerInvariant()} shrink{(f.LinearLight ? ", linear light" : string.Empty)}{(f.ClampToInputRange ? ", clamped" : string.Empty)})")
        : "0 (raw model output)";
}
