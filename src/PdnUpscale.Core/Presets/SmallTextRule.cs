// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Presets;

/// <summary>
/// Where plain resampling reads text better than the preset's model, as OCR measured it in the quality harness:
/// letters (<see cref="Cleanup.LetterHeight"/>) at most <see cref="MaxLetterHeight"/> pixels high in the input,
/// enlarged less than <see cref="ModelFromScale"/> times. There the preset enlarges with plain bicubic and says so.
/// </summary>
/// <param name="MaxLetterHeight">The largest letter height, in input pixels, that plain resampling reads better.</param>
/// <param name="ModelFromScale">The scale from which the model reads better again, however small the letters.</param>
public sealed record SmallTextRule(double MaxLetterHeight, double ModelFromScale)
{
    /// <summary>Decides for one image.</summary>
    /// <param name="letterHeight">The image's letter height, or null when it shows no text.</param>
    /// <param name="scale">The enlargement.</param>
    /// <returns>Whether plain resampling reads better.</returns>
    public bool PrefersPlainResampling(double? letterHeight, double scale) =>
        letterHeight is double height && height <= this.MaxLetterHeight && scale < this.ModelFromScale;
}
