// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Presets;

/// <summary>
/// The presets' rules for compressed inputs: the photo preset denoises JPEG files by their quality and other files
/// by their blocks; the text preset enlarges small letters of a low-quality JPEG file plainly at every scale.
/// </summary>
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

    [Fact]
    public void SmallLettersOfALowQualityJpeg_AreEnlargedPlainly_EvenAtFourTimes()
    {
        using QualitySample line = SampleSets.Text(SampleSets.Lines[1], SampleSets.Fonts[0], 7, 4);
        using Bgra32Image input = line.InputFor(4);
        using DecodedImage jpeg = JpegFile.RoundTrip(input, 50);
        var options = new UpscaleOptions { Model = ModelLibrary.Discover().Resolve(UpscalePresets.Text.ModelId), Scale = 4 };

        (UpscaleOptions compressed, string? note) = UpscalePresets.Text.ForInput(jpeg.Image, options, CompressedInput.FromFile(jpeg.Metadata.Jpeg));

        Assert.True(compressed.PlainResampling);
        Assert.Contains("plain bicubic", note);
        Assert.False(UpscalePresets.Text.ForInput(jpeg.Image, options, compressed: false).Options.PlainResampling);
        Assert.False(CompressedInput.FromFile(Standard(90)));
    }

    private static JpegQuantization Standard(int quality) => new(
    [
        new JpegComponent(JpegQuantization.StandardTable(quality, chroma: false), 2, 2),
        new JpegComponent(JpegQuantization.StandardTable(quality, chroma: true), 1, 1),
        new JpegComponent(JpegQuantization.StandardTable(quality, chroma: true), 1, 1),
    ]);
}
