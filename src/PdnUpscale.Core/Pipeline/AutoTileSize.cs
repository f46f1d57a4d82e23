// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// Picks the tile shape for <c>--tile auto</c>: of every column and row count whose model input window fits the
/// memory budget, the plan that costs least by a cost model measured on the CPU (see <see cref="For"/>).
/// </summary>
public static class AutoTileSize
{
    /// <summary>The largest automatic core length along either axis.</summary>
    public const int Maximum = 1024;

    /// <summary>The smallest automatic core length along either axis (unless the axis is shorter).</summary>
    public const int Minimum = 64;

    /// <summary>
    /// The window area, in input pixels, over which one int8 window pixel gets dearer by what it costs in a small window.
    /// </summary>
    internal const double Int8SaturationPixels = 4e6;

    /// <summary>The cost of one tile run beyond its pixels, in window pixels.</summary>
    internal const double RunOverheadPixels = 2_000;

    /// <summary>Gets the tile shape for an image, model, precision and memory budget.</summary>
    /// <remarks>
    /// <para>
    /// Memory: only windows of at most <paramref name="maxWindowPixels"/> input pixels are considered, which the caller
    /// derives from the model and the memory budget (<see cref="TileMemory"/>).
    /// </para>
    /// <para>
    /// Cost: a plan of n windows of A pixels each costs n·(A·(1 + A / S) + R). Context is the dominant term: every
    /// window recomputes the model's receptive field around its core (34 pixels a side for
    /// <c>realesr-general-x4v3</c>), so fewer, larger windows waste less. Measured per window pixel (whole images
    /// as one window, two threads, ONNX Runtime 1.31, Xeon with AVX-512 and VNNI, 2026-12-05, BENCHMARKS.md):
    /// fp32 10.6, 10.7, 10.9 and 11.4 µs at 276², 580², 1044² and 2068² — flat within 7 %, so S is infinite in
    /// fp32 (one thread gave the same: 108 and 106 GMAC/s at 276² and 1044², issue 17); int8 3.40, 3.50, 4.29
    /// and 4.15 µs — a quarter dearer from 1044² on, as ONNX Runtime's integer kernels turn memory-bound, which
    /// <see cref="Int8SaturationPixels"/> fits up to 1 Mpx (it overstates the growth beyond, where budgets rarely
    /// reach). R, the cost of one run beyond its pixels (session call, tile copies), is a few milliseconds
    /// against the 0.5–2 s a window takes. Shapes need not be square: a rectangle can fit the budget with fewer
    /// pixels where the image does not divide evenly.
    /// </para>
    /// </remarks>
    /// <param name="width">The image width the model pass runs on.</param>
    /// <param name="height">The image height the model pass runs on.</param>
    /// <param name="geometry">The model geometry.</param>
    /// <param name="quantized">Whether the pass runs in int8.</param>
    /// <param name="maxWindowPixels">The largest model input window, in pixels, that fits the memory budget.</param>
    /// <returns>The core lengths to ask <see cref="TilePlanner"/> for.</returns>
    public static TileShape For(int width, int height, ModelGeometry geometry, bool quantized, long maxWindowPixels)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        // Models that are not tile-exact keep the fewest pixels (largest windows) in int8 too: their tiles drift
        // from the whole-image result more the smaller they are (ARCHITECTURE.md), which outweighs the speed.
        double saturation = quantized && geometry.IsTileExact ? Int8SaturationPixels : double.PositiveInfinity;
        TileShape best = TileShape.Square(Minimum);
        double bestCost = double.PositiveInfinity;
        foreach (AxisChoice column in Choices(width, geometry))
        {
            foreach (AxisChoice row in Choices(height, geometry))
            {
                double window = (double)column.InputLength * row.InputLength;
                if (window > maxWindowPixels)
                {
                    continue;
                }

                double cost = column.Count * row.Count * ((window * (1 + (window / saturation))) + RunOverheadPixels);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = new TileShape(column.Core, row.Core);
                }
            }
        }

        return best;
    }

    /// <summary>Every distinct way to cut one axis: each tile count whose core stays within the automatic limits.</summary>
    private static IEnumerable<AxisChoice> Choices(int size, ModelGeometry geometry)
    {
        int previousCount = 0;
        for (int count = 1; count <= size; count++)
        {
            int core = (size + count - 1) / count;
            if (core > Maximum)
            {
                continue;
            }

            if (core < Minimum && count > 1)
            {
                yield break;
            }

            AxisPlan plan = TilePlanner.PlanAxis(size, core, geometry);
            if (plan.Count != previousCount)
            {
                previousCount = plan.Count;
                yield return new AxisChoice(core == size ? 0 : core, plan.Count, plan.InputLength);
            }
        }
    }

    private readonly record struct AxisChoice(int Core, int Count, int InputLength);
}
