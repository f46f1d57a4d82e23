// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Content;

/// <summary>
/// Decides from the pixels whether a picture is a photo, art and graphics, or text and scans, with a few cheap
/// measures (<see cref="ContentMeasures"/>) and fixed thresholds, so the choice can be explained in one line.
/// </summary>
/// <remarks>
/// Text first: letter shapes of one typical height standing on shared baselines — many of them (a page, a scan,
/// a screenshot, also with photos in it, where the text preset costs least: its model with full fidelity is
/// above bicubic on photos too, while the photo preset misreads small text), or a line or two of them holding
/// nearly all the ink on a plain background. Otherwise flat fills meeting at sharp edges make art and graphics,
/// and anything else a photo. The thresholds were set on the harness's labelled set
/// (<c>bench/quality/run --classify</c>; docs/QUALITY.md has the confusion matrix).
/// </remarks>
public static class ContentClassifier
{
    /// <summary>The most pixels measured; a larger picture is measured on its centre.</summary>
    private const int MaxSide = 2048;

    /// <summary>Letter groups this far from the median height (as a factor) or wider than this many heights are not letters of the text.</summary>
    private const double HeightFactor = 2, MaxAspect = 4;

    /// <summary>Text: at least this many letters standing in lines, and at least this share of all letter shapes.</summary>
    private const int TextLinedLetters = 24;
    private const double TextLinedShare = 0.45;

    /// <summary>
    /// A line or two of text: fewer letters in lines suffice when letters are nearly all the ink, most of them stand
    /// in lines, and the background is plain (its luma spreads by at most 15 % of the ink–paper contrast, JPEG
    /// ringing included), which the ground under rows of round objects in a photo is not.
    /// </summary>
    private const int LineLinedLetters = 10;
    private const double LineLinedShare = 0.5, LineLetterInk = 0.8, LinePaperSpread = 0.15;

    /// <summary>Art: at least this share of flat pixels, and the others mostly sharp edges (median step at least this many levels).</summary>
    private const double ArtFlatShare = 0.35;
    private const int ArtEdgeStep = 30;

    private const int FlatLevels = 2;

    /// <summary>Classifies a picture.</summary>
    /// <param name="image">The picture.</param>
    /// <param name="cancellationToken">Cancels the measuring.</param>
    /// <returns>The kind, the reason and the measures.</returns>
    public static ContentChoice Classify(Bgra32Image image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        int width = Math.Min(image.Width, MaxSide), height = Math.Min(image.Height, MaxSide);
        int left = (image.Width - width) / 2, top = (image.Height - height) / 2;
        using Bgra32Image view = Bgra32Image.Wrap(image.Scan0 + ((nint)top * image.Stride) + (left * 4), width, height, image.Stride);
        ContentMeasures m = Measure(view, cancellationToken);
        return Decide(m);
    }

    /// <summary>Measures a picture.</summary>
    /// <param name="image">The picture.</param>
    /// <param name="cancellationToken">Cancels the measuring, checked every row.</param>
    /// <returns>The measures.</returns>
    public static ContentMeasures Measure(Bgra32Image image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        InkStatistics ink = Cleanup.LetterHeight.Measure(image, cancellationToken);
        LetterMeasures letters = MeasureLetters(ink);
        (double flatShare, double edgeStep) = Flatness(image, cancellationToken);
        return new ContentMeasures(
            flatShare,
            edgeStep,
            letters.Count,
            ink.Height ?? 0,
            letters.InkShare,
            letters.LinedShare,
            PaperSpread(image, ink, cancellationToken));
    }

    /// <summary>Decides from measures.</summary>
    /// <param name="m">The measures.</param>
    /// <returns>The choice.</returns>
    public static ContentChoice Decide(ContentMeasures m)
    {
        ArgumentNullException.ThrowIfNull(m);
        int lined = (int)Math.Round(m.Letters * m.LinedShare);
        bool page = lined >= TextLinedLetters && m.LinedShare >= TextLinedShare;
        bool line = lined >= LineLinedLetters && m.LinedShare >= LineLinedShare && m.LetterInkShare >= LineLetterInk && m.PaperSpread <= LinePaperSpread;
        if (page || line)
        {
            string where = m.LetterInkShare >= 0.5 ? "most of the ink" : "part of the ink, with pictures or panels";
            return new(ContentKind.Text, string.Create(CultureInfo.InvariantCulture, $"text: {lined} letter shapes about {m.LetterHeight:0.#} px high standing in lines, {where}"), m);
        }

        string flat = string.Create(CultureInfo.InvariantCulture, $"{m.FlatShare:0%} of the pixels in flat areas");
        if (m.FlatShare >= ArtFlatShare && m.EdgeStep >= ArtEdgeStep)
        {
            return new(ContentKind.Art, string.Create(CultureInfo.InvariantCulture, $"art and graphics: {flat}, meeting at sharp edges"), m);
        }

        return new(ContentKind.Photo, m.FlatShare >= ArtFlatShare
            ? string.Create(CultureInfo.InvariantCulture, $"photo: {flat} but changing gradually (no sharp edges between fills), no lines of text")
            : string.Create(CultureInfo.InvariantCulture, $"photo: texture and noise ({flat}), no lines of text"), m);
    }

    private static LetterMeasures MeasureLetters(InkStatistics ink)
    {
        if (ink.Height is not double median || ink.InkPixels == 0)
        {
            return new(0, 0, 0);
        }

        var letters = ink.Groups.Where(g => g.Height >= median / HeightFactor && g.Height <= median * HeightFactor && g.Width <= MaxAspect * g.Height).ToArray();
        if (letters.Length == 0)
        {
            return new(0, 0, 0);
        }

        long pixels = letters.Sum(g => (long)g.Pixels);

        // Letters of a line stand next to each other on one baseline, or, with descenders (g, p, y), hang from one
        // x-height line: count those with two neighbours whose bottoms or tops line up with theirs.
        int tolerance = Math.Max(1, (int)Math.Round(median / 4)), lined = 0;
        int[] byBottom = [.. Enumerable.Range(0, letters.Length).OrderBy(i => letters[i].Bottom)];
        int[] byTop = [.. Enumerable.Range(0, letters.Length).OrderBy(i => letters[i].Top)];
        var bottomRank = new int[letters.Length];
        var topRank = new int[letters.Length];
        for (int r = 0; r < letters.Length; r++)
        {
            bottomRank[byBottom[r]] = r;
            topRank[byTop[r]] = r;
        }

        var found = new HashSet<int>();
        for (int i = 0; i < letters.Length; i++)
        {
            found.Clear();
            Collect(byBottom, bottomRank[i], g => g.Bottom);
            Collect(byTop, topRank[i], g => g.Top);
            lined += found.Count >= 2 ? 1 : 0;

            void Collect(int[] order, int rank, Func<InkGroup, int> edge)
            {
                int own = edge(letters[i]);
                for (int r = rank - 1; r >= 0 && own - edge(letters[order[r]]) <= tolerance && found.Count < 2; r--)
                {
                    if (Gap(letters[i], letters[order[r]]) <= median)
                    {
                        found.Add(order[r]);
                    }
                }

                for (int r = rank + 1; r < order.Length && edge(letters[order[r]]) - own <= tolerance && found.Count < 2; r++)
                {
                    if (Gap(letters[i], letters[order[r]]) <= median)
                    {
                        found.Add(order[r]);
                    }
                }
            }
        }

        return new(letters.Length, (double)pixels / ink.InkPixels, (double)lined / letters.Length);
    }

    private readonly record struct LetterMeasures(int Count, double InkShare, double LinedShare);

    private static int Gap(InkGroup a, InkGroup b) => Math.Max(b.Left - a.Right, a.Left - b.Right);

    /// <summary>
    /// Measures the share of flat pixels (within 2 levels of their right and lower neighbours) and the median step
    /// of the others: digital fills meet at sharp edges, smooth areas of a photo change gradually.
    /// </summary>
    private static (double FlatShare, double EdgeStep) Flatness(Bgra32Image image, CancellationToken cancellationToken)
    {
        var steps = new long[256];
        long flat = 0;
        for (int y = 0; y + 1 < image.Height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<byte> row = image.GetRow(y), below = image.GetRow(y + 1);
            for (int x = 0; x + 1 < image.Width; x++)
            {
                int a = x * 4;
                if (Near(row, row, a, a + 4) && Near(row, below, a, a))
                {
                    flat++;
                }
                else
                {
                    steps[Math.Max(Step(row, row, a, a + 4), Step(row, below, a, a))]++;
                }
            }
        }

        long total = (long)(image.Width - 1) * (image.Height - 1), half = (total - flat + 1) / 2, seen = 0;
        int median = 0;
        while (median < 255 && (seen += steps[median]) < half)
        {
            median++;
        }

        return ((double)flat / Math.Max(1, total), median);
    }

    private static int Step(ReadOnlySpan<byte> row, ReadOnlySpan<byte> other, int a, int b) =>
        Math.Max(Math.Abs(row[a] - other[b]), Math.Max(Math.Abs(row[a + 1] - other[b + 1]), Math.Abs(row[a + 2] - other[b + 2])));

    private static bool Near(ReadOnlySpan<byte> row, ReadOnlySpan<byte> other, int a, int b) =>
        Math.Abs(row[a] - other[b]) <= FlatLevels && Math.Abs(row[a + 1] - other[b + 1]) <= FlatLevels && Math.Abs(row[a + 2] - other[b + 2]) <= FlatLevels;

    /// <summary>The spread (standard deviation) of the paper's luma as a share of the ink–paper contrast; the paper is the majority side of the Otsu level.</summary>
    private static double PaperSpread(Bgra32Image image, InkStatistics ink, CancellationToken cancellationToken)
    {
        double darkSum = 0, darkSquares = 0, lightSum = 0, lightSquares = 0;
        long dark = 0;
        for (int y = 0; y < image.Height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                double v = Luma.FullRange(row, x);
                bool isDark = v <= ink.Level + 0.5;
                dark += isDark ? 1 : 0;
                (isDark ? ref darkSum : ref lightSum) += v;
                (isDark ? ref darkSquares : ref lightSquares) += v * v;
            }
        }

        long light = ink.Pixels - dark;
        if (dark == 0 || light == 0)
        {
            return double.PositiveInfinity;
        }

        (double paperMean, double paperSquares, double inkMean) = dark > light
            ? (darkSum / dark, darkSquares / dark, lightSum / light)
            : (lightSum / light, lightSquares / light, darkSum / dark);
        return Math.Sqrt(Math.Max(0, paperSquares - (paperMean * paperMean))) / Math.Max(1, Math.Abs(paperMean - inkMean));
    }
}
