// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Presets;

/// <summary>
/// The small CI version of the quality harness: one photo crop and one rendered text line, enlarged by their
/// presets with the committed model, must keep the preset targets. Tesseract and the fonts are installed by
/// tests/run, never by a test; without them the OCR test fails saying what to install (see docs/QUALITY.md).
/// </summary>
[Trait("Category", "Slow")]
public sealed class PresetQualityTests(CommittedModelFixture fixture) : IClassFixture<CommittedModelFixture>
{
    [Fact]
    public void Photo_BeatsBicubic_IsSharper_AndStaysFaithful()
    {
        using Bgra32Image truth = Crop(TestImagePath("astronaut-256.png"), 64, 40, 128);
        using Bgra32Image input = Resampler.Resize(truth, 32, 32, ResampleFilter.CatmullRom, 2);
        using Bgra32Image bicubic = Resampler.Resize(input, 128, 128, ResampleFilter.CatmullRom, 2);
        using UpscaleResult result = this.Run(UpscalePresets.Photo, input, 4);

        double psnr = ImageMetrics.PsnrY(truth, result.Image), bicubicPsnr = ImageMetrics.PsnrY(truth, bicubic);
        Assert.True(psnr > bicubicPsnr, $"PSNR-Y {psnr:0.00} dB vs bicubic {bicubicPsnr:0.00} dB");
        Assert.True(Sharpness.GradientEnergy(result.Image) > 1.3 * Sharpness.GradientEnergy(bicubic));
        Assert.True(Consistency.Measure(input, result.Image) >= 45);
    }

    [Fact]
    public void Text_ReadsAsWellAsBicubic_AndIsSharper()
    {
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[0], SampleSets.Fonts[0], 14, 3);
        using Bgra32Image input = Resampler.Resize(sample.Truth, sample.Truth.Width / 3, sample.Truth.Height / 3, sample.Shrink.Filter(), 2);
        using Bgra32Image bicubic = Resampler.Resize(input, sample.Truth.Width, sample.Truth.Height, ResampleFilter.CatmullRom, 2);
        using UpscaleResult result = this.Run(UpscalePresets.Text, input, 3);

        // Letters this size (about 8 px measured) are the model's: the small-text rule must not apply.
        Assert.True(result.ModelPasses > 0);
        double cer = CharacterErrorRate.Measure(sample.Text!, TesseractOcr.ReadLine(result.Image));
        double bicubicCer = CharacterErrorRate.Measure(sample.Text!, TesseractOcr.ReadLine(bicubic));
        Assert.True(cer <= bicubicCer, $"CER {cer:0.000} vs bicubic {bicubicCer:0.000}");
        Assert.True(Sharpness.GradientEnergy(result.Image) > Sharpness.GradientEnergy(bicubic));
    }

    [Fact]
    public void Text_SmallLetters_AreEnlargedPlainly_BelowFourTimes()
    {
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[0], SampleSets.Fonts[0], 7, 2);
        using Bgra32Image input = sample.InputFor(2);
        using Bgra32Image bicubic = Resampler.Resize(input, 2 * input.Width, 2 * input.Height, ResampleFilter.CatmullRom, 2);

        (UpscaleOptions options, string? note) = UpscalePresets.Text.ForInput(input, Options(UpscalePresets.Text, 2));
        using UpscaleResult result = fixture.Upscaler.Run(input, options);

        Assert.True(options.PlainResampling);
        Assert.Contains("plain bicubic", note);
        Assert.Equal(0, result.ModelPasses);
        Assert.Equal(0, TestImages.MaxAbsDiff(bicubic, result.Image));
        Assert.False(UpscalePresets.Text.ForInput(input, Options(UpscalePresets.Text, 4)).Options.PlainResampling);
        Assert.False(UpscalePresets.Photo.ForInput(input, Options(UpscalePresets.Photo, 2)).Options.PlainResampling);
    }

    [Fact]
    public void Art_BeatsBicubic_WithLessOvershoot()
    {
        using QualitySample sample = SampleSets.Art(1);
        using Bgra32Image input = sample.InputFor(2);
        using Bgra32Image bicubic = Resampler.Resize(input, sample.Truth.Width, sample.Truth.Height, ResampleFilter.CatmullRom, 2);
        using UpscaleResult result = this.Run(UpscalePresets.Art, input, 2);

        double psnr = ImageMetrics.PsnrY(sample.Truth, result.Image), bicubicPsnr = ImageMetrics.PsnrY(sample.Truth, bicubic);
        double overshoot = Ringing.MeanOvershoot(sample.Truth, result.Image, 2), bicubicOvershoot = Ringing.MeanOvershoot(sample.Truth, bicubic, 2);
        Assert.True(psnr > bicubicPsnr + 3, $"PSNR-Y {psnr:0.00} dB vs bicubic {bicubicPsnr:0.00} dB");
        Assert.True(overshoot < bicubicOvershoot, $"overshoot {overshoot:0.000} vs bicubic {bicubicOvershoot:0.000}");
    }

    [Fact]
    public void EveryPreset_NamesAnInstalledModel()
    {
        IReadOnlyList<ModelDescriptor> installed = ModelCatalog.LoadBundled().Discover().Where(m => m.OnnxPath is not null).ToArray();
        foreach (UpscalePreset preset in UpscalePresets.All)
        {
            Assert.Contains(installed, m => m.Id == preset.ModelId);
            Assert.Same(preset, UpscalePresets.Find(preset.Id.ToUpperInvariant()));
        }
    }

    internal static string TestImagePath(string name) => Path.Combine(AppContext.BaseDirectory, "Images", name);

    internal static Bgra32Image Crop(string path, int left, int top, int size)
    {
        using Core.Codecs.DecodedImage decoded = new Core.Codecs.SkiaImageDecoder().Decode(path);
        Bgra32Image crop = Bgra32Image.Allocate(size, size);
        for (int y = 0; y < size; y++)
        {
            decoded.Image.GetRow(top + y).Slice(left * 4, size * 4).CopyTo(crop.GetRow(y));
        }

        return crop;
    }

    /// <summary>Runs a preset the way the hosts do: its options, adapted to the input (<see cref="UpscalePreset.ForInput"/>).</summary>
    private UpscaleResult Run(UpscalePreset preset, Bgra32Image input, double scale) =>
        fixture.Upscaler.Run(input, preset.ForInput(input, Options(preset, scale)).Options);

    private static UpscaleOptions Options(UpscalePreset preset, double scale) => new()
    {
        Model = ModelCatalog.LoadBundled().Discover().Single(m => m.Id == preset.ModelId),
        Scale = scale,
        Fidelity = preset.Fidelity,
    };
}
