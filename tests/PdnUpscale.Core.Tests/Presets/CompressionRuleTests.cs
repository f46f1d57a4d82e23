// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Core.Tests.Presets;

/// <summary>The photo preset's rule for compressed inputs: JPEG files by their quality, other files by their blocks.</summary>
public sealed class CompressionRuleTests
{
    private static readonly CompressionRule Rule = UpscalePresets.Photo.Compression!;

    [Fact]
    public void LowQualityJpeg_IsDenoised_AndHeldToTheFile()
    {
        JpegQuantization jpeg = Standard(50);

        (FidelityOptions fidelity, int? level, string? note) = Rule.Decide(UpscalePresets.Photo.Fidelity, jpeg, () => throw new InvalidOperationException("pixels need not be measured"));

        Assert.Same(jpeg, fidelity.Jpeg);
        Assert.Equal(UpscalePresets.Photo.Fidelity.Strength, fidelity.Strength);
        Assert.Equal(2, level);
        Assert.Contains("JPEG quality 50", note);
    }

    [Fact]
    public void HighQualityJpeg_IsHeldToTheFile_WithoutDenoising()
    {
        (FidelityOptions fidelity, int? level, string? note) = Rule.Decide(UpscalePresets.Photo.Fidelity, Standard(95), () => 5);

        Assert.NotNull(fidelity.Jpeg);
        Assert.Null(level);
        Assert.Null(note);
    }

    [Theory]
    [InlineData(0.5, 2)]
    [InlineData(0.05, null)]
    public void WithoutAJpegFile_TheBlocksDecide(double blockiness, int? expected)
    {
        (FidelityOptions fidelity, int? level, _) = Rule.Decide(UpscalePresets.Photo.Fidelity, null, () => blockiness);

        Assert.Null(fidelity.Jpeg);
        Assert.Equal(expected, level);
    }

    private static JpegQuantization Standard(int quality) => new(
    [
        new JpegComponent(JpegQuantization.StandardTable(quality, chroma: false), 2, 2),
        new JpegComponent(JpegQuantization.StandardTable(quality, chroma: true), 1, 1),
        new JpegComponent(JpegQuantization.StandardTable(quality, chroma: true), 1, 1),
    ]);
}
