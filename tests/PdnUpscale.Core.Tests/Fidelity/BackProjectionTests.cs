// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Fidelity;

/// <summary>
/// Back-projection without a model, on a photo crop: consistency, strength, alpha, grey. (On white noise that
/// spans 0..255 the consistent image needs values outside 0..255, so clamping caps its consistency.)
/// </summary>
public sealed class BackProjectionTests
{
    [Theory]
    [InlineData(DownscaleKernel.Bicubic, 3)]
    [InlineData(DownscaleKernel.Area, 4)]
    [InlineData(DownscaleKernel.Bicubic, 1.5)]
    public void FullStrength_ShrinksBackToTheInput(DownscaleKernel kernel, double scale)
    {
        using Bgra32Image input = Photo(30, 20);
        using Bgra32Image result = Lanczos(input, scale);
        double before = Consistency.Measure(input, result, kernel);

        BackProjection.Apply(input, result, new FidelityOptions { Kernel = kernel }, 2);

        double after = Consistency.Measure(input, result, kernel);
        Assert.True(after >= 45, $"consistency {after:0.0} dB (before {before:0.0} dB)");
        Assert.True(after > before + 10);
    }

    [Fact]
    public void Strength_MovesBetweenTheRawAndTheConsistentResult()
    {
        using Bgra32Image input = Photo(24, 24);
        using Bgra32Image raw = Lanczos(input, 2);
        using Bgra32Image half = raw.Clone();
        using Bgra32Image full = raw.Clone();
        using Bgra32Image none = raw.Clone();

        BackProjection.Apply(input, none, new FidelityOptions { Strength = 0 }, 2);
        BackProjection.Apply(input, half, new FidelityOptions { Strength = 0.5 }, 2);
        BackProjection.Apply(input, full, new FidelityOptions { Strength = 1 }, 2);

        Assert.Equal(0, TestImages.MaxAbsDiff(raw, none));
        double c0 = Consistency.Measure(input, raw), c5 = Consistency.Measure(input, half), c1 = Consistency.Measure(input, full);
        Assert.True(c0 < c5 && c5 < c1, $"{c0:0.0} < {c5:0.0} < {c1:0.0}");
    }

    [Fact]
    public void HiddenColourUnderZeroAlpha_DoesNotPull()
    {
        using Bgra32Image black = TestImages.Create(24, 24, withAlpha: true);
        using Bgra32Image white = black.Clone();
        Pipeline.UpscalerAlphaTests.Hide(black, 0);
        Pipeline.UpscalerAlphaTests.Hide(white, 255);
        using Bgra32Image a = Lanczos(black, 2);
        using Bgra32Image b = a.Clone();

        BackProjection.Apply(black, a, new FidelityOptions(), 2);
        BackProjection.Apply(white, b, new FidelityOptions(), 2);

        Assert.Equal(0, TestImages.MaxAbsDiff(a, b));
    }

    [Fact]
    public void GreyStaysGrey_AndLinearLightConverges()
    {
        using Bgra32Image input = Photo(20, 20);
        for (int y = 0; y < input.Height; y++)
        {
            Span<byte> row = input.GetRow(y);
            for (int x = 0; x < input.Width; x++)
            {
                row[(x * 4) + 1] = row[(x * 4) + 2] = row[x * 4];
            }
        }

        using Bgra32Image result = Lanczos(input, 3);
        BackProjection.Apply(input, result, new FidelityOptions { LinearLight = true }, 2);

        Assert.True(PixelScan.IsGray(result));
        Assert.True(Consistency.Measure(input, result) > 35);
    }

    [Fact]
    public void OutOfRangeStrength_IsRefused()
    {
        using Bgra32Image input = TestImages.Create(4, 4);
        using Bgra32Image result = Lanczos(input, 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => BackProjection.Apply(input, result, new FidelityOptions { Strength = 1.5 }, 1));
    }

    private static Bgra32Image Photo(int width, int height)
    {
        using Bgra32Image crop = Presets.PresetQualityTests.Crop(Presets.PresetQualityTests.TestImagePath("astronaut-256.png"), 90, 50, 64);
        return Resampler.Resize(crop, width, height, ResampleFilter.CatmullRom, 2);
    }

    private static Bgra32Image Lanczos(Bgra32Image input, double scale)
    {
        Bgra32Image result = Bgra32Image.Allocate((int)Math.Round(input.Width * scale), (int)Math.Round(input.Height * scale));
        Resampler.Resample(input, result, ResampleFilter.Lanczos3, ResampleChannels.All, 2);
        return result;
    }
}
