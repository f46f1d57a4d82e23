// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>
/// A preset's target (issue 7) as the harness checks it against bicubic on the same inputs, and how
/// candidates are ranked: first by how many scales meet the target, then by <see cref="Primary"/>, then by
/// <see cref="Secondary"/> (both higher-is-better, averaged over scales).
/// </summary>
/// <param name="Preset">The preset id.</param>
/// <param name="Target">The target in words, for the tables.</param>
/// <param name="Meets">Whether a score meets the target, given bicubic's score on the same inputs.</param>
/// <param name="Primary">The main ranking measure.</param>
/// <param name="Secondary">The tie-breaker.</param>
public sealed record PresetCriterion(string Preset, string Target, Func<Score, Score, bool> Meets, Func<Score, double> Primary, Func<Score, double> Secondary)
{
    /// <summary>Gets the photo target: PSNR-Y above bicubic, sharper, consistent with the input (≥ 45 dB); ranked by PSNR-Y.</summary>
    public static PresetCriterion Photo { get; } = new(
        "photo",
        "PSNR-Y > bicubic, sharper, consistency ≥ 45 dB; ranked by PSNR-Y",
        (s, b) => s.PsnrY > b.PsnrY && s.Sharpness > 1 && s.Consistency >= 45,
        s => s.PsnrY,
        s => s.Sharpness);

    /// <summary>Gets the text target: OCR no worse than bicubic, sharper; ranked by CER, then PSNR-Y.</summary>
    public static PresetCriterion Text { get; } = new(
        "text",
        "CER ≤ bicubic, sharper; ranked by CER, then PSNR-Y",
        (s, b) => s.Cer <= b.Cer + 1e-9 && s.Sharpness > 1,
        s => -s.Cer,
        s => s.PsnrY);

    /// <summary>Gets the art target: no more overshoot (halo) than bicubic, PSNR-Y above it, sharper; ranked by PSNR-Y.</summary>
    public static PresetCriterion Art { get; } = new(
        "art",
        "overshoot ≤ bicubic, PSNR-Y > bicubic, sharper; ranked by PSNR-Y",
        (s, b) => s.Overshoot <= b.Overshoot && s.PsnrY > b.PsnrY && s.Sharpness > 1,
        s => s.PsnrY,
        s => -s.Overshoot);

    /// <summary>Counts the scales at which a candidate meets the target.</summary>
    /// <param name="scores">The candidate's score per scale.</param>
    /// <param name="bicubic">Bicubic's score per scale.</param>
    /// <returns>The count.</returns>
    public int ScalesMet(IReadOnlyList<Score> scores, IReadOnlyList<Score> bicubic) => scores.Where((s, i) => this.Meets(s, bicubic[i])).Count();

    /// <summary>Orders candidates best first.</summary>
    /// <typeparam name="T">The candidate type.</typeparam>
    /// <param name="rows">The candidates with their score per scale.</param>
    /// <param name="bicubic">Bicubic's score per scale.</param>
    /// <returns>The candidates, best first.</returns>
    public IEnumerable<(T Item, IReadOnlyList<Score> Scores)> Rank<T>(IEnumerable<(T Item, IReadOnlyList<Score> Scores)> rows, IReadOnlyList<Score> bicubic) =>
        rows.OrderByDescending(r => this.ScalesMet(r.Scores, bicubic))
            .ThenByDescending(r => r.Scores.Average(this.Primary))
            .ThenByDescending(r => r.Scores.Average(this.Secondary));
}
