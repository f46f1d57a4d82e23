// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Content;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Presets;

/// <summary>
/// When an input counts as compressed for the presets' rules: a JPEG file below quality <see cref="BelowQuality"/>
/// (read from its quantization tables), or, without a JPEG file, pixels at least <see cref="FromBlockiness"/> blocky
/// (<see cref="Blockiness"/>: photos never saved as JPEG measured 0–0.09, saved at quality 40 0.32–3.3).
/// </summary>
public static class CompressedInput
{
    /// <summary>JPEG files below this quality count as compressed (qualities 30–70 were measured).</summary>
    public const int BelowQuality = 80;

    /// <summary>Pixels at least this blocky count as compressed when there is no JPEG file.</summary>
    public const double FromBlockiness = 0.2;

    /// <summary>Decides for one input from its file and, without a JPEG file, its pixels.</summary>
    /// <param name="jpeg">The input file's JPEG quantization, or null when it was not read from a JPEG file.</param>
    /// <param name="blockiness">Measures the pixels' blockiness; called only without a JPEG file.</param>
    /// <returns>Whether the input counts as compressed.</returns>
    public static bool Detect(JpegQuantization? jpeg, Func<double> blockiness)
    {
        ArgumentNullException.ThrowIfNull(blockiness);
        return jpeg is not null ? FromFile(jpeg) : blockiness() >= FromBlockiness;
    }

    /// <summary>
    /// Decides from the file alone: for text, whose lines and interface elements often sit on an 8-pixel grid and
    /// so look blocky without any compression (the harness's clean rendered lines measured up to 1.7).
    /// </summary>
    /// <param name="jpeg">The input file's JPEG quantization, or null.</param>
    /// <returns>Whether the file is a JPEG below <see cref="BelowQuality"/>.</returns>
    public static bool FromFile(JpegQuantization? jpeg) => jpeg?.Quality < BelowQuality;
}
