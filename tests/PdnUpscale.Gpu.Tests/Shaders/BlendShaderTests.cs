// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Blending;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Core.Tiling;
using PdnUpscale.Gpu.Tests.TestUtilities;

namespace PdnUpscale.Gpu.Tests.Shaders;

/// <summary>
/// <c>BlendShader</c> + <c>PostprocessShader</c> (the GPU blender with the GPU postprocessor) against the CPU
/// blender with the CPU postprocessor, byte for byte, over a whole tile loop. The "model" is a stand-in that
/// enlarges each input tile by nearest neighbour, adds a per-tile offset (so overlapping tiles disagree and
/// feathering shows) and overshoots the range (so clamping shows).
/// </summary>
public sealed class BlendShaderTests
{
    public static TheoryData<string> Images => TestImages.Names;

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Images))]
    public void FeatheredBlendMatchesCpuStages(string image)
    {
        var geometry = new ModelGeometry { Scale = 2, ContextPadding = 3, IsTileExact = false };
        AssertSameOutput(image, geometry, new PostprocessSettings(1f, false, OutputChannels.ColorOpaque));
        AssertSameOutput(image, geometry, new PostprocessSettings(255f, true, OutputChannels.Color));
        AssertSameOutput(image, geometry, new PostprocessSettings(1f, false, OutputChannels.ColorOpaque, Grayscale: true));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Images))]
    public void HardCropBlendMatchesCpuStages(string image)
    {
        var geometry = new ModelGeometry { Scale = 3, ContextPadding = 2, Border = 1, IsTileExact = true };
        AssertSameOutput(image, geometry, new PostprocessSettings(1f, false, OutputChannels.ColorOpaque));
        AssertSameOutput(image, geometry, new PostprocessSettings(1f, false, OutputChannels.AlphaFromGray));
        AssertSameOutput(image, geometry, new PostprocessSettings(255f, true, OutputChannels.Color, Grayscale: true));
    }

    private static void AssertSameOutput(string image, ModelGeometry geometry, PostprocessSettings settings)
    {
        using Bgra32Image source = TestImages.Load(image);
        TilePlan plan = TilePlanner.Plan(source.Width, source.Height, geometry, TestImages.TileSizeFor(source));
        Assert.True(plan.Tiles.Count > 1, "the image must be split into several tiles");
        using Bgra32Image expected = Canvas(plan);
        using Bgra32Image actual = Canvas(plan);
        GpuStages gpu = GpuTestDevice.CreateStages();
        Run(source, plan, geometry, settings, new CpuBlender(2), new CpuPostprocessor(2), expected);
        Run(source, plan, geometry, settings, gpu.Blender, gpu.Postprocessor, actual);
        for (int y = 0; y < plan.OutputHeight; y++)
        {
            Assert.True(expected.GetRow(y).SequenceEqual(actual.GetRow(y)), $"{image} {settings}: output row {y} differs");
        }
    }

    private static void Run(Bgra32Image source, TilePlan plan, ModelGeometry geometry, PostprocessSettings settings, IBlender blender, IPostprocessor postprocessor, Bgra32Image destination)
    {
        using IPreprocessJob preprocess = new CpuPreprocessor(2).Begin(source, new PreprocessSettings(settings.OutputRange, settings.IsBgr, 0));
        using IBlendJob blend = blender.Begin(plan, postprocessor, destination, settings);
        float[] input = new float[3 * plan.TileInputWidth * plan.TileInputHeight];
        float[] output = new float[3 * plan.TileOutputWidth * plan.TileOutputHeight];
        foreach (Tile tile in plan.Tiles)
        {
            preprocess.WriteTile(tile.Source, input);
            StandInModel(input, plan, geometry, tile.Index * 0.013f * settings.OutputRange, output);
            blend.Add(tile, output);
            blend.Flush();
        }
    }

    private static void StandInModel(float[] input, TilePlan plan, ModelGeometry geometry, float offset, float[] output)
    {
        int inW = plan.TileInputWidth, inH = plan.TileInputHeight, outW = plan.TileOutputWidth, outH = plan.TileOutputHeight;
        for (int c = 0; c < 3; c++)
        {
            for (int y = 0; y < outH; y++)
            {
                for (int x = 0; x < outW; x++)
                {
                    float v = input[(((c * inH) + (y / plan.Scale) + geometry.Border) * inW) + (x / plan.Scale) + geometry.Border];
                    output[(((c * outH) + y) * outW) + x] = (v * 1.07f) - (0.02f * v) + offset;
                }
            }
        }
    }

    private static Bgra32Image Canvas(TilePlan plan)
    {
        Bgra32Image canvas = Bgra32Image.Allocate(plan.OutputWidth, plan.OutputHeight);
        var random = new Random(7);
        for (int y = 0; y < canvas.Height; y++)
        {
            random.NextBytes(canvas.GetRow(y));
        }

        return canvas;
    }
}
