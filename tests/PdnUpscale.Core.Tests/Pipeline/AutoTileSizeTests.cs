// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Tests.Pipeline;

/// <summary>The shapes the automatic tile rule picks for given images and budgets (its behaviour, not its speed).</summary>
public sealed class AutoTileSizeTests
{
    private const long OneGiB = 1L << 30;

    // realesr-general-x4v3: 4×, 34 pixels of context; the memory estimate is 4·(192 + 64·16) = 4 864 bytes per pixel.
    private static readonly ModelGeometry Compact = new() { Scale = 4, ContextPadding = 34, IsTileExact = true };
    private const long CompactBytesPerPixel = 4_864;

    // The windows a 1 GiB budget allows under that estimate.
    private const long CompactWindowPixels = OneGiB / CompactBytesPerPixel;

    [Theory]
    [InlineData(256, 256, false)]
    [InlineData(256, 256, true)]
    [InlineData(400, 300, false)]
    public void AnImageWhoseWindowFits_RunsWhole(int width, int height, bool quantized)
    {
        Assert.Equal(TileShape.WholeImage, AutoTileSize.For(width, height, Compact, quantized, CompactWindowPixels));
    }

    [Theory]
    [InlineData(1024, 1024)]
    [InlineData(2000, 2000)]
    [InlineData(2048, 2048)]
    [InlineData(1920, 1080)]
    [InlineData(4000, 3000)]
    [InlineData(3000, 200)]
    public void EveryWindow_FitsTheBudget(int width, int height)
    {
        foreach (long budget in new[] { OneGiB / 4, OneGiB, 4 * OneGiB })
        {
            foreach (bool quantized in new[] { false, true })
            {
                TilePlan plan = TilePlanner.Plan(width, height, Compact, AutoTileSize.For(width, height, Compact, quantized, budget / CompactBytesPerPixel));

                Assert.True((long)plan.TileInputWidth * plan.TileInputHeight * CompactBytesPerPixel <= budget, $"{width}×{height}, {budget} B, int8 {quantized}");
            }
        }
    }

    [Theory]
    [InlineData(1024, 1024)]
    [InlineData(2000, 2000)]
    [InlineData(2048, 2048)]
    [InlineData(1920, 1080)]
    public void Fp32_CostsNoMoreThanAnySquareCoreThatFits(int width, int height)
    {
        // In fp32 a window pixel costs the same at every window size, so the cost is the pixels computed plus a
        // fixed cost per run; no square core within the budget may beat the chosen shape on it.
        double Cost(TilePlan plan) => plan.Tiles.Count * (((double)plan.TileInputWidth * plan.TileInputHeight) + AutoTileSize.RunOverheadPixels);
        double chosen = Cost(TilePlanner.Plan(width, height, Compact, AutoTileSize.For(width, height, Compact, false, CompactWindowPixels)));

        for (int core = AutoTileSize.Minimum; core <= AutoTileSize.Maximum; core++)
        {
            TilePlan square = TilePlanner.Plan(width, height, Compact, core);
            if ((long)square.TileInputWidth * square.TileInputHeight * CompactBytesPerPixel <= OneGiB)
            {
                Assert.True(chosen <= Cost(square), $"core {core}: {Cost(square)} < {chosen}");
            }
        }
    }

    [Fact]
    public void At2000Squared_RunsFewerLargerWindowsThanTheFormerFixedCore()
    {
        // The former rule took one core (384, evened out to 334: 36 windows of 402²) for every image.
        TileShape shape = AutoTileSize.For(2000, 2000, Compact, false, CompactWindowPixels);
        TilePlan plan = TilePlanner.Plan(2000, 2000, Compact, shape);

        Assert.Equal(TileShape.Square(400), shape);
        Assert.Equal(25, plan.Tiles.Count);
        Assert.Equal(468, plan.TileInputWidth);
    }

    [Fact]
    public void AWideShortImage_RunsInFullHeightStripes()
    {
        TileShape shape = AutoTileSize.For(3000, 200, Compact, false, CompactWindowPixels);
        TilePlan plan = TilePlanner.Plan(3000, 200, Compact, shape);

        Assert.Equal(0, shape.Height);
        Assert.Equal(1, plan.Rows);
        Assert.Equal(4, plan.Columns);
    }

    [Fact]
    public void ASquareImage_MayGetRectangularTiles()
    {
        // 1024² in fp32: 2 × 4 windows of 580 × 324 compute fewer pixels than 3 × 3 of 410² (the 2 × 2 of 580² do not fit).
        TileShape shape = AutoTileSize.For(1024, 1024, Compact, false, CompactWindowPixels);

        Assert.NotEqual(shape.Width, shape.Height);
        Assert.Equal(8, TilePlanner.Plan(1024, 1024, Compact, shape).Tiles.Count);
    }

    [Fact]
    public void Int8_KeepsWindowsModerate_WhereFp32TakesTheLargestThatFit()
    {
        // Int8 window pixels get dearer as windows grow; fp32 ones do not.
        TilePlan fp32 = TilePlanner.Plan(2048, 2048, Compact, AutoTileSize.For(2048, 2048, Compact, false, 8 * CompactWindowPixels));
        TilePlan int8 = TilePlanner.Plan(2048, 2048, Compact, AutoTileSize.For(2048, 2048, Compact, true, 8 * CompactWindowPixels));

        Assert.Equal(4, fp32.Tiles.Count);
        Assert.True(int8.Tiles.Count > fp32.Tiles.Count);
        Assert.True((long)int8.TileInputWidth * int8.TileInputHeight < (long)fp32.TileInputWidth * fp32.TileInputHeight);
    }

    [Fact]
    public void Int8_KeepsTheLargestWindows_ForModelsThatAreNotTileExact()
    {
        ModelGeometry blended = new() { Scale = 4, ContextPadding = 34, IsTileExact = false };

        Assert.Equal(AutoTileSize.For(2048, 2048, blended, false, 8 * CompactWindowPixels), AutoTileSize.For(2048, 2048, blended, true, 8 * CompactWindowPixels));
    }

    [Fact]
    public void NoWindowFits_FallsBackToTheMinimumCore()
    {
        Assert.Equal(TileShape.Square(AutoTileSize.Minimum), AutoTileSize.For(2048, 2048, Compact, false, 0));
    }
}
