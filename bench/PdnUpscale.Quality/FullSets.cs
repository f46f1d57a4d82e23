// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Cleanup;

namespace PdnUpscale.Quality;

/// <summary>
/// The full sets at one scale: photos, rendered text lines, the real scanned page (with and without scan
/// clean-up) and line art, each against the plain methods and the fidelity variants of its preset's models.
/// </summary>
/// <param name="settings">What to run.</param>
/// <param name="repoRoot">The repository root.</param>
/// <param name="modelCandidates">The model candidates for a preset id.</param>
public sealed class FullSets(QualitySettings settings, string repoRoot, Func<string, Candidate[]> modelCandidates)
{
    /// <summary>The text sizes of the full set, in input pixels: 7 px is where bicubic starts to misread.</summary>
    public static readonly int[] TextSizes = [7, 9, 12];

    /// <summary>Runs the chosen sets at one scale and appends their tables.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="report">The report.</param>
    public void Run(int scale, StringBuilder report)
    {
        if (settings.Sets.Contains("photo"))
        {
            string[] files = settings.Quick ? [Path.Combine(repoRoot, "tests/Images/Input/astronaut-256.png")] : settings.Photos;
            using var photos = new SampleList(SampleSets.Photos(files));
            Emit(report, $"Photos ({files.Length}), {scale}×", QualityRun.Evaluate(photos.Items, [.. Candidate.Plain, .. modelCandidates("photo")], scale));
        }

        if (settings.Sets.Contains("text"))
        {
            Candidate[] text = [.. Candidate.Plain, .. modelCandidates("text")];
            using var lines = new SampleList(this.TextLines(scale));
            Emit(report, $"Text ({lines.Items.Count} lines, {string.Join("/", this.Sizes)} px), {scale}×", QualityRun.Evaluate(lines.Items, text, scale));
            using var page = new SampleList([ScannedPage.Load(repoRoot)]);
            Emit(report, $"Scanned page (page.png, {page.Items[0].Truth.Width}×{ScannedPage.Rows}), {scale}×", QualityRun.Evaluate(page.Items, [.. text, .. WithCleanup(text)], scale));
        }

        if (settings.Sets.Contains("art"))
        {
            using var art = new SampleList(Enumerable.Range(1, settings.Quick ? 1 : 3).Select(SampleSets.Art));
            Emit(report, $"Line art ({art.Items.Count}), {scale}×", QualityRun.Evaluate(art.Items, [.. Candidate.Plain, .. modelCandidates("art")], scale));
        }
    }

    private int[] Sizes => settings.Quick ? [TextSizes[0]] : TextSizes;

    private static IEnumerable<Candidate> WithCleanup(Candidate[] text)
    {
        // Clean-up with the defaults the CLI uses (flatten, despeckle, deskew; colour kept), and black-and-white.
        var color = new ScanCleanupOptions();
        var blackAndWhite = new ScanCleanupOptions { Output = ScanOutput.BlackAndWhite };
        Candidate[] models = [.. text.Where(c => c.Name.EndsWith(" f1 clamp", StringComparison.Ordinal))];
        foreach (Candidate candidate in new[] { Candidate.Bicubic, Candidate.EdgeDirected }.Concat(models))
        {
            yield return candidate.WithScanCleanup(color, "clean-up");
        }

        foreach (Candidate candidate in models.Take(1).Prepend(Candidate.Bicubic))
        {
            yield return candidate.WithScanCleanup(blackAndWhite, "clean-up b/w");
        }
    }

    private static void Emit(StringBuilder report, string title, IReadOnlyList<(Candidate Candidate, Score Score)> rows)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        table.AppendLine("| method | PSNR-Y dB | sharpness ×bicubic | consistency dB | CER | overshoot |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach ((Candidate candidate, Score s) in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {candidate.Name} | {MarkdownCell.Number(s.PsnrY, "0.00")} | {s.Sharpness:0.00} | {s.Consistency:0.0} | {MarkdownCell.Number(s.Cer, "0.000")} | {MarkdownCell.Number(s.Overshoot, "0.00")} |");
        }

        Console.WriteLine(table.AppendLine());
        report.Append(table);
    }

    private IEnumerable<QualitySample> TextLines(int scale)
    {
        // Each font at every size, the lines taking turns, so every line is read at several sizes.
        string[] fonts = settings.Quick ? SampleSets.Fonts[..1] : SampleSets.Fonts;
        for (int i = 0; i < fonts.Length * this.Sizes.Length; i++)
        {
            yield return SampleSets.Text(SampleSets.Lines[i % SampleSets.Lines.Length], fonts[i / this.Sizes.Length], this.Sizes[i % this.Sizes.Length], scale);
        }
    }
}
