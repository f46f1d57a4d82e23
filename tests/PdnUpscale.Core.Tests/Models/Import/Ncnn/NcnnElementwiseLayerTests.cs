// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using static PdnUpscale.Core.Tests.Models.Import.Ncnn.NcnnReference;

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

public sealed class NcnnElementwiseLayerTests
{
    private static readonly Blob X = Blob.Random(3, 4, 5, seed: 20);
    private static readonly Blob Y = Blob.Random(3, 4, 5, seed: 21, 0.5f, 2f);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    public void BinaryOp_TwoBlobs_MatchesReference(int op)
    {
        Func<float, float, float> f = op switch
        {
            0 => (a, b) => a + b,
            1 => (a, b) => a - b,
            2 => (a, b) => a * b,
            3 => (a, b) => a / b,
            4 => Math.Max,
            5 => Math.Min,
            7 => (a, b) => b - a,
            _ => (a, b) => b / a,
        };
        Blob a = op == 8 ? Y : X;
        Blob b = op == 8 ? X : Y;

        OnnxTestRunner.AssertClose(Zip(a, b, f), OnnxTestRunner.Run(TwoInputs("BinaryOp", $"0={op}"), Stack(a, b)));
    }

    [Fact]
    public void BinaryOp_WithScalar_MatchesReference()
    {
        using var model = new NcnnTestModel().Input().Layer("BinaryOp", "mul", ["data"], ["out"], "0=2 1=1 2=0.25").Write();

        OnnxTestRunner.AssertClose(X.Map(v => v * 0.25f), OnnxTestRunner.Run(model, X));
    }

    [Theory]
    [InlineData("0=0")]
    [InlineData("0=1")]
    [InlineData("0=1 -23301=2,2.000000e-01,1.000000e+00")]
    [InlineData("0=2")]
    public void Eltwise_MatchesReference(string parameters)
    {
        Func<float, float, float> f = parameters switch
        {
            "0=0" => (a, b) => a * b,
            "0=1" => (a, b) => a + b,
            "0=2" => Math.Max,
            _ => (a, b) => (0.2f * a) + b,
        };

        OnnxTestRunner.AssertClose(Zip(X, Y, f), OnnxTestRunner.Run(TwoInputs("Eltwise", parameters), Stack(X, Y)));
    }

    [Fact]
    public void Concat_ChannelAxis_StacksInputs()
    {
        using var model = new NcnnTestModel().Input()
            .Layer("Split", "split", ["data"], ["a", "b"])
            .Layer("Sigmoid", "sig", ["b"], ["s"])
            .Layer("Concat", "cat", ["a", "s"], ["out"], "0=0").Write();

        OnnxTestRunner.AssertClose(Stack(X, X.Map(Sigmoid)), OnnxTestRunner.Run(model, X));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(0.2f)]
    public void ReLU_MatchesReference(float slope)
    {
        using var model = new NcnnTestModel().Input().Layer("ReLU", "relu", ["data"], ["out"], $"0={slope}").Write();

        OnnxTestRunner.AssertClose(X.Map(v => LeakyReLU(v, slope)), OnnxTestRunner.Run(model, X));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public void PReLU_MatchesReference(int slopes)
    {
        float[] slope = Blob.RandomValues(slopes, 22);
        using var model = new NcnnTestModel().Input().Layer("PReLU", "prelu", ["data"], ["out"], $"0={slopes}").Raw(slope).Write();

        OnnxTestRunner.AssertClose(PerChannel(X, (c, v) => LeakyReLU(v, slope[c % slopes])), OnnxTestRunner.Run(model, X));
    }

    [Fact]
    public void Scale_WithWeightsAndBias_MatchesReference()
    {
        float[] scale = Blob.RandomValues(3, 23);
        float[] bias = Blob.RandomValues(3, 24);
        using var model = new NcnnTestModel().Input().Layer("Scale", "scale", ["data"], ["out"], "0=3 1=1").Raw(scale).Raw(bias).Write();

        OnnxTestRunner.AssertClose(PerChannel(X, (c, v) => (v * scale[c]) + bias[c]), OnnxTestRunner.Run(model, X));
    }

    [Fact]
    public void Scale_FromSecondBlob_MultipliesPerChannel()
    {
        // waifu2x cunet's SE block: the gate vector comes in as Scale's second input (param 0 = -233).
        using var model = new NcnnTestModel().Input()
            .Layer("Split", "split", ["data"], ["a", "b"])
            .Layer("Pooling", "gap", ["a"], ["gate"], "0=1 4=1")
            .Layer("Scale", "scale", ["b", "gate"], ["out"], "0=-233").Write();

        Blob mean = GlobalAverage(X);

        OnnxTestRunner.AssertClose(PerChannel(X, (c, v) => v * mean.Data[c]), OnnxTestRunner.Run(model, X));
    }

    private static NcnnTestModel TwoInputs(string type, string parameters)
        => new NcnnTestModel().Input(6)
            .Layer("Crop", "first", ["data"], ["a"], "-23309=1,0 -23310=1,3 -23311=1,0")
            .Layer("Crop", "second", ["data"], ["b"], "-23309=1,3 -23310=1,6 -23311=1,0")
            .Layer(type, "op", ["a", "b"], ["out"], parameters).Write();

    private static Blob Stack(Blob a, Blob b)
    {
        var y = new Blob(a.C + b.C, a.H, a.W);
        a.Data.CopyTo(y.Data, 0);
        b.Data.CopyTo(y.Data, a.Data.Length);
        return y;
    }

    private static Blob Zip(Blob a, Blob b, Func<float, float, float> f)
    {
        var y = new Blob(a.C, a.H, a.W);
        for (int i = 0; i < y.Data.Length; i++)
        {
            y.Data[i] = f(a.Data[i], b.Data[i]);
        }

        return y;
    }
}
