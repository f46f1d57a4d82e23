// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Preprocessing;

namespace PdnUpscale.Core.Tests.Preprocessing;

public sealed class ColorBleederTests
{
    [Fact]
    public void Bleed_SpreadsVisibleColourPassByPassAndBlackensTheRest()
    {
        // One visible red pixel at (0, 0) with alpha 10 in a 6 × 1 row whose hidden colour is white.
        using Bgra32Image image = Bgra32Image.Allocate(6, 1);
        Span<byte> row = image.GetRow(0);
        row.Fill(255);
        for (int x = 0; x < 6; x++)
        {
            row[(x * 4) + 3] = 0;
        }

        row[0] = 0;
        row[1] = 0;
        row[3] = 10;

        using Bgra32Image bled = ColorBleeder.Bleed(image, passes: 3, parallelism: 2, CancellationToken.None);

        Span<byte> result = bled.GetRow(0);
        Assert.Equal([0, 0, 255, 255], result[..4].ToArray());
        Assert.Equal([0, 0, 255, 255], result.Slice(12, 4).ToArray());
        Assert.Equal([0, 0, 0, 255], result.Slice(16, 4).ToArray());
        Assert.Equal(255, image.GetRow(0)[4]);
    }

    [Fact]
    public void Bleed_AveragesNeighboursWithEdgeWeightTwoAndCornerWeightOne()
    {
        // A transparent centre between a red edge neighbour (weight 2) and a blue corner neighbour (weight 1).
        using Bgra32Image image = Bgra32Image.Allocate(3, 3);
        image.GetRow(0)[0] = 255;
        image.GetRow(0)[3] = 255;
        image.GetRow(1)[2] = 255;
        image.GetRow(1)[3] = 255;

        using Bgra32Image bled = ColorBleeder.Bleed(image, passes: 1, parallelism: 1, CancellationToken.None);

        Span<byte> centre = bled.GetRow(1).Slice(4, 4);
        Assert.Equal(PixelMath.BleedAverage(255, 3), centre[0]);
        Assert.Equal(PixelMath.BleedAverage(2 * 255, 3), centre[2]);
    }
}
