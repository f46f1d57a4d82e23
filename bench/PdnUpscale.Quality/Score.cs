// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>The scores of one enlargement; NaN where a measure does not apply (no text, no ground truth).</summary>
/// <param name="PsnrY">PSNR (luma) against the ground truth, dB.</param>
/// <param name="Sharpness">Gradient energy as a multiple of bicubic's on the same input.</param>
/// <param name="Consistency">PSNR between the input and the result shrunk back the way the input was made, dB.</param>
/// <param name="Ocr">What Tesseract misread, <see cref="OcrCount.None"/> without text.</param>
/// <param name="Overshoot">Mean luma overshoot beyond the truth's local range, levels.</param>
public sealed record Score(double PsnrY, double Sharpness, double Consistency, OcrCount Ocr, double Overshoot)
{
    /// <summary>Gets Tesseract's character error rate (characters misread ÷ characters), NaN without text.</summary>
    public double Cer => this.Ocr.Rate;

    /// <summary>
    /// Combines scores: each measure averaged over the scores it applies to (PSNRs capped at 99 dB), OCR counts
    /// added up, so the CER is that of all the characters together.
    /// </summary>
    /// <param name="scores">The scores.</param>
    /// <returns>The combined score.</returns>
    public static Score Mean(IReadOnlyCollection<Score> scores) => new(
        Average(scores.Select(s => Math.Min(s.PsnrY, 99))),
        Average(scores.Select(s => s.Sharpness)),
        Average(scores.Select(s => Math.Min(s.Consistency, 99))),
        scores.Aggregate(OcrCount.None, (sum, s) => sum + s.Ocr),
        Average(scores.Select(s => s.Overshoot)));

    private static double Average(IEnumerable<double> values)
    {
        double[] known = values.Where(v => !double.IsNaN(v)).ToArray();
        return known.Length == 0 ? double.NaN : known.Average();
    }
}
