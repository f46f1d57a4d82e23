// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Presets;

/// <summary>
/// What a preset does with a compressed input, as the quality harness measured it on photos saved as JPEG: hold
/// fidelity only to what the JPEG file says (<see cref="FidelityOptions.Jpeg"/>) instead of to its blocks, and run
/// the model's denoising sibling at <see cref="DenoiseLevel"/> when the file's quality is below
/// <see cref="DenoiseBelowQuality"/>, or, without a JPEG file (a PNG that was once a JPEG, a Paint.NET layer), when
/// the pixels show blocks (<see cref="Content.Blockiness"/> at least <see cref="DenoiseFromBlockiness"/>).
/// </summary>
/// <param name="DenoiseLevel">The denoise level of the model's sibling to run on compressed inputs.</param>
/// <param name="DenoiseBelowQuality">JPEG files below this quality are denoised.</param>
/// <param name="DenoiseFromBlockiness">Pixels at least this blocky are denoised when there is no JPEG file to read.</param>
public sealed record CompressionRule(int DenoiseLevel, int DenoiseBelowQuality, double DenoiseFromBlockiness)
{
    /// <summary>Decides for one input.</summary>
    /// <param name="fidelity">The fidelity the preset and the user chose.</param>
    /// <param name="jpeg">The input file's JPEG quantization, or null when it was not read from a JPEG file.</param>
    /// <param name="blockiness">Measures the pixels' blockiness; called only without a JPEG file.</param>
    /// <returns>The fidelity to run (JPEG-aware when there is a file), the denoise level to ask for (or null), and a note for the user (or null).</returns>
    public (FidelityOptions Fidelity, int? DenoiseLevel, string? Note) Decide(FidelityOptions fidelity, JpegQuantization? jpeg, Func<double> blockiness)
    {
        ArgumentNullException.ThrowIfNull(fidelity);
        ArgumentNullException.ThrowIfNull(blockiness);
        if (jpeg is not null)
        {
            FidelityOptions held = fidelity with { Jpeg = jpeg };
            return jpeg.Quality < this.DenoiseBelowQuality
                ? (held, this.DenoiseLevel, string.Create(CultureInfo.InvariantCulture, $"JPEG quality {jpeg.Quality}: compression artefacts removed (denoise level {this.DenoiseLevel}), and the result kept faithful to what the JPEG file says rather than to its blocks."))
                : (held, null, null);
        }

        double blocks = blockiness();
        return blocks >= this.DenoiseFromBlockiness
            ? (fidelity, this.DenoiseLevel, string.Create(CultureInfo.InvariantCulture, $"The picture shows JPEG blocks (blockiness {blocks:0.00}): compression artefacts removed (denoise level {this.DenoiseLevel})."))
            : (fidelity, null, null);
    }
}
