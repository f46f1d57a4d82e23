// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Blending;

/// <summary>
/// Blends one plan's tiles: hard-cropped tiles are copied, feathered ones accumulated with weights that sum
/// to 1 across overlaps (<see cref="PixelMath.FeatherWeight"/>), so no normalisation pass is needed.
/// </summary>
internal sealed class CpuBlendJob : IBlendJob
{
    private readonly TilePlan plan;
    private readonly IPostprocessor postprocessor;
    private readonly Bgra32Image destination;
    private readonly PostprocessSettings settings;
    private readonly FloatBand band;
    private readonly float[] weightsX;

    public CpuBlendJob(TilePlan plan, IPostprocessor postprocessor, Bgra32Image destination, PostprocessSettings settings)
    {
        this.plan = plan;
        this.postprocessor = postprocessor;
        this.destination = destination;
        this.settings = settings;
        this.band = new FloatBand(plan.OutputWidth, plan.Tiles.Max(t => t.Blend.Height));
        this.weightsX = new float[plan.Tiles.Max(t => t.Blend.Width)];
    }

    /// <inheritdoc/>
    public void Add(in Tile tile, ReadOnlySpan<float> output)
    {
        PixelRect blend = tile.Blend;
        if (blend.Y < this.band.FirstRow || blend.Bottom - this.band.FirstRow > this.band.Capacity)
        {
            throw new InvalidOperationException("Tiles must be added one tile row at a time, top to bottom.");
        }

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
                if (this.plan.IsHardCrop)
                {
                    source.CopyTo(target);
                    continue;
                }

                for (int x = 0; x < target.Length; x++)
                {
                    target[x] += PixelMath.Weighted(source[x], this.weightsX[x], weightY);
                }
            }
        }
    }

    /// <inheritdoc/>
    public void CompleteRowsBefore(int row)
    {
        int count = row - this.band.FirstRow;
        if (count <= 0)
        {
            return;
        }

        this.postprocessor.WriteRows(this.band, count, this.destination, this.settings);
        this.band.Shift(count);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
