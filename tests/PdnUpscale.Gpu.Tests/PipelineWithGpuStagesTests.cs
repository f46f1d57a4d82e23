// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Gpu.Tests.TestUtilities;

namespace PdnUpscale.Gpu.Tests;

/// <summary>
/// The whole pipeline with a real committed model (ONNX Runtime CPU inference): the GPU stages give the same
/// bytes as the CPU stages, colour chain and alpha chain, with several tiles so blending and reflect padding
/// at the image borders are exercised.
/// </summary>
public sealed class PipelineWithGpuStagesTests
{
    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("realesr-animevideov3-x2", "generated-alpha")]
    [InlineData("realesr-animevideov3-x2", "astronaut-eye-48.png")]
    [InlineData("realesr-animevideov3-x2", "chelsea-rgba-64.png")]
    public void UpscaleWithGpuStagesEqualsCpuStages(string modelId, string image)
    {
        string models = RepositoryPaths.Find("models") ?? throw new DirectoryNotFoundException("The repository's models folder was not found.");
        ModelDescriptor model = ModelCatalog.Load(Path.Combine(models, ModelLocations.CatalogFileName)).Discover([models]).Single(m => m.Id == modelId);
        Assert.NotNull(model.OnnxPath);
        using Bgra32Image source = TestImages.Load(image);
        var options = new UpscaleOptions { Model = model, TileSize = TileSizeOption.Fixed(Math.Max(16, Math.Max(source.Width, source.Height) / 2)), Alpha = AlphaMode.Model };

        GpuStages gpu = GpuTestDevice.CreateStages();
        var gpuConfiguration = new UpscaleConfiguration { Preprocessor = gpu.Preprocessor, Blender = gpu.Blender, Postprocessor = gpu.Postprocessor, MaxDegreeOfParallelism = 2 };
        using var cpuUpscaler = new Upscaler(new UpscaleConfiguration { MaxDegreeOfParallelism = 2 });
        using var gpuUpscaler = new Upscaler(gpuConfiguration);
        using UpscaleResult expected = cpuUpscaler.Run(source, options);
        using UpscaleResult actual = gpuUpscaler.Run(source, options);

        Assert.True(expected.TilesRun >= 4, "the image must be split into several tiles");
        Assert.Equal(expected.Image.Width, actual.Image.Width);
        for (int y = 0; y < expected.Image.Height; y++)
        {
            Assert.True(expected.Image.GetRow(y).SequenceEqual(actual.Image.GetRow(y)), $"{modelId} on {image}: output row {y} differs");
        }
    }
}
