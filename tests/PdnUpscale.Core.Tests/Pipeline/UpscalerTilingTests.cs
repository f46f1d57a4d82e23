// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tiling;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Pipeline;

/// <summary>Tiled inference against whole-image inference, with a stand-in model of known receptive field.</summary>
public sealed class UpscalerTilingTests
{
    private const int Radius = 3;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(513, 9)]
    [InlineData(37, 29)]
    public void Tiled_EqualsWholeImage_ForTileExactModels(int width, int height)
    {
        ModelDescriptor model = StencilSessionFactory.Model(scale: 2, contextPadding: Radius);
        using Bgra32Image source = TestImages.Create(width, height, withAlpha: width > 7);
        using UpscaleResult whole = Run(source, model, TileSizeOption.WholeImage);

        foreach (int tile in new[] { 16, 20, 33 })
        {
            using UpscaleResult tiled = Run(source, model, TileSizeOption.Fixed(tile));
            Assert.Equal(0, TestImages.MaxAbsDiff(whole.Image, tiled.Image));
        }
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(513, 9)]
    [InlineData(64, 40)]
    [InlineData(37, 29)]
    public void Tiled_EqualsWholeImage_WhenTheReceptiveFieldReachesPastTheMirroredBorder(int width, int height)
    {
        // A receptive field wider than the mirrored border: outputs near the image edge see the network's zero
        // padding, so tiles must meet the image edge exactly where the whole-image run does.
        const int radius = TilePlanner.EdgeMirror + 3;
        ModelDescriptor model = StencilSessionFactory.Model(scale: 2, contextPadding: radius);
        using Bgra32Image source = TestImages.Create(width, height);
        using UpscaleResult whole = Run(source, model, TileSizeOption.WholeImage, radius: radius);

        foreach (int tile in new[] { 16, 20, 33 })
        {
            using UpscaleResult tiled = Run(source, model, TileSizeOption.Fixed(tile), radius: radius);
            Assert.True(tiled.TilesRun > 1);
            Assert.Equal(0, TestImages.MaxAbsDiff(whole.Image, tiled.Image));
        }
    }

    [Fact]
    public void AutomaticRectangularTiles_EqualTheWholeImage()
    {
        // A budget of 100² windows (4·(192 + 64·4) bytes per pixel at 2×) cuts 330 × 150 into 3 × 2 tiles of 110 × 75.
        ModelDescriptor model = StencilSessionFactory.Model(scale: 2, contextPadding: Radius);
        using Bgra32Image source = TestImages.Create(330, 150, withAlpha: true);
        using UpscaleResult whole = Run(source, model, TileSizeOption.WholeImage);
        using var upscaler = new Upscaler(new UpscaleConfiguration { TileMemoryBudgetBytes = 100 * 100 * 1_792 }, new StencilSessionFactory(Radius));

        using UpscaleResult tiled = upscaler.Run(source, new UpscaleOptions { Model = model, TileSize = TileSizeOption.Auto });

        Assert.Equal(new TileShape(110, 75), tiled.TileSize);
        Assert.Equal(0, TestImages.MaxAbsDiff(whole.Image, tiled.Image));
    }

    [Fact]
    public void TooLittleContext_MakesSeams()
    {
        // The control for the test above: with less context than the receptive field, tiling differs.
        ModelDescriptor model = StencilSessionFactory.Model(scale: 2, contextPadding: 1);
        using Bgra32Image source = TestImages.Create(64, 40);
        using UpscaleResult whole = Run(source, model, TileSizeOption.WholeImage);
        using UpscaleResult tiled = Run(source, model, TileSizeOption.Fixed(16));

        Assert.True(TestImages.MaxAbsDiff(whole.Image, tiled.Image) > 1);
    }

    [Fact]
    public void AlignedTileShapes_StayExact()
    {
        ModelDescriptor model = StencilSessionFactory.Model(scale: 4, contextPadding: Radius, alignment: 8);
        using Bgra32Image source = TestImages.Create(45, 23);
        using UpscaleResult whole = Run(source, model, TileSizeOption.WholeImage);
        using UpscaleResult tiled = Run(source, model, TileSizeOption.Fixed(16));

        Assert.Equal(0, TestImages.MaxAbsDiff(whole.Image, tiled.Image));
    }

    [Fact]
    public void FeatheredTiles_StayCloseForModelsWithGlobalOperations()
    {
        ModelDescriptor model = StencilSessionFactory.Model(scale: 2, contextPadding: Radius, tileExact: false);
        using Bgra32Image source = TestImages.Create(96, 64);
        using UpscaleResult whole = Run(source, model, TileSizeOption.WholeImage, globalTerm: true);
        using UpscaleResult tiled = Run(source, model, TileSizeOption.Fixed(32), globalTerm: true);

        // The global term (0.1 × tile mean) differs per tile; feathering spreads the step instead of a seam.
        Assert.InRange(TestImages.MaxAbsDiff(whole.Image, tiled.Image), 1, 12);
    }

    [Fact]
    public void OutOfMemory_HalvesTheTileAndGivesTheSameResult()
    {
        ModelDescriptor model = StencilSessionFactory.Model(scale: 2, contextPadding: Radius);
        using Bgra32Image source = TestImages.Create(100, 50);
        using UpscaleResult expected = Run(source, model, TileSizeOption.WholeImage);
        var factory = new StencilSessionFactory(Radius)
        {
            FailWhen = (w, h) => w > 40 ? new InferenceOutOfMemoryException("test", null) : null,
        };
        using var upscaler = new Upscaler(null, factory);

        using UpscaleResult result = upscaler.Run(source, new UpscaleOptions { Model = model, TileSize = TileSizeOption.Fixed(96) });

        Assert.Equal(TileShape.Square(48), result.TileSize);
        Assert.Equal(1, factory.Evictions);
        Assert.Equal(0, TestImages.MaxAbsDiff(expected.Image, result.Image));
    }

    internal static UpscaleResult Run(Bgra32Image source, ModelDescriptor model, TileSizeOption tile, bool globalTerm = false, int radius = Radius)
    {
        using var upscaler = new Upscaler(null, new StencilSessionFactory(radius, globalTerm));
        return upscaler.Run(source, new UpscaleOptions { Model = model, TileSize = tile });
    }
}
