// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Analysis;

/// <summary>
/// Counts the multiply-accumulates of an ONNX upscaling model's convolutions per input pixel, for inference
/// GFLOP/s. It follows each tensor's spatial scale relative to the input through the graph (strided
/// convolutions and pooling shrink it, DepthToSpace, ConvTranspose and Resize enlarge it, global pooling
/// ends it) and charges every Conv/ConvTranspose Cout·Cin/group·kh·kw MACs per output pixel. Border effects
/// of unpadded convolutions and element-wise operations are ignored: they are a small share of the work.
/// </summary>
public static class OnnxCost
{
    /// <summary>Counts the convolution MACs per input pixel of a model.</summary>
    /// <param name="onnxPath">The model file.</param>
    /// <returns>The MACs per input pixel.</returns>
    public static double MacsPerInputPixel(string onnxPath)
    {
        ModelProto model;
        using (FileStream stream = File.OpenRead(onnxPath))
        {
            model = ModelProto.Parser.WithDiscardUnknownFields(true).ParseFrom(CodedInputStream.CreateWithLimits(stream, int.MaxValue, 100));
        }

        GraphProto graph = model.Graph;
        Dictionary<string, TensorProto> initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var scales = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (ValueInfoProto input in graph.Input.Where(i => !initializers.ContainsKey(i.Name)))
        {
            scales[input.Name] = 1;
        }

        double macs = 0;
        foreach (NodeProto node in graph.Node)
        {
            double inScale = node.Input.Where(scales.ContainsKey).Select(n => scales[n]).DefaultIfEmpty(0).Max();
            double outScale = node.OpType switch
            {
                "Conv" or "MaxPool" or "AveragePool" => inScale / Stride(node),
                "ConvTranspose" => inScale * Stride(node),
                "DepthToSpace" => inScale * Attribute(node, "blocksize", 1),
                "SpaceToDepth" => inScale / Attribute(node, "blocksize", 1),
                "GlobalAveragePool" or "GlobalMaxPool" or "ReduceMean" => 0,
                "Resize" or "Upsample" => inScale * ResizeFactor(node, initializers),
                _ => inScale,
            };
            if (node.OpType is "Conv" or "ConvTranspose" && node.Input.Count > 1 && initializers.TryGetValue(node.Input[1], out TensorProto? weight))
            {
                // Conv weights are [Cout, Cin/group, kh, kw]; ConvTranspose weights [Cin, Cout/group, kh, kw]:
                // either way the product of the dimensions is the MACs per output pixel of the denser side.
                double perPixel = weight.Dims.Aggregate(1.0, (product, d) => product * d);
                macs += node.OpType == "Conv" ? perPixel * outScale * outScale : perPixel * inScale * inScale;
            }

            foreach (string output in node.Output)
            {
                scales[output] = outScale;
            }
        }

        return macs;
    }

    private static double Stride(NodeProto node) =>
        node.Attribute.FirstOrDefault(a => a.Name == "strides") is { Ints.Count: > 0 } strides ? strides.Ints[0] : 1;

    private static double Attribute(NodeProto node, string name, long fallback) =>
        node.Attribute.FirstOrDefault(a => a.Name == name)?.I ?? fallback;

    private static double ResizeFactor(NodeProto node, Dictionary<string, TensorProto> initializers)
    {
        // Resize(X, roi, scales[, sizes]) and Upsample(X, scales): scales are [n, c, h, w].
        string? name = node.OpType == "Upsample" ? node.Input.ElementAtOrDefault(1) : node.Input.ElementAtOrDefault(2);
        if (name is null || !initializers.TryGetValue(name, out TensorProto? tensor))
        {
            return 1;
        }

        float[] values = tensor.FloatData.Count > 0 ? [.. tensor.FloatData] : System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray();
        return values.Length == 4 ? values[2] : 1;
    }
}
