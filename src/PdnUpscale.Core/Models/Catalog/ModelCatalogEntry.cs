// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text.Json.Serialization;
using PdnUpscale.Core.Models.Import;

namespace PdnUpscale.Core.Models.Catalog;

/// <summary>One model in <c>models/catalog.json</c>: its description, where its weights come from, and hashes.</summary>
public sealed class ModelCatalogEntry
{
    /// <summary>Gets or sets the stable id; the ONNX file is <c>ID.onnx</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the one-line description for casual users.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Gets or sets the family (Real-ESRGAN, Real-CUGAN, waifu2x).</summary>
    public string Family { get; set; } = string.Empty;

    /// <summary>Gets or sets what kind of picture the model suits.</summary>
    public ModelPurpose Purpose { get; set; }

    /// <summary>Gets or sets the native scale.</summary>
    public int Scale { get; set; }

    /// <summary>Gets or sets the denoise level (−1 conservative, 0 none, 1–3), or null when the family has none.</summary>
    public int? Denoise { get; set; }

    /// <summary>Gets or sets the value range of input and output: 1 for [0, 1].</summary>
    public float InputRange { get; set; } = 1f;

    /// <summary>Gets or sets the channel order, <c>RGB</c> or <c>BGR</c>.</summary>
    public string ChannelOrder { get; set; } = "RGB";

    /// <summary>Gets or sets the context padding (receptive-field radius) in input pixels.</summary>
    public int ContextPadding { get; set; }

    /// <summary>Gets or sets the input pixels consumed per side by unpadded convolutions.</summary>
    public int Border { get; set; }

    /// <summary>Gets or sets the multiple input sizes must be of.</summary>
    public int InputAlignment { get; set; } = 1;

    /// <summary>Gets or sets a value indicating whether tiled inference equals whole-image inference.</summary>
    public bool TileExact { get; set; }

    /// <summary>Gets or sets a value indicating whether the graph gets the nearest-upscaled input added (see <see cref="ModelImportRequest.AddNearestInput"/>).</summary>
    public bool AddNearestInput { get; set; }

    /// <summary>Gets or sets the SPDX license identifier of the weights.</summary>
    public string License { get; set; } = string.Empty;

    /// <summary>Gets or sets where the weights come from.</summary>
    public ModelSource Source { get; set; } = new();

    /// <summary>Gets or sets the SHA-256 of the converted ONNX file (lowercase hex).</summary>
    public string OnnxSha256 { get; set; } = string.Empty;

    /// <summary>Gets or sets the int8 calibration of the ONNX file and its measured quality, or null (fp32 only).</summary>
    [JsonPropertyName("int8")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Int8Calibration? Int8Calibration { get; set; }

    /// <summary>Creates the request that converts this model's files.</summary>
    /// <param name="paramPath">The .param file, or the single .pth / .safetensors file.</param>
    /// <param name="binPath">The .bin file; null for a single-file model.</param>
    /// <param name="destinationFolder">The folder to write <c>ID.onnx</c> into.</param>
    /// <returns>The request.</returns>
    public ModelImportRequest ToImportRequest(string paramPath, string? binPath, string destinationFolder) => new()
    {
        ParamPath = paramPath,
        BinPath = binPath,
        Id = this.Id,
        Name = this.Name,
        Scale = this.Scale,
        Description = this.Description,
        Family = this.Family,
        Purpose = this.Purpose,
        DenoiseLevel = this.Denoise,
        License = this.License,
        Source = this.Source.ToString(),
        AddNearestInput = this.AddNearestInput,
        DestinationFolder = destinationFolder,
    };

    /// <summary>Creates the description of this model.</summary>
    /// <param name="onnxPath">The installed file, or null.</param>
    /// <returns>The description.</returns>
    public ModelDescriptor ToDescriptor(string? onnxPath) => new()
    {
        Id = this.Id,
        Name = this.Name,
        Description = this.Description,
        Family = this.Family,
        Purpose = this.Purpose,
        DenoiseLevel = this.Denoise,
        Geometry = new ModelGeometry
        {
            Scale = this.Scale, ContextPadding = this.ContextPadding, Border = this.Border, InputAlignment = this.InputAlignment, IsTileExact = this.TileExact,
        },
        InputRange = this.InputRange,
        IsBgr = this.ChannelOrder == "BGR",
        License = this.License,
        OnnxPath = onnxPath,
        Int8Calibration = this.Int8Calibration,
    };
}
