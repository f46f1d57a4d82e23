// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.Presets;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Explain;

/// <summary>The heat map marks what the model added and nothing for a plain enlargement.</summary>
public sealed class InventedDetailMapTests(CommittedModelFixture fixture) : IClassFixture<CommittedModelFixture>
{
    [Fact]
    public void PlainEnlargement_ShowsNothingInvented()
    {
        using Bgra32Image input = PresetQualityTests.Crop(PresetQualityTests.TestImagePath("astronaut-256.png"), 100, 60, 32);
        using Bgra32Image plain = Resampler.Resize(input, 128, 128, ResampleFilter.CatmullRom, 2);

        using InventedDetailMap map = InventedDetailMap.Create(input, plain, 2);

        Assert.Equal(0, map.InventedShare);
        Assert.Equal((128, 128), (map.Image.Width, map.Image.Height));
        Assert.True(map.Image.GetRow(64)[(64 * 4) + 2] == map.Image.GetRow(64)[64 * 4], "untouched pixels stay grey");
    }

    [Fact]
    public void ModelOutput_MarksItsAddedDetail_AndFidelityShrinksIt()
    {
        using Bgra32Image input = PresetQualityTests.Crop(PresetQualityTests.TestImagePath("astronaut-256.png"), 100, 60, 32);
        using UpscaleResult raw = fixture.Upscaler.Run(input, new UpscaleOptions { Model = fixture.Model });
        using UpscaleResult faithful = fixture.Upscaler.Run(input, new UpscaleOptions { Model = fixture.Model, Fidelity = new() });

        using InventedDetailMap rawMap = InventedDetailMap.Create(input, raw.Image, 2);
        using InventedDetailMap faithfulMap = InventedDetailMap.Create(input, faithful.Image, 2);

        Assert.True(rawMap.InventedShare > 0.05, $"raw share {rawMap.InventedShare:0.000}");
        Assert.True(faithfulMap.MeanDeparture < rawMap.MeanDeparture);
        Assert.Contains(Enumerable.Range(0, 128), y => IsRed(rawMap.Image.GetRow(y)));
    }

    private static bool IsRed(Span<byte> row)
    {
        for (int x = 0; x < row.Length; x += 4)
        {
            if (row[x + 2] > 200 && row[x] < 60)
            {
                return true;
            }
        }

        return false;
    }
}
