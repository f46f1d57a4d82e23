// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Blending;

/// <summary>
/// Blends a feathered plan into a band of output rows one tile row high: each tile adds value × weight
/// (<see cref="PixelMath.Weighted"/>) with weights that sum to 1 across overlaps, so no normalisation pass
/// is needed. Once a tile row is complete, the rows above the next row's overlap are postprocessed.
/// </summary>
internal sealed class CpuFeatherJob : IBlendJob
{
    private readonly TilePlan plan;
    private readonly IPostprocessor postprocessor;
    private readonly Bgra32Image destination;
    private readonly PostprocessSettings settings;
    private readonly FloatBand band;
    private readonly float[] weightsX;
    private int tilesAdded;

    public CpuFeatherJob(TilePlan plan, IPostprocessor postprocessor, Bgra32Image destination, PostprocessSettings settings)
    {
        this.plan = plan;
        this.postprocessor = postprocessor;
        this.destination = destination;
        this.settings = settings;
        this.band = new FloatBand(plan.OutputWidth, plan.Tiles.Max(t => t.Blend.Height));
        this.weightsX = new float[plan.Tiles.Max(t => t.Blend.Width)];
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in Tile tile, ReadOnlySpan<float> output)
    {
        PixelRect blend = tile.Blend;
        if (tile.Index != this.tilesAdded || blend.Bottom - this.band.FirstRow > this.band.Capacity)
        {
            throw new InvalidOperationException("Tiles must be added in plan order, flushing after each.");
        }

        this.tilesAdded++;
        for (int x = 0; x < blend.Width; x++)
        {
            this.weightsX[x] = PixelMath.FeatherWeight(x, blend.Width, tile.RampLeft, tile.RampRight);
        }

        for (int y = 0; y < blend.Height; y++)
        {
            float weightY = PixelMath.FeatherWeight(y, blend.Height, tile.RampTop, tile.RampBottom);
            for (int c = 0; c < 3; c++)
            {
                int start = PixelMath.NchwIndex(c, tile.OutputOffsetY + y, tile.OutputOffsetX, this.plan.TileOutputHeight, this.plan.TileOutputWidth);
                ReadOnlySpan<float> source = output.Slice(start, blend.Width);
                Span<float> target = this.band.GetRow(c, blend.Y + y - this.band.FirstRow).Slice(blend.X, blend.Width);
                for (int x = 0; x < target.Length; x++)
                {
                    target[x] += PixelMath.Weighted(source[x], this.weightsX[x], weightY);
                }
            }
        }
    }

    /// <inheritdoc/>
    public void Flush()
    {
        int count = this.plan.FirstOpenRow(this.tilesAdded) - this.band.FirstRow;
        if (count > 0)
        {
            this.postprocessor.WriteRows(this.band, count, this.destination, this.settings);
            this.band.Shift(count);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => this.band.Dispose();
}
