// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using static PdnUpscale.Core.Tests.Models.Import.Ncnn.NcnnReference;

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

public sealed class NcnnConvolutionLayerTests
{
    [Theory]
    [InlineData(3, 1, 1, 1, false)]
    [InlineData(3, 1, 0, 1, true)]
    [InlineData(2, 2, 0, 1, true)]
    [InlineData(3, 1, 2, 2, false)]
    public void Convolution_MatchesReference(int k, int stride, int pad, int dilation, bool fp16)
    {
        Blob x = Blob.Random(3, 8, 8, seed: 1);
        float[] weight = Rounded(Blob.RandomValues(4 * 3 * k * k, 2), fp16);
        float[] bias = Blob.RandomValues(4, 3);
        using var model = new NcnnTestModel().Input()
            .Layer("Convolution", "conv", ["data"], ["out"], $"0=4 1={k} 2={dilation} 3={stride} 4={pad} 5=1 6={weight.Length}")
            .Tagged(weight, fp16).Raw(bias).Write();

        OnnxTestRunner.AssertClose(Convolution(x, weight, bias, 4, k, stride, pad, dilation), OnnxTestRunner.Run(model, x));
    }

    [Theory]
    [InlineData(1, "")]
    [InlineData(2, " -23310=1,1.000000e-01")]
    [InlineData(3, " -23310=2,-0.2,0.3")]
    [InlineData(4, "")]
    [InlineData(5, "")]
    [InlineData(6, " -23310=2,0.2,0.5")]
    public void Convolution_FusedActivation_MatchesReference(int type, string args)
    {
        Blob x = Blob.Random(2, 5, 5, seed: 4, -3f, 3f);
        float[] weight = Blob.RandomValues(2 * 2 * 9, 5);
        using var model = new NcnnTestModel().Input(2)
            .Layer("Convolution", "conv", ["data"], ["out"], $"0=2 1=3 4=1 6={weight.Length} 9={type}{args}")
            .Tagged(weight).Write();

        Func<float, float> activation = type switch
        {
            1 => v => Math.Max(v, 0f),
            2 => v => LeakyReLU(v, 0.1f),
            3 => v => Math.Clamp(v, -0.2f, 0.3f),
            4 => Sigmoid,
            5 => v => v * MathF.Tanh(MathF.Log(MathF.Exp(v) + 1f)),
            _ => v => v * Math.Clamp((v * 0.2f) + 0.5f, 0f, 1f),
        };
        Blob expected = Convolution(x, weight, null, 2, 3, 1, 1).Map(activation);

        OnnxTestRunner.AssertClose(expected, OnnxTestRunner.Run(model, x));
    }

    [Theory]
    [InlineData(4, 2, 3, 0)]
    [InlineData(2, 2, 0, 0)]
    [InlineData(3, 2, 1, 1)]
    [InlineData(5, 3, 2, 0)]
    public void Deconvolution_MatchesReference(int k, int stride, int pad, int outputPad)
    {
        Blob x = Blob.Random(3, 6, 6, seed: 6);
        float[] weight = Blob.RandomValues(2 * 3 * k * k, 7);
        float[] bias = Blob.RandomValues(2, 8);
        using var model = new NcnnTestModel().Input()
            .Layer("Deconvolution", "deconv", ["data"], ["out"], $"0=2 1={k} 3={stride} 4={pad} 18={outputPad} 5=1 6={weight.Length} 9=2 -23310=1,0.1")
            .Tagged(weight, fp16: true).Raw(bias).Write();

        Blob expected = Deconvolution(x, Rounded(weight, true), bias, 2, k, stride, pad, outputPad).Map(v => LeakyReLU(v, 0.1f));

        OnnxTestRunner.AssertClose(expected, OnnxTestRunner.Run(model, x));
    }

    [Fact]
    public void SqueezeExcitation_PoolInnerProductAndBroadcastMultiply_MatchReference()
    {
        // Real-CUGAN's SE block: global mean → InnerProduct+ReLU → InnerProduct+Sigmoid → per-channel multiply.
        Blob x = Blob.Random(4, 5, 6, seed: 9);
        float[] w1 = Blob.RandomValues(2 * 4, 10);
        float[] b1 = Blob.RandomValues(2, 11);
        float[] w2 = Blob.RandomValues(4 * 2, 12);
        float[] b2 = Blob.RandomValues(4, 13);
        using var model = new NcnnTestModel().Input(4)
            .Layer("Split", "split", ["data"], ["a", "b"])
            .Layer("Pooling", "gap", ["a"], ["pooled"], "0=1 4=1")
            .Layer("InnerProduct", "fc1", ["pooled"], ["h"], "0=2 1=1 2=8 9=1").Tagged(w1, fp16: true).Raw(b1)
            .Layer("InnerProduct", "fc2", ["h"], ["gate"], "0=4 1=1 2=8 9=4").Tagged(w2).Raw(b2)
            .Layer("BinaryOp", "mul", ["b", "gate"], ["out"], "0=2").Write();

        Blob h = InnerProduct(GlobalAverage(x), Rounded(w1, true), b1, 2).Map(v => Math.Max(v, 0f));
        Blob gate = InnerProduct(h, w2, b2, 4).Map(Sigmoid);

        OnnxTestRunner.AssertClose(PerChannel(x, (c, v) => v * gate.Data[c]), OnnxTestRunner.Run(model, x));
    }

    private static float[] Rounded(float[] values, bool fp16) => fp16 ? Array.ConvertAll(values, v => (float)(Half)v) : values;
}
