// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet.Effects;
using PaintDotNet.IndirectUI;
using PaintDotNet.PropertySystem;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Presets;
using PdnUpscale.PaintDotNet.Effect;
using PdnUpscale.PaintDotNet.Engine;
using Names = PdnUpscale.PaintDotNet.Effect.EffectProperties.Names;

namespace PdnUpscale.PaintDotNet.Tests.Effect;

/// <summary>
/// The issue 7 controls: what the dialog's values mean, and which controls Paint.NET greys out. The facades keep
/// the rules' bindings but do not enforce them, so these tests read the bindings Paint.NET would apply.
/// </summary>
public sealed class EffectPropertiesTests
{
    private readonly PropertyCollection props = EffectProperties.Create(TestData.Library());

    [Fact]
    public void TheFidelityAndDetailSlidersCountOnlyOnceThePresetBoxIsClearedAndAreGreyedOutUntilThen()
    {
        var token = new PropertyBasedEffectConfigToken(this.props);
        token.SetPropertyValue(Names.Fidelity, 40);
        token.SetPropertyValue(Names.Detail, 65);
        (double? presetStrength, double? presetDetail) = ChoicesWithBox(token, usePreset: true);
        (double? sliderStrength, double? sliderDetail) = ChoicesWithBox(token, usePreset: false);

        Assert.Equal((null, null), (presetStrength, presetDetail)); // Core then applies the preset's measured values
        Assert.Equal((0.4, 0.65), (sliderStrength, sliderDetail));
        foreach (Names name in new[] { Names.Fidelity, Names.Detail })
        {
            Int32Property slider = Assert.IsType<Int32Property>(this.props[name]);
            Assert.Equal((0, 100, 100), (slider.MinValue, slider.MaxValue, slider.DefaultValue));
        }

        var rules = this.props.Rules.OfType<ReadOnlyBoundToBooleanRule>().Select(r => (r.TargetPropertyName, r.SourcePropertyName, r.Inverse));
        Assert.Equal([(nameof(Names.Fidelity), nameof(Names.UsePresetFidelity), false), (nameof(Names.Detail), nameof(Names.UsePresetFidelity), false)], rules);
    }

    [Theory]
    [InlineData(InferencePrecision.Auto)]
    [InlineData(InferencePrecision.Fp32)]
    [InlineData(InferencePrecision.Int8)]
    public void ThePrecisionChoiceReachesTheRequestAndAutoIsTheDefault(InferencePrecision precision)
    {
        var token = new PropertyBasedEffectConfigToken(this.props);
        InferencePrecision byDefault = EffectProperties.Read(token).Precision;
        token.SetPropertyValue(Names.Precision, precision);

        Assert.Equal(InferencePrecision.Auto, byDefault);
        Assert.Equal(precision, EffectProperties.Read(token).ToRequest(null, null).Precision);
    }

    [Fact]
    public void ContentIsAutomaticByDefaultAndTheRequestLeavesTheChoiceToCore()
    {
        UpscaleSettings settings = EffectProperties.Read(new PropertyBasedEffectConfigToken(this.props));

        Assert.Equal(ContentKind.Automatic, settings.Content);
        Assert.Equal(UpscalePresets.AutoId, settings.ToRequest(null, null).Preset);
        Assert.Equal([UpscalePresets.Photo.Id, UpscalePresets.Art.Id, UpscalePresets.Text.Id], new[] { ContentKind.Photo, ContentKind.ArtAndGraphics, ContentKind.TextAndScans }.Select(UpscaleSettings.PresetIdFor));
    }

    [Fact]
    public void ScanCleanUpIsOfferedOnlyForTextAndScansOrAutomaticAndItsOutputOnlyWhenTicked()
    {
        var token = new PropertyBasedEffectConfigToken(this.props);
        token.SetPropertyValue(Names.ScanCleanup, true);
        token.SetPropertyValue(Names.ScanOutput, ScanOutput.BlackAndWhite);
        UpscaleSettings automatic = EffectProperties.Read(token);
        token.SetPropertyValue(Names.Content, ContentKind.Photo);
        UpscaleSettings photo = EffectProperties.Read(token);
        token.SetPropertyValue(Names.Content, ContentKind.TextAndScans);
        UpscaleSettings text = EffectProperties.Read(token);

        Assert.Null(photo.ToRequest(null, null).ScanCleanup);
        Assert.Equal(ScanOutput.BlackAndWhite, text.ToRequest(null, null).ScanCleanup);
        Assert.Equal(ScanOutput.BlackAndWhite, automatic.ToRequest(null, null).ScanCleanup);
        var box = this.props.Rules.OfType<ReadOnlyBoundToValueRule<object, StaticListChoiceProperty>>().Single(r => r.TargetPropertyName == nameof(Names.ScanCleanup));
        Assert.Equal((nameof(Names.Content), false), (box.SourcePropertyName, box.Inverse));
        Assert.Equal([ContentKind.Photo, ContentKind.ArtAndGraphics], box.ValuesForReadOnly);
        ReadOnlyBoundToNameValuesRule output = Assert.Single(this.props.Rules.OfType<ReadOnlyBoundToNameValuesRule>());
        Assert.Equal((nameof(Names.ScanOutput), false), (output.TargetPropertyName, output.Inverse));
        Assert.Equal([(nameof(Names.ScanCleanup), false), (nameof(Names.Content), ContentKind.Photo), (nameof(Names.Content), ContentKind.ArtAndGraphics)], output.Sources);
    }

    [Fact]
    public void TheOverlayIsOffByDefaultAndItsLabelSaysOkWouldKeepTheHeatMap()
    {
        ControlInfo ui = EffectDialog.Configure(PropertyBasedBitmapEffect.CreateDefaultConfigUI(this.props), TestData.Library(), string.Empty);

        Assert.False(EffectProperties.Read(new PropertyBasedEffectConfigToken(this.props)).ShowInventedDetail);
        string label = (string)ui.FindControlForPropertyName(Names.ShowInventedDetail)!.ControlValues[ControlInfoPropertyNames.Description]!;
        Assert.Contains(UpscaleEngine.OverlayOptionName, label);
        Assert.Contains("switch off before OK", label);
        Assert.Contains("OK keeps the heat map", EffectDialog.HelpText(TestData.Library()));
    }

    [Fact]
    public void TheDeviceChoiceNamesTheEditionAndOffersOnlyItsDevices()
    {
        // The tests build the CPU edition wherever the real ComputeSharp is missing, the GPU edition on Windows.
        ControlInfo ui = EffectDialog.Configure(PropertyBasedBitmapEffect.CreateDefaultConfigUI(this.props), TestData.Library(), string.Empty);
        PropertyControlInfo device = ui.FindControlForPropertyName(Names.Device)!;
        StaticListChoiceProperty choice = Assert.IsType<StaticListChoiceProperty>(this.props[Names.Device]);

        Assert.Equal($"Device ({Edition.Name})", device.ControlValues[ControlInfoPropertyNames.DisplayName]);
        Assert.Equal(Edition.Devices.Cast<object>(), choice.ValueChoices);
        Assert.Equal(Edition.Devices.Cast<object>(), device.ValueDisplayNames.Keys);
        if (!Edition.HasGpu)
        {
            Assert.Equal("CPU edition", Edition.Name);
            Assert.Equal("CPU", Assert.Single(device.ValueDisplayNames.Values));
            Assert.Equal(DeviceChoice.Cpu, EffectProperties.Read(new PropertyBasedEffectConfigToken(this.props)).Device);
        }
    }

    private static (double? Fidelity, double? Detail) ChoicesWithBox(PropertyBasedEffectConfigToken token, bool usePreset)
    {
        token.SetPropertyValue(Names.UsePresetFidelity, usePreset);
        var request = EffectProperties.Read(token).ToRequest(null, null);
        return (request.Fidelity, request.Detail);
    }
}
