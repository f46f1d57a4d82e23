// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Tests.Models.Import;
using PdnUpscale.Core.Tests.Models.Import.Ncnn;

namespace PdnUpscale.Core.Tests.Models.Catalog;

public sealed class ModelCatalogTests
{
    [Fact]
    public void BundledCatalog_HasUniqueIdsAndPinnedSources()
    {
        ModelCatalog catalog = ModelCatalog.LoadBundled();

        Assert.Equal(catalog.Entries.Count, catalog.Entries.Select(e => e.Id).Distinct().Count());
        Assert.Contains(catalog.Entries, e => e.Id == "realesr-general-x4v3");
        Assert.All(catalog.Entries, e =>
        {
            Assert.Matches("^[0-9a-f]{64}$", e.Source.ParamSha256);
            Assert.Matches("^[0-9a-f]{64}$", e.OnnxSha256);

            // ncnn models have a .bin; the community PyTorch models are one file and come without a license statement.
            bool pytorch = e.Source.Param.EndsWith(".pth", StringComparison.Ordinal);
            Assert.Matches(pytorch ? "^$" : "^[0-9a-f]{64}$", e.Source.BinSha256);
            Assert.Contains(e.License, pytorch ? ["unknown"] : new[] { "BSD-3-Clause", "MIT" });
            Assert.False(string.IsNullOrWhiteSpace(e.Description));
        });
    }

    [Fact]
    public void BundledCatalog_RecordsTheInt8SpeedUp_OfEveryCalibratedModel()
    {
        // Without it auto would silently keep fp32 (SpeedUp 0 is below Int8Calibration.MinSpeedUp): models/quantize measures both.
        List<ModelCatalogEntry> calibrated = [.. ModelCatalog.LoadBundled().Entries.Where(e => e.Int8Calibration is not null)];

        Assert.NotEmpty(calibrated);
        Assert.All(calibrated, e =>
        {
            Assert.True(e.Int8Calibration!.SpeedUp > 0, $"{e.Id}: no int8 speed-up recorded");
            Assert.Contains("CPU time", e.Int8Calibration.SpeedMeasurement, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void BundledCatalog_SavesBackToTheSameBytes()
    {
        string committed = Path.Combine(ModelLocations.FindBundledFolder()!, ModelLocations.CatalogFileName);
        string copy = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        try
        {
            ModelCatalog.Load(committed).Save(copy);

            Assert.Equal(File.ReadAllText(committed), File.ReadAllText(copy));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Discover_FindsForeignModelsWithOurMetadataAndSkipsOtherOnnx()
    {
        using NcnnTestModel model = ModelImporterTests.TinyUpscaler();
        string folder = Path.Combine(model.Folder, "models");
        ModelImporter.Import(new ModelImportRequest { ParamPath = model.ParamPath, Id = "community-x2", DestinationFolder = folder });
        File.WriteAllBytes(Path.Combine(folder, "not-ours.onnx"), [0x08, 0x08]);
        var catalog = new ModelCatalog([new ModelCatalogEntry { Id = "listed", Name = "Listed", Scale = 4 }]);

        IReadOnlyList<ModelDescriptor> found = catalog.Discover([folder]);

        Assert.Equal(["listed", "community-x2"], found.Select(m => m.Id));
        Assert.Null(found[0].OnnxPath);
        Assert.Equal(Path.Combine(folder, "community-x2.onnx"), found[1].OnnxPath);
    }

    [Fact]
    public void Verify_FlagsAModifiedCatalogModel()
    {
        using NcnnTestModel model = ModelImporterTests.TinyUpscaler();
        string folder = Path.Combine(model.Folder, "models");
        ModelDescriptor imported = ModelImporter.Import(new ModelImportRequest { ParamPath = model.ParamPath, Id = "listed", DestinationFolder = folder });
        var catalog = new ModelCatalog([new ModelCatalogEntry { Id = "listed", OnnxSha256 = ModelCatalog.Sha256(imported.OnnxPath!) }]);
        Assert.True(catalog.Verify([folder]).Single().IsValid);

        File.AppendAllText(imported.OnnxPath!, "x");

        Assert.False(catalog.Verify([folder]).Single().IsValid);
    }

    [Fact]
    public void SearchFolders_IncludeEnvironmentList()
    {
        string a = Path.Combine(Path.GetTempPath(), "pdnupscale-a");
        string b = Path.Combine(Path.GetTempPath(), "pdnupscale-b");
        string? saved = Environment.GetEnvironmentVariable(ModelLocations.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ModelLocations.EnvironmentVariable, a + Path.PathSeparator + b);

            IReadOnlyList<string> folders = ModelLocations.SearchFolders();

            Assert.Equal([.. ModelLocations.BundledFolders(), ModelLocations.UserFolder, a, b], folders);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelLocations.EnvironmentVariable, saved);
        }
    }
}
