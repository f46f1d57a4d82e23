// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.InteropServices;
using Google.Protobuf;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Onnx;

/// <summary>
/// Rewrites per-channel <c>PRelu</c> between convolutions as one 1×1 depthwise convolution, a Relu and an add,
/// for the int8 graph: <c>PRelu(y) = y + Relu((a − 1)·y)</c> for every channel with slope <c>a ≤ 1</c>. A channel
/// with <c>a &gt; 1</c> has the sign of its output flipped in the convolution that produces <c>y</c> and flipped back
/// in the convolutions that consume the result, because <c>−PRelu(y) = (−y) + Relu((a − 1)·(−y))</c> then.
/// </summary>
/// <remarks>
/// Why not <see cref="PReluRewriter"/>'s float form (two depthwise convolutions): in int8 every operator is one
/// more pass over the activations and one more rounding to 256 levels; this form has one depthwise convolution
/// (its Relu is the zero point 0 of its uint8 output) and one <c>QLinearAdd</c>. A PRelu whose neighbours do not
/// allow the sign flip (a slope above 1 with a producer or consumer that is not a plain convolution owning its
/// weights) is left for <see cref="PReluRewriter"/>.
/// </remarks>
internal static class Int8PReluFolder
{
    /// <summary>Rewrites every PRelu the form applies to, in place.</summary>
    /// <param name="model">The float model.</param>
    /// <returns>How many PRelu nodes were rewritten.</returns>
    public static int Rewrite(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        GraphProto graph = model.Graph;
        Dictionary<string, TensorProto> initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var uses = graph.Node.SelectMany(n => n.Input).GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var producers = new Dictionary<string, NodeProto>(StringComparer.Ordinal);
        foreach (NodeProto node in graph.Node)
        {
            foreach (string output in node.Output)
            {
                producers[output] = node;
            }
        }

        var builder = new OnnxGraphBuilder(graph, out IReadOnlyList<NodeProto> nodes);
        int rewritten = 0;
        foreach (NodeProto node in nodes)
        {
            if (node.OpType == "PRelu" && node.Domain.Length == 0 && node.Input.Count == 2 && initializers.TryGetValue(node.Input[1], out TensorProto? slope)
                && PReluRewriter.PerChannelSlope(slope) is float[] a && Flippable(node, a, nodes, producers, initializers, uses) is { } flips)
            {
                foreach ((TensorProto flipped, int axis) in flips)
                {
                    NegateChannels(flipped, axis, a);
                }

                foreach (string bias in flips.Count > 0 ? BiasOf(producers[node.Input[0]], initializers) : [])
                {
                    NegateChannels(initializers[bias], 0, a);
                }

                long channels = a.Length;
                string weight = builder.AddConstant(node.Output[0] + "_negative_slope", [channels, 1, 1, 1], [.. a.Select(s => s - 1f)]);
                string scaled = builder.AddNode("Conv", node.Output[0] + "_scaled", [node.Input[0], weight], OnnxAttributes.Int("group", channels));
                string negative = builder.AddNode("Relu", node.Output[0] + "_negative", [scaled]);
                builder.AddNodeWithOutput("Add", node.Output[0], [node.Input[0], negative]);
                rewritten++;
            }
            else
            {
                builder.AddExistingNode(node);
            }
        }

        HashSet<string> used = [.. graph.Node.SelectMany(n => n.Input)];
        foreach (TensorProto orphan in graph.Initializer.Where(t => !used.Contains(t.Name)).ToList())
        {
            graph.Initializer.Remove(orphan);
        }

        return rewritten;
    }

    /// <summary>
    /// The weights whose channels must flip sign (the producer's output channels, axis 0; each consumer's input
    /// channels, axis 1), an empty list when no slope exceeds 1, or null when the flip is not possible.
    /// </summary>
    private static List<(TensorProto Weight, int Axis)>? Flippable(
        NodeProto prelu, float[] slopes, IReadOnlyList<NodeProto> nodes, Dictionary<string, NodeProto> producers, Dictionary<string, TensorProto> initializers, Dictionary<string, int> uses)
    {
        if (slopes.All(s => s <= 1f))
        {
            return [];
        }

        bool Owned(string name) => initializers.ContainsKey(name) && uses.GetValueOrDefault(name) == 1;
        bool PlainConv(NodeProto n) => n.OpType == "Conv" && n.Domain.Length == 0 && n.Input.Count >= 2 && Owned(n.Input[1])
            && n.Attribute.All(attr => attr.Name != "group" || attr.I == 1) && (n.Input.Count < 3 || n.Input[2].Length == 0 || Owned(n.Input[2]));

        if (!producers.TryGetValue(prelu.Input[0], out NodeProto? producer) || !PlainConv(producer) || uses.GetValueOrDefault(prelu.Input[0]) != 1)
        {
            return null;
        }

        List<NodeProto> consumers = [.. nodes.Where(n => n.Input.Contains(prelu.Output[0]))];
        if (consumers.Count == 0 || !consumers.All(c => PlainConv(c) && c.Input[0] == prelu.Output[0] && c.Input.Skip(1).All(i => i != prelu.Output[0])))
        {
            return null;
        }

        return [(initializers[producer.Input[1]], 0), .. consumers.Select(c => (initializers[c.Input[1]], 1))];
    }

    private static IEnumerable<string> BiasOf(NodeProto conv, Dictionary<string, TensorProto> initializers)
        => conv.Input.Count >= 3 && initializers.ContainsKey(conv.Input[2]) ? [conv.Input[2]] : [];

    /// <summary>Negates, along <paramref name="axis"/> (0 or 1), the channels whose slope exceeds 1.</summary>
    private static void NegateChannels(TensorProto tensor, int axis, float[] slopes)
    {
        float[] values = tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];
        long outer = axis == 0 ? 1 : tensor.Dims[0];
        long inner = values.Length / outer / slopes.Length;
        for (long o = 0; o < outer; o++)
        {
            for (int c = 0; c < slopes.Length; c++)
            {
                if (slopes[c] > 1f)
                {
                    foreach (ref float v in values.AsSpan((int)(((o * slopes.Length) + c) * inner), (int)inner))
                    {
                        v = -v;
                    }
                }
            }
        }

        tensor.FloatData.Clear();
        tensor.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan()));
    }
}
