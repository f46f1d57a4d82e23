// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Quality;

/// <summary>Runs the three sets at every scale and prints one Markdown table per set and scale.</summary>
public static class QualityReport
{
    private static readonly string[] PhotoNames = ["astronaut", "coffee", "chelsea", "camera"];

    /// <summary>Gets the skimage photos that <c>tests/tools/get-test-photos</c> unpacks under <c>.cache/</c>.</summary>
    /// <returns>The photo paths.</returns>
    public static string[] DefaultPhotos()
    {
        string data = Path.Combine(RepoRoot(), ".cache/skimage/data");
        return PhotoNames.Select(n => Path.Combine(data, n + ".png")).ToArray();
    }

    /// <summary>Runs the harness.</summary>
    /// <param name="quick">Whether to run one sample per set only.</param>
    /// <param name="photos">The photo files.</param>
    /// <param name="scales">The scales.</param>
    /// <param name="outputPath">A Markdown file to write too, or null.</param>
    /// <returns>The exit code.</returns>
    /// <param name="sets">The sets to run (photo, text, art).</param>
    public static int Run(bool quick, string[] photos, int[] scales, string? outputPath, string[] sets)
    {
        using var upscaler = new Upscaler();
        IReadOnlyList<Candidate> candidates = Candidates(upscaler);
        var report = new StringBuilder();
        string[] photoFiles = quick ? [Path.Combine(RepoRoot(), "tests/Images/Input/astronaut-256.png")] : photos;
        foreach (int scale in scales)
        {
            if (sets.Contains("photo"))
            {
                using var photoSet = new SampleList(SampleSets.Photos(photoFiles));
                Emit(report, $"Photos ({photoFiles.Length}), {scale}×", QualityRun.Evaluate(photoSet.Items, candidates, scale));
            }

            if (sets.Contains("text"))
            {
                using var textSet = new SampleList(TextSamples(quick, scale));
                Emit(report, $"Text ({textSet.Items.Count} lines), {scale}×", QualityRun.Evaluate(textSet.Items, candidates, scale));
            }

            if (sets.Contains("art"))
            {
                using var artSet = new SampleList(Enumerable.Range(1, quick ? 1 : 3).Select(SampleSets.Art));
                Emit(report, $"Line art ({artSet.Items.Count}), {scale}×", QualityRun.Evaluate(artSet.Items, candidates, scale));
            }
        }

        if (outputPath is not null)
        {
            File.WriteAllText(outputPath, report.ToString());
        }

        return 0;
    }

    private static IReadOnlyList<Candidate> Candidates(Upscaler upscaler)
    {
        var list = new List<Candidate> { Candidate.Bicubic, Candidate.Lanczos, Candidate.LanczosBackProjected };
        foreach (ModelDescriptor model in ModelCatalog.LoadBundled().Discover().Where(m => m.OnnxPath is not null))
        {
            list.AddRange(new[] { 0, 0.5, 1 }.Select(f => Candidate.Model(upscaler, model, f)));
            list.Add(Candidate.Model(upscaler, model, 1, DownscaleKernel.Area));
            list.Add(Candidate.Model(upscaler, model, 1, clamp: true));
        }

        return list;
    }

    private static IEnumerable<QualitySample> TextSamples(bool quick, int scale)
    {
        // Each font at two sizes, each with its own line, so every line is read at least twice.
        var sizes = quick ? new[] { 12 } : [10, 13];
        string[] fonts = quick ? SampleSets.Fonts[..1] : SampleSets.Fonts;
        for (int i = 0; i < fonts.Length * sizes.Length; i++)
        {
            yield return SampleSets.Text(SampleSets.Lines[i % SampleSets.Lines.Length], fonts[i / sizes.Length], sizes[i % sizes.Length], scale);
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
            string cer = double.IsNaN(s.Cer) ? "–" : s.Cer.ToString("0.000", CultureInfo.InvariantCulture);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {candidate.Name} | {s.PsnrY:0.00} | {s.Sharpness:0.00} | {s.Consistency:0.0} | {cer} | {s.Overshoot:0.00} |");
        }

        Console.WriteLine(table.AppendLine());
        report.Append(table);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PdnUpscale.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
