// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Presets;

/// <summary>
/// Where plain resampling reads text better than the preset's model, as OCR measured it in the quality harness:
/// letters (<see cref="LetterHeight"/>) at most <see cref="MaxLetterHeight"/> pixels high in the input,
/// enlarged less than <see cref="ModelFromScale"/> times. There the preset enlarges with plain bicubic and says so.
/// </summary>
/// <param name="MaxLetterHeight">The largest letter height, in input pixels, that plain resampling reads better.</param>
/// <param name="ModelFromScale">The scale from which the model reads better again, however small the letters.</param>
public sealed record SmallTextRule(double MaxLetterHeight, double ModelFromScale)
{
    /// <summary>
    /// Decides for one image. The letters are measured only below <see cref="ModelFromScale"/>: from there the
    /// model reads better whatever their size, and measuring a large scan costs a pass over every pixel.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="scale">The enlargement.</param>
    /// <param name="cancellationToken">Checked before every row of the measurement.</param>
    /// <returns>The letter height when plain resampling reads this image better; null when the model does.</returns>
    /// <exception cref="OperationCanceledException">The measurement was cancelled.</exception>
    public double? PlainResamplingLetterHeight(Bgra32Image input, double scale, CancellationToken cancellationToken = default)
    {
        if (scale >= this.ModelFromScale)
        {
            return null;
        }

        double? letters = LetterHeight.Estimate(input, cancellationToken);
        return letters <= this.MaxLetterHeight ? letters : null;
    }
}
