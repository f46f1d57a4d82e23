// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models;

/// <summary>
/// Everything the pipeline and the user interface need to know about one upscaling model: the entry in
/// <c>models/catalog.json</c> and the same metadata stored in the ONNX file's <c>metadata_props</c>.
/// </summary>
public sealed class ModelDescriptor
{
    /// <summary>Gets the stable identifier, e.g. <c>realesr-general-x4v3</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a one-line description a casual user understands.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the model family, e.g. <c>Real-ESRGAN</c>, <c>Real-CUGAN</c>, <c>waifu2x</c>.</summary>
    public string Family { get; init; } = string.Empty;

    /// <summary>Gets what kind of picture the model suits.</summary>
    public ModelPurpose Purpose { get; init; }

    /// <summary>Gets the denoise level (−1 for conservative, 0 for none, 1–3 stronger), or null when the family has none.</summary>
    public int? DenoiseLevel { get; init; }

    /// <summary>Gets the spatial contract.</summary>
    public required ModelGeometry Geometry { get; init; }

    /// <summary>Gets the value range the model expects and produces: 1 for [0, 1], 255 for [0, 255].</summary>
    public float InputRange { get; init; } = 1f;

    /// <summary>Gets a value indicating whether the model takes its channels in BGR order rather than RGB.</summary>
    public bool IsBgr { get; init; }

    /// <summary>Gets the SPDX license identifier of the weights.</summary>
    public string License { get; init; } = string.Empty;

    /// <summary>Gets the path of the ONNX file, or null when the model is in the catalog but not installed.</summary>
    public string? OnnxPath { get; init; }

    /// <summary>Gets the int8 calibration of the ONNX file, or null when the model has none (it then always runs in fp32).</summary>
    public Int8Calibration? Int8Calibration { get; init; }
}
