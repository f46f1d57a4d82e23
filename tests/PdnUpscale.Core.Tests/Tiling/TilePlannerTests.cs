// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Tests.Tiling;

public sealed class TilePlannerTests
{
    private static readonly ModelGeometry Exact = new() { Scale = 4, ContextPadding = 10, IsTileExact = true };

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(1, 1, 16)]
    [InlineData(7, 3, 16)]
    [InlineData(513, 9, 128)]
    [InlineData(100, 100, 0)]
    [InlineData(300, 200, 64)]
    public void HardCrop_CoversEveryOutputPixelExactlyOnce(int width, int height, int tileSize)
    {
        TilePlan plan = TilePlanner.Plan(width, height, Exact, tileSize);

        var hits = new int[plan.OutputWidth * plan.OutputHeight];
        foreach (Tile tile in plan.Tiles)
        {
            Assert.Equal(plan.TileInputWidth, tile.Source.Width);
            Assert.Equal(plan.TileInputHeight, tile.Source.Height);
            for (int y = tile.Blend.Y; y < tile.Blend.Bottom; y++)
            {
                for (int x = tile.Blend.X; x < tile.Blend.Right; x++)
                {
                    hits[(y * plan.OutputWidth) + x]++;
                }
            }
        }

        Assert.All(hits, h => Assert.Equal(1, h));
        Assert.True(plan.IsHardCrop);
    }

    [Fact]
    public void Tiles_HaveFullContextAroundTheirCore()
    {
        TilePlan plan = TilePlanner.Plan(300, 200, Exact, 64);

        foreach (Tile tile in plan.Tiles)
        {
            Assert.True(tile.Source.X <= tile.Core.X - 10);
            Assert.True(tile.Source.Right >= tile.Core.Right + 10);
            Assert.Equal(tile.Core.X * 4, tile.Blend.X);
            Assert.Equal((tile.Core.X - tile.Source.X) * 4, tile.OutputOffsetX);
            Assert.Equal((tile.Core.Y - tile.Source.Y) * 4, tile.OutputOffsetY);
        }
    }

    [Fact]
    public void WholeImage_IsOneTileReflectPaddedByTheContext()
    {
        TilePlan plan = TilePlanner.Plan(50, 30, Exact, 0);

        Tile tile = Assert.Single(plan.Tiles);
        Assert.Equal(new PixelRect(-10, -10, 70, 50), tile.Source);
        Assert.Equal(new PixelRect(0, 0, 200, 120), tile.Blend);
    }

    [Fact]
    public void WideContext_MirrorsOnlyTheEdgeMarginAndKeepsWindowsInside()
    {
        var geometry = new ModelGeometry { Scale = 4, ContextPadding = 34, IsTileExact = true };

        TilePlan whole = TilePlanner.Plan(256, 256, geometry, 0);
        TilePlan tiled = TilePlanner.Plan(300, 200, geometry, 64);

        Assert.Equal(new PixelRect(-10, -10, 276, 276), Assert.Single(whole.Tiles).Source);
        Assert.Equal(tiled.CoreSize + 68, tiled.TileInputWidth);
        foreach (Tile tile in tiled.Tiles)
        {
            Assert.InRange(tile.Source.X, -10, 310 - tiled.TileInputWidth);
            Assert.True(tile.Source.X == -10 || tile.Source.X <= tile.Core.X - 34);
            Assert.True(tile.Source.Right == 310 || tile.Source.Right >= tile.Core.Right + 34);
            Assert.Equal((tile.Core.X - tile.Source.X) * 4, tile.OutputOffsetX);
        }
    }

    [Fact]
    public void TilesLargerThanTheMirroredImage_BecomeOneWindow()
    {
        var geometry = new ModelGeometry { Scale = 4, ContextPadding = 34, IsTileExact = true };

        TilePlan plan = TilePlanner.Plan(40, 30, geometry, 16);

        Assert.Equal(new PixelRect(-10, -10, 60, 50), Assert.Single(plan.Tiles).Source);
    }

    [Fact]
    public void Cores_AreBalanced()
    {
        TilePlan plan = TilePlanner.Plan(513, 9, Exact, 512);

        Assert.Equal(2, plan.Columns);
        Assert.Equal(257, plan.Tiles[0].Core.Width);
        Assert.Equal(256, plan.Tiles[1].Core.Width);
    }

    [Fact]
    public void Alignment_RoundsTheTileShapeUp()
    {
        var geometry = new ModelGeometry { Scale = 2, ContextPadding = 7, IsTileExact = true, InputAlignment = 8 };

        TilePlan plan = TilePlanner.Plan(45, 45, geometry, 20);

        Assert.Equal(0, plan.TileInputWidth % 8);
        Assert.True(plan.TileInputWidth >= plan.CoreSize + 14);
    }

    [Fact]
    public void ValidConvolutionBorder_ShiftsTheOutputOffset()
    {
        var geometry = new ModelGeometry { Scale = 2, ContextPadding = 6, Border = 6, IsTileExact = true };

        TilePlan plan = TilePlanner.Plan(40, 40, geometry, 20);

        Assert.Equal((plan.TileInputWidth - 12) * 2, plan.TileOutputWidth);
        Assert.All(plan.Tiles, t => Assert.Equal(0, t.OutputOffsetX));
    }

    [Theory]
    [InlineData(100, 70, 32)]
    [InlineData(65, 65, 16)]
    public void Feather_WeightsSumToOneEverywhere(int width, int height, int tileSize)
    {
        var geometry = new ModelGeometry { Scale = 2, ContextPadding = 4, IsTileExact = false };
        TilePlan plan = TilePlanner.Plan(width, height, geometry, tileSize);

        var sums = new float[plan.OutputWidth * plan.OutputHeight];
        foreach (Tile t in plan.Tiles)
        {
            Assert.True(t.OutputOffsetX >= 4 * 2 && t.OutputOffsetX + t.Blend.Width <= plan.TileOutputWidth - (4 * 2));
            for (int y = 0; y < t.Blend.Height; y++)
            {
                for (int x = 0; x < t.Blend.Width; x++)
                {
                    float w = PixelMath.FeatherWeight(x, t.Blend.Width, t.RampLeft, t.RampRight) * PixelMath.FeatherWeight(y, t.Blend.Height, t.RampTop, t.RampBottom);
                    sums[((t.Blend.Y + y) * plan.OutputWidth) + t.Blend.X + x] += w;
                }
            }
        }

        Assert.False(plan.IsHardCrop);
        Assert.All(sums, s => Assert.InRange(s, 1f - 1e-5f, 1f + 1e-5f));
    }
}
