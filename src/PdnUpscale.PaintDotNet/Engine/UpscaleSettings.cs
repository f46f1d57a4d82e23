// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>Everything the dialog asks, independent of Paint.NET's property system.</summary>
public sealed record UpscaleSettings
{
    /// <summary>Gets what is being upscaled; picks the preset, whose model runs when <see cref="ModelId"/> is null.</summary>
    public ContentKind Content { get; init; } = ContentKind.Automatic;

    /// <summary>Gets the model chosen by hand, or null for the default of <see cref="Content"/>.</summary>
    public string? ModelId { get; init; }

    /// <summary>Gets how the output size is given.</summary>
    public ScaleMode ScaleMode { get; init; } = ScaleMode.Times2;

    /// <summary>Gets the percentage for <see cref="ScaleMode.Percent"/>.</summary>
    public int Percent { get; init; } = 200;

    /// <summary>Gets the width for <see cref="ScaleMode.TargetWidth"/>.</summary>
    public int TargetWidth { get; init; } = 3840;

    /// <summary>Gets the height for <see cref="ScaleMode.TargetHeight"/>.</summary>
    public int TargetHeight { get; init; } = 2160;

    /// <summary>Gets the denoise strength, used where the model family has levels.</summary>
    public DenoiseChoice Denoise { get; init; } = DenoiseChoice.ModelDefault;

    /// <summary>Gets a value indicating whether the preset's measured fidelity and detail are used; when false, <see cref="FidelityPercent"/> and <see cref="DetailPercent"/> are.</summary>
    public bool UsePresetFidelity { get; init; } = true;

    /// <summary>Gets the fidelity to the input in percent (0 = raw model output, 100 = shrinks back to the input), used when <see cref="UsePresetFidelity"/> is false.</summary>
    public int FidelityPercent { get; init; } = 100;

    /// <summary>Gets the share of the model's added detail kept over a plain enlargement, in percent, used when <see cref="UsePresetFidelity"/> is false.</summary>
    public int DetailPercent { get; init; } = 100;

    /// <summary>Gets a value indicating whether scan clean-up was asked for; it runs only where the content offers it (text and scans, and automatic, which then treats the picture as text).</summary>
    public bool ScanCleanup { get; init; }

    /// <summary>Gets the colours of a cleaned-up scan.</summary>
    public ScanOutput ScanOutput { get; init; } = ScanOutput.Color;

    /// <summary>Gets a value indicating whether the heat map of invented detail is shown instead of the result.</summary>
    public bool ShowInventedDetail { get; init; }

    /// <summary>Gets how transparency is enlarged.</summary>
    public AlphaMode Alpha { get; init; } = AlphaMode.Model;

    /// <summary>Gets where inference runs.</summary>
    public DeviceChoice Device { get; init; } = DeviceChoice.Auto;

    /// <summary>Gets the number format of CPU inference (auto: int8 on CPUs with VNNI for models whose int8 output is within bound and measured to pay, <see cref="PdnUpscale.Core.Models.Int8Calibration.PaysInAuto"/>).</summary>
    public InferencePrecision Precision { get; init; } = InferencePrecision.Auto;

    /// <summary>Gets the tile size in pixels, 0 for automatic.</summary>
    public int TileSize { get; init; }

    /// <summary>Gets where the result goes.</summary>
    public OutputWorkflow Workflow { get; init; } = OutputWorkflow.EnlargedCanvas;

    /// <summary>Gets the folder a PNG copy of a new image is saved to, or null/empty for none.</summary>
    public string? SaveFolder { get; init; }

    /// <summary>Gets the scale factor, or null when a target width or height is given instead.</summary>
    public double? Factor => this.ScaleMode switch
    {
        ScaleMode.Times2 => 2,
        ScaleMode.Times3 => 3,
        ScaleMode.Times4 => 4,
        ScaleMode.Percent => this.Percent / 100.0,
        _ => null,
    };

    /// <summary>Gets Core's preset id for a content kind, <see cref="UpscalePresets.AutoId"/> for <see cref="ContentKind.Automatic"/>.</summary>
    /// <param name="content">The content kind.</param>
    /// <returns>The id a request carries.</returns>
    public static string PresetIdFor(ContentKind content) => content switch
    {
        ContentKind.Photo => UpscalePresets.Photo.Id,
        ContentKind.ArtAndGraphics => UpscalePresets.Art.Id,
        ContentKind.TextAndScans => UpscalePresets.Text.Id,
        _ => UpscalePresets.AutoId,
    };

    /// <summary>Gets a value indicating whether Core runs scan clean-up for a content kind (the dialog enables the box only then).</summary>
    /// <param name="content">The content kind.</param>
    /// <returns>True for text and scans and for automatic choice.</returns>
    public static bool OffersScanCleanup(ContentKind content) => UpscalePresets.OffersScanCleanup(PresetIdFor(content));

    /// <summary>
    /// Gets Core's request for these settings: the dialog's choices as they are, nothing decided here. The
    /// clean-up box counts only while the dialog enables it (a preset that offers clean-up), as the user sees it.
    /// </summary>
    /// <param name="width">The exact output width, or null.</param>
    /// <param name="height">The exact output height, or null.</param>
    /// <returns>The request.</returns>
    public UpscaleRequest ToRequest(int? width, int? height) => new()
    {
        Preset = PresetIdFor(this.Content),
        Model = this.ModelId,
        DenoiseLevel = this.Denoise == DenoiseChoice.ModelDefault ? null : (int)this.Denoise - 2,
        Scale = width is null && height is null ? this.Factor : null,
        TargetWidth = width,
        TargetHeight = height,
        Fidelity = this.UsePresetFidelity ? null : Math.Clamp(this.FidelityPercent, 0, 100) / 100.0,
        Detail = this.UsePresetFidelity ? null : Math.Clamp(this.DetailPercent, 0, 100) / 100.0,
        ScanCleanup = this.ScanCleanup && OffersScanCleanup(this.Content) ? this.ScanOutput : null,
        Device = this.Device switch { DeviceChoice.Cpu => DeviceKind.Cpu, DeviceChoice.Gpu => DeviceKind.DirectML, _ => DeviceKind.Auto },
        Precision = this.Precision,
        Tile = this.TileSize <= 0 ? TileSizeOption.Auto : TileSizeOption.Fixed(Math.Max(this.TileSize, 16)),
        Alpha = this.Alpha,
    };
}
