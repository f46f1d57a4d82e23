// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Content;

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
    /// <returns>The pictures taken for the wrong kind, with the choice (the caller disposes them).</returns>
    public static IReadOnlyList<(ContentSample Sample, ContentChoice Choice)> Run(string skimage, StringBuilder report)
    {
        var kinds = Enum.GetValues<ContentKind>();
        var matrix = new int[kinds.Length, kinds.Length];
        var mistakes = new List<(ContentSample, ContentChoice)>();
        var rows = new StringBuilder()
            .AppendLine("| picture | size | right | chosen | flat | flat in 16 colours | edge step | letters | height | letter ink | lined | noise |")
            .AppendLine("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (ContentSample sample in ContentSet.Build(skimage))
        {
            ContentChoice choice = ContentClassifier.Classify(sample.Image);
            ContentMeasures m = choice.Measures;
            matrix[(int)sample.Kind, (int)choice.Kind]++;
            rows.AppendLine(CultureInfo.InvariantCulture,
                $"| {sample.Name} | {sample.Image.Width}×{sample.Image.Height} | {sample.Kind} | {(choice.Kind == sample.Kind ? choice.Kind.ToString() : $"**{choice.Kind}**")} | {m.FlatShare:0.00} | {m.FlatColourShare:0.00} | {m.EdgeStep:0} | {m.Letters} | {m.LetterHeight:0.#} | {m.LetterInkShare:0.00} | {m.LinedShare:0.00} | {m.Noise:0.0} |");
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
}
