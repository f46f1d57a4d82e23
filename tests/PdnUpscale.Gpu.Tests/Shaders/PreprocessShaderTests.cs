// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.InteropServices;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Core.Tiling;
using PdnUpscale.Gpu.Preprocessing;
using PdnUpscale.Gpu.Tests.TestUtilities;

namespace PdnUpscale.Gpu.Tests.Shaders;

/// <summary>
/// <c>BleedShader</c> + <c>PreprocessShader</c> (and the fp16 variant) against the CPU preprocess stage, bit
/// for bit, on every test image: tiles from a real plan (reflect padding at all four borders) plus tiles
/// larger than the image (padding wider than the image).
/// </summary>
public sealed class PreprocessShaderTests
{
    public static TheoryData<string> Images => TestImages.Names;

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Images))]
    public void Float32TilesMatchCpuStage(string image)
    {
        using Bgra32Image source = TestImages.Load(image);
        foreach (PreprocessSettings settings in Settings())
        {
            using IPreprocessJob cpu = new CpuPreprocessor(2).Begin(source, settings);
            using IPreprocessJob gpu = GpuTestDevice.CreateStages().Preprocessor.Begin(source, settings);
            Assert.IsType<GpuPreprocessJob>(gpu);
            foreach (PixelRect rect in Tiles(source))
            {
                float[] expected = new float[3 * rect.Area];
                float[] actual = new float[expected.Length];
                cpu.WriteTile(rect, expected);
                gpu.WriteTile(rect, actual);
                AssertBitsEqual<float, int>(expected, actual, $"{image} {settings} {rect}");
            }
        }
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Images))]
    public void Float16TilesAreTheCpuValuesRoundedToHalf(string image)
    {
        using Bgra32Image source = TestImages.Load(image);
        var settings = new PreprocessSettings(1f, false, 8);
        using IPreprocessJob cpu = new CpuPreprocessor(2).Begin(source, settings);
        using var gpu = (GpuPreprocessJob)GpuTestDevice.CreateStages().Preprocessor.Begin(source, settings);
        foreach (PixelRect rect in Tiles(source))
        {
            float[] floats = new float[3 * rect.Area];
            cpu.WriteTile(rect, floats);
            Half[] expected = floats.Select(f => (Half)f).ToArray();
            Half[] actual = new Half[expected.Length];
            gpu.WriteTileHalf(rect, actual);
            AssertBitsEqual<Half, short>(expected, actual, $"{image} {rect}");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Float16TileOfMoreThan65535ThreadGroupsOfWordsMatchesTheCpuStage()
    {
        // 3 × 1700² / 2 = 4,335,000 words: 67,735 groups of 64 in one dimension, more than Direct3D allows.
        using Bgra32Image source = TestImages.Load("generated-alpha");
        var settings = new PreprocessSettings(255f, true, 8);
        var rect = new PixelRect(-850, -850, 1700, 1700);
        using IPreprocessJob cpu = new CpuPreprocessor(2).Begin(source, settings);
        using var gpu = (GpuPreprocessJob)GpuTestDevice.CreateStages().Preprocessor.Begin(source, settings);
        float[] floats = new float[3 * rect.Area];
        cpu.WriteTile(rect, floats);
        Half[] expected = floats.Select(f => (Half)f).ToArray();
        Half[] actual = new Half[expected.Length];
        gpu.WriteTileHalf(rect, actual);
        AssertBitsEqual<Half, short>(expected, actual, rect.ToString());
    }

    private static IEnumerable<PreprocessSettings> Settings()
    {
        yield return new PreprocessSettings(1f, false, 8);
        yield return new PreprocessSettings(255f, true, 8);
        yield return new PreprocessSettings(1f, false, 0);
    }

    private static IEnumerable<PixelRect> Tiles(Bgra32Image source)
    {
        var geometry = new ModelGeometry { Scale = 2, ContextPadding = 6, IsTileExact = false, InputAlignment = 4 };
        foreach (Tile tile in TilePlanner.Plan(source.Width, source.Height, geometry, TestImages.TileSizeFor(source)).Tiles)
        {
            yield return tile.Source;
        }

        yield return new PixelRect(-source.Width, -3, (2 * source.Width) + 5, source.Height + 9);
    }

    private static void AssertBitsEqual<T, TBits>(T[] expected, T[] actual, string what)
        where T : struct
        where TBits : struct
    {
        ReadOnlySpan<TBits> e = MemoryMarshal.Cast<T, TBits>(expected);
        ReadOnlySpan<TBits> a = MemoryMarshal.Cast<T, TBits>(actual);
        for (int i = 0; i < e.Length; i++)
        {
            Assert.True(e[i].Equals(a[i]), $"{what}: element {i} is {actual[i]}, the CPU stage gives {expected[i]}");
        }
    }
}
