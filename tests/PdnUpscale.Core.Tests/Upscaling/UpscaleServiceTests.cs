// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.Core.Tests.Upscaling;

/// <summary>The rules both hosts get from the one use case, on the committed models and real images.</summary>
public sealed class UpscaleServiceTests : IDisposable
{
    private readonly UpscaleService service = new(ModelLibrary.Discover(), new UpscaleConfiguration { MaxDegreeOfParallelism = 2 });
    private readonly Bgra32Image photo = TestImages.LoadInput("astronaut-32x24.png");
    private readonly Bgra32Image smallText = TestImages.LoadInput("text-line-7px.png");

    [Fact]
    public void WithNothingChosen_ThePhotoPresetsModelRunsFullyFaithful_AndTheResultSaysSo()
    {
        using UpscaleOutcome outcome = this.service.Run(this.photo, new UpscaleRequest { Scale = 2, Device = DeviceKind.Cpu });

        Assert.Same(UpscalePresets.Default, outcome.Preset);
        Assert.Equal(UpscalePresets.Default.ModelId, outcome.Model?.Id);
        Assert.Equal(1, outcome.Fidelity?.Strength);
        Assert.True(Consistency.Measure(this.photo, outcome.Image) >= 45, "fidelity 1 shrinks back to the input");
        Assert.Equal(UpscalePresets.Default.ModelId, outcome.Provenance[Provenance.ModelKey]);
        Assert.Equal("photo", outcome.Provenance[Provenance.PresetKey]);
        Assert.Equal("1 (bicubic shrink)", outcome.Provenance[Provenance.FidelityKey]);
        Assert.StartsWith("2x (32x24 to 64x48)", outcome.Provenance[Provenance.ScaleKey]);
        Assert.Empty(outcome.Notes);
    }

    [Fact]
    public void TheSmallTextRuleSpeaksOnlyForThePresetsOwnModel_AChosenModelAlwaysRuns()
    {
        var text = new UpscaleRequest { Preset = "text", Scale = 2, Device = DeviceKind.Cpu };

        using UpscaleOutcome plain = this.service.Run(this.smallText, text);
        using UpscaleOutcome chosen = this.service.Run(this.smallText, text with { Model = UpscalePresets.Text.ModelId });

        Assert.Null(plain.Model);
        Assert.Contains(plain.Notes, n => n.StartsWith("Letters about", StringComparison.Ordinal));
        Assert.Equal("none (plain bicubic resampling)", plain.Provenance[Provenance.ModelKey]);
        Assert.Equal("none (no model ran)", plain.Provenance[Provenance.FidelityKey]);
        Assert.Equal(UpscalePresets.Text.ModelId, chosen.Model?.Id);
        Assert.DoesNotContain(chosen.Notes, n => n.StartsWith("Letters about", StringComparison.Ordinal));
    }

    [Fact]
    public void ScanCleanUpMeansText_WhenNoPresetIsNamed_AndIsRefusedForPresetsWithoutIt()
    {
        using UpscaleOutcome cleaned = this.service.Run(this.smallText, new UpscaleRequest { Scale = 2, ScanCleanup = ScanOutput.Grayscale, Device = DeviceKind.Cpu });

        Assert.Same(UpscalePresets.Text, cleaned.Preset);
        Assert.Equal(ScanOutput.Grayscale, cleaned.Cleanup?.Output);
        Assert.NotNull(cleaned.CleanedInput);
        Assert.StartsWith("grayscale", cleaned.Provenance[Provenance.ScanCleanupKey]);
        UpscaleException e = Assert.Throws<UpscaleException>(() => this.service.Run(this.photo, new UpscaleRequest { Preset = "art", ScanCleanup = ScanOutput.Color }));
        Assert.Equal(UpscaleErrorKind.InvalidInput, e.Kind);
        Assert.Contains("Scan clean-up is for text and scans", e.Message);
    }

    [Theory]
    [InlineData("poster", null, "'poster' is not a preset")]
    [InlineData("photo", 1.5, "between 0 and 1")]
    public void BadRequestsAreOneSentence(string preset, double? fidelity, string message)
    {
        UpscaleException e = Assert.Throws<UpscaleException>(() => this.service.Run(this.photo, new UpscaleRequest { Preset = preset, Fidelity = fidelity }));
        Assert.Equal(UpscaleErrorKind.InvalidInput, e.Kind);

        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void ARequestedFidelityReplacesThePresets_AndZeroMeansTheRawModelOutput()
    {
        using UpscaleOutcome raw = this.service.Run(this.photo, new UpscaleRequest { Scale = 2, Fidelity = 0, Device = DeviceKind.Cpu });

        Assert.Null(raw.Fidelity);
        Assert.Equal("0 (raw model output)", raw.Provenance[Provenance.FidelityKey]);
        Assert.True(Consistency.Measure(this.photo, raw.Image) < 45, "the raw output does not shrink back exactly");
    }

    [Fact]
    public void TheHeatMapIsMadeWithTheRunWhenAsked_AndOnceOnly()
    {
        using UpscaleOutcome outcome = this.service.Run(this.photo, new UpscaleRequest { Scale = 2, Explain = true, Device = DeviceKind.Cpu });

        var map = outcome.InventedDetail(this.photo);
        Assert.Same(map, outcome.InventedDetail(this.photo));
        Assert.Equal((64, 48), (map.Image.Width, map.Image.Height));
    }

    public void Dispose()
    {
        this.service.Dispose();
        this.photo.Dispose();
        this.smallText.Dispose();
    }
}
