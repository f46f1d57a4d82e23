// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>The scores of one enlargement.</summary>
/// <param name="PsnrY">PSNR (luma) against the ground truth, dB.</param>
/// <param name="Sharpness">Gradient energy as a multiple of bicubic's on the same input.</param>
/// <param name="Consistency">PSNR between the input and the result shrunk back the way the input was made, dB.</param>
/// <param name="Cer">Tesseract's character error rate, or NaN when the sample has no text.</param>
/// <param name="Overshoot">Mean luma overshoot beyond the truth's local range, levels.</param>
public sealed record Score(double PsnrY, double Sharpness, double Consistency, double Cer, double Overshoot)
{
    /// <summary>Averages scores (NaN-aware for CER).</summary>
    /// <param name="scores">The scores.</param>
    /// <returns>The mean score.</returns>
    public static Score Mean(IReadOnlyCollection<Score> scores)
    {
        double[] cer = scores.Select(s => s.Cer).Where(c => !double.IsNaN(c)).ToArray();
        return new Score(
            scores.Average(s => Math.Min(s.PsnrY, 99)),
            scores.Average(s => s.Sharpness),
            scores.Average(s => Math.Min(s.Consistency, 99)),
            cer.Length == 0 ? double.NaN : cer.Average(),
            scores.Average(s => s.Overshoot));
    }
}
