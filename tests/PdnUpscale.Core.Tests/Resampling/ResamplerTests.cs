// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Resampling;

public sealed class ResamplerTests
{
    public static TheoryData<ResampleFilter, int, int, int, int> Sizes()
    {
        var data = new TheoryData<ResampleFilter, int, int, int, int>();
        foreach (ResampleFilter filter in Enum.GetValues<ResampleFilter>())
        {
            data.Add(filter, 10, 7, 37, 23);
            data.Add(filter, 40, 30, 9, 5);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void FlatColour_StaysFlat(ResampleFilter filter, int width, int height, int toWidth, int toHeight)
    {
        using Bgra32Image source = TestImages.Flat(width, height, 10, 100, 200);
        using Bgra32Image result = Resampler.Resize(source, toWidth, toHeight, filter, 2);

        for (int y = 0; y < toHeight; y++)
        {
            Assert.Equal([10, 100, 200, 255], result.GetRow(y).Slice(((toWidth / 2) * 4), 4).ToArray());
        }
    }

    [Theory]
    [InlineData(ResampleFilter.CatmullRom, 0, 1)]
    [InlineData(ResampleFilter.CatmullRom, 1, 0)]
    [InlineData(ResampleFilter.CatmullRom, 0.5, 0.5625)]
    [InlineData(ResampleFilter.Mitchell, 0, 8.0 / 9)]
    [InlineData(ResampleFilter.Mitchell, 1, 1.0 / 18)]
    [InlineData(ResampleFilter.Mitchell, 0.5, 77.0 / 144)]
    [InlineData(ResampleFilter.Mitchell, 1.5, -5.0 / 144)]
    [InlineData(ResampleFilter.Mitchell, 2, 0)]
    [InlineData(ResampleFilter.Lanczos3, 3, 0)]
    public void Filters_HaveTheirPublishedShapes(ResampleFilter filter, double x, double weight)
    {
        // Mitchell-Netravali (B = C = 1/3): 16/18 at the centre and 1/18 at ±1, so its integer taps sum to 1.
        Assert.Equal(weight, ResampleKernel.Evaluate(filter, x), 12);
        Assert.Equal(weight, ResampleKernel.Evaluate(filter, -x), 12);
    }

    [Fact]
    public void Shrinking_AntialiasesAFineCheckerboardToGrey()
    {
        using Bgra32Image source = Bgra32Image.Allocate(64, 64);
        for (int y = 0; y < 64; y++)
        {
            Span<byte> row = source.GetRow(y);
            for (int x = 0; x < 64; x++)
            {
                row.Slice(x * 4, 3).Fill((byte)(((x + y) & 1) * 255));
                row[(x * 4) + 3] = 255;
            }
        }

        using Bgra32Image result = Bgra32Image.Allocate(16, 16);
        Resampler.Resample(source, result, ResampleFilter.Lanczos3, ResampleChannels.All, 2);

        Assert.InRange(result.GetRow(8)[8 * 4], 120, 135);
    }

    [Fact]
    public void AlphaOnly_LeavesColourAlone()
    {
        using Bgra32Image source = TestImages.Create(12, 12, withAlpha: true);
        using Bgra32Image result = TestImages.Create(24, 24, seed: 9);
        using Bgra32Image before = result.Clone();

        Resampler.Resample(source, result, ResampleFilter.Lanczos3, ResampleChannels.AlphaFromAlpha, 2);

        for (int y = 0; y < 24; y++)
        {
            Span<byte> a = before.GetRow(y), b = result.GetRow(y);
            for (int i = 0; i < a.Length; i += 4)
            {
                Assert.Equal(a.Slice(i, 3).ToArray(), b.Slice(i, 3).ToArray());
            }
        }

        Assert.Equal(0, result.GetRow(0)[3]);
        Assert.Equal(255, result.GetRow(12)[(12 * 4) + 3]);
    }
}
