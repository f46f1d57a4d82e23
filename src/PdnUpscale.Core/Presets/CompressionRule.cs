// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Presets;

/// <summary>
/// What a preset does with a compressed input, as the quality harness measured it on photos saved as JPEG: hold
/// fidelity only to what a JPEG file says (<see cref="FidelityOptions.Jpeg"/>) instead of to its blocks, and run
/// the model's denoising sibling at <see cref="DenoiseLevel"/> when the input counts as compressed
/// (<see cref="CompressedInput"/>).
/// </summary>
/// <param name="DenoiseLevel">The denoise level of the model's sibling to run on compressed inputs.</param>
public sealed record CompressionRule(int DenoiseLevel)
{
    /// <summary>Decides for one input.</summary>
    /// <param name="fidelity">The fidelity the preset and the user chose.</param>
    /// <param name="jpeg">The input file's JPEG quantization, or null when it was not read from a JPEG file.</param>
    /// <param name="blockiness">Measures the pixels' blockiness; called only without a JPEG file.</param>
    /// <returns>The fidelity to run (JPEG-aware when there is a file), the denoise level to ask for (or null), and a note for the user (or null).</returns>
    public (FidelityOptions Fidelity, int? DenoiseLevel, string? Note) Decide(FidelityOptions fidelity, JpegQuantization? jpeg, Func<double> blockiness)
    {
        ArgumentNullException.ThrowIfNull(fidelity);
        FidelityOptions held = jpeg is null ? fidelity : fidelity with { Jpeg = jpeg };
        if (!CompressedInput.Detect(jpeg, blockiness))
        {
            return (held, null, null);
        }

        string why = jpeg is not null
            ? string.Create(CultureInfo.InvariantCulture, $"JPEG quality {jpeg.Quality}")
            : "The picture shows JPEG blocks";
        string faithful = jpeg is not null ? ", and the result kept faithful to what the JPEG file says rather than to its blocks" : string.Empty;
        return (held, this.DenoiseLevel, string.Create(CultureInfo.InvariantCulture, $"{why}: compression artefacts removed (denoise level {this.DenoiseLevel}){faithful}."));
    }
}
