// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Quality;

public sealed class ImageMetricsTests
{
    // 10·log10(255² / 1): the PSNR of a difference of exactly 1 in every channel.
    private const double OffsetOnePsnr = 48.1308;

    [Fact]
    public void PsnrRgb_ConstantOffsetOfOne_Is48Point13()
    {
        using Bgra32Image a = MetricImages.Gradient(32, 24);
        using Bgra32Image b = MetricImages.Offset(a, 1);

        Assert.Equal(OffsetOnePsnr, ImageMetrics.PsnrRgb(a, b), 4);
    }

    [Fact]
    public void PsnrY_ConstantOffsetOfOne_ScalesByLumaRange()
    {
        using Bgra32Image a = MetricImages.Gradient(32, 24);
        using Bgra32Image b = MetricImages.Offset(a, 1);

        // Y changes by (65.481 + 128.553 + 24.966) / 255 = 219 / 255 when R, G and B all change by 1.
        Assert.Equal(OffsetOnePsnr + (20 * Math.Log10(255.0 / 219.0)), ImageMetrics.PsnrY(a, b), 4);
    }

    [Fact]
    public void Psnr_IdenticalImages_IsInfinite()
    {
        using Bgra32Image a = MetricImages.Gradient(8, 8);
        using Bgra32Image b = a.Clone();
        b.GetRow(3)[3] = 17; // alpha is not measured

        Assert.Equal(double.PositiveInfinity, ImageMetrics.PsnrRgb(a, b));
        Assert.Equal(double.PositiveInfinity, ImageMetrics.PsnrY(a, b));
    }

    [Fact]
    public void RobustInteriorPsnr_IgnoresSpeckleThatPlainPsnrCounts()
    {
        using Bgra32Image a = MetricImages.Gradient(40, 40);
        using Bgra32Image b = MetricImages.Offset(a, 1);
        b.GetRow(20)[4 * 20] = (byte)(a.GetRow(20)[4 * 20] ^ 0xFF); // one fp16-like speckle

        RobustPsnr robust = ImageMetrics.RobustInteriorPsnr(a, b, border: 4);

        Assert.Equal(OffsetOnePsnr, robust.Rgb, 4);
        Assert.True(ImageMetrics.PsnrRgb(a, b) < OffsetOnePsnr - 3);
    }

    [Fact]
    public void RobustInteriorPsnr_IgnoresTheBorder()
    {
        using Bgra32Image a = MetricImages.Gradient(16, 16);
        using Bgra32Image b = a.Clone();
        for (int y = 0; y < 16; y++)
        {
            b.GetRow(y)[0] = 0;
            b.GetRow(y)[(4 * 15) + 2] = 255;
        }

        Assert.Equal(double.PositiveInfinity, ImageMetrics.RobustInteriorPsnr(a, b, border: 1).Rgb);
        Assert.True(ImageMetrics.RobustInteriorPsnr(a, b, border: 0, discardFraction: 0).Rgb < 30);
    }

    [Fact]
    public void Psnr_DifferentSizes_Throws()
    {
        using Bgra32Image a = MetricImages.Gradient(8, 8);
        using Bgra32Image b = MetricImages.Gradient(8, 9);

        Assert.Throws<ArgumentException>(() => ImageMetrics.PsnrRgb(a, b));
    }

    [Fact]
    public void RobustInteriorPsnr_OfFixtureAgainstItsBoxBlur_IsFiniteAndBelowIdentity()
    {
        using Bgra32Image photo = TestImages.LoadInput("astronaut-face.png");
        using Bgra32Image blurred = MetricImages.BoxBlur3(photo);

        RobustPsnr robust = ImageMetrics.RobustInteriorPsnr(photo, blurred, border: 8);

        // A 3×3 box blur loses detail: clearly worse than identity, clearly better than noise.
        Assert.InRange(robust.Rgb, 20, 40);
        Assert.InRange(robust.Y, 20, 45);
    }
}
