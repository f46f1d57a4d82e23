// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Cleanup;

/// <summary>The letter height the text preset's small-text rule reads: it grows with the font size and finds no text where there is none.</summary>
public sealed class LetterHeightTests
{
    [Theory]
    [InlineData(7, 3.5, 5.5)]
    [InlineData(9, 5.5, 7.5)]
    [InlineData(12, 7, 10)]
    public void RenderedLines_MeasureInProportionToTheFontSize(int fontSize, double low, double high)
    {
        foreach (string font in SampleSets.Fonts)
        {
            using Bgra32Image line = RenderedLine(font, fontSize);

            double? height = LetterHeight.Estimate(line);

            Assert.NotNull(height);
            Assert.InRange(height.Value, low, high);
        }
    }

    [Fact]
    public void LightTextOnDark_MeasuresLikeDarkOnLight()
    {
        using Bgra32Image line = RenderedLine(SampleSets.Fonts[0], 9);
        using Bgra32Image inverted = line.Clone();
        for (int y = 0; y < inverted.Height; y++)
        {
            Span<byte> row = inverted.GetRow(y);
            for (int x = 0; x < row.Length; x++)
            {
                row[x] = (x % 4) == 3 ? row[x] : (byte)(255 - row[x]);
            }
        }

        Assert.Equal(LetterHeight.Estimate(line), LetterHeight.Estimate(inverted));
    }

    [Fact]
    public void BlankPage_HasNoLetters()
    {
        using Bgra32Image blank = TestImages.Flat(120, 40, 250, 250, 250);

        Assert.Null(LetterHeight.Estimate(blank));
    }

    /// <summary>A line as the harness makes its inputs: drawn large, shrunk by area averaging like a scanner.</summary>
    internal static Bgra32Image RenderedLine(string font, int fontSize)
    {
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[1], font, fontSize, 3);
        return sample.InputFor(3);
    }
}
