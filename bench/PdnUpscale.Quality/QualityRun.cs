// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>
/// Scores candidates on a set at one scale: each ground truth is shrunk the set's way (a real scan is taken as
/// it is), enlarged back by every candidate and compared with the truth, with bicubic's result on the same
/// input, with the input itself and, for text, read by Tesseract.
/// </summary>
public static class QualityRun
{
    /// <summary>Scores every candidate on every sample; the first candidate must be bicubic (the sharpness reference).</summary>
    /// <param name="samples">The samples (disposed by the caller).</param>
    /// <param name="candidates">The candidates, bicubic first.</param>
    /// <param name="scale">The integer scale.</param>
    /// <returns>The mean score per candidate, in candidate order.</returns>
    public static IReadOnlyList<(Candidate Candidate, Score Score)> Evaluate(IReadOnlyList<QualitySample> samples, IReadOnlyList<Candidate> candidates, int scale)
    {
        var scores = candidates.Select(_ => new List<Score>()).ToArray();
        foreach (QualitySample sample in samples)
        {
            using Bgra32Image input = sample.InputFor(scale);
            int width = input.Width * scale, height = input.Height * scale;
            double bicubicEnergy = 0;
            for (int i = 0; i < candidates.Count; i++)
            {
                using Bgra32Image result = candidates[i].Enlarge(input, width, height);
                double energy = Sharpness.GradientEnergy(result);
                bicubicEnergy = i == 0 ? energy : bicubicEnergy;
                scores[i].Add(new Score(
                    sample.IsScan ? double.NaN : ImageMetrics.PsnrY(sample.Truth, result),
                    energy / bicubicEnergy,
                    Consistency.Measure(input, result, sample.Shrink),
                    sample.Text is null ? OcrCount.None : CharacterErrorRate.Count(sample.Text, TesseractOcr.Read(result, !sample.Text.Contains('\n'))),
                    sample.IsScan ? double.NaN : Ringing.MeanOvershoot(sample.Truth, result, scale)));
            }
        }

        return candidates.Select((c, i) => (c, Score.Mean(scores[i]))).ToArray();
    }
}
