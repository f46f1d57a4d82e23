// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Analysis;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Import.Ncnn;
using PdnUpscale.Core.Tests.Models.Import.Ncnn;

namespace PdnUpscale.Core.Tests.Models;

/// <summary>The two models committed in models/: present, intact, described, runnable and tile-exact.</summary>
public sealed class CommittedModelTests
{
    private static readonly ModelCatalog Catalog = ModelCatalog.LoadBundled();

    [Theory]
    [InlineData("realesr-general-x4v3", 4)]
    [InlineData("realesr-animevideov3-x2", 2)]
    public void Default_IsInstalledAndMatchesCatalogHash(string id, int scale)
    {
        ModelDescriptor model = Catalog.Discover([ModelLocations.FindBundledFolder()!]).Single(m => m.Id == id);
        ModelVerification check = Catalog.Verify([ModelLocations.FindBundledFolder()!]).Single(v => v.Id == id);

        Assert.NotNull(model.OnnxPath);
        Assert.Equal(scale, model.Geometry.Scale);
        Assert.True(check.IsValid, $"{id}.onnx hash {check.Sha256} differs from the catalog's {check.ExpectedSha256}");
    }

    [Theory]
    [InlineData("realesr-general-x4v3")]
    [InlineData("realesr-animevideov3-x2")]
    public void Default_MetadataInOnnxMatchesCatalog(string id)
    {
        ModelCatalogEntry entry = Catalog.Entries.Single(e => e.Id == id);

        ModelDescriptor? model = ModelCatalog.TryDescribe(Path.Combine(ModelLocations.FindBundledFolder()!, id + ".onnx"));

        Assert.NotNull(model);

        // Everything but the int8 calibration, which only the catalog records (models/quantize).
        Assert.Null(model.Int8Calibration);
        Int8Calibration? int8 = entry.Int8Calibration;
        entry.Int8Calibration = null;
        try
        {
            Assert.Equivalent(entry.ToDescriptor(model.OnnxPath), model);
        }
        finally
        {
            entry.Int8Calibration = int8;
        }
    }

    [Theory]
    [InlineData("realesrgan-x4fast.param", 4, 34)]
    [InlineData("realesr-animevideov3-x2.param", 2, 19)]
    public void Default_GeometryFromGraph(string param, int scale, int context)
    {
        // x4fast: 34 same-padded 3×3 convolutions (1 px each); animevideov3-x2: 18 of them plus the final bicubic 0.5×.
        ModelGeometry g = ModelGeometryAnalyzer.Analyze(NcnnParamReader.Read(Path.Combine(AppContext.BaseDirectory, "Models", "Fixtures", param)));

        Assert.Equal((scale, 0, 1, true, context), (g.Scale, g.Border, g.InputAlignment, g.IsTileExact, g.ContextPadding));
    }

    [Fact]
    public void AnimeVideoX2_TiledWithContextPadding_EqualsWholeImage()
    {
        // The proof that ContextPadding is enough: two overlapping tiles, hard-cropped, reproduce the whole-image run.
        string path = Path.Combine(ModelLocations.FindBundledFolder()!, "realesr-animevideov3-x2.onnx");
        int pad = ModelCatalog.TryDescribe(path)!.Geometry.ContextPadding;
        Blob image = Blob.Random(3, 24, 2 * (pad + 8), seed: 40, 0f, 1f);
        using var session = new InferenceSession(path);

        Blob whole = OnnxTestRunner.Run(session, image);
        Blob left = OnnxTestRunner.Run(session, NcnnReference.Crop(image, 0, 0, image.H, image.W / 2 + pad));
        Blob right = OnnxTestRunner.Run(session, NcnnReference.Crop(image, 0, image.W / 2 - pad, image.H, image.W / 2 + pad));

        int half = image.W; // output columns per half at 2×
        OnnxTestRunner.AssertClose(NcnnReference.Crop(whole, 0, 0, whole.H, half), NcnnReference.Crop(left, 0, 0, left.H, half), 1e-5f);
        OnnxTestRunner.AssertClose(NcnnReference.Crop(whole, 0, half, whole.H, half), NcnnReference.Crop(right, 0, 2 * pad, right.H, half), 1e-5f);
    }

    [Theory]
    [InlineData("realesr-general-x4v3", 4)]
    [InlineData("realesr-animevideov3-x2", 2)]
    public void Default_RunsInOnnxRuntimeAtItsScale(string id, int scale)
    {
        Blob image = Blob.Random(3, 13, 17, seed: 41, 0f, 1f);

        Blob output = OnnxTestRunner.Run(File.ReadAllBytes(Path.Combine(ModelLocations.FindBundledFolder()!, id + ".onnx")), image);

        Assert.Equal((3, 13 * scale, 17 * scale), (output.C, output.H, output.W));
        Assert.All(output.Data, v => Assert.InRange(v, -0.5f, 1.5f));
    }
}
