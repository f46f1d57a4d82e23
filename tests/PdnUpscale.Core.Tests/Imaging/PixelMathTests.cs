// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Tests.Imaging;

public sealed class PixelMathTests
{
    [Theory]
    [InlineData(-1, 5, 1)]
    [InlineData(-4, 5, 4)]
    [InlineData(5, 5, 3)]
    [InlineData(8, 5, 0)]
    [InlineData(9, 5, 1)]
    [InlineData(-7, 5, 1)]
    [InlineData(3, 1, 0)]
    [InlineData(-2, 2, 0)]
    public void ReflectIndex_MirrorsWithoutRepeatingTheEdge(int index, int size, int expected)
    {
        Assert.Equal(expected, PixelMath.ReflectIndex(index, size));
    }

    [Theory]
    [InlineData(0f, 0)]
    [InlineData(1f, 255)]
    [InlineData(0.5f, 128)]
    [InlineData(-0.2f, 0)]
    [InlineData(1.7f, 255)]
    [InlineData(float.NaN, 0)]
    [InlineData(100f / 255f, 100)]
    public void ToByte_RoundsHalfUpAndClamps(float value, int expected)
    {
        Assert.Equal(expected, PixelMath.ToByte(value, 1f));
    }

    [Fact]
    public void ToByte_InvertsToModelRange()
    {
        for (int v = 0; v < 256; v++)
        {
            Assert.Equal(v, PixelMath.ToByte(PixelMath.ToModelRange(v, 1f), 1f));
            Assert.Equal(v, PixelMath.ToByte(PixelMath.ToModelRange(v, 255f), 255f));
        }
    }

    [Fact]
    public void FeatherRamps_OfNeighboursSumToOne()
    {
        const int ramp = 12;
        for (int i = 0; i < ramp; i++)
        {
            float rising = PixelMath.FeatherRamp(i, ramp);
            float falling = PixelMath.FeatherRamp(ramp - 1 - i, ramp);
            Assert.Equal(1f, rising + falling, 6);
        }
    }

    [Fact]
    public void BleedWeights_FavourEdgeNeighbours()
    {
        Assert.Equal(0, PixelMath.BleedWeight(0, 0));
        Assert.Equal(2, PixelMath.BleedWeight(1, 0));
        Assert.Equal(2, PixelMath.BleedWeight(0, -1));
        Assert.Equal(1, PixelMath.BleedWeight(-1, 1));
        Assert.Equal(3, PixelMath.BleedAverage(10, 3));
    }

    [Fact]
    public void NchwIndex_IsPlanar()
    {
        Assert.Equal((2 * 5 * 7) + (3 * 7) + 4, PixelMath.NchwIndex(2, 3, 4, 5, 7));
    }
}
