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
/// <param name="figures">Keeps the default command's scores for the plots.</param>
public sealed class FullSets(QualitySettings settings, string repoRoot, Func<string, Candidate[]> modelCandidates, DefaultCommandFigures figures)
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
            figures.Add(DefaultCommandFigures.CleanPhotos, scale, Emit(report, $"Photos ({files.Length}), {scale}×", QualityRun.Evaluate(photos.Items, [.. this.Plain, .. modelCandidates("photo")], scale)));
        }

        if (settings.Sets.Contains("text"))
        {
            Candidate[] text = [.. this.Plain, .. modelCandidates("text")];
            figures.Add(DefaultCommandFigures.TextLines, scale, this.EmitTextLines(report, text, scale));
            using var page = new SampleList([ScannedPage.Load(repoRoot)]);
            figures.Add(DefaultCommandFigures.ScannedPage, scale, Emit(report, $"Scanned page (page.png, {page.Items[0].Truth.Width}×{ScannedPage.Rows}), {scale}×", QualityRun.Evaluate(page.Items, [.. text, .. (settings.DefaultOnly ? [] : WithCleanup(text))], scale)));
        }

        if (settings.Sets.Contains("art"))
        {
            using var art = new SampleList(Enumerable.Range(1, settings.Quick ? 1 : 3).Select(SampleSets.Art));
            figures.Add(DefaultCommandFigures.LineArt, scale, Emit(report, $"Line art ({art.Items.Count}), {scale}×", QualityRun.Evaluate(art.Items, [.. this.Plain, .. modelCandidates("art")], scale)));
        }
    }

    private int[] Sizes => settings.Quick ? [TextSizes[0]] : TextSizes;

    private IReadOnlyList<Candidate> Plain => settings.DefaultOnly ? [Candidate.Bicubic] : Candidate.Plain;

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

    /// <summary>The rendered lines, scored size by size so the table can show where each method misreads.</summary>
    private IReadOnlyList<(Candidate Candidate, Score Score)> EmitTextLines(StringBuilder report, Candidate[] text, int scale) =>
        EmitTextLines(report, "Text", text, scale, this.Sizes, size => this.TextLines(scale, size));

    /// <summary>Scores rendered lines size by size and appends one table with the CER per size.</summary>
    /// <param name="report">The report.</param>
    /// <param name="title">The set's name in the table's title.</param>
    /// <param name="text">The candidates, bicubic first.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="sizes">The type sizes, in input pixels.</param>
    /// <param name="linesOfSize">Makes the lines of one size (as many for every size).</param>
    /// <returns>The candidates and their scores over all sizes.</returns>
    public static IReadOnlyList<(Candidate Candidate, Score Score)> EmitTextLines(StringBuilder report, string title, Candidate[] text, int scale, int[] sizes, Func<int, IEnumerable<QualitySample>> linesOfSize)
    {
        var bySize = new List<IReadOnlyList<(Candidate Candidate, Score Score)>>();
        int count = 0;
        foreach (int size in sizes)
        {
            using var lines = new SampleList(linesOfSize(size));
            bySize.Add(QualityRun.Evaluate(lines.Items, text, scale));
            count += lines.Items.Count;
        }

        // Every size has as many lines, so the mean of the sizes' means is the mean over all lines; OCR counts add up.
        var rows = text.Select((candidate, i) => (candidate, Score.Mean([.. bySize.Select(r => r[i].Score)]))).ToArray();
        string[] cerBySize = [.. text.Select((_, i) =>
            $"{string.Join(" / ", bySize.Select(r => MarkdownCell.Number(r[i].Score.Cer, "0.000")))} ({string.Join(" / ", bySize.Select(r => r[i].Score.Ocr.Misread))})")];
        string characters = string.Join(" / ", bySize.Select(r => r[0].Score.Ocr.Characters));
        return Emit(report, $"{title} ({count} lines, {string.Join("/", sizes)} px), {scale}×", rows, ($"CER {string.Join(" / ", sizes)} px (misread of {characters})", cerBySize));
    }

    /// <summary>Appends one table: a row per candidate, with an optional extra column.</summary>
    /// <param name="report">The report.</param>
    /// <param name="title">The table's title.</param>
    /// <param name="rows">The candidates and their scores.</param>
    /// <param name="extra">An extra column's title and cells, or null.</param>
    /// <returns>The rows, to pass on.</returns>
    public static IReadOnlyList<(Candidate Candidate, Score Score)> Emit(StringBuilder report, string title, IReadOnlyList<(Candidate Candidate, Score Score)> rows, (string Title, string[] Cells)? extra = null)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"| method | PSNR-Y dB | sharpness ×bicubic | consistency dB | CER | overshoot |{(extra is null ? string.Empty : $" {extra.Value.Title} |")}");
        table.AppendLine("|---|---:|---:|---:|---:|---:|" + (extra is null ? string.Empty : "---:|"));
        for (int i = 0; i < rows.Count; i++)
        {
            (Candidate candidate, Score s) = rows[i];
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {candidate.Name} | {MarkdownCell.Number(s.PsnrY, "0.00")} | {s.Sharpness:0.00} | {s.Consistency:0.0} | {MarkdownCell.Number(s.Cer, "0.000")} | {MarkdownCell.Number(s.Overshoot, "0.00")} |{(extra is null ? string.Empty : $" {extra.Value.Cells[i]} |")}");
        }

        Console.WriteLine(table.AppendLine());
        report.Append(table);
        return rows;
    }

    private IEnumerable<QualitySample> TextLines(int scale, int size)
    {
        // Every line in every font, each also shifted on the pixel grid (one font, one line, unshifted in a quick
        // run). The shifted copies double the characters read, so one glyph that happens to fall badly on the
        // grid weighs half as much in the verdict.
        string[] fonts = settings.Quick ? SampleSets.Fonts[..1] : SampleSets.Fonts;
        string[] lines = settings.Quick ? SampleSets.Lines[..1] : SampleSets.Lines;
        bool[] shifts = settings.Quick ? [false] : [false, true];
        foreach (string font in fonts)
        {
            foreach (string line in lines)
            {
                foreach (bool shifted in shifts)
                {
                    yield return SampleSets.Text(line, font, size, scale, shifted);
                }
            }
        }
    }
}
