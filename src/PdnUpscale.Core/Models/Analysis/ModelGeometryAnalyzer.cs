// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Ncnn;

namespace PdnUpscale.Core.Models.Analysis;

/// <summary>
/// Derives a model's <see cref="ModelGeometry"/> from its ncnn graph: the scale and border from exact integer
/// output sizes (an input of W pixels gives (W − 2 × border) × scale), the input alignment as the smallest
/// modulus for which every layer divides evenly, and the context padding from the receptive field.
/// </summary>
internal static class ModelGeometryAnalyzer
{
    private const int MaxAlignment = 64;
    private const int ProbeStart = 256;

    /// <summary>Analyzes a network.</summary>
    /// <param name="network">The network.</param>
    /// <returns>The geometry.</returns>
    /// <exception cref="NcnnImportException">The network's output size does not grow linearly with its input.</exception>
    public static ModelGeometry Analyze(NcnnNetwork network)
    {
        (int alignment, int scale, int border) = FitAxis(network, vertical: false);
        (int alignmentH, int scaleH, int borderH) = FitAxis(network, vertical: true);
        if (scaleH != scale || borderH != border)
        {
            throw new NcnnImportException(network.ParamPath, 0, "the network scales or crops width and height differently, which is not supported");
        }

        double radius = NcnnReceptiveField.Radius(network, out bool isGlobal);
        return new ModelGeometry
        {
            Scale = scale,
            Border = border,
            InputAlignment = Lcm(alignment, alignmentH),
            ContextPadding = (int)Math.Ceiling(radius - 1e-9),
            IsTileExact = !isGlobal,
        };
    }

    private static (int Alignment, int Scale, int Border) FitAxis(NcnnNetwork network, bool vertical)
    {
        for (int alignment = 1; alignment <= MaxAlignment; alignment++)
        {
            int first = (ProbeStart + alignment - 1) / alignment * alignment;
            int[] sizes = [first, first + alignment, first + (2 * alignment), first + (5 * alignment)];
            int?[] outputs = sizes.Select(w => NcnnShapeSimulator.OutputLength(network, w, vertical)).ToArray();
            if (outputs.Any(o => o is null or <= 0))
            {
                continue;
            }

            // Linear fit through the first two probes, checked on the others: out = scale × (w − 2 × border).
            int gain = outputs[1]!.Value - outputs[0]!.Value;
            if (gain % alignment != 0 || gain <= 0)
            {
                break;
            }

            int scale = gain / alignment;
            int shrink = (scale * sizes[0]) - outputs[0]!.Value;
            bool linear = sizes.Zip(outputs).All(pair => (scale * pair.First) - pair.Second == shrink);
            if (linear && shrink >= 0 && shrink % (2 * scale) == 0)
            {
                return (alignment, scale, shrink / (2 * scale));
            }

            break;
        }

        throw new NcnnImportException(network.ParamPath, 0, $"no input size that is a multiple of 1 to {MaxAlignment} gives an output of a whole scale factor times the input (minus a fixed border), so the network is not a fully convolutional upscaler");
    }

    private static int Lcm(int a, int b)
    {
        int x = a;
        int y = b;
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }

        return a / x * b;
    }
}
