// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Pipeline;

public sealed class UpscalerAlphaTests
{
    [Theory]
    [InlineData(AlphaMode.Model)]
    [InlineData(AlphaMode.Fast)]
    public void HiddenColour_UnderZeroAlpha_DoesNotChangeTheResult(AlphaMode mode)
    {
        using Bgra32Image black = TestImages.Create(48, 40, withAlpha: true);
        using Bgra32Image white = black.Clone();
        Hide(black, 0);
        Hide(white, 255);

        using UpscaleResult a = Run(black, mode);
        using UpscaleResult b = Run(white, mode);

        Assert.Equal(0, TestImages.MaxAbsDiff(a.Image, b.Image));
    }

    [Fact]
    public void Alpha_KeepsItsShapeAndBounds()
    {
        using Bgra32Image source = TestImages.Create(40, 40, withAlpha: true);

        using UpscaleResult result = Run(source, AlphaMode.Model);

        Span<byte> centre = result.Image.GetRow(80);
        Assert.Equal(255, centre[(80 * 4) + 3]);
        Assert.Equal(0, result.Image.GetRow(0)[3]);
        Assert.Equal(0, result.Image.GetRow(159)[(159 * 4) + 3]);
    }

    [Fact]
    public void OpaqueImages_StayOpaque()
    {
        using Bgra32Image source = TestImages.Create(20, 10);

        using UpscaleResult result = Run(source, AlphaMode.Model);

        for (int y = 0; y < result.Image.Height; y++)
        {
            Span<byte> row = result.Image.GetRow(y);
            for (int i = 3; i < row.Length; i += 4)
            {
                Assert.Equal(255, row[i]);
            }
        }
    }

    internal static void Hide(Bgra32Image image, byte value)
    {
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int i = 0; i < row.Length; i += 4)
            {
                if (row[i + 3] == 0)
                {
                    row[i] = row[i + 1] = row[i + 2] = value;
                }
            }
        }
    }

    private static UpscaleResult Run(Bgra32Image source, AlphaMode mode)
    {
        ModelDescriptor model = StencilSessionFactory.Model(scale: 4, contextPadding: 3);
        using var upscaler = new Upscaler(null, new StencilSessionFactory(3));
        return upscaler.Run(source, new UpscaleOptions { Model = model, Alpha = mode, TileSize = TileSizeOption.Fixed(16) });
    }
}
