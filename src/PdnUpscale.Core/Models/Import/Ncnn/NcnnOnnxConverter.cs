// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Onnx;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>
/// Translates an ncnn network and its weights into an ONNX graph, layer by layer in file order (the order
/// ncnn reads the .bin in). ncnn blobs are <c>[C, H, W]</c> without a batch axis; here every blob becomes
/// <c>[1, C, H, W]</c>, and a 1-D blob <c>[C]</c> (after global pooling or InnerProduct) becomes
/// <c>[1, C, 1, 1]</c>, so ONNX broadcasting gives ncnn's per-channel broadcast of a vector over an image.
/// </summary>
internal sealed partial class NcnnOnnxConverter
{
    /// <summary>The name of the graph input.</summary>
    public const string InputName = "input";

    /// <summary>The name of the graph output.</summary>
    public const string OutputName = "output";

    private readonly NcnnNetwork network;
    private readonly NcnnWeightReader weights;
    private readonly OnnxGraphBuilder builder = new();
    private readonly Dictionary<string, NcnnBlob> blobs = new(StringComparer.Ordinal);
    private readonly HashSet<string> consumed = new(StringComparer.Ordinal);

    private NcnnOnnxConverter(NcnnNetwork network, NcnnWeightReader weights)
    {
        this.network = network;
        this.weights = weights;
    }

    /// <summary>Converts a network.</summary>
    /// <param name="network">The parsed .param file.</param>
    /// <param name="weights">The reader over the matching .bin file.</param>
    /// <returns>The ONNX model, without metadata.</returns>
    /// <exception cref="NcnnImportException">A layer is unsupported or malformed, or the weights do not match.</exception>
    public static ModelProto Convert(NcnnNetwork network, NcnnWeightReader weights)
    {
        var converter = new NcnnOnnxConverter(network, weights);
        foreach (NcnnLayer layer in network.Layers)
        {
            converter.ConvertLayer(layer);
        }

        weights.EnsureFullyRead();
        converter.DeclareOutput();
        return converter.builder.Build();
    }

    private void ConvertLayer(NcnnLayer layer)
    {
        NcnnBlob[] inputs = layer.Bottoms.Select(name => this.Resolve(layer, name)).ToArray();
        NcnnBlob output = layer.Type switch
        {
            "Input" => this.ConvertInput(layer),
            "Split" => this.Single(layer, inputs),
            "Convolution" => this.ConvertConvolution(layer, this.Single(layer, inputs)),
            "Deconvolution" => this.ConvertDeconvolution(layer, this.Single(layer, inputs)),
            "InnerProduct" => this.ConvertInnerProduct(layer, this.Single(layer, inputs)),
            "ReLU" => this.ConvertReLU(layer, this.Single(layer, inputs)),
            "Sigmoid" => this.Unary(layer, "Sigmoid", this.Single(layer, inputs)),
            "PReLU" => this.ConvertPReLU(layer, this.Single(layer, inputs)),
            "Scale" => this.ConvertScale(layer, inputs),
            "BinaryOp" => this.ConvertBinaryOp(layer, inputs),
            "Eltwise" => this.ConvertEltwise(layer, inputs),
            "Concat" => this.ConvertConcat(layer, inputs),
            "Crop" => this.ConvertCrop(layer, inputs),
            "Interp" => this.ConvertInterp(layer, this.Single(layer, inputs)),
            "PixelShuffle" => this.ConvertPixelShuffle(layer, this.Single(layer, inputs)),
            "Pooling" => this.ConvertPooling(layer, this.Single(layer, inputs)),
            _ => throw this.network.Error(layer, "has a type the importer does not support"),
        };

        bool fanOut = layer.Type == "Split";
        if (!fanOut && layer.Tops.Count != 1)
        {
            throw this.network.Error(layer, $"writes {layer.Tops.Count} outputs but this layer type has one");
        }

        foreach (string top in layer.Tops)
        {
            if (!this.blobs.TryAdd(top, output))
            {
                throw this.network.Error(layer, $"writes blob '{top}', which an earlier layer already wrote");
            }
        }
    }

    private NcnnBlob ConvertInput(NcnnLayer layer)
    {
        if (this.blobs.Values.Any(b => b.OnnxName == InputName))
        {
            throw this.network.Error(layer, "is a second input; only single-input models are supported");
        }

        this.builder.AddImageInput(InputName, layer.Params.GetInt(2, 3));
        this.builder.UniqueName(InputName);
        return new NcnnBlob(InputName, false);
    }

    private void DeclareOutput()
    {
        string[] outputs = this.blobs.Keys.Where(name => !this.consumed.Contains(name)).ToArray();
        if (outputs.Length != 1)
        {
            string cause = outputs.Length == 0 ? "has no output blob" : $"has {outputs.Length} output blobs ({string.Join(", ", outputs)}); only single-output models are supported";
            throw new NcnnImportException(this.network.ParamPath, 0, "the network " + cause);
        }

        string last = this.blobs[outputs[0]].OnnxName;
        string output = this.builder.AddNode("Identity", OutputName, [last]);
        this.builder.AddImageOutput(output, 0);
    }

    private NcnnBlob Resolve(NcnnLayer layer, string name)
    {
        if (!this.blobs.TryGetValue(name, out NcnnBlob blob))
        {
            throw this.network.Error(layer, $"reads blob '{name}', which no earlier layer writes");
        }

        this.consumed.Add(name);
        return blob;
    }

    private NcnnBlob Single(NcnnLayer layer, NcnnBlob[] inputs)
        => inputs.Length == 1 ? inputs[0] : throw this.network.Error(layer, $"has {inputs.Length} inputs but this layer type takes one");

    private NcnnBlob Unary(NcnnLayer layer, string opType, NcnnBlob input, params AttributeProto[] attributes)
        => input with { OnnxName = this.builder.AddNode(opType, layer.Name, [input.OnnxName], attributes) };

    private static string Owner(NcnnLayer layer, string what) => $"{layer.Type} layer '{layer.Name}' (line {layer.Line}) {what}";

    /// <summary>An ncnn blob as the ONNX value that holds it.</summary>
    /// <param name="OnnxName">The ONNX value name.</param>
    /// <param name="IsVector">True for a 1-D ncnn blob, held as <c>[1, C, 1, 1]</c>.</param>
    private readonly record struct NcnnBlob(string OnnxName, bool IsVector);
}
