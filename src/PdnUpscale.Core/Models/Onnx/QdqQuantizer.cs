// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.InteropServices;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Onnx;

/// <summary>
/// Rewrites a float model (PRelu folded by <see cref="Int8PReluFolder"/>) into the QDQ form that ONNX
/// Runtime's CPU provider fuses into integer kernels: every convolution reads
/// <c>DequantizeLinear</c>ed uint8 activations (one scale and zero point per tensor, from calibration) and
/// int8 weights (symmetric, one scale per output channel, zero point 0), its int32 bias is dequantized with
/// the product of the two scales, and its output goes straight into a <c>QuantizeLinear</c>, which ONNX
/// Runtime turns into <c>QLinearConv</c> (and, on CPUs with VNNI, its VNNI kernels).
/// </summary>
/// <remarks>
/// <para>
/// Where the graph stays int8: PRelu in its int8 form (<see cref="Int8PReluFolder"/>: a depthwise convolution, a
/// Relu, an add) is a convolution and an add, so it stays int8 too: the Relu is the zero point 0 of the
/// convolution's uint8 output (ONNX Runtime drops it), and the add of two quantized tensors becomes
/// <c>QLinearAdd</c>. Where it leaves int8: after the last convolution. Its output is dequantized into
/// whatever follows (for the compact Real-ESRGAN models <c>DepthToSpace</c>, which has no integer kernel, then
/// the residual add of the upsampled input, in float); the graph input is quantized only on its way into
/// int8 operators, so that residual adds the exact input. Quantizing the last convolution's output too cost
/// 0.004 dB PSNR(Y) on the photo set and saved its float convolution (6 % of the int8 run).
/// </para>
/// <para>
/// The quantized tensors are named as in the float graph, so calibrated ranges recorded for one model file
/// (<see cref="Int8Calibration"/>) apply to exactly that file after the same CPU rewrite.
/// </para>
/// </remarks>
internal static class QdqQuantizer
{
    private const int WeightLevels = 127;

    /// <summary>Lists the tensors that carry uint8 activations, in graph order.</summary>
    /// <param name="graph">The float graph with PRelu folded (<see cref="Int8PReluFolder"/>, then <see cref="PReluRewriter"/> for the rest).</param>
    /// <returns>The tensor names; calibration must give a range for each.</returns>
    public static IReadOnlyList<string> QuantizedTensors(GraphProto graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var consumers = Consumers(graph);
        var initializers = graph.Initializer.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name)
        {
            if (seen.Add(name))
            {
                result.Add(name);
            }
        }

        HashSet<string> outputs = [.. graph.Output.Select(o => o.Name)];
        foreach (NodeProto node in graph.Node.Where(n => IsQuantizableConv(n, initializers)))
        {
            Add(node.Input[0]);
            string output = ActivatedOutput(node, consumers);
            if (!outputs.Contains(output))
            {
                Add(output);
            }
        }

        // Graph order: the input first, then each tensor after its producer.
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ValueInfoProto input in graph.Input)
        {
            order.TryAdd(input.Name, -1);
        }

        for (int i = 0; i < graph.Node.Count; i++)
        {
            foreach (string output in graph.Node[i].Output)
            {
                order.TryAdd(output, i);
            }
        }

        return [.. result.OrderBy(t => order.GetValueOrDefault(t, int.MaxValue))];
    }

    /// <summary>Rewrites the float graph into QDQ form in place.</summary>
    /// <param name="model">The float model with PRelu folded, as for <see cref="QuantizedTensors"/>.</param>
    /// <param name="ranges">The calibrated range of every tensor <see cref="QuantizedTensors"/> lists but those kept float.</param>
    /// <param name="floatTensors">Tensors of <see cref="QuantizedTensors"/> to leave in float.</param>
    /// <exception cref="InvalidDataException">A tensor has no calibrated range.</exception>
    public static void Apply(ModelProto model, IReadOnlyDictionary<string, ActivationRange> ranges, IReadOnlyCollection<string> floatTensors)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(floatTensors);
        GraphProto graph = model.Graph;
        IEnumerable<string> quantized = QuantizedTensors(graph).Where(t => !floatTensors.Contains(t));
        var parameters = new Dictionary<string, (float Scale, byte ZeroPoint)>(StringComparer.Ordinal);
        foreach (string tensor in quantized)
        {
            if (!ranges.TryGetValue(tensor, out ActivationRange range))
            {
                throw new InvalidDataException($"The int8 calibration has no range for the tensor '{tensor}'; it was made for another model file.");
            }

            parameters[tensor] = range.ToUInt8();
        }

        HashSet<string> graphInputs = [.. graph.Input.Select(i => i.Name)];
        Dictionary<string, TensorProto> initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var builder = new OnnxGraphBuilder(graph, out IReadOnlyList<NodeProto> nodes);
        var dequantized = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string input in quantized.Where(graphInputs.Contains))
        {
            dequantized[input] = AddQdq(builder, input, parameters[input]);
        }

        foreach (NodeProto node in nodes)
        {
            bool int8Consumer = IsInt8Consumer(node, initializers.Keys);
            string firstInput = node.Input.Count > 0 ? node.Input[0] : string.Empty;
            for (int i = 0; i < node.Input.Count; i++)
            {
                // Quantized outputs of nodes are dequantized for every consumer (the Q must be the producer's only
                // consumer for the fusion); the graph input only on its way into int8 operators.
                if (dequantized.TryGetValue(node.Input[i], out string? dq) && (int8Consumer || !graphInputs.Contains(node.Input[i])))
                {
                    node.Input[i] = dq;
                }
            }

            if (IsQuantizableConv(node, initializers.Keys) && parameters.TryGetValue(firstInput, out var x))
            {
                QuantizeWeights(builder, node, initializers, x.Scale);
            }

            builder.AddExistingNode(node);
            foreach (string output in node.Output.Where(parameters.ContainsKey))
            {
                dequantized[output] = AddQdq(builder, output, parameters[output]);
            }
        }

        // The float weights and biases the DequantizeLinear nodes replaced would each make ONNX Runtime warn.
        HashSet<string> used = [.. graph.Node.SelectMany(n => n.Input)];
        foreach (TensorProto orphan in graph.Initializer.Where(t => !used.Contains(t.Name)).ToList())
        {
            graph.Initializer.Remove(orphan);
        }
    }

    private static Dictionary<string, List<NodeProto>> Consumers(GraphProto graph)
    {
        var consumers = new Dictionary<string, List<NodeProto>>(StringComparer.Ordinal);
        foreach (NodeProto node in graph.Node)
        {
            foreach (string input in node.Input.Where(i => i.Length > 0))
            {
                if (!consumers.TryGetValue(input, out List<NodeProto>? list))
                {
                    consumers[input] = list = [];
                }

                list.Add(node);
            }
        }

        return consumers;
    }

    private static List<NodeProto> Consumed(string tensor, Dictionary<string, List<NodeProto>> consumers)
        => consumers.TryGetValue(tensor, out List<NodeProto>? list) ? list : [];

    /// <summary>The convolution's output, or that of the Relu that is its only consumer (a Q with zero point 0 is that Relu).</summary>
    private static string ActivatedOutput(NodeProto conv, Dictionary<string, List<NodeProto>> consumers)
    {
        List<NodeProto> next = Consumed(conv.Output[0], consumers);
        return next is [{ OpType: "Relu", Domain: "" } relu] ? relu.Output[0] : conv.Output[0];
    }

    private static bool IsQuantizableConv(NodeProto node, IEnumerable<string> initializers)
        => node.OpType == "Conv" && node.Domain.Length == 0 && node.Input.Count >= 2 && initializers.Contains(node.Input[1])
            && (node.Input.Count < 3 || node.Input[2].Length == 0 || initializers.Contains(node.Input[2]));

    /// <summary>Operators ONNX Runtime runs on uint8 tensors when every input is dequantized and the output quantized.</summary>
    private static bool IsInt8Consumer(NodeProto node, IEnumerable<string> initializers)
        => IsQuantizableConv(node, initializers) || (node.Domain.Length == 0 && node.OpType is "Add" or "Relu");

    private static string AddQdq(OnnxGraphBuilder builder, string tensor, (float Scale, byte ZeroPoint) q)
    {
        string scale = builder.AddConstant(tensor + "_scale", [], [q.Scale]);
        string zeroPoint = builder.AddTensor(tensor + "_zero_point", TensorProto.Types.DataType.Uint8, [], [q.ZeroPoint]);
        string quantized = builder.AddNode("QuantizeLinear", tensor + "_quantized", [tensor, scale, zeroPoint]);
        return builder.AddNode("DequantizeLinear", tensor + "_dequantized", [quantized, scale, zeroPoint]);
    }

    /// <summary>Replaces the weight (and bias) inputs of a convolution with dequantized int8 (and int32) constants.</summary>
    private static void QuantizeWeights(OnnxGraphBuilder builder, NodeProto conv, Dictionary<string, TensorProto> initializers, float inputScale)
    {
        TensorProto weight = initializers[conv.Input[1]];
        float[] w = FloatValues(weight);
        int channels = (int)weight.Dims[0];
        int perChannel = w.Length / channels;
        float[] scales = new float[channels];
        sbyte[] q = new sbyte[w.Length];
        for (int c = 0; c < channels; c++)
        {
            Span<float> row = w.AsSpan(c * perChannel, perChannel);
            float max = 0;
            foreach (float v in row)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            scales[c] = max > 0 ? max / WeightLevels : 1f;
            for (int i = 0; i < perChannel; i++)
            {
                q[(c * perChannel) + i] = (sbyte)Math.Clamp(MathF.Round(row[i] / scales[c], MidpointRounding.ToEven), -WeightLevels, WeightLevels);
            }
        }

        string axis0 = conv.Input[1];
        string weightQ = builder.AddTensor(axis0 + "_int8", TensorProto.Types.DataType.Int8, [.. weight.Dims], MemoryMarshal.AsBytes(q.AsSpan()).ToArray());
        string weightScale = builder.AddConstant(axis0 + "_scale", [channels], scales);
        string weightZero = builder.AddTensor(axis0 + "_zero_point", TensorProto.Types.DataType.Int8, [channels], new byte[channels]);
        conv.Input[1] = builder.AddNode("DequantizeLinear", axis0 + "_dequantized", [weightQ, weightScale, weightZero], OnnxAttributes.Int("axis", 0));

        if (conv.Input.Count >= 3 && conv.Input[2].Length > 0)
        {
            float[] bias = FloatValues(initializers[conv.Input[2]]);
            float[] biasScales = [.. scales.Select(s => s * inputScale)];
            int[] biasQ = [.. bias.Select((b, c) => (int)Math.Clamp(Math.Round(b / biasScales[c], MidpointRounding.ToEven), int.MinValue, int.MaxValue))];
            string name = conv.Input[2];
            string biasInt = builder.AddTensor(name + "_int32", TensorProto.Types.DataType.Int32, [channels], MemoryMarshal.AsBytes(biasQ.AsSpan()).ToArray());
            string biasScale = builder.AddConstant(name + "_scale", [channels], biasScales);
            string biasZero = builder.AddTensor(name + "_zero_point", TensorProto.Types.DataType.Int32, [channels], new byte[4 * channels]);
            conv.Input[2] = builder.AddNode("DequantizeLinear", name + "_dequantized", [biasInt, biasScale, biasZero], OnnxAttributes.Int("axis", 0));
        }
    }

    private static float[] FloatValues(TensorProto tensor)
    {
        if (tensor.DataType != (int)TensorProto.Types.DataType.Float || tensor.ExternalData.Count > 0)
        {
            throw new InvalidDataException($"The convolution constant '{tensor.Name}' is not an embedded float tensor; it cannot be quantized.");
        }

        return tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];
    }
}
