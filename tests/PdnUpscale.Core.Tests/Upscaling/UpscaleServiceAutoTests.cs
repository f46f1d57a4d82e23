// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Core.Upscaling;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Upscaling;

/// <summary>What the use case decides when the user does not say: the preset from the picture, compression from the file, and the detail control.</summary>
public sealed class UpscaleServiceAutoTests : IDisposable
{
    private readonly UpscaleService service = new(ModelLibrary.Discover(), new UpscaleConfiguration { MaxDegreeOfParallelism = 2 });

    [Theory]
    [InlineData("content-chart.png", "art")]
    [InlineData("astronaut-32x24.png", "photo")]
    public void WithoutAPreset_ThePictureDecides_AndTheResultSaysWhy(string file, string preset)
    {
        using Bgra32Image input = TestImages.LoadInput(file);

        using UpscaleOutcome outcome = this.service.Run(input, new UpscaleRequest { Scale = 2, Device = DeviceKind.Cpu });

        Assert.Equal(preset, outcome.Preset.Id);
        Assert.NotNull(outcome.Content);
        Assert.Equal(outcome.Preset, UpscalePresets.For(outcome.Content.Kind));
        Assert.Equal($"auto: {outcome.Content.Reason}", outcome.Provenance[Provenance.ContentKey]);
    }

    [Fact]
    public void ANamedPreset_IsNotSecondGuessed()
    {
        using Bgra32Image chart = TestImages.LoadInput("content-chart.png");

        using UpscaleOutcome outcome = this.service.Run(chart, new UpscaleRequest { Preset = "photo", Scale = 2, Device = DeviceKind.Cpu });

        Assert.Same(UpscalePresets.Photo, outcome.Preset);
        Assert.Null(outcome.Content);
        Assert.False(outcome.Provenance.ContainsKey(Provenance.ContentKey));
    }

    [Fact]
    public void AJpegPhoto_IsHeldToItsFile_AndDenoised()
    {
        using Bgra32Image photo = TestImages.LoadInput("coffee-spoon-48.png");
        using DecodedImage jpeg = JpegFile.RoundTrip(photo, 40);

        using UpscaleOutcome outcome = this.service.Run(jpeg.Image, new UpscaleRequest { Preset = "photo", Scale = 2, Device = DeviceKind.Cpu, InputJpeg = jpeg.Metadata.Jpeg });

        Assert.Same(jpeg.Metadata.Jpeg, outcome.Fidelity?.Jpeg);
        Assert.Equal("1 (bicubic shrink, held to the JPEG file's quality-40 coefficients)", outcome.Provenance[Provenance.FidelityKey]);
        Assert.Contains(outcome.Notes, n => n.StartsWith("JPEG quality 40", StringComparison.Ordinal));
        // The denoising sibling comes from models/fetch; without it the preset's own model runs and a note says so.
        bool sibling = this.service.Models.Installed.Any(m => m.Id == "waifu2x-cunet-2x-noise2");
        Assert.Equal(sibling ? 2 : 0, outcome.Model?.DenoiseLevel);
    }

    [Fact]
    public void LessDetail_IsSmoother_AndStillFaithful()
    {
        using Bgra32Image photo = TestImages.LoadInput("astronaut-32x24.png");
        var request = new UpscaleRequest { Preset = "photo", Scale = 2, Device = DeviceKind.Cpu };

        using UpscaleOutcome full = this.service.Run(photo, request);
        using UpscaleOutcome none = this.service.Run(photo, request with { Detail = 0 });

        Assert.Equal(0, none.Fidelity?.Detail);
        Assert.Equal("1 (bicubic shrink, detail 0)", none.Provenance[Provenance.FidelityKey]);
        Assert.True(Sharpness.GradientEnergy(none.Image) < Sharpness.GradientEnergy(full.Image));
        Assert.True(Consistency.Measure(photo, none.Image) >= 45);
        UpscaleException e = Assert.Throws<UpscaleException>(() => this.service.Run(photo, request with { Detail = 2 }));
        Assert.Contains("detail must be between 0 and 1", e.Message);
    }

    public void Dispose() => this.service.Dispose();
}
