// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Weights;
using PdnUpscale.Core.Models.Onnx;
using PdnUpscale.Core.Models.Onnx.Proto;
using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>
/// Builds an architecture's forward pass as an ONNX graph from a state dict: the layers PyTorch modules map
/// to (what torch.onnx emits for them), over <see cref="OnnxGraphBuilder"/>. Values are NCHW float tensors.
/// </summary>
internal sealed class WeightGraph
{
    /// <summary>The name of the graph input.</summary>
    public const string InputName = "input";

    /// <summary>The name of the graph output.</summary>
    public const string OutputName = "output";

    private readonly OnnxGraphBuilder builder = new();

    /// <summary>Initializes a new instance of the <see cref="WeightGraph"/> class with an image input.</summary>
    /// <param name="weights">The weights the layers read.</param>
    /// <param name="channels">The input's channel count.</param>
    public WeightGraph(StateDict weights, int channels)
    {
        this.Weights = weights;
        this.builder.AddImageInput(InputName, channels);
        this.builder.UniqueName(InputName);
    }

    /// <summary>Gets the weights.</summary>
    public StateDict Weights { get; }

    /// <summary>Finishes the graph with <paramref name="value"/> as its output.</summary>
    /// <param name="value">The output value.</param>
    /// <param name="channels">The output's channel count.</param>
    /// <returns>The model, without metadata.</returns>
    public ModelProto Build(string value, int channels)
    {
        this.builder.AddImageOutput(this.builder.AddNode("Identity", OutputName, [value]), channels);
        return this.builder.Build();
    }

    /// <summary>A convolution with the weights <c>PREFIX.weight</c> and, when present, <c>PREFIX.bias</c>.</summary>
    /// <param name="input">The input value.</param>
    /// <param name="prefix">The module's name in the state dict.</param>
    /// <param name="inputChannels">The expected input channels per group.</param>
    /// <param name="groups">The group count (the channel count for a depthwise convolution).</param>
    /// <param name="stride">The stride.</param>
    /// <param name="padded">True to zero-pad by half the kernel (the size is kept at stride 1), false for none.</param>
    /// <returns>The output value.</returns>
    public string Conv(string input, string prefix, int inputChannels, int groups = 1, int stride = 1, bool padded = true)
    {
        WeightTensor weight = this.Weights.Get(prefix + ".weight", -1, inputChannels, -1, -1);
        WeightTensor? bias = this.Weights.Has(prefix + ".bias") ? this.Weights.Get(prefix + ".bias", weight.Shape[0]) : null;
        return this.Conv(input, prefix, weight, bias?.Data, groups, stride, padded);
    }

    /// <summary>A convolution with given weights (odd square kernels).</summary>
    /// <param name="input">The input value.</param>
    /// <param name="hint">The name to derive value names from.</param>
    /// <param name="weight">The kernel, <c>[out, in / groups, k, k]</c>.</param>
    /// <param name="bias">The bias, or null.</param>
    /// <param name="groups">The group count.</param>
    /// <param name="stride">The stride.</param>
    /// <param name="padded">True to zero-pad by half the kernel, false for none.</param>
    /// <returns>The output value.</returns>
    public string Conv(string input, string hint, WeightTensor weight, float[]? bias, int groups = 1, int stride = 1, bool padded = true)
    {
        int kh = weight.Dim(2);
        int kw = weight.Dim(3);
        if (kh % 2 == 0 || kw % 2 == 0)
        {
            throw this.Weights.Error($"the convolution '{hint}' has an even kernel ({kh}×{kw}), which this architecture never uses");
        }

        List<string> inputs = [input, this.builder.AddConstant(hint + ".weight", weight.Shape, weight.Data)];
        if (bias is not null)
        {
            inputs.Add(this.builder.AddConstant(hint + ".bias", [bias.Length], bias));
        }

        int ph = padded ? kh / 2 : 0;
        int pw = padded ? kw / 2 : 0;
        List<AttributeProto> attributes = [Ints("kernel_shape", kh, kw), Ints("pads", ph, pw, ph, pw), Int("group", groups)];
        if (stride != 1)
        {
            attributes.Add(Ints("strides", stride, stride));
        }

        return this.builder.AddNode("Conv", hint, [.. inputs], [.. attributes]);
    }

    /// <summary>A node with one output and no attributes, e.g. Add, Mul, Sigmoid.</summary>
    /// <param name="opType">The ONNX operator.</param>
    /// <param name="hint">The output name to start from.</param>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The output value.</returns>
    public string Op(string opType, string hint, params string[] inputs) => this.builder.AddNode(opType, hint, inputs);

    /// <summary>A node with one output and attributes.</summary>
    /// <param name="opType">The ONNX operator.</param>
    /// <param name="hint">The output name to start from.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The output value.</returns>
    public string Op(string opType, string hint, string[] inputs, params AttributeProto[] attributes) => this.builder.AddNode(opType, hint, inputs, attributes);

    /// <summary>A float constant.</summary>
    /// <param name="hint">The name to start from.</param>
    /// <param name="dims">The shape.</param>
    /// <param name="values">The values.</param>
    /// <returns>The constant's name.</returns>
    public string Constant(string hint, long[] dims, params float[] values) => this.builder.AddConstant(hint, dims, values);

    /// <summary>A 1-D int64 constant (shapes, axes).</summary>
    /// <param name="hint">The name to start from.</param>
    /// <param name="values">The values.</param>
    /// <returns>The constant's name.</returns>
    public string Int64s(string hint, params long[] values) => this.builder.AddInt64Constant(hint, values);

    /// <summary><c>x · factor</c>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The output value.</returns>
    public string Scale(string x, float factor) => this.Op("Mul", x + "_scaled", x, this.Constant("factor", [], factor));

    /// <summary>LeakyReLU.</summary>
    /// <param name="x">The input.</param>
    /// <param name="slope">The negative slope.</param>
    /// <returns>The output value.</returns>
    public string LeakyRelu(string x, float slope) => this.Op("LeakyRelu", x + "_lrelu", [x], Float("alpha", slope));

    /// <summary>SiLU, <c>x · sigmoid(x)</c>, as torch.onnx emits it.</summary>
    /// <param name="x">The input.</param>
    /// <returns>The output value.</returns>
    public string Silu(string x) => this.Op("Mul", x + "_silu", x, this.Op("Sigmoid", x + "_sigmoid", x));

    /// <summary>GELU in its exact form, <c>x · (1 + erf(x / √2)) / 2</c> (PyTorch's default).</summary>
    /// <param name="x">The input.</param>
    /// <returns>The output value.</returns>
    public string Gelu(string x)
    {
        string erf = this.Op("Erf", x + "_erf", this.Scale(x, 1f / MathF.Sqrt(2f)));
        return this.Scale(this.Op("Mul", x + "_gelu", x, this.Op("Add", x + "_erf1", erf, this.Constant("one", [], 1f))), 0.5f);
    }

    /// <summary>Concatenation along channels.</summary>
    /// <param name="hint">The output name to start from.</param>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The output value.</returns>
    public string Concat(string hint, params string[] inputs) => this.Op("Concat", hint, inputs, Int("axis", 1));

    /// <summary>Gets the factor of a PixelShuffle that turns a convolution's outputs into an image.</summary>
    /// <param name="outputs">The convolution's output channels: channels × factor².</param>
    /// <param name="channels">The image's channels.</param>
    /// <returns>The factor, or 0 when <paramref name="outputs"/> is no whole square times <paramref name="channels"/>.</returns>
    public static int ShuffleFactor(int outputs, int channels)
    {
        int factor = (int)Math.Round(Math.Sqrt(outputs / (double)channels));
        return factor >= 1 && factor * factor * channels == outputs ? factor : 0;
    }

    /// <summary>PyTorch's PixelShuffle: ONNX DepthToSpace in CRD mode.</summary>
    /// <param name="x">The input.</param>
    /// <param name="factor">The upscale factor.</param>
    /// <returns>The output value.</returns>
    public string PixelShuffle(string x, int factor)
        => factor == 1 ? x : this.Op("DepthToSpace", x + "_shuffled", [x], Int("blocksize", factor), String("mode", "CRD"));

    /// <summary>Nearest-neighbour upscaling by a whole factor (PyTorch's <c>interpolate(mode='nearest')</c>).</summary>
    /// <param name="x">The input.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The output value.</returns>
    public string Nearest(string x, int factor)
        => this.Op(
            "Resize",
            x + "_nearest",
            [x, string.Empty, this.Constant("nearest_scales", [4], 1f, 1f, factor, factor)],
            String("mode", "nearest"),
            String("coordinate_transformation_mode", "asymmetric"),
            String("nearest_mode", "floor"));
}
