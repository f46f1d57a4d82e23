// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Weights;
using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>
/// OmniSR (Omni-SR: omni-scale aggregation; e.g. 4x_WTP_descreenton): pad to a window multiple, 3×3 conv, groups
/// of [OSA blocks, 1×1 conv] + skip → ESA, 3×3 conv + skip, 3×3 conv + PixelShuffle, crop. An OSA block is
/// MBConv (with squeeze-excitation), window attention, gated FFN, window channel attention, gated FFN, grid
/// attention, gated FFN, grid channel attention, gated FFN. Squeeze-excitation, grid attention and ESA's pooling
/// see the whole image, so the model is not tile-exact.
/// </summary>
internal static class OmniSr
{
    private const int Heads = 4;
    private const float LayerNormEpsilon = 1e-5f;
    private const float LayerNorm2dEpsilon = 1e-6f;

    /// <summary>
    /// The context given to tiles, in input pixels: the local part of the receptive field (windows and
    /// convolutions) is about this wide; the global part has no bound, which is why tiles are feathered.
    /// </summary>
    private const int LocalContext = 32;

    /// <summary>Gets a value indicating whether the weights are OmniSR's.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>True for OmniSR.</returns>
    public static bool Matches(StateDict w)
        => w.HasAll("residual_layer.0.residual_layer.0.layer.0.fn.0.weight", "input.weight", "up.0.weight");

    /// <summary>Rebuilds the network.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>The network.</returns>
    public static ImportedNetwork Build(StateDict w)
    {
        WeightTensor input = w.Get("input.weight", -1, -1, 3, 3);
        int features = input.Dim(0);
        int channels = input.Dim(1);
        int shuffled = w.Get("up.0.weight", -1, features, 3, 3).Dim(0);
        int scale = WeightGraph.ShuffleFactor(shuffled, channels);
        int groups = w.SequenceLength("residual_layer");
        int blocks = w.SequenceLength("residual_layer.0.residual_layer") - 1;
        const string BiasKey = "residual_layer.0.residual_layer.0.layer.2.fn.rel_pos_bias.weight";
        int window = w.Has(BiasKey) ? (int)Math.Round((Math.Sqrt(w[BiasKey].Dim(0)) + 1) / 2) : 8;
        if (scale == 0 || features % Heads != 0 || groups < 1 || blocks < 1)
        {
            throw w.Error($"the OmniSR weights ({features} features, {groups} groups, {blocks} blocks, {shuffled} upsampling outputs) fit no supported layout");
        }

        var graph = new WeightGraph(w, channels);
        var net = new Builder(graph, features, window);
        string x = net.PadToWindow(WeightGraph.InputName);
        string residual = graph.Conv(x, "input", channels);
        net.MeasureShape(residual);
        string y = residual;
        for (int g = 0; g < groups; g++)
        {
            y = net.Group(y, $"residual_layer.{g}", blocks);
        }

        y = graph.Op("Add", "skip", graph.Conv(y, "output", features), residual);
        y = graph.PixelShuffle(graph.Conv(y, "up.0", features), scale);
        y = net.CropToInput(y, scale);
        var geometry = new ModelGeometry { Scale = scale, ContextPadding = LocalContext, IsTileExact = false };
        return new ImportedNetwork(graph.Build(y, channels), geometry, $"OmniSR, {features} features, {groups} groups, window {window}");
    }

    private sealed class Builder(WeightGraph graph, int features, int window)
    {
        private readonly StateDict w = graph.Weights;
        private readonly int headDim = features / Heads;
        private string imageShape = string.Empty; // [1, C, H, W] of the padded features
        private string windows = string.Empty; // [X] = H / window
        private string windowsAcross = string.Empty; // [Y] = W / window
        private string inputShape = string.Empty;

        // PyTorch pads the bottom and right with zeros to a multiple of the window.
        public string PadToWindow(string x)
        {
            this.inputShape = graph.Op("Shape", "input_shape", x);
            string hw = graph.Op("Slice", "input_hw", this.inputShape, graph.Int64s("two", 2), graph.Int64s("four", 4));
            string win = graph.Int64s("window", window);
            string pad = graph.Op("Mod", "pad_hw", graph.Op("Sub", "pad_hw_raw", win, graph.Op("Mod", "hw_mod", hw, win)), win);
            string pads = graph.Op("Concat", "pads", [graph.Int64s("zeros", 0, 0, 0, 0, 0, 0), pad], Int("axis", 0));
            return graph.Op("Pad", "padded", x, pads);
        }

        public string CropToInput(string y, int scale)
        {
            string hw = graph.Op("Slice", "output_hw", this.inputShape, graph.Int64s("two", 2), graph.Int64s("four", 4));
            string ends = graph.Op("Mul", "output_ends", hw, graph.Int64s("scale", scale));
            return graph.Op("Slice", "cropped", y, graph.Int64s("starts", 0, 0), ends, graph.Int64s("axes", 2, 3));
        }

        public void MeasureShape(string features)
        {
            this.imageShape = graph.Op("Shape", "image_shape", features);
            string win = graph.Int64s("window", window);
            this.windows = graph.Op("Div", "windows_down", graph.Op("Slice", "height", this.imageShape, graph.Int64s("two", 2), graph.Int64s("three", 3)), win);
            this.windowsAcross = graph.Op("Div", "windows_across", graph.Op("Slice", "width", this.imageShape, graph.Int64s("three", 3), graph.Int64s("four", 4)), win);
        }

        // OSAG: [blocks, 1×1 conv] + x, then ESA.
        public string Group(string x, string prefix, int blocks)
        {
            string y = x;
            for (int b = 0; b < blocks; b++)
            {
                y = this.Block(y, $"{prefix}.residual_layer.{b}.layer");
            }

            y = graph.Op("Add", prefix, graph.Conv(y, $"{prefix}.residual_layer.{blocks}", features), x);
            return this.Esa(y, prefix + ".esa");
        }

        private string Block(string x, string p)
        {
            x = this.MbConv(x, p + ".0.fn");
            x = this.Attention(x, p + ".2", grid: false);
            x = this.Residual2d(x, p + ".4", this.GatedFeedForward);
            x = this.Residual2d(x, p + ".5", (y, q) => this.ChannelAttention(y, q, grid: false));
            x = this.Residual2d(x, p + ".6", this.GatedFeedForward);
            x = this.Attention(x, p + ".8", grid: true);
            x = this.Residual2d(x, p + ".10", this.GatedFeedForward);
            x = this.Residual2d(x, p + ".11", (y, q) => this.ChannelAttention(y, q, grid: true));
            return this.Residual2d(x, p + ".12", this.GatedFeedForward);
        }

        // x + [1×1, GELU, depthwise 3×3, GELU, squeeze-excitation, 1×1](x).
        private string MbConv(string x, string p)
        {
            int hidden = this.w.Get(p + ".0.weight", -1, features, 1, 1).Dim(0);
            string y = graph.Gelu(graph.Conv(x, p + ".0", features));
            y = graph.Gelu(graph.Conv(y, p + ".2", 1, groups: hidden));
            string mean = graph.Op("ReduceMean", p + ".se_mean", [y], Ints("axes", 2, 3), Int("keepdims", 1));
            string gate = graph.Conv(mean, p + ".4.gate.1", LinearAsConv(this.w.Get(p + ".4.gate.1.weight", -1, hidden)), null);
            gate = graph.Silu(gate);
            gate = graph.Op("Sigmoid", p + ".se_gate", graph.Conv(gate, p + ".4.gate.3", LinearAsConv(this.w.Get(p + ".4.gate.3.weight", hidden, -1)), null));
            y = graph.Conv(graph.Op("Mul", p + ".se", y, gate), p + ".5", hidden);
            return graph.Op("Add", p, y, x);
        }

        // Pre-norm residual over channels (LayerNorm2d, eps 1e-6): x + fn(norm(x)).
        private string Residual2d(string x, string p, Func<string, string, string> fn)
        {
            string mean = graph.Op("ReduceMean", p + ".mean", [x], Ints("axes", 1), Int("keepdims", 1));
            string centred = graph.Op("Sub", p + ".centred", x, mean);
            string variance = graph.Op("ReduceMean", p + ".var", [graph.Op("Mul", p + ".sq", centred, centred)], Ints("axes", 1), Int("keepdims", 1));
            string std = graph.Op("Sqrt", p + ".std", graph.Op("Add", p + ".var_eps", variance, graph.Constant("eps2d", [], LayerNorm2dEpsilon)));
            string normed = graph.Op("Div", p + ".normed", centred, std);
            normed = graph.Op("Mul", p + ".scaled", normed, graph.Constant(p + ".norm.weight", [features, 1, 1], this.w.Get(p + ".norm.weight", features).Data));
            normed = graph.Op("Add", p + ".norm", normed, graph.Constant(p + ".norm.bias", [features, 1, 1], this.w.Get(p + ".norm.bias", features).Data));
            return graph.Op("Add", p, fn(normed, p + ".fn"), x);
        }

        // 1×1 → 2h, depthwise 3×3, GELU(first half) · second half, 1×1.
        private string GatedFeedForward(string x, string p)
        {
            int doubled = this.w.Get(p + ".project_in.weight", -1, features, 1, 1).Dim(0);
            string y = graph.Conv(graph.Conv(x, p + ".project_in", features), p + ".dwconv", 1, groups: doubled);
            string first = graph.Op("Slice", p + ".x1", y, graph.Int64s("start", 0), graph.Int64s("half", doubled / 2), graph.Int64s("channel_axis", 1));
            string second = graph.Op("Slice", p + ".x2", y, graph.Int64s("half", doubled / 2), graph.Int64s("end", doubled), graph.Int64s("channel_axis", 1));
            return graph.Conv(graph.Op("Mul", p + ".gated", graph.Gelu(first), second), p + ".project_out", doubled / 2);
        }

        // Multi-head self-attention within each window (pixels w·x + i) or grid cell (pixels X·i + x), pre-norm residual.
        private string Attention(string x, string p, bool grid)
        {
            // [1, C, H, W] → [1, C, X, w, Y, w] (window) or [1, C, w, X, w, Y] (grid) → [X·Y, w², C].
            string win = graph.Int64s("w", window);
            string[] split = grid
                ? [graph.Int64s("one_c", 1, features), win, this.windows, win, this.windowsAcross]
                : [graph.Int64s("one_c", 1, features), this.windows, win, this.windowsAcross, win];
            string six = graph.Op("Reshape", p + ".split", x, graph.Op("Concat", p + ".split_shape", split, Int("axis", 0)));
            string tokens = graph.Op("Transpose", p + ".tokens6", [six], grid ? Ints("perm", 0, 3, 5, 2, 4, 1) : Ints("perm", 0, 2, 4, 3, 5, 1));
            tokens = graph.Op("Reshape", p + ".tokens", tokens, graph.Int64s("token_shape", -1, window * window, features));

            string normed = graph.Op(
                "LayerNormalization",
                p + ".norm",
                [tokens, graph.Constant(p + ".norm.weight", [features], this.w.Get(p + ".norm.weight", features).Data), graph.Constant(p + ".norm.bias", [features], this.w.Get(p + ".norm.bias", features).Data)],
                Int("axis", -1),
                Float("epsilon", LayerNormEpsilon));
            string qkv = graph.Op("MatMul", p + ".qkv", normed, this.Transposed(p + ".fn.to_qkv.weight", 3 * features));
            string Head(int i) => graph.Op(
                "Transpose",
                $"{p}.head{i}",
                [graph.Op("Reshape", $"{p}.split{i}", graph.Op("Slice", $"{p}.part{i}", qkv, graph.Int64s("from", i * features), graph.Int64s("to", (i + 1) * features), graph.Int64s("last_axis", 2)), graph.Int64s("head_shape", 0, 0, Heads, this.headDim))],
                Ints("perm", 0, 2, 1, 3));
            string q = graph.Scale(Head(0), 1f / MathF.Sqrt(this.headDim));
            string k = graph.Op("Transpose", p + ".kT", [Head(1)], Ints("perm", 0, 1, 3, 2));
            string similarity = graph.Op("MatMul", p + ".sim", q, k);
            if (this.w.Has(p + ".fn.rel_pos_bias.weight"))
            {
                similarity = graph.Op("Add", p + ".biased", similarity, this.RelativePositionBias(p + ".fn.rel_pos_bias.weight"));
            }

            string attention = graph.Op("Softmax", p + ".attend", [similarity], Int("axis", -1));
            string output = graph.Op("Transpose", p + ".merged", [graph.Op("MatMul", p + ".attended", attention, Head(2))], Ints("perm", 0, 2, 1, 3));
            output = graph.Op("Reshape", p + ".heads", output, graph.Int64s("merge_shape", 0, 0, features));
            output = graph.Op("Add", p + ".residual", graph.Op("MatMul", p + ".out", output, this.Transposed(p + ".fn.to_out.0.weight", features)), tokens);

            // Back: [X·Y, w², C] → [1, X, Y, w, w, C] → the image layout.
            string back = graph.Op("Concat", p + ".back_shape", [graph.Int64s("one", 1), this.windows, this.windowsAcross, graph.Int64s("w_w_c", window, window, features)], Int("axis", 0));
            string six2 = graph.Op("Reshape", p + ".unsplit", output, back);
            string image = graph.Op("Transpose", p + ".image6", [six2], grid ? Ints("perm", 0, 5, 3, 1, 4, 2) : Ints("perm", 0, 5, 1, 3, 2, 4));
            return graph.Op("Reshape", p, image, this.imageShape);
        }

        // Channel attention: per window (pixels of one window) or per grid offset (the same pixel of every window),
        // softmax(normalize(q)·normalize(k)ᵀ·temperature)·v across each head's channels.
        private string ChannelAttention(string x, string p, bool grid)
        {
            string qkv = graph.Conv(graph.Conv(x, p + ".qkv", features), p + ".qkv_dwconv", 1, groups: 3 * features);
            string win = graph.Int64s("w", window);
            string seven = graph.Op("Concat", p + ".split_shape", [graph.Int64s("heads", 1, Heads, this.headDim), this.windows, win, this.windowsAcross, win], Int("axis", 0));

            // [1, heads, d, X, w, Y, w] → window: [1, X, Y, heads, d, w, w]; grid: [1, w, w, heads, d, X, Y].
            long[] forward = grid ? [0, 4, 6, 1, 2, 3, 5] : [0, 3, 5, 1, 2, 4, 6];
            string Part(int i)
            {
                string part = graph.Op("Slice", $"{p}.part{i}", qkv, graph.Int64s("from", i * features), graph.Int64s("to", (i + 1) * features), graph.Int64s("channel_axis", 1));
                string t = graph.Op("Transpose", $"{p}.t{i}", [graph.Op("Reshape", $"{p}.r{i}", part, seven)], Ints("perm", forward));
                return graph.Op("Reshape", $"{p}.g{i}", t, grid ? graph.Int64s("group_shape", 1, window * window, Heads, this.headDim, -1) : graph.Int64s("group_shape", 1, -1, Heads, this.headDim, window * window));
            }

            string Normalized(string t)
            {
                string norm = graph.Op("ReduceL2", t + "_l2", [t], Ints("axes", -1), Int("keepdims", 1));
                return graph.Op("Div", t + "_normalized", t, graph.Op("Max", t + "_l2_eps", norm, graph.Constant("l2_eps", [], 1e-12f)));
            }

            string q = Normalized(Part(0));
            string k = graph.Op("Transpose", p + ".kT", [Normalized(Part(1))], Ints("perm", 0, 1, 2, 4, 3));
            float[] temperature = this.w.Get(p + ".temperature", Heads, 1, 1).Data;
            string similarity = graph.Op("Mul", p + ".sim", graph.Op("MatMul", p + ".qk", q, k), graph.Constant(p + ".temperature", [Heads, 1, 1], temperature));
            string attention = graph.Op("Softmax", p + ".attend", [similarity], Int("axis", -1));
            string output = graph.Op("MatMul", p + ".attended", attention, Part(2));

            string back = grid
                ? graph.Op("Concat", p + ".back_shape", [graph.Int64s("one_w_w_heads_d", 1, window, window, Heads, this.headDim), this.windows, this.windowsAcross], Int("axis", 0))
                : graph.Op("Concat", p + ".back_shape", [graph.Int64s("one", 1), this.windows, this.windowsAcross, graph.Int64s("heads_d_w_w", Heads, this.headDim, window, window)], Int("axis", 0));
            long[] backward = grid ? [0, 3, 4, 5, 1, 6, 2] : [0, 3, 4, 1, 5, 2, 6];
            string image = graph.Op("Transpose", p + ".image7", [graph.Op("Reshape", p + ".unsplit", output, back)], Ints("perm", backward));
            return graph.Conv(graph.Op("Reshape", p + ".image", image, this.imageShape), p + ".project_out", features);
        }

        // Enhanced spatial attention: a strided, max-pooled, bilinear-upsampled gate.
        private string Esa(string x, string p)
        {
            string c1 = graph.Conv(x, p + ".conv1", features);
            int f = this.w[p + ".conv1.weight"].Dim(0);
            string reduced = graph.Conv(c1, p + ".conv2", f, stride: 2, padded: false);
            string pooled = graph.Op("MaxPool", p + ".pool", [reduced], Ints("kernel_shape", 7, 7), Ints("strides", 3, 3));
            string c3 = graph.Conv(pooled, p + ".conv3", f);
            string sizes = graph.Op("Concat", p + ".sizes", [graph.Int64s("one_f", 1, f), graph.Op("Slice", p + ".hw", this.imageShape, graph.Int64s("two", 2), graph.Int64s("four", 4))], Int("axis", 0));
            c3 = graph.Op(
                "Resize",
                p + ".upsampled",
                [c3, string.Empty, string.Empty, sizes],
                String("mode", "linear"),
                String("coordinate_transformation_mode", "half_pixel"));
            string c4 = graph.Conv(graph.Op("Add", p + ".sum", c3, graph.Conv(c1, p + ".conv_f", f)), p + ".conv4", f);
            return graph.Op("Mul", p, x, graph.Op("Sigmoid", p + ".gate", c4));
        }

        // A Linear layer's weight [out, in] transposed to [in, out] for MatMul.
        private string Transposed(string name, int rows)
        {
            WeightTensor weight = this.w.Get(name, rows, features);
            var data = new float[weight.Data.Length];
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < features; c++)
                {
                    data[(c * rows) + r] = weight.Data[(r * features) + c];
                }
            }

            return graph.Constant(name, [features, rows], data);
        }

        // B[h, i, j] = table[index(i − j), h] for in-window positions i = (i1, i2), j = (j1, j2).
        private string RelativePositionBias(string name)
        {
            int span = (2 * window) - 1;
            WeightTensor table = this.w.Get(name, span * span, Heads);
            int n = window * window;
            var bias = new float[Heads * n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    int index = ((i / window) - (j / window) + window - 1) * span + ((i % window) - (j % window) + window - 1);
                    for (int h = 0; h < Heads; h++)
                    {
                        bias[(((h * n) + i) * n) + j] = table.Data[(index * Heads) + h];
                    }
                }
            }

            return graph.Constant(name, [Heads, n, n], bias);
        }

        private static WeightTensor LinearAsConv(WeightTensor linear) => new([linear.Shape[0], linear.Shape[1], 1, 1], linear.Data);
    }
}
