// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Import;

namespace PdnUpscale.ModelTool;

/// <summary>Converts one catalog entry, checking (or with <c>record</c>, recording) its hashes and geometry.</summary>
/// <param name="packagesDir">The folder with one unpacked folder per npm package name.</param>
/// <param name="outputDir">The folder to write <c>ID.onnx</c> into.</param>
/// <param name="record">True to write computed values into the entry instead of checking them.</param>
internal sealed class CatalogConverter(string packagesDir, string outputDir, bool record)
{
    /// <summary>Converts the entry unless an identical ONNX file is already there.</summary>
    /// <param name="entry">The catalog entry.</param>
    /// <returns>What happened, for the log.</returns>
    public string Convert(ModelCatalogEntry entry)
    {
        string onnxPath = Path.Combine(outputDir, entry.Id + ".onnx");
        if (!record && File.Exists(onnxPath) && ModelCatalog.Sha256(onnxPath) == entry.OnnxSha256)
        {
            return "up to date";
        }

        string packageFolder = Path.Combine(packagesDir, entry.Source.Package.Split('@')[0]);
        string param = Path.Combine(packageFolder, entry.Source.Param);
        entry.Source.ParamSha256 = this.Check(param, entry.Source.ParamSha256);

        // PyTorch and safetensors models are one file; ncnn models have a .bin beside the .param.
        string? bin = entry.Source.Bin.Length > 0 ? Path.Combine(packageFolder, entry.Source.Bin) : null;
        if (bin is not null)
        {
            entry.Source.BinSha256 = this.Check(bin, entry.Source.BinSha256);
        }

        ModelDescriptor model = ModelImporter.Import(entry.ToImportRequest(param, bin, outputDir));

        ModelGeometry g = model.Geometry;
        string geometry = $"scale {g.Scale}, border {g.Border}, context {g.ContextPadding}, alignment {g.InputAlignment}, tile-exact {g.IsTileExact}";
        if (record)
        {
            (entry.Border, entry.ContextPadding, entry.InputAlignment, entry.TileExact) = (g.Border, g.ContextPadding, g.InputAlignment, g.IsTileExact);
        }
        else if ((entry.Border, entry.ContextPadding, entry.InputAlignment, entry.TileExact) != (g.Border, g.ContextPadding, g.InputAlignment, g.IsTileExact))
        {
            throw new InvalidDataException($"the computed geometry ({geometry}) differs from the catalog's");
        }

        entry.OnnxSha256 = this.Check(onnxPath, entry.OnnxSha256);
        return $"converted ({geometry})";
    }

    private string Check(string path, string expected)
    {
        string actual = ModelCatalog.Sha256(path);
        if (!record && actual != expected)
        {
            throw new InvalidDataException($"{path} has SHA-256 {actual}, but the catalog records {expected}");
        }

        return actual;
    }
}
