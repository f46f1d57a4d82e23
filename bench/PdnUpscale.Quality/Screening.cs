// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Quality;

/// <summary>
/// The cheap first round: every installed model (raw, fidelity 1, fidelity 1 with the anti-halo clamp) and
/// every plain method on a small subset per preset — one photo crop; the hardest text (one line per font at
/// <see cref="TextSize"/> px) plus the real scanned page; one line-art drawing — at 2× and 4×, ranked by the
/// preset's <see cref="PresetCriterion"/>. Only the best few models per preset go on to the full sets.
/// </summary>
public static class Screening
{
    /// <summary>The text size screened, in input pixels: the smallest the full set has, where bicubic already misreads.</summary>
    public const int TextSize = 7;

    private static readonly int[] Scales = [2, 4];

    /// <summary>Screens the models and appends one ranked table per preset to the report.</summary>
    /// <param name="outputs">The shared raw model outputs.</param>
    /// <param name="models">The installed models.</param>
    /// <param name="photo">The photo file to crop.</param>
    /// <param name="repoRoot">The repository root (for the scanned page).</param>
    /// <param name="top">How many models per preset go on to the full sets.</param>
    /// <param name="report">The report to append to.</param>
    /// <returns>The chosen model ids per preset id, best first.</returns>
    public static IReadOnlyDictionary<string, string[]> Run(ModelOutputs outputs, IReadOnlyList<ModelDescriptor> models, string photo, string repoRoot, int top, StringBuilder report)
    {
        var chosen = new Dictionary<string, string[]>();
        Candidate[] candidates = [.. Candidate.Plain, .. models.SelectMany(m => Variants(outputs, m))];
        foreach ((PresetCriterion criterion, Func<int, IEnumerable<QualitySample>> subset) in Subsets(photo, repoRoot))
        {
            Dictionary<string, TimeSpan> before = models.ToDictionary(m => m.Id, m => outputs.Spent(m.Id));
            var names = new List<string>();
            var perScale = Scales.Select(scale =>
            {
                using var samples = new SampleList(subset(scale));
                names = [.. samples.Items.Select(s => s.Name)];
                return QualityRun.Evaluate(samples.Items, candidates, scale);
            }).ToArray();
            var rows = candidates.Select((c, i) => (c, (IReadOnlyList<Score>)perScale.Select(p => p[i].Score).ToArray())).ToArray();
            IReadOnlyList<Score> bicubic = rows[0].Item2;
            var ranked = criterion.Rank(rows, bicubic).ToArray();
            var shown = ranked.Where(r => r.Item.ModelId is null).Concat(ranked.Where(r => r.Item.ModelId is not null).DistinctBy(r => r.Item.ModelId));
            chosen[criterion.Preset] = [.. ranked.Select(r => r.Item.ModelId).OfType<string>().Distinct().Take(top)];

            var table = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"### Screening: {criterion.Preset} ({string.Join(", ", names)}), 2× / 4×").AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Target: {criterion.Target}. One row per model (its best variant); model s = inference seconds on this subset.").AppendLine()
                .AppendLine("| # | method | met | PSNR-Y dB | sharpness ×bicubic | consistency dB | CER | overshoot | model s |")
                .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
            int rank = 0;
            foreach ((Candidate candidate, IReadOnlyList<Score> scores) in criterion.Rank(shown, bicubic))
            {
                string seconds = candidate.ModelId is string id ? (outputs.Spent(id) - before[id]).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "–";
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {++rank} | {candidate.Name} | {criterion.ScalesMet(scores, bicubic)}/{Scales.Length} | {Pair(scores, s => s.PsnrY, "0.00")} | {Pair(scores, s => s.Sharpness, "0.00")} | {Pair(scores, s => s.Consistency, "0.0")} | {Pair(scores, s => s.Cer, "0.000")} | {Pair(scores, s => s.Overshoot, "0.00")} | {seconds} |");
            }

            Console.WriteLine(table.AppendLine());
            report.Append(table);
        }

        return chosen;
    }

    private static IEnumerable<Candidate> Variants(ModelOutputs outputs, ModelDescriptor model) =>
        [Candidate.Model(outputs, model, 0), Candidate.Model(outputs, model, 1), Candidate.Model(outputs, model, 1, DownscaleKernel.Bicubic, clamp: true)];

    private static IEnumerable<(PresetCriterion Criterion, Func<int, IEnumerable<QualitySample>> Subset)> Subsets(string photo, string repoRoot)
    {
        yield return (PresetCriterion.Photo, _ => SampleSets.Photos([photo]));
        yield return (PresetCriterion.Text, scale => SampleSets.Fonts
            .Select((font, i) => SampleSets.Text(SampleSets.Lines[i % SampleSets.Lines.Length], font, TextSize, scale))
            .Append(ScannedPage.Load(repoRoot)));
        yield return (PresetCriterion.Art, _ => [SampleSets.Art(1)]);
    }

    private static string Pair(IReadOnlyList<Score> scores, Func<Score, double> measure, string format) =>
        string.Join(" / ", scores.Select(s => MarkdownCell.Number(measure(s), format)));
}
