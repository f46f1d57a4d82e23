// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using SkiaSharp;

namespace PdnUpscale.Quality;

/// <summary>
/// A grouped bar chart drawn with SkiaSharp into a small PNG: one group of bars per input kind, one bar per
/// series (a scale, or a method), each bar labelled with its value and drawn from a baseline (0 for a gain, 1
/// for a ratio to bicubic), so the figures of QUALITY.md are drawn from a run, never typed in.
/// </summary>
/// <param name="Title">The title, top left.</param>
/// <param name="Groups">The groups' labels, under the axis; a newline starts a second line.</param>
/// <param name="Series">The series' names, in the legend.</param>
/// <param name="Values">The values, [group, series]; NaN draws no bar.</param>
/// <param name="Baseline">Where bars start: a value at it means "as bicubic".</param>
/// <param name="ValueFormat">How the bars' labels show values.</param>
public sealed record BarChart(string Title, IReadOnlyList<string> Groups, IReadOnlyList<string> Series, double[,] Values, double Baseline, string ValueFormat)
{
    /// <summary>The picture's width, pixels.</summary>
    public const int Width = 1000;

    /// <summary>The picture's height, pixels.</summary>
    public const int Height = 400;

    /// <summary>The bars' colours, series by series (then round again).</summary>
    public static readonly SKColor[] Colors = [new(0x9e, 0xca, 0xe1), new(0x42, 0x92, 0xc6), new(0x08, 0x45, 0x94)];

    private const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const float Left = 56, Right = 16, Top = 56, Bottom = 52;

    /// <summary>Draws the chart and writes it as a PNG.</summary>
    /// <param name="path">The PNG file.</param>
    public void Write(string path)
    {
        using Bgra32Image image = this.Draw();
        using FileStream file = File.Create(path);
        new SkiaImageEncoder().Encode(image, new ImageMetadata(), file, new EncoderOptions { PngCompressionLevel = 9 });
    }

    /// <summary>Draws the chart on white.</summary>
    /// <returns>The picture, <see cref="Width"/> × <see cref="Height"/>; the caller disposes it.</returns>
    public Bgra32Image Draw()
    {
        SystemPackages.Require(FontFile, "fonts-dejavu-core");
        using SKTypeface typeface = SKTypeface.FromFile(FontFile) ?? throw new InvalidDataException($"{FontFile}: not a font SkiaSharp can read.");
        return SkiaCanvasImage.Draw(Width, Height, canvas => this.DrawOn(canvas, typeface));
    }

    private void DrawOn(SKCanvas canvas, SKTypeface typeface)
    {
        using var titleFont = new SKFont(typeface, 17) { Embolden = true };
        using var font = new SKFont(typeface, 13);
        using var small = new SKFont(typeface, 10.5f);
        using var ink = new SKPaint { Color = new SKColor(0x30, 0x30, 0x30), IsAntialias = true };
        using var grid = new SKPaint { Color = new SKColor(0xe4, 0xe4, 0xe4), StrokeWidth = 1 };
        using var axis = new SKPaint { Color = new SKColor(0x50, 0x50, 0x50), StrokeWidth = 1.5f };
        using var bar = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };

        canvas.DrawText(this.Title, Left, 24, SKTextAlign.Left, titleFont, ink);
        this.DrawLegend(canvas, font, ink, bar);

        (double low, double high, double step) = this.Axis();
        float plotBottom = Height - Bottom, plotHeight = plotBottom - Top, plotWidth = Width - Left - Right;
        float Y(double v) => plotBottom - (float)((v - low) / (high - low) * plotHeight);
        for (double tick = low; tick <= high + (step / 2); tick += step)
        {
            canvas.DrawLine(Left, Y(tick), Width - Right, Y(tick), grid);
            canvas.DrawText(tick.ToString(step >= 1 ? "0" : step >= 0.1 ? "0.0" : "0.00", CultureInfo.InvariantCulture), Left - 6, Y(tick) + 4, SKTextAlign.Right, small, ink);
        }

        float groupWidth = plotWidth / this.Groups.Count, barWidth = groupWidth * 0.8f / this.Series.Count;
        for (int g = 0; g < this.Groups.Count; g++)
        {
            float groupLeft = Left + (g * groupWidth) + (groupWidth * 0.1f);
            for (int s = 0; s < this.Series.Count; s++)
            {
                double value = this.Values[g, s];
                if (double.IsNaN(value))
                {
                    continue;
                }

                float x = groupLeft + (s * barWidth), top = Math.Min(Y(value), Y(this.Baseline)), bottom = Math.Max(Y(value), Y(this.Baseline));
                bar.Color = Colors[s % Colors.Length];
                canvas.DrawRect(x + 1, top, barWidth - 2, Math.Max(bottom - top, 1), bar);
                float labelY = value >= this.Baseline ? top - 3 : bottom + 11;
                canvas.DrawText(value.ToString(this.ValueFormat, CultureInfo.InvariantCulture), x + (barWidth / 2), labelY, SKTextAlign.Center, small, ink);
            }

            string[] lines = this.Groups[g].Split('\n');
            for (int line = 0; line < lines.Length; line++)
            {
                canvas.DrawText(lines[line], Left + ((g + 0.5f) * groupWidth), plotBottom + 18 + (line * 15), SKTextAlign.Center, font, ink);
            }
        }

        canvas.DrawLine(Left, Y(this.Baseline), Width - Right, Y(this.Baseline), axis);
    }

    private void DrawLegend(SKCanvas canvas, SKFont font, SKPaint ink, SKPaint bar)
    {
        float x = Width - Right;
        for (int s = this.Series.Count - 1; s >= 0; s--)
        {
            x -= font.MeasureText(this.Series[s]) + 34;
            bar.Color = Colors[s % Colors.Length];
            canvas.DrawRect(x, 13, 14, 14, bar);
            canvas.DrawText(this.Series[s], x + 20, 25, SKTextAlign.Left, font, ink);
        }
    }

    /// <summary>The value axis: from the baseline or below to a round step above the largest value, with room for the labels.</summary>
    private (double Low, double High, double Step) Axis()
    {
        double[] known = [.. this.Values.Cast<double>().Where(v => !double.IsNaN(v)), this.Baseline];
        double min = known.Min(), max = known.Max(), span = Math.Max(max - min, 1e-9);
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(span / 5)));
        double step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => span / s <= 6);
        double low = Math.Floor(min / step) * step, high = Math.Ceiling((max + (span * 0.08)) / step) * step;
        return (low, high, step);
    }
}
