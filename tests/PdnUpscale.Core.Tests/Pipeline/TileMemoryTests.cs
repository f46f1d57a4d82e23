// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Core.Tests.Pipeline;

/// <summary>The window memory estimate comes from each model's graph, not from its scale alone.</summary>
public sealed class TileMemoryTests
{
    private static readonly IReadOnlyList<ModelDescriptor> Models = ModelCatalog.LoadBundled().Discover();

    [Fact]
    public void CUnet_CostsSeveralTimesWhatTheCompactModelCosts_ThoughItsScaleIsSmaller()
    {
        // Measured (peak RSS slopes, BENCHMARKS.md): 4.3–4.4 KB per window pixel against 0.9–1.2 KB in fp32. A rule
        // from the scale alone would give the 2× model less than the 4× one.
        double cunet = TileMemory.BytesPerWindowPixel(Models.Single(m => m.Id == "waifu2x-cunet-2x"), quantized: false);
        double compact = TileMemory.BytesPerWindowPixel(Models.Single(m => m.Id == "realesr-general-x4v3"), quantized: false);

        Assert.InRange(cunet, 4.4 * 1024, 6.5 * 1024);
        Assert.InRange(compact, 1.2 * 1024, 2 * 1024);
    }

    [Fact]
    public void Int8_IsEstimatedAboveFp32()
    {
        // The quantized graph keeps float tensors beside the integer ones: CUnet measured 6.6–7.0 KB per pixel.
        ModelDescriptor cunet = Models.Single(m => m.Id == "waifu2x-cunet-2x");

        Assert.InRange(TileMemory.BytesPerWindowPixel(cunet, quantized: true), 7.0 * 1024, 9 * 1024);
    }

    [Fact]
    public void MaxWindowPixels_IsTheBudgetOverThePixelCost()
    {
        ModelDescriptor compact = Models.Single(m => m.Id == "realesr-general-x4v3");

        Assert.Equal((long)(1e9 / TileMemory.BytesPerWindowPixel(compact, false)), TileMemory.MaxWindowPixels(compact, false, 1_000_000_000));
    }

    [Fact]
    public void ADamagedModelFile_GetsTheGenericEstimate_SoItsSessionCanSayWhatIsWrong()
    {
        string path = Path.Combine(Path.GetTempPath(), $"damaged-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, [0x08, 0x07, 0x12, 0xFF, 0xFF, 0x00, 0x42, 0x13]);
        try
        {
            ModelDescriptor damaged = new() { Id = "damaged", Name = "Damaged", OnnxPath = path, Geometry = new ModelGeometry { Scale = 2, ContextPadding = 8, IsTileExact = true } };

            Assert.Equal(4.0 * (192 + (64 * 4)), TileMemory.BytesPerWindowPixel(damaged, quantized: false));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
