// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Import;

/// <summary>What to import (an ncnn .param/.bin pair, a PyTorch .pth, a .safetensors or a plain .onnx) and how to describe the resulting model.</summary>
public sealed class ModelImportRequest
{
    /// <summary>Gets the model file: an ncnn .param, a PyTorch .pth, a .safetensors or an .onnx file (the type goes by the extension).</summary>
    public required string ParamPath { get; init; }

    /// <summary>Gets the ncnn .bin file; null for the .bin next to the .param with the same base name.</summary>
    public string? BinPath { get; init; }

    /// <summary>Gets the stable id; also the ONNX file name (<c>ID.onnx</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name; null to use the id.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the scale the user expects; the import fails when the graph's scale differs. Null to accept the graph's.</summary>
    public int? Scale { get; init; }

    /// <summary>Gets the one-line description; empty to describe the recognised architecture.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the model family.</summary>
    public string Family { get; init; } = string.Empty;

    /// <summary>Gets what kind of picture the model suits.</summary>
    public ModelPurpose Purpose { get; init; } = ModelPurpose.Photo;

    /// <summary>Gets the denoise level, or null.</summary>
    public int? DenoiseLevel { get; init; }

    /// <summary>Gets the SPDX license identifier of the weights, or empty when unknown (recorded as <see cref="ModelImporter.UnknownLicense"/>).</summary>
    public string License { get; init; } = string.Empty;

    /// <summary>Gets where the weights came from, recorded in the metadata; null for the .param path.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Gets a value indicating whether the network predicts only the difference to the nearest-neighbour
    /// upscaled input, which its runtime adds afterwards (realcugan-ncnn-vulkan does so for 4× models); the
    /// converted graph then adds it itself.
    /// </summary>
    public bool AddNearestInput { get; init; }

    /// <summary>Gets the folder to write <c>ID.onnx</c> into; null for <see cref="ModelLocations.UserFolder"/>.</summary>
    public string? DestinationFolder { get; init; }
}
