// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using SkiaSharp;

namespace PdnUpscale.Quality;

/// <summary>
/// The harness's three sets: photos (192-px crops of the skimage photos, shrunk with bicubic), rendered text
/// (Debian fonts, shrunk with area averaging like a scanner, so fidelity's bicubic assumption is not flattered)
/// and flat-colour line art.
/// </summary>
public static class SampleSets
{
    /// <summary>The lines of text rendered; OCR must read them back.</summary>
    public static readonly string[] Lines =
    [
        "It was the best of times, it was the worst of times",
        "Invoice 4721: 38 boxes at $12.95 each, due 2026-03-14",
        "The quick brown fox jumps over the lazy dog",
    ];

    /// <summary>The fonts (Debian fonts-dejavu-core and fonts-liberation).</summary>
    public static readonly string[] Fonts =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    ];

    private const int Crop = 192;

    /// <summary>Loads photo crops from files (the centre 192 × 192 pixels of each).</summary>
    /// <param name="paths">The photo files.</param>
    /// <returns>The samples.</returns>
    public static IEnumerable<QualitySample> Photos(IEnumerable<string> paths)
    {
        var decoder = new SkiaImageDecoder();
        foreach (string path in paths)
        {
            using DecodedImage decoded = decoder.Decode(path);
            Bgra32Image source = decoded.Image;
            Bgra32Image crop = Bgra32Image.Allocate(Crop, Crop);
            int left = (source.Width - Crop) / 2, top = (source.Height - Crop) / 2;
            for (int y = 0; y < Crop; y++)
            {
                source.GetRow(top + y).Slice(left * 4, Crop * 4).CopyTo(crop.GetRow(y));
            }

            yield return new QualitySample(Path.GetFileNameWithoutExtension(path), crop, DownscaleKernel.Bicubic);
        }
    }

    /// <summary>Renders one line of text at a pixel size as it will appear in the small input.</summary>
    /// <param name="line">The text.</param>
    /// <param name="font">The font file.</param>
    /// <param name="inputSize">The font size in the small input, in pixels.</param>
    /// <param name="truthScale">How much larger the ground truth is drawn than the input will be (the run's scale).</param>
    /// <param name="shifted">
    /// Whether to draw the line <c>truthScale / 2</c> ground-truth pixels right of and below its usual place: ½, ⅓
    /// and ½ of an input pixel at 2×, 3× and 4×, so the same letters fall differently on the input's pixel grid.
    /// </param>
    /// <returns>The sample.</returns>
    public static QualitySample Text(string line, string font, int inputSize, int truthScale, bool shifted = false)
    {
        SystemPackages.Require(font, "fonts-dejavu-core", "fonts-liberation");
        using SKTypeface typeface = SKTypeface.FromFile(font) ?? throw new InvalidDataException($"{font}: not a font SkiaSharp can read.");
        using var skFont = new SKFont(typeface, inputSize * truthScale);
        float advance = skFont.MeasureText(line);
        int width = RoundUp((int)advance + (4 * inputSize * truthScale), 12);
        int height = RoundUp(inputSize * truthScale * 2, 12);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        int shift = shifted ? truthScale / 2 : 0;
        Bgra32Image truth = SkiaCanvasImage.Draw(width, height, canvas =>
            canvas.DrawText(line, (2 * inputSize * truthScale) + shift, (height * 0.68f) + shift, SKTextAlign.Left, skFont, paint));
        string name = $"{Path.GetFileNameWithoutExtension(font)} {inputSize}px{(shifted ? " shifted" : string.Empty)}";
        return new QualitySample(name, truth, DownscaleKernel.Area, line);
    }

    /// <summary>Draws flat-colour line art: filled shapes with black outlines and thin strokes.</summary>
    /// <param name="seed">Varies the shapes.</param>
    /// <returns>The sample.</returns>
    public static QualitySample Art(int seed)
    {
        var random = new Random(seed);
        SKColor[] fills = [new(230, 80, 60), new(60, 140, 220), new(250, 200, 40), new(90, 180, 90)];
        Bgra32Image truth = SkiaCanvasImage.Draw(Crop, Crop, canvas =>
        {
            using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
            using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.Black };
            for (int i = 0; i < 6; i++)
            {
                float x = random.Next(20, Crop - 20), y = random.Next(20, Crop - 20), r = random.Next(12, 40);
                fill.Color = fills[i % fills.Length];
                line.StrokeWidth = random.Next(2, 7);
                if (i % 2 == 0)
                {
                    canvas.DrawCircle(x, y, r, fill);
                    canvas.DrawCircle(x, y, r, line);
                }
                else
                {
                    canvas.DrawRect(x - r, y - r, 2 * r, 1.3f * r, fill);
                    canvas.DrawRect(x - r, y - r, 2 * r, 1.3f * r, line);
                }

                line.StrokeWidth = 1.5f;
                canvas.DrawLine(random.Next(Crop), random.Next(Crop), random.Next(Crop), random.Next(Crop), line);
            }
        });
        return new QualitySample($"line art {seed}", truth, DownscaleKernel.Bicubic);
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
}
