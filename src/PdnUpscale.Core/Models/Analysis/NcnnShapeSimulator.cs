// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Ncnn;

namespace PdnUpscale.Core.Models.Analysis;

/// <summary>
/// Runs integer blob lengths along one axis through an ncnn network, the way ncnn computes output sizes, and
/// says whether every layer divides evenly and every element-wise pair matches. Used to find a model's scale,
/// border and input alignment from its graph.
/// </summary>
internal static class NcnnShapeSimulator
{
    private const int Vector = -1;

    /// <summary>Computes the output length for an input length.</summary>
    /// <param name="network">The network.</param>
    /// <param name="inputLength">The input width or height.</param>
    /// <param name="vertical">True to follow heights, false widths.</param>
    /// <returns>The output length, or null when the input length does not fit the network exactly.</returns>
    public static int? OutputLength(NcnnNetwork network, int inputLength, bool vertical)
    {
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        int last = 0;
        foreach (NcnnLayer layer in network.Layers)
        {
            int[] inputs = layer.Bottoms.Select(b => lengths[b]).ToArray();
            int? length = layer.Type == "Input" ? inputLength : Apply(layer, inputs, vertical);
            if (length is null or 0 or < Vector)
            {
                return null;
            }

            foreach (string top in layer.Tops)
            {
                lengths[top] = length.Value;
            }

            last = length.Value;
        }

        return last;
    }

    private static int? Apply(NcnnLayer layer, int[] inputs, bool vertical)
    {
        int x = inputs.Length > 0 ? inputs[0] : Vector;
        if (x == Vector && layer.Type is not ("Concat" or "BinaryOp" or "Eltwise" or "Scale"))
        {
            return Vector;
        }

        NcnnParamDictionary p = layer.Params;
        switch (layer.Type)
        {
            case "Convolution":
            case "Pooling" when p.GetInt(4, 0) == 0:
                NcnnAxis axis = NcnnAxis.Read(layer, vertical);
                if (axis.IsSame || (layer.Type == "Pooling" && p.GetInt(5, 0) >= 2))
                {
                    return x % axis.Stride == 0 ? x / axis.Stride : null;
                }

                int span = x + axis.PadBegin + axis.PadEnd - axis.Extent;
                return span >= 0 && span % axis.Stride == 0 ? (span / axis.Stride) + 1 : null;
            case "Deconvolution":
                NcnnAxis d = NcnnAxis.Read(layer, vertical);
                return ((x - 1) * d.Stride) + d.Extent - d.PadBegin - d.PadEnd + d.OutputPad;
            case "Pooling":
                return Vector;
            case "Interp":
                double scaled = x * p.GetFloat(vertical ? 1 : 2, 1f);
                int fixedSize = p.GetInt(vertical ? 3 : 4, 0);
                return fixedSize > 0 ? fixedSize : Math.Abs(scaled - Math.Round(scaled)) < 1e-4 ? (int)Math.Round(scaled) : null;
            case "PixelShuffle":
                return x * p.GetInt(0, 1);
            case "Crop":
                return Crop(layer, inputs, vertical);
            case "BinaryOp":
            case "Eltwise":
            case "Scale":
            case "Concat":
                int[] spatial = inputs.Where(i => i != Vector).Distinct().ToArray();
                return spatial.Length switch { 0 => Vector, 1 => spatial[0], _ => null };
            default:
                return x;
        }
    }

    private static int? Crop(NcnnLayer layer, int[] inputs, bool vertical)
    {
        NcnnParamDictionary p = layer.Params;
        int x = inputs[0];
        if (p.Contains(9) && p.Contains(10))
        {
            int[] axes = p.GetIntArray(11);
            axes = axes.Length == 0 ? [0, 1, 2] : axes;
            int index = Array.FindIndex(axes, a => (a < 0 ? a + 3 : a) == (vertical ? 1 : 2));
            if (index < 0)
            {
                return x;
            }

            int start = p.GetIntArray(9)[index];
            int end = p.GetIntArray(10)[index];
            start = start == -233 ? 0 : start < 0 ? x + start : start;
            end = end == -233 ? x : end > 0 ? Math.Min(x, end) : x + end;
            return end > start ? end - start : null;
        }

        int offset = p.GetInt(vertical ? 1 : 0, 0);
        if (inputs.Length == 2)
        {
            return offset + inputs[1] <= x ? inputs[1] : null;
        }

        int size = p.GetInt(vertical ? 4 : 3, 0);
        int length = size > 0 ? size : x - offset - p.GetInt(vertical ? 7 : 6, 0);
        return offset + length <= x && length > 0 ? length : null;
    }
}
