// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Catalog;

/// <summary>The hash check of one installed model.</summary>
/// <param name="Id">The model id.</param>
/// <param name="Path">The ONNX file.</param>
/// <param name="Sha256">The file's SHA-256 (lowercase hex).</param>
/// <param name="ExpectedSha256">The catalog's SHA-256, or null for a model outside the catalog.</param>
public sealed record ModelVerification(string Id, string Path, string Sha256, string? ExpectedSha256)
{
    /// <summary>Gets a value indicating whether the file matches the catalog (true for models outside it).</summary>
    public bool IsValid => this.ExpectedSha256 is null || this.ExpectedSha256 == this.Sha256;
}
