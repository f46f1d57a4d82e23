// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>
/// The default command's scores beside bicubic's, per input kind and scale, collected from the tables as a run
/// goes, and the plots of docs/QUALITY.md drawn from them: PSNR-Y gain, sharpness, and characters misread.
/// </summary>
/// <param name="byDefault">The default command, as the run's tables hold it.</param>
public sealed class DefaultCommandFigures(Candidate byDefault)
{
    /// <summary>The clean photo crops.</summary>
    public const string CleanPhotos = "clean photos";

    /// <summary>The photos blurred before shrinking.</summary>
    public const string SoftPhotos = "soft photos";

    /// <summary>The rendered text lines.</summary>
    public const string TextLines = "text lines";

    /// <summary>The real scanned page.</summary>
    public const string ScannedPage = "scanned page";

    /// <summary>The rendered text lines saved as JPEG.</summary>
    public const string JpegText = "JPEG text";

    /// <summary>The line-art drawings.</summary>
    public const string LineArt = "line art";

    /// <summary>The input kinds in the plots' order (photos, then text, then art); kinds not listed follow in the order they came.</summary>
    public static readonly string[] Kinds =
    [
        CleanPhotos, .. DegradedPhotos.Qualities.Select(JpegPhotos), SoftPhotos, TextLines, ScannedPage, JpegText, LineArt,
    ];

    private readonly List<DefaultVerdict> verdicts = [];

    /// <summary>Gets the verdicts collected so far, in the order they came.</summary>
    public IReadOnlyList<DefaultVerdict> Verdicts => this.verdicts;

    /// <summary>Names the set of photos saved as JPEG of a quality.</summary>
    /// <param name="quality">The JPEG quality.</param>
    /// <returns>The kind.</returns>
    public static string JpegPhotos(int quality) => $"JPEG q{quality} photos";

    /// <summary>Keeps the default command's and bicubic's scores from one table, if the default command is in it.</summary>
    /// <param name="kind">The input kind (one of <see cref="Kinds"/>).</param>
    /// <param name="scale">The scale.</param>
    /// <param name="rows">The table's rows, bicubic first.</param>
    /// <returns>The rows, to pass on.</returns>
    public IReadOnlyList<(Candidate Candidate, Score Score)> Add(string kind, int scale, IReadOnlyList<(Candidate Candidate, Score Score)> rows)
    {
        if (rows.FirstOrDefault(r => ReferenceEquals(r.Candidate, byDefault)) is { Candidate: not null } row)
        {
            this.verdicts.Add(new DefaultVerdict(kind, scale, rows[0].Score, row.Score));
        }

        return rows;
    }

    /// <summary>
    /// Draws the plots into a folder: <c>psnr-gain.png</c>, <c>sharpness.png</c> and, with text,
    /// <c>text-misread.png</c>; the bars' labels are rounded to one decimal (the tables have two).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files written.</returns>
    public IReadOnlyList<string> WritePlots(string folder)
    {
        Directory.CreateDirectory(folder);
        int[] scales = [.. this.verdicts.Select(v => v.Scale).Distinct().Order()];
        string[] scaleNames = [.. scales.Select(s => $"{s}×")];
        string[] kinds = [.. this.verdicts.Select(v => v.Kind).Distinct().OrderBy(k => Array.IndexOf(Kinds, k) is int i and >= 0 ? i : Kinds.Length)];
        var written = new List<string>();

        void Plot(string file, string title, string[] groupKinds, Func<DefaultVerdict, double> value, double baseline, string format)
        {
            if (groupKinds.Length == 0)
            {
                return;
            }

            var values = new double[groupKinds.Length, scales.Length];
            for (int g = 0; g < groupKinds.Length; g++)
            {
                for (int s = 0; s < scales.Length; s++)
                {
                    values[g, s] = this.verdicts.FirstOrDefault(v => v.Kind == groupKinds[g] && v.Scale == scales[s]) is { } v ? value(v) : double.NaN;
                }
            }

            string path = Path.Combine(folder, file);
            new BarChart(title, [.. groupKinds.Select(TwoLines)], scaleNames, values, baseline, format).Write(path);
            written.Add(path);
        }

        Plot("psnr-gain.png", "PSNR-Y of the default command minus bicubic's, dB (above 0: more accurate)", [.. kinds.Where(k => this.verdicts.Any(v => v.Kind == k && !double.IsNaN(v.PsnrGain)))], v => v.PsnrGain, 0, "+0.0;−0.0;0.0");
        Plot("sharpness.png", "Sharpness of the default command, × bicubic's (gradient energy; above 1: sharper)", kinds, v => v.Default.Sharpness, 1, "0.0");

        DefaultVerdict[] text = [.. this.verdicts.Where(v => v.Bicubic.Ocr.Characters > 0).OrderBy(v => Array.IndexOf(kinds, v.Kind)).ThenBy(v => v.Scale)];
        if (text.Length > 0)
        {
            var misread = new double[text.Length, 2];
            for (int i = 0; i < text.Length; i++)
            {
                misread[i, 0] = text[i].Bicubic.Ocr.Misread;
                misread[i, 1] = text[i].Default.Ocr.Misread;
            }

            string path = Path.Combine(folder, "text-misread.png");
            new BarChart("Characters Tesseract misread: bicubic and the default command (fewer is better)", [.. text.Select(v => $"{v.Kind}\n{v.Scale}×, of {v.Bicubic.Ocr.Characters}")], ["bicubic", "default command"], misread, 0, "0").Write(path);
            written.Add(path);
        }

        return written;
    }

    private static string TwoLines(string kind) => kind.LastIndexOf(' ') is int i and > 0 ? $"{kind[..i]}\n{kind[(i + 1)..]}" : kind;
}

/// <summary>The default command's and bicubic's mean scores on one set at one scale.</summary>
/// <param name="Kind">The input kind.</param>
/// <param name="Scale">The scale.</param>
/// <param name="Bicubic">Bicubic's score.</param>
/// <param name="Default">The default command's score.</param>
public sealed record DefaultVerdict(string Kind, int Scale, Score Bicubic, Score Default)
{
    /// <summary>Gets the default command's PSNR-Y minus bicubic's, dB (NaN without a ground truth).</summary>
    public double PsnrGain => this.Default.PsnrY - this.Bicubic.PsnrY;
}
