// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Core.Upscaling;

/// <summary>
/// Everything a user can ask of one upscale, in the words of the hosts' options: what the picture is, an
/// optional model, the size, how faithful, clean-up and the heat map. <see cref="UpscaleService"/> turns it
/// into the pipeline's settings; the hosts only fill it in. Give either <see cref="Scale"/> or a target size.
/// </summary>
public sealed record UpscaleRequest
{
    /// <summary>
    /// Gets the id of the preset saying what is being upscaled (<see cref="UpscalePresets"/>), or
    /// <see cref="UpscalePresets.AutoId"/> or null when the user did not say: then the picture decides
    /// (<see cref="Content.ContentClassifier"/>), or text and scans when scan clean-up is asked for.
    /// </summary>
    public string? Preset { get; init; }

    /// <summary>Gets the model the user chose (an id, or the path of an .onnx file), or null for the preset's.</summary>
    public string? Model { get; init; }

    /// <summary>Gets the denoise level asked for (−1..3) where the model comes in levels, or null for the model's own.</summary>
    public int? DenoiseLevel { get; init; }

    /// <summary>Gets the scale factor, 1..16, fractions allowed; null for the model's scale or the target size.</summary>
    public double? Scale { get; init; }

    /// <summary>Gets the exact output width; with only this set, the height keeps the aspect ratio.</summary>
    public int? TargetWidth { get; init; }

    /// <summary>Gets the exact output height; with only this set, the width keeps the aspect ratio.</summary>
    public int? TargetHeight { get; init; }

    /// <summary>Gets the fidelity strength 0..1 the user set, or null for the preset's measured one.</summary>
    public double? Fidelity { get; init; }

    /// <summary>Gets the share of the model's added detail to keep over a plain enlargement, 0..1, or null for the preset's (all of it).</summary>
    public double? Detail { get; init; }

    /// <summary>
    /// Gets what the input's JPEG file said about its compression (<see cref="Codecs.DecodedImage.JpegQuality"/>,
    /// <see cref="ImageMetadata.Jpeg"/>), or null when the input did not come from a JPEG file: presets with a
    /// <see cref="CompressionRule"/> then denoise and hold fidelity to what the file says.
    /// </summary>
    public JpegQuantization? InputJpeg { get; init; }

    /// <summary>Gets the colours of a cleaned-up scan, or null for no scan clean-up.</summary>
    public ScanOutput? ScanCleanup { get; init; }

    /// <summary>Gets a value indicating whether scan clean-up straightens tilted pages.</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Gets a value indicating whether the heat map of invented detail is made with the result.</summary>
    public bool Explain { get; init; }

    /// <summary>Gets where inference runs.</summary>
    public DeviceKind Device { get; init; } = DeviceKind.Auto;

    /// <summary>Gets the number format of CPU inference (auto: int8 on CPUs with VNNI for models calibrated within bound and measured to pay, <see cref="PdnUpscale.Core.Models.Int8Calibration.PaysInAuto"/>).</summary>
    public InferencePrecision Precision { get; init; } = InferencePrecision.Auto;

    /// <summary>Gets the tile size: auto, whole image, or a fixed core size.</summary>
    public TileSizeOption Tile { get; init; } = TileSizeOption.Auto;

    /// <summary>Gets how the alpha channel is enlarged.</summary>
    public AlphaMode Alpha { get; init; } = AlphaMode.Model;
}
