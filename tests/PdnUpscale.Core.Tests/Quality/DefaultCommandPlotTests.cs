// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Quality;
using SkiaSharp;

namespace PdnUpscale.Core.Tests.Quality;

/// <summary>The harness's plots: bars as tall as their values, and the PNGs QUALITY.md shows, drawn from the tables' scores.</summary>
public sealed class DefaultCommandPlotTests
{
    [Fact]
    public void Bars_AreAsTallAsTheirValues()
    {
        var chart = new BarChart("two bars", ["one group"], ["one", "three"], new double[,] { { 1, 3 } }, 0, "0");

        using Bgra32Image image = chart.Draw();

        Assert.Equal((BarChart.Width, BarChart.Height), (image.Width, image.Height));
        double ratio = (double)Count(image, BarChart.Colors[1]) / Count(image, BarChart.Colors[0]);
        Assert.InRange(ratio, 2.8, 3.2);
    }

    [Fact]
    public void Plots_ComeFromTheDefaultCommandsRows_AsPngs()
    {
        var byDefault = new Candidate("default command", (input, _, _) => input.Clone());
        var other = new Candidate("another method", (input, _, _) => input.Clone());
        var figures = new DefaultCommandFigures(byDefault);
        Score bicubic = new(30, 1, 40, new OcrCount(12, 100), 0.2), better = new(32, 1.8, 60, new OcrCount(9, 100), 0.1);
        figures.Add(DefaultCommandFigures.TextLines, 2, [(Candidate.Bicubic, bicubic), (other, bicubic), (byDefault, better)]);
        figures.Add(DefaultCommandFigures.CleanPhotos, 2, [(Candidate.Bicubic, bicubic with { Ocr = OcrCount.None }), (other, better)]);
        string folder = Path.Combine(Path.GetTempPath(), $"plots-{Guid.NewGuid():N}");
        try
        {
            IReadOnlyList<string> files = figures.WritePlots(folder);

            DefaultVerdict verdict = Assert.Single(figures.Verdicts);
            Assert.Equal(2, verdict.PsnrGain, 12);
            Assert.Equal(["psnr-gain.png", "sharpness.png", "text-misread.png"], files.Select(Path.GetFileName));
            foreach (string file in files)
            {
                using DecodedImage png = new SkiaImageDecoder().Decode(file);
                Assert.Equal((BarChart.Width, BarChart.Height), (png.Image.Width, png.Image.Height));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Count(Bgra32Image image, SKColor color)
    {
        int count = 0;
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                count += row[x * 4] == color.Blue && row[(x * 4) + 1] == color.Green && row[(x * 4) + 2] == color.Red ? 1 : 0;
            }
        }

        return count;
    }
}
