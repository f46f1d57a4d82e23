// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using static PdnUpscale.Core.Tests.Models.Import.Ncnn.NcnnReference;

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

public sealed class NcnnResamplingLayerTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void PixelShuffle_MatchesReference(int mode)
    {
        Blob x = Blob.Random(8, 3, 4, seed: 30);
        using var model = new NcnnTestModel().Input(8).Layer("PixelShuffle", "ps", ["data"], ["out"], $"0=2 1={mode}").Write();

        OnnxTestRunner.AssertClose(PixelShuffle(x, 2, mode), OnnxTestRunner.Run(model, x));
    }

    [Theory]
    [InlineData(1, 4f)]
    [InlineData(2, 2f)]
    [InlineData(3, 2f)]
    [InlineData(3, 0.5f)]
    [InlineData(3, 0.75f)]
    public void Interp_MatchesReference(int type, float scale)
    {
        Blob x = Blob.Random(2, 8, 12, seed: 31);
        using var model = new NcnnTestModel().Input(2).Layer("Interp", "resize", ["data"], ["out"], $"0={type} 1={scale} 2={scale}").Write();

        OnnxTestRunner.AssertClose(Interp(x, type, scale), OnnxTestRunner.Run(model, x));
    }

    [Fact]
    public void Interp_FixedOutputSize_ResizesToIt()
    {
        Blob x = Blob.Random(2, 5, 5, seed: 32);
        using var model = new NcnnTestModel().Input(2).Layer("Interp", "resize", ["data"], ["out"], "0=1 3=10 4=15").Write();

        Blob y = OnnxTestRunner.Run(model, x);

        Assert.Equal((2, 10, 15), (y.C, y.H, y.W));
        Assert.Equal(x[1, 4, 4], y[1, 9, 14]);
    }

    [Theory]
    [InlineData("-23309=2,4,4 -23310=2,-4,-4 -23311=2,-2,-1", 4, 4, 4, 6)]
    [InlineData("-23309=1,1 -23310=1,0 -23311=1,2", 0, 1, 12, 13)]
    [InlineData("0=2 1=3 3=5 4=4", 3, 2, 4, 5)]
    public void Crop_OneInput_MatchesReference(string parameters, int top, int left, int h, int w)
    {
        Blob x = Blob.Random(2, 12, 14, seed: 33);
        using var model = new NcnnTestModel().Input(2).Layer("Crop", "crop", ["data"], ["out"], parameters).Write();

        OnnxTestRunner.AssertClose(Crop(x, top, left, h, w), OnnxTestRunner.Run(model, x));
    }

    [Fact]
    public void Crop_ToReferenceBlob_TakesItsSizeAtTheOffsets()
    {
        // waifu2x cunet: Crop(a, b) with 0=woffset 1=hoffset crops a to b's size.
        Blob x = Blob.Random(2, 12, 14, seed: 34);
        using var model = new NcnnTestModel().Input(2)
            .Layer("Split", "split", ["data"], ["a", "b"])
            .Layer("Pooling", "small", ["b"], ["ref"], "0=0 1=3 2=1 5=1")
            .Layer("Crop", "crop", ["a", "ref"], ["out"], "0=2 1=1").Write();

        OnnxTestRunner.AssertClose(Crop(x, 1, 2, 10, 12), OnnxTestRunner.Run(model, x));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Pooling_Global_GivesOneValuePerChannel(int type)
    {
        Blob x = Blob.Random(3, 5, 4, seed: 35);
        using var model = new NcnnTestModel().Input().Layer("Pooling", "pool", ["data"], ["out"], $"0={type} 4=1").Write();

        Blob expected = type == 1 ? GlobalAverage(x) : Vector(3, c => x.Data.Skip(c * 20).Take(20).Max());

        OnnxTestRunner.AssertClose(expected, OnnxTestRunner.Run(model, x));
    }

    [Fact]
    public void Pooling_LocalMax_MatchesReference()
    {
        Blob x = Blob.Random(2, 8, 10, seed: 36);
        using var model = new NcnnTestModel().Input(2).Layer("Pooling", "pool", ["data"], ["out"], "0=0 1=2 2=2 5=1").Write();

        OnnxTestRunner.AssertClose(MaxPool(x, 2, 2), OnnxTestRunner.Run(model, x));
    }
}
