// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;
using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;
using SkiaSharp;

namespace PdnUpscale.Core.Tests.Cleanup;

/// <summary>Skew estimation and straightening on text rendered at known angles by SkiaSharp, and on photos.</summary>
public sealed class DeskewTests
{
    [Theory]
    [InlineData(-3.5, 0)]
    [InlineData(1.2, 1)]
    [InlineData(6, 2)]
    [InlineData(0.3, 3)]
    [InlineData(-7.2, 0)]
    public void TurnedPage_AngleFoundWithinAFifthOfADegree(double degrees, int font)
    {
        using Bgra32Image page = RenderPage(degrees, font);

        Assert.InRange(Deskew.Estimate(page, 2) ?? double.NaN, degrees - 0.2, degrees + 0.2);
    }

    [Fact]
    public void StraightPage_IsLeftUnchanged()
    {
        using Bgra32Image page = RenderPage(0, 1);
        using Bgra32Image before = page.Clone();

        Assert.Equal(0, Deskew.Straighten(page, 2));
        Assert.Equal(0, TestImages.MaxAbsDiff(before, page));
    }

    [Fact]
    public void TurnedPage_Straightened_MatchesTheStraightRendering()
    {
        // Measured: 14.3 dB turned, 22.6 dB straightened (what is left is resampling blur and the cut corners).
        using Bgra32Image straight = RenderPage(0, 2);
        using Bgra32Image page = RenderPage(4.5, 2);
        double before = ImageMetrics.PsnrY(straight, page);

        Assert.InRange(Deskew.Straighten(page, 2), 4.3, 4.7);
        Assert.InRange(Deskew.Estimate(page, 2) ?? 0, -0.1, 0.1);
        double after = ImageMetrics.PsnrY(straight, page);
        Assert.True(after > before + 6, $"PSNR {after:0.0} dB straightened vs {before:0.0} dB turned");
    }

    [Theory]
    [InlineData("camera-man.png")]
    [InlineData("astronaut-256.png")]
    [InlineData("chelsea-eye.png")]
    [InlineData("coffee-spoon.png")]
    [InlineData("text-formula.png")]
    public void Photo_IsLeftUnchanged(string name)
    {
        using Bgra32Image photo = TestImages.LoadInput(name);
        using Bgra32Image before = photo.Clone();

        Assert.Equal(0, Deskew.Straighten(photo, 2));
        Assert.Equal(0, TestImages.MaxAbsDiff(before, photo));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void TurnedLine_ReadsBetterOnceStraightened()
    {
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[1], SampleSets.Fonts[2], 12, 1);
        using Bgra32Image page = Bgra32Image.Allocate(sample.Truth.Width, sample.Truth.Height * 4);
        ImageRotation.Rotate(sample.Truth, page, 4, new Vector4(255), 2);
        double skewedErrors = CharacterErrorRate.Measure(sample.Text!, TesseractOcr.ReadLine(page));

        Deskew.Straighten(page, 2);

        double straightErrors = CharacterErrorRate.Measure(sample.Text!, TesseractOcr.ReadLine(page));
        Assert.True(straightErrors < skewedErrors && straightErrors <= 0.02, $"CER {straightErrors} straightened vs {skewedErrors} turned");
    }

    /// <summary>Renders 13 lines of text turned counter-clockwise by <paramref name="degrees"/> on screen.</summary>
    private static Bgra32Image RenderPage(double degrees, int font)
    {
        const int Width = 560, Height = 400;
        using SKTypeface typeface = SKTypeface.FromFile(SampleSets.Fonts[font]);
        using var skFont = new SKFont(typeface, 15);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        return SkiaCanvasImage.Draw(Width, Height, canvas =>
        {
            canvas.RotateDegrees((float)-degrees, Width / 2f, Height / 2f);
            for (int line = 0; line < 13; line++)
            {
                canvas.DrawText(SampleSets.Lines[line % SampleSets.Lines.Length], 50, 50 + (line * 25), SKTextAlign.Left, skFont, paint);
            }
        });
    }
}
