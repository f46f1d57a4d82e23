// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.InteropServices;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Onnx;

/// <summary>
/// Rewrites per-channel <c>PRelu</c> nodes as two 1×1 depthwise convolutions, a Relu and an add: the same
/// function, which ONNX Runtime's CPU provider runs much faster.
/// </summary>
/// <remarks>
/// <para>
/// Why: Real-ESRGAN's compact models put a PReLU after every convolution. ONNX Runtime 1.31 runs a per-channel
/// PRelu as a scalar loop with a branch per element, and its blocked (NCHWc) convolution layout does not
/// support PRelu, so each one also costs two layout reorders: measured with <c>perf</c> on the 256² benchmark,
/// the PRelu loop alone took 12 % of the process and the reorders another 7 %. Depthwise convolutions stay in
/// the blocked layout, run vectorised, and take a fused activation and a fused sum.
/// </para>
/// <para>
/// The identity: for a slope <c>a ≤ 1</c>, <c>PRelu(x) = a·x + Relu((1 − a)·x)</c>: for <c>x ≥ 0</c> both sides are
/// <c>x</c>; for <c>x &lt; 0</c> the Relu term is 0 (its argument is <c>≤ 0</c> because <c>1 − a ≥ 0</c>). The
/// results differ from PRelu's by float rounding only. A slope above 1, a slope that is not one constant per
/// channel, or a non-float slope leaves the node as it is. DirectML runs PRelu natively; only CPU sessions are
/// rewritten.
/// </para>
/// </remarks>
internal static class PReluRewriter
{
    /// <summary>Rewrites every eligible PRelu node of the model in place.</summary>
    /// <param name="model">The model.</param>
    /// <returns>How many nodes were rewritten.</returns>
    public static int Rewrite(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var builder = new OnnxGraphBuilder(model.Graph, out IReadOnlyList<NodeProto> nodes);
        Dictionary<string, TensorProto> initializers = builder.Initializers();
        int rewritten = 0;
        var replacedSlopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (NodeProto node in nodes)
        {
            if (node.OpType == "PRelu" && node.Domain.Length == 0 && node.Input.Count == 2
                && initializers.TryGetValue(node.Input[1], out TensorProto? slope) && PerChannelSlope(slope) is float[] a)
            {
                AddReplacement(builder, node.Input[0], node.Output[0], a);
                replacedSlopes.Add(node.Input[1]);
                rewritten++;
            }
            else
            {
                builder.AddExistingNode(node);
            }
        }

        // The slopes now unused would each make ONNX Runtime print a warning.
        HashSet<string> used = [.. model.Graph.Node.SelectMany(n => n.Input)];
        foreach (TensorProto orphan in model.Graph.Initializer.Where(t => replacedSlopes.Contains(t.Name) && !used.Contains(t.Name)).ToList())
        {
            model.Graph.Initializer.Remove(orphan);
        }

        return rewritten;
    }

    /// <summary>The slope as one value per channel, when it has shape [C,1,1] or [1,C,1,1].</summary>
    internal static float[]? PerChannelSlope(TensorProto slope)
    {
        bool perChannel = slope.Dims.Count is 3 or 4 && slope.Dims[^1] == 1 && slope.Dims[^2] == 1
            && (slope.Dims.Count == 3 || slope.Dims[0] == 1);
        if (!perChannel || slope.DataType != (int)TensorProto.Types.DataType.Float || slope.ExternalData.Count > 0)
        {
            return null;
        }

        float[] values = slope.RawData.Length > 0
            ? MemoryMarshal.Cast<byte, float>(slope.RawData.Span).ToArray()
            : [.. slope.FloatData];
        return values.Length == slope.Dims[^3] && values.All(float.IsFinite) ? values : null;
    }

    /// <summary>Adds <c>output = Add(DepthwiseConv(Relu(DepthwiseConv(x, −1)), 1 − a), x)</c>.</summary>
    private static void AddReplacement(OnnxGraphBuilder builder, string x, string output, float[] slope)
    {
        long channels = slope.Length;
        long[] depthwise = [channels, 1, 1, 1];
        string minusOne = builder.AddConstant(output + "_negate", depthwise, [.. slope.Select(_ => -1f)]);
        string oneMinusSlope = builder.AddConstant(output + "_negative_part", depthwise, [.. slope.Select(a => (float)(1.0 - a))]);
        string negated = builder.AddNode("Conv", output + "_negated", [x, minusOne], OnnxAttributes.Int("group", channels));
        string negativePart = builder.AddNode("Relu", output + "_negative", [negated]);
        string scaled = builder.AddNode("Conv", output + "_scaled", [negativePart, oneMinusSlope], OnnxAttributes.Int("group", channels));
        builder.AddNodeWithOutput("Add", output, [scaled, x]);
    }
}
