// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Quality;

/// <summary>
/// Measures automatic content choice on <see cref="ContentSet"/>: every picture's measures and choice, and the
/// confusion matrix (rows: the right answer; columns: the choice).
/// </summary>
public static class ContentEvaluation
{
    /// <summary>Classifies the whole set and appends the tables.</summary>
    /// <param name="skimage">The folder of scikit-image's sample data.</param>
    /// <param name="report">The report.</param>
    /// <param name="saveTo">A folder to save every picture to as PNG (named after it), or null.</param>
    /// <returns>The pictures taken for the wrong kind, with the choice (the caller disposes them).</returns>
    public static IReadOnlyList<(ContentSample Sample, ContentChoice Choice)> Run(string skimage, StringBuilder report, string? saveTo = null)
    {
        var kinds = Enum.GetValues<ContentKind>();
        var matrix = new int[kinds.Length, kinds.Length];
        var mistakes = new List<(ContentSample, ContentChoice)>();
        var rows = new StringBuilder()
            .AppendLine("| picture | size | right | chosen | flat | edge step | letters | height | letter ink | lined | paper spread | blocks |")
            .AppendLine("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (ContentSample sample in ContentSet.Build(skimage))
        {
            ContentChoice choice = ContentClassifier.Classify(sample.Image);
            if (saveTo is not null)
            {
                Directory.CreateDirectory(saveTo);
                using FileStream file = File.Create(Path.Combine(saveTo, $"{sample.Kind.ToString().ToLowerInvariant()} - {sample.Name}.png"));
                new SkiaImageEncoder().Encode(sample.Image, new ImageMetadata(), file, new EncoderOptions { PngCompressionLevel = 9 });
            }

            ContentMeasures m = choice.Measures;
            matrix[(int)sample.Kind, (int)choice.Kind]++;
            rows.AppendLine(CultureInfo.InvariantCulture,
                $"| {sample.Name} | {sample.Image.Width}×{sample.Image.Height} | {sample.Kind} | {(choice.Kind == sample.Kind ? choice.Kind.ToString() : $"**{choice.Kind}**")} | {m.FlatShare:0.00} | {m.EdgeStep:0} | {m.Letters} | {m.LetterHeight:0.#} | {m.LetterInkShare:0.00} | {m.LinedShare:0.00} | {m.PaperSpread:0.00} | {Blockiness.Measure(sample.Image):0.00} |");
            if (choice.Kind != sample.Kind)
            {
                mistakes.Add((sample, choice));
            }
            else
            {
                sample.Dispose();
            }
        }

        int total = 0, right = 0;
        var confusion = new StringBuilder()
            .AppendLine($"| right \\ chosen | {string.Join(" | ", kinds)} |")
            .AppendLine($"|---|{string.Concat(kinds.Select(_ => "---:|"))}");
        foreach (ContentKind truth in kinds)
        {
            confusion.AppendLine(CultureInfo.InvariantCulture, $"| {truth} | {string.Join(" | ", kinds.Select(k => matrix[(int)truth, (int)k]))} |");
            for (int k = 0; k < kinds.Length; k++)
            {
                total += matrix[(int)truth, k];
                right += k == (int)truth ? matrix[(int)truth, k] : 0;
            }
        }

        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"### Content choice: {right} of {total} right ({100.0 * right / total:0.0} %)").AppendLine()
            .Append(confusion).AppendLine()
            .Append(rows).AppendLine();
        Console.WriteLine(table);
        report.Append(table);
        return mistakes;
    }

    /// <summary>
    /// Measures what each mistake costs: the picture (cut to a multiple of 4) shrunk 2× and 4× the way it was
    /// made, enlarged by bicubic, the preset chosen and the right one, scored against the picture.
    /// </summary>
    /// <param name="mistakes">The pictures taken for the wrong kind.</param>
    /// <param name="preset">Makes the candidate that runs a preset as the hosts do.</param>
    /// <param name="report">The report.</param>
    public static void Costs(IReadOnlyList<(ContentSample Sample, ContentChoice Choice)> mistakes, Func<UpscalePreset, Candidate> preset, StringBuilder report)
    {
        var table = new StringBuilder()
            .AppendLine("### What the mistakes cost against bicubic").AppendLine()
            .AppendLine("| picture | right → chosen | scale | PSNR-Y dB bicubic / chosen / right | sharpness ×bicubic chosen / right | overshoot bicubic / chosen / right | CER bicubic / chosen / right |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach ((ContentSample sample, ContentChoice choice) in mistakes)
        {
            Candidate chosen = preset(UpscalePresets.For(choice.Kind)), right = preset(UpscalePresets.For(sample.Kind));
            using var truth = new QualitySample(sample.Name, CutToMultiple(sample.Image, 4), sample.Shrink, sample.Text);
            foreach (int scale in new[] { 2, 4 })
            {
                var scores = QualityRun.Evaluate([truth], [Candidate.Bicubic, chosen, right], scale);
                Score b = scores[0].Score, c = scores[1].Score, r = scores[2].Score;
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {sample.Name} | {sample.Kind} → {choice.Kind} | {scale}× | {b.PsnrY:0.00} / {c.PsnrY:0.00} / {r.PsnrY:0.00} | {c.Sharpness:0.00} / {r.Sharpness:0.00} | {b.Overshoot:0.00} / {c.Overshoot:0.00} / {r.Overshoot:0.00} | {MarkdownCell.Number(b.Cer, "0.000")} / {MarkdownCell.Number(c.Cer, "0.000")} / {MarkdownCell.Number(r.Cer, "0.000")} |");
            }
        }

        Console.WriteLine(table);
        report.Append(table.AppendLine());
    }

    private static Bgra32Image CutToMultiple(Bgra32Image image, int multiple)
    {
        int width = image.Width - (image.Width % multiple), height = image.Height - (image.Height % multiple);
        Bgra32Image cut = Bgra32Image.Allocate(width, height);
        for (int y = 0; y < height; y++)
        {
            image.GetRow(y)[..(width * 4)].CopyTo(cut.GetRow(y));
        }

        return cut;
    }
}
