// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet.Effects;
using PaintDotNet.PropertySystem;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Effect;

/// <summary>The dialog's properties (Paint.NET persists their values per effect) and their mapping to <see cref="UpscaleSettings"/>.</summary>
internal static class EffectProperties
{
    /// <summary>The model choice meaning "the default for the content".</summary>
    public const string AutomaticModel = "auto";

    /// <summary>The property names.</summary>
    public enum Names
    {
        Content,
        Model,
        Scale,
        Percent,
        TargetWidth,
        TargetHeight,
        UsePresetFidelity,
        Fidelity,
        Detail,
        ScanCleanup,
        ScanOutput,
        ShowInventedDetail,
        Denoise,
        Alpha,
        Device,
        Precision,
        TileSize,
        Workflow,
        SaveFolder,
    }

    /// <summary>Creates the property collection.</summary>
    /// <param name="models">The installed models offered in the model drop-down.</param>
    /// <returns>The properties and their enable rules.</returns>
    public static PropertyCollection Create(ModelLibrary models)
    {
        var defaults = new UpscaleSettings();
        object[] modelChoices = [AutomaticModel, .. models.Installed.Select(m => m.Id)];
        Property[] properties =
        [
            StaticListChoiceProperty.CreateForEnum(Names.Workflow, defaults.Workflow),
            StaticListChoiceProperty.CreateForEnum(Names.Content, defaults.Content),
            new BooleanProperty(Names.ScanCleanup, defaults.ScanCleanup),
            StaticListChoiceProperty.CreateForEnum(Names.ScanOutput, defaults.ScanOutput),
            new StaticListChoiceProperty(Names.Model, modelChoices, 0),
            StaticListChoiceProperty.CreateForEnum(Names.Scale, defaults.ScaleMode),
            new Int32Property(Names.Percent, defaults.Percent, 101, 1600),
            new Int32Property(Names.TargetWidth, defaults.TargetWidth, 1, 65535),
            new Int32Property(Names.TargetHeight, defaults.TargetHeight, 1, 65535),
            new BooleanProperty(Names.UsePresetFidelity, defaults.UsePresetFidelity),
            new Int32Property(Names.Fidelity, defaults.FidelityPercent, 0, 100),
            new Int32Property(Names.Detail, defaults.DetailPercent, 0, 100),
            new BooleanProperty(Names.ShowInventedDetail, defaults.ShowInventedDetail),
            StaticListChoiceProperty.CreateForEnum(Names.Denoise, defaults.Denoise),
            StaticListChoiceProperty.CreateForEnum(Names.Alpha, defaults.Alpha),
            new StaticListChoiceProperty(Names.Device, [.. Edition.Devices.Cast<object>()], 0),
            StaticListChoiceProperty.CreateForEnum(Names.Precision, defaults.Precision),
            new Int32Property(Names.TileSize, defaults.TileSize, 0, 2048),
            new StringProperty(Names.SaveFolder, string.Empty),
        ];
        PropertyCollectionRule[] rules =
        [
            OnlyFor(Names.Percent, ScaleMode.Percent),
            OnlyFor(Names.TargetWidth, ScaleMode.TargetWidth),
            OnlyFor(Names.TargetHeight, ScaleMode.TargetHeight),
            new ReadOnlyBoundToValueRule<object, StaticListChoiceProperty>(Names.SaveFolder, Names.Workflow, [OutputWorkflow.EnlargedCanvas]),
            new ReadOnlyBoundToBooleanRule(Names.Fidelity, Names.UsePresetFidelity, inverse: false),
            new ReadOnlyBoundToBooleanRule(Names.Detail, Names.UsePresetFidelity, inverse: false),

            // Clean-up only where the content offers it; its output choice also needs the box ticked
            // (the name-values rule greys out its target when any one pair matches; apidocs gives no summary,
            // older Paint.NET builds behave so, and it is not verifiable without Paint.NET).
            new ReadOnlyBoundToValueRule<object, StaticListChoiceProperty>(Names.ScanCleanup, Names.Content, [.. WithoutCleanup]),
            new ReadOnlyBoundToNameValuesRule(Names.ScanOutput, false, [(Names.ScanCleanup, false), .. WithoutCleanup.Select(k => ((object)Names.Content, (object?)k))]),
        ];
        return new PropertyCollection(properties, rules);
    }

    /// <summary>Reads the settings from a token.</summary>
    /// <param name="token">The token Paint.NET passes to OnSetToken.</param>
    /// <returns>The settings.</returns>
    public static UpscaleSettings Read(PropertyBasedEffectConfigToken token)
    {
        string model = (string)token.GetProperty<StaticListChoiceProperty>(Names.Model)!.Value;
        return new UpscaleSettings
        {
            Workflow = Choice<OutputWorkflow>(token, Names.Workflow),
            Content = Choice<ContentKind>(token, Names.Content),
            ModelId = model == AutomaticModel ? null : model,
            ScaleMode = Choice<ScaleMode>(token, Names.Scale),
            Percent = token.GetProperty<Int32Property>(Names.Percent)!.Value,
            TargetWidth = token.GetProperty<Int32Property>(Names.TargetWidth)!.Value,
            TargetHeight = token.GetProperty<Int32Property>(Names.TargetHeight)!.Value,
            UsePresetFidelity = token.GetProperty<BooleanProperty>(Names.UsePresetFidelity)!.Value,
            FidelityPercent = token.GetProperty<Int32Property>(Names.Fidelity)!.Value,
            DetailPercent = token.GetProperty<Int32Property>(Names.Detail)!.Value,
            ScanCleanup = token.GetProperty<BooleanProperty>(Names.ScanCleanup)!.Value,
            ScanOutput = Choice<ScanOutput>(token, Names.ScanOutput),
            ShowInventedDetail = token.GetProperty<BooleanProperty>(Names.ShowInventedDetail)!.Value,
            Denoise = Choice<DenoiseChoice>(token, Names.Denoise),
            Alpha = Choice<AlphaMode>(token, Names.Alpha),
            Device = Choice<DeviceChoice>(token, Names.Device),
            Precision = Choice<InferencePrecision>(token, Names.Precision),
            TileSize = token.GetProperty<Int32Property>(Names.TileSize)!.Value,
            SaveFolder = token.GetProperty<StringProperty>(Names.SaveFolder)!.Value,
        };
    }

    // The content kinds for which Core runs no scan clean-up (photo, art).
    private static IEnumerable<object> WithoutCleanup
        => Enum.GetValues<ContentKind>().Where(k => !UpscaleSettings.OffersScanCleanup(k)).Cast<object>();

    private static T Choice<T>(PropertyBasedEffectConfigToken token, Names name)
        where T : struct, Enum => (T)token.GetProperty<StaticListChoiceProperty>(name)!.Value;

    // The property is editable only while the scale drop-down shows the given mode.
    private static ReadOnlyBoundToValueRule<object, StaticListChoiceProperty> OnlyFor(Names target, ScaleMode mode)
        => new(target, Names.Scale, [.. Enum.GetValues<ScaleMode>().Where(m => m != mode).Cast<object>()]);
}
