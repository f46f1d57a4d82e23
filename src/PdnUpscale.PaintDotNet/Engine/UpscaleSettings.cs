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
    /// <summary>Gets what is being upscaled; picks the model when <see cref="ModelId"/> is null.</summary>
    public ContentKind Content { get; init; } = ContentKind.Photo;

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

    /// <summary>Gets a value indicating whether the preset's measured fidelity is used; when false, <see cref="FidelityPercent"/> is.</summary>
    public bool UsePresetFidelity { get; init; } = true;

    /// <summary>Gets the fidelity to the input in percent (0 = raw model output, 100 = shrinks back to the input), used when <see cref="UsePresetFidelity"/> is false.</summary>
    public int FidelityPercent { get; init; } = 100;

    /// <summary>Gets a value indicating whether scan clean-up was asked for; it runs only for presets that offer it (text and scans).</summary>
    public bool ScanCleanup { get; init; }

    /// <summary>Gets the colours of a cleaned-up scan.</summary>
    public ScanOutput ScanOutput { get; init; } = ScanOutput.Color;

    /// <summary>Gets a value indicating whether the heat map of invented detail is shown instead of the result.</summary>
    public bool ShowInventedDetail { get; init; }

    /// <summary>Gets how transparency is enlarged.</summary>
    public AlphaMode Alpha { get; init; } = AlphaMode.Model;

    /// <summary>Gets where inference runs.</summary>
    public DeviceChoice Device { get; init; } = DeviceChoice.Auto;

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

    /// <summary>Gets Core's preset for the content.</summary>
    public UpscalePreset Preset => PresetFor(this.Content);

    /// <summary>Gets Core's preset for a content kind.</summary>
    /// <param name="content">The content kind.</param>
    /// <returns>The preset.</returns>
    public static UpscalePreset PresetFor(ContentKind content) => content switch
    {
        ContentKind.ArtAndGraphics => UpscalePresets.Art,
        ContentKind.TextAndScans => UpscalePresets.Text,
        _ => UpscalePresets.Photo,
    };

    /// <summary>
    /// Gets Core's request for these settings: the dialog's choices as they are, nothing decided here. The
    /// clean-up box counts only while the dialog enables it (a preset that offers clean-up), as the user sees it.
    /// </summary>
    /// <param name="width">The exact output width, or null.</param>
    /// <param name="height">The exact output height, or null.</param>
    /// <returns>The request.</returns>
    public UpscaleRequest ToRequest(int? width, int? height) => new()
    {
        Preset = this.Preset.Id,
        Model = this.ModelId,
        DenoiseLevel = this.Denoise == DenoiseChoice.ModelDefault ? null : (int)this.Denoise - 2,
        Scale = width is null && height is null ? this.Factor : null,
        TargetWidth = width,
        TargetHeight = height,
        Fidelity = this.UsePresetFidelity ? null : Math.Clamp(this.FidelityPercent, 0, 100) / 100.0,
        ScanCleanup = this.ScanCleanup && this.Preset.OffersScanCleanup ? this.ScanOutput : null,
        Device = this.Device switch { DeviceChoice.Cpu => DeviceKind.Cpu, DeviceChoice.Gpu => DeviceKind.DirectML, _ => DeviceKind.Auto },
        Tile = this.TileSize <= 0 ? TileSizeOption.Auto : TileSizeOption.Fixed(Math.Max(this.TileSize, 16)),
        Alpha = this.Alpha,
    };
}
