// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Weights;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>
/// SPAN (Swift Parameter-free Attention Network): normalise, Conv3XC, six SPABs, Conv3XC, concatenation
/// → 1×1 → 3×3 → PixelShuffle. Each Conv3XC runs in eval mode as one 3×3 convolution that PyTorch re-fuses from
/// its 1×1→3×3→1×1 chain and 1×1 skip on every forward pass; the stored <c>eval_conv</c> may be stale, so the
/// fused kernel is computed here the same way.
/// </summary>
internal static class Span
{
    private const int Blocks = 6;
    private static readonly float[] RgbMean = [0.4488f, 0.4371f, 0.4040f];

    /// <summary>Gets a value indicating whether the weights are SPAN's.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>True for SPAN.</returns>
    public static bool Matches(StateDict w)
        => w.HasAll("conv_1.sk.weight", "block_1.c1_r.sk.weight", "block_1.c1_r.eval_conv.weight", "block_1.c3_r.eval_conv.weight", "conv_cat.weight", "conv_2.sk.weight", "conv_2.eval_conv.weight", "upsampler.0.weight");

    /// <summary>Rebuilds the network.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>The network.</returns>
    public static ImportedNetwork Build(StateDict w)
    {
        WeightTensor sk = w.Get("conv_1.sk.weight", -1, -1, 1, 1);
        int features = sk.Dim(0);
        int channels = sk.Dim(1);
        int shuffled = w.Get("upsampler.0.weight", -1, features, 3, 3).Dim(0);
        int scale = WeightGraph.ShuffleFactor(shuffled, channels);
        if (scale == 0 || channels != RgbMean.Length)
        {
            throw w.Error($"the SPAN weights take {channels} channels and upsample to {shuffled}, which fits no supported layout");
        }

        var graph = new WeightGraph(w, channels);
        string x = WeightGraph.InputName;
        if (!w.Has("no_norm"))
        {
            x = graph.Scale(graph.Op("Sub", "centred", x, graph.Constant("rgb_mean", [1, 3, 1, 1], RgbMean)), 255f);
        }

        string feature = Conv3Xc(graph, x, "conv_1");
        string block = feature;
        string first = string.Empty;
        string lastInner = string.Empty;
        for (int b = 1; b <= Blocks; b++)
        {
            (block, lastInner) = Spab(graph, block, $"block_{b}");
            first = b == 1 ? block : first;
        }

        string tail = Conv3Xc(graph, block, "conv_2");
        x = graph.Conv(graph.Concat("features", feature, tail, first, lastInner), "conv_cat", 4 * features);
        x = graph.PixelShuffle(graph.Conv(x, "upsampler.0", features), scale);

        // Chained 3×3 convolutions: conv_1, three per block, conv_2, the upsampler's (conv_cat is 1×1).
        var geometry = new ModelGeometry { Scale = scale, ContextPadding = 1 + (3 * Blocks) + 1 + 1, IsTileExact = true };
        return new ImportedNetwork(graph.Build(x, channels), geometry, $"SPAN, {features} features");
    }

    // SPAB: o1 = c1(x); o3 = c3(SiLU(c2(SiLU(o1)))); out = (o3 + x) · (sigmoid(o3) − 0.5). Returns (out, o1).
    private static (string Output, string First) Spab(WeightGraph graph, string x, string prefix)
    {
        string o1 = Conv3Xc(graph, x, prefix + ".c1_r");
        string o2 = Conv3Xc(graph, graph.Silu(o1), prefix + ".c2_r");
        string o3 = Conv3Xc(graph, graph.Silu(o2), prefix + ".c3_r");
        string attention = graph.Op("Sub", prefix + "_attention", graph.Op("Sigmoid", prefix + "_gate", o3), graph.Constant("half", [], 0.5f));
        return (graph.Op("Mul", prefix, graph.Op("Add", prefix + "_sum", o3, x), attention), o1);
    }

    // Conv3XC in eval mode: K = W3·W2·W1 per 3×3 tap plus the 1×1 skip at the centre;
    // bias = W3·(Σ_taps W2·b1 + b2) + b3 + b_sk.
    private static string Conv3Xc(WeightGraph graph, string x, string prefix)
    {
        StateDict w = graph.Weights;
        WeightTensor w1 = w.Get(prefix + ".conv.0.weight", -1, -1, 1, 1);
        int inC = w1.Dim(1);
        int midIn = w1.Dim(0);
        WeightTensor w2 = w.Get(prefix + ".conv.1.weight", -1, midIn, 3, 3);
        int midOut = w2.Dim(0);
        WeightTensor w3 = w.Get(prefix + ".conv.2.weight", -1, midOut, 1, 1);
        int outC = w3.Dim(0);
        WeightTensor skip = w.Get(prefix + ".sk.weight", outC, inC, 1, 1);
        float[] b1 = w.Get(prefix + ".conv.0.bias", midIn).Data;
        float[] b2 = w.Get(prefix + ".conv.1.bias", midOut).Data;
        float[] b3 = w.Get(prefix + ".conv.2.bias", outC).Data;
        float[] bSkip = w.Get(prefix + ".sk.bias", outC).Data;

        // W2·W1: [midOut, inC, 9]; the fusion is accumulated in double so it adds no rounding of its own.
        var w21 = new double[midOut * inC * 9];
        var b21 = new double[midOut];
        for (int m = 0; m < midOut; m++)
        {
            b21[m] = b2[m];
            for (int n = 0; n < midIn; n++)
            {
                for (int t = 0; t < 9; t++)
                {
                    double k = w2.Data[(((m * midIn) + n) * 9) + t];
                    b21[m] += k * b1[n];
                    for (int i = 0; i < inC; i++)
                    {
                        w21[(((m * inC) + i) * 9) + t] += k * w1.Data[(n * inC) + i];
                    }
                }
            }
        }

        var kernel = new double[outC * inC * 9];
        var bias = new float[outC];
        for (int o = 0; o < outC; o++)
        {
            double b = b3[o] + bSkip[o];
            for (int m = 0; m < midOut; m++)
            {
                double k = w3.Data[(o * midOut) + m];
                b += k * b21[m];
                for (int j = 0; j < inC * 9; j++)
                {
                    kernel[(o * inC * 9) + j] += k * w21[(m * inC * 9) + j];
                }
            }

            bias[o] = (float)b;
            for (int i = 0; i < inC; i++)
            {
                kernel[(((o * inC) + i) * 9) + 4] += skip.Data[(o * inC) + i];
            }
        }

        return graph.Conv(x, prefix, new WeightTensor([outC, inC, 3, 3], [.. kernel.Select(k => (float)k)]), bias);
    }
}
