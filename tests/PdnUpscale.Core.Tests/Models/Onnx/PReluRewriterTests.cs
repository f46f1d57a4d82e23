// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Onnx;
using PdnUpscale.Core.Models.Onnx.Proto;
using PdnUpscale.Core.Tests.Models.Import.Ncnn;

namespace PdnUpscale.Core.Tests.Models.Onnx;

/// <summary>The CPU-only PRelu rewrite: the same function as PRelu, on a one-node graph and on the committed model.</summary>
public sealed class PReluRewriterTests
{
    // Negative, zero, fractional, one and above one: the rewrite has to hold for every slope the committed model
    // has (it has slopes from -1.6 to 1.9).
    private static readonly float[] Slopes = [-1.5f, -0.25f, 0f, 0.1f, 0.5f, 1f, 1.3f, 1.9f];

    [Fact]
    public void Rewrite_ComputesPRelu_ForSlopesOfEverySign()
    {
        ModelProto model = OnePRelu([Slopes.Length, 1, 1]);
        byte[] original = model.ToByteArray();

        int rewritten = PReluRewriter.Rewrite(model);

        Assert.Equal(1, rewritten);
        Assert.DoesNotContain(model.Graph.Node, n => n.OpType == "PRelu");
        Assert.DoesNotContain(model.Graph.Initializer, t => t.Name == "y_slope");
        Blob input = Blob.Random(Slopes.Length, 9, 11, seed: 3, low: -4f, high: 4f);
        Blob expected = PRelu(input);
        OnnxTestRunner.AssertClose(expected, OnnxTestRunner.Run(original, input), 1e-6f);
        OnnxTestRunner.AssertClose(expected, OnnxTestRunner.Run(model.ToByteArray(), input), 1e-6f);
    }

    [Fact]
    public void Rewrite_LeavesPRelu_WhoseSlopeIsNotOnePerChannel()
    {
        // A slope of shape [C] broadcasts along the width, not the channels.
        ModelProto model = OnePRelu([Slopes.Length]);
        byte[] before = model.ToByteArray();

        Assert.Equal(0, PReluRewriter.Rewrite(model));
        Assert.Equal(before, model.ToByteArray());
    }

    [Fact]
    public void CommittedModel_Rewritten_GivesTheSameImage()
    {
        string path = Path.Combine(ModelLocations.FindBundledFolder()!, "realesr-general-x4v3.onnx");
        ModelProto model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));

        int rewritten = PReluRewriter.Rewrite(model);

        Assert.Equal(33, rewritten);
        Blob input = Blob.Random(3, 24, 20, seed: 5, low: 0f, high: 1f);
        Blob expected = OnnxTestRunner.Run(File.ReadAllBytes(path), input);
        Blob actual = OnnxTestRunner.Run(model.ToByteArray(), input);

        // Float rounding only: far below the 1/255 of one 8-bit level.
        float worst = expected.Data.Zip(actual.Data, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst < 1e-4f, $"largest difference {worst}");
        Assert.True(expected.Data.Max() - expected.Data.Min() > 0.5f, "the model's output is an image, not a constant");
    }

    private static ModelProto OnePRelu(long[] slopeShape)
    {
        var builder = new OnnxGraphBuilder();
        builder.AddImageInput("x", Slopes.Length);
        string slope = builder.AddConstant("y_slope", slopeShape, Slopes);
        string y = builder.AddNode("PRelu", "y", ["x", slope]);
        builder.AddImageOutput(y, Slopes.Length);
        return builder.Build();
    }

    private static Blob PRelu(Blob x)
    {
        var y = new Blob(x.C, x.H, x.W);
        for (int c = 0; c < x.C; c++)
        {
            for (int i = 0; i < x.H; i++)
            {
                for (int j = 0; j < x.W; j++)
                {
                    float v = x[c, i, j];
                    y[c, i, j] = v >= 0 ? v : Slopes[c] * v;
                }
            }
        }

        return y;
    }
}
