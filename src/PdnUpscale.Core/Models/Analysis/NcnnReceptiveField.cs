// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Ncnn;

namespace PdnUpscale.Core.Models.Analysis;

/// <summary>
/// Bounds, layer by layer, how far (in input pixels, per side) an output pixel's inputs lie from it, and
/// whether any layer reads the whole image (global pooling). The bound is conservative: windows add half their
/// span, deconvolutions half their span plus a rounding pixel, interpolation its filter support.
/// </summary>
internal static class NcnnReceptiveField
{
    /// <summary>Computes the receptive-field radius of the network's output.</summary>
    /// <param name="network">The network.</param>
    /// <param name="isGlobal">Set to true when a layer pools over the whole image.</param>
    /// <returns>The radius in input pixels, not rounded.</returns>
    public static double Radius(NcnnNetwork network, out bool isGlobal)
    {
        var blobs = new Dictionary<string, (double Scale, double Radius, bool Vector)>(StringComparer.Ordinal);
        (double Scale, double Radius, bool Vector) last = (1, 0, false);
        isGlobal = false;
        foreach (NcnnLayer layer in network.Layers)
        {
            var inputs = layer.Bottoms.Select(b => blobs[b]).ToArray();
            var spatial = inputs.Where(i => !i.Vector).ToArray();
            (double Scale, double Radius, bool Vector) x = spatial.Length > 0
                ? (spatial[0].Scale, spatial.Max(i => i.Radius), false)
                : inputs.Length > 0 ? inputs[0] : (1, 0, false);
            if (!x.Vector)
            {
                x = Step(layer, x.Scale, x.Radius, ref isGlobal);
            }

            foreach (string top in layer.Tops)
            {
                blobs[top] = x;
            }

            last = x;
        }

        return last.Radius;
    }

    private static (double Scale, double Radius, bool Vector) Step(NcnnLayer layer, double scale, double radius, ref bool isGlobal)
    {
        NcnnParamDictionary p = layer.Params;
        switch (layer.Type)
        {
            case "Pooling" when p.GetInt(4, 0) != 0:
                isGlobal = true;
                return (scale, radius, true);
            case "Convolution":
            case "Pooling":
                NcnnAxis[] c = [NcnnAxis.Read(layer, false), NcnnAxis.Read(layer, true)];
                double reach = c.Max(a => (a.Extent - 1) / 2.0);
                return (scale / c[0].Stride, radius + (reach / scale), false);
            case "Deconvolution":
                NcnnAxis[] d = [NcnnAxis.Read(layer, false), NcnnAxis.Read(layer, true)];
                double spread = d.Max(a => ((a.Extent - 1) / (2.0 * a.Stride)) + 0.5);
                return (scale * d[0].Stride, radius + (spread / scale), false);
            case "Interp":
                double support = p.GetInt(0, 0) switch { 1 => 0.5, 2 => 1, _ => 2 };
                return (scale * p.GetFloat(2, 1f), radius + (support / scale), false);
            case "PixelShuffle":
                return (scale * p.GetInt(0, 1), radius, false);
            default:
                return (scale, radius, false);
        }
    }
}
