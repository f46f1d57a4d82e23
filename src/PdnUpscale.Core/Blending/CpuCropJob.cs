// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Blending;

/// <summary>
/// Blends a hard-cropped plan: each tile's blend region is final as soon as it arrives, so it is copied into
/// one tile-sized band and postprocessed straight into the destination; no output-row band is needed.
/// </summary>
internal sealed class CpuCropJob(TilePlan plan, IPostprocessor postprocessor, Bgra32Image destination, PostprocessSettings settings, int parallelism) : IBlendJob
{
    private readonly FloatBand band = new(plan.Tiles.Max(t => t.Blend.Width), plan.Tiles.Max(t => t.Blend.Height));
    private readonly ParallelOptions parallel = new() { MaxDegreeOfParallelism = parallelism };
    private int pendingRows;

    /// <inheritdoc/>
    public void Add(in Tile tile, ReadOnlySpan<float> output)
    {
        if (this.pendingRows > 0)
        {
            throw new InvalidOperationException("Flush the previous tile before adding the next one.");
        }

        PixelRect blend = tile.Blend;
        this.band.FirstColumn = blend.X;
        this.band.FirstRow = blend.Y;
        this.band.Width = blend.Width;
        this.pendingRows = blend.Height;
        unsafe
        {
            fixed (float* source = output)
            {
                nint address = (nint)source;
                Tile t = tile;
                Parallel.For(0, blend.Height, this.parallel, y => this.CopyRow(t, y, (float*)address));
            }
        }
    }

    /// <inheritdoc/>
    public void Flush()
    {
        if (this.pendingRows > 0)
        {
            postprocessor.WriteRows(this.band, this.pendingRows, destination, settings);
            this.pendingRows = 0;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => this.band.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe void CopyRow(in Tile tile, int y, float* output)
    {
        for (int c = 0; c < 3; c++)
        {
            int start = PixelMath.NchwIndex(c, tile.OutputOffsetY + y, tile.OutputOffsetX, plan.TileOutputHeight, plan.TileOutputWidth);
            new ReadOnlySpan<float>(output + start, tile.Blend.Width).CopyTo(this.band.GetRow(c, y));
        }
    }
}
