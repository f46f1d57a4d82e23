// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Analysis;

/// <summary>
/// What an ONNX upscaling model costs per input pixel: the multiply-accumulates of its convolutions (for inference
/// GFLOP/s) and the largest set of float activations alive at once (for the tile memory budget). It follows each
/// tensor's spatial scale relative to the input through the graph (strided convolutions and pooling shrink it,
/// DepthToSpace, ConvTranspose and Resize enlarge it, global pooling ends it) and its channel count (a
/// convolution's output channels, DepthToSpace and SpaceToDepth's regrouping, Concat's sum). Every Conv and
/// ConvTranspose is charged Cout·Cin/group·kh·kw MACs per output pixel; a tensor is alive from the node that makes it
/// to the last node that reads it, as ONNX Runtime's memory planner frees it. Border effects of unpadded
/// convolutions and element-wise operations are ignored: they are a small share of the work.
/// </summary>
public static class OnnxCost
{
    /// <summary>Counts the convolution MACs per input pixel of a model.</summary>
    /// <param name="onnxPath">The model file.</param>
    /// <returns>The MACs per input pixel.</returns>
    public static double MacsPerInputPixel(string onnxPath) => Analyze(onnxPath).MacsPerInputPixel;

    /// <summary>Walks a model's graph once for both figures.</summary>
    /// <param name="onnxPath">The model file.</param>
    /// <returns>The figures.</returns>
    public static OnnxCostFigures Analyze(string onnxPath)
    {
        ModelProto model;
        using (FileStream stream = File.OpenRead(onnxPath))
        {
            model = ModelProto.Parser.WithDiscardUnknownFields(true).ParseFrom(CodedInputStream.CreateWithLimits(stream, int.MaxValue, 100));
        }

        GraphProto graph = model.Graph;
        Dictionary<string, TensorProto> initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var tensors = new Dictionary<string, TensorShape>(StringComparer.Ordinal);
        foreach (ValueInfoProto input in graph.Input.Where(i => !initializers.ContainsKey(i.Name)))
        {
            TensorShapeProto.Types.Dimension? channels = input.Type?.TensorType?.Shape?.Dim.ElementAtOrDefault(1);
            tensors[input.Name] = new TensorShape(1, channels is { DimValue: > 0 } c ? c.DimValue : 3);
        }

        var lastUse = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < graph.Node.Count; i++)
        {
            foreach (string input in graph.Node[i].Input)
            {
                lastUse[input] = i;
            }
        }

        foreach (ValueInfoProto output in graph.Output)
        {
            lastUse[output.Name] = int.MaxValue;
        }

        double macs = 0, alive = tensors.Values.Sum(t => t.BytesPerInputPixel), peak = alive;
        for (int i = 0; i < graph.Node.Count; i++)
        {
            NodeProto node = graph.Node[i];
            TensorShape[] inputs = [.. node.Input.Where(tensors.ContainsKey).Select(n => tensors[n])];
            double inScale = inputs.Select(t => t.Scale).DefaultIfEmpty(0).Max();
            long inChannels = inputs.Select(t => t.Channels).DefaultIfEmpty(0).Max();
            TensorProto? weight = node.OpType is "Conv" or "ConvTranspose" && node.Input.Count > 1 ? initializers.GetValueOrDefault(node.Input[1]) : null;
            TensorShape output = node.OpType switch
            {
                "Conv" => new(inScale / Stride(node), weight?.Dims[0] ?? inChannels),
                "MaxPool" or "AveragePool" => new(inScale / Stride(node), inChannels),
                "ConvTranspose" => new(inScale * Stride(node), weight is null ? inChannels : weight.Dims[1] * Attribute(node, "group", 1)),
                "DepthToSpace" => new(inScale * Attribute(node, "blocksize", 1), inChannels / Square(Attribute(node, "blocksize", 1))),
                "SpaceToDepth" => new(inScale / Attribute(node, "blocksize", 1), inChannels * Square(Attribute(node, "blocksize", 1))),
                "GlobalAveragePool" or "GlobalMaxPool" or "ReduceMean" => new(0, inChannels),
                "Resize" or "Upsample" => new(inScale * ResizeFactor(node, initializers), inChannels),
                "Concat" when Attribute(node, "axis", 1) == 1 => new(inScale, inputs.Sum(t => t.Channels)),
                _ => new(inScale, inChannels),
            };
            if (weight is not null)
            {
                // Conv weights are [Cout, Cin/group, kh, kw]; ConvTranspose weights [Cin, Cout/group, kh, kw]:
                // either way the product of the dimensions is the MACs per output pixel of the denser side.
                double perPixel = weight.Dims.Aggregate(1.0, (product, d) => product * d);
                macs += node.OpType == "Conv" ? perPixel * output.Scale * output.Scale : perPixel * inScale * inScale;
            }

            foreach (string name in node.Output)
            {
                tensors[name] = output;
                alive += output.BytesPerInputPixel;
            }

            peak = Math.Max(peak, alive);
            foreach (string name in node.Input.Concat(node.Output).Distinct(StringComparer.Ordinal))
            {
                if (lastUse.GetValueOrDefault(name, i) <= i && tensors.Remove(name, out TensorShape freed))
                {
                    alive -= freed.BytesPerInputPixel;
                }
            }
        }

        return new OnnxCostFigures(macs, peak);
    }

    private static double Stride(NodeProto node) =>
        node.Attribute.FirstOrDefault(a => a.Name == "strides") is { Ints.Count: > 0 } strides ? strides.Ints[0] : 1;

    private static long Attribute(NodeProto node, string name, long fallback) =>
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

    private static long Square(long value) => value * value;

    /// <summary>A tensor's spatial scale against the input and its channels.</summary>
    private readonly record struct TensorShape(double Scale, long Channels)
    {
        public double BytesPerInputPixel => sizeof(float) * this.Channels * this.Scale * this.Scale;
    }
}

/// <summary>What one pass of a model costs per input pixel (<see cref="OnnxCost"/>).</summary>
/// <param name="MacsPerInputPixel">The convolution multiply-accumulates.</param>
/// <param name="PeakActivationBytesPerInputPixel">The float activations alive at once at the graph's fullest point, in bytes.</param>
public readonly record struct OnnxCostFigures(double MacsPerInputPixel, double PeakActivationBytesPerInputPixel);
