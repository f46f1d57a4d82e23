// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using ComputeSharp;
using Core::PdnUpscale.Core.Blending;
using Core::PdnUpscale.Core.Imaging;
using Core::PdnUpscale.Core.Postprocessing;
using Core::PdnUpscale.Core.Tiling;
using PdnUpscale.Gpu.Postprocessing;
using PdnUpscale.Gpu.Shaders;

namespace PdnUpscale.Gpu.Blending;

/// <summary>
/// One plan blended on the GPU. Buffers are allocated once: the tile upload buffer, a ring band of one tile
/// row's output rows (the CPU feather band's bound), and the packed output, which starts as a copy of the
/// destination so the channels this pass does not write survive. <see cref="Add"/> only uploads; each
/// <see cref="Flush"/> records the tile's blend and any postprocess that is due in one compute context. The
/// destination is written once, after the last tile; a job disposed earlier (cancelled) leaves it untouched.
/// A failure mid-job (the band lives on the device, so there is no CPU twin to continue with) is reported to
/// the shared fallback switch, so later jobs use the CPU stages and a lost device is released, and rethrown.
/// </summary>
internal sealed class GpuBlendJob : IBlendJob
{
    private readonly GraphicsDevice device;
    private readonly TilePlan plan;
    private readonly Bgra32Image destination;
    private readonly PostprocessSettings settings;
    private readonly Action<Exception> fail;
    private readonly int bandCapacity;
    private readonly ReadOnlyBuffer<float> tile;
    private readonly ReadWriteBuffer<float> band;
    private readonly ReadWriteBuffer<uint> pixels;
    private Tile? pending;
    private int tilesAdded;
    private int firstOpenRow;

    public GpuBlendJob(GraphicsDevice device, TilePlan plan, Bgra32Image destination, PostprocessSettings settings, Action<Exception> fail)
    {
        this.fail = fail;
        this.device = device;
        this.plan = plan;
        this.destination = destination;
        this.settings = settings;
        this.bandCapacity = plan.Tiles.Max(t => t.Blend.Height);
        uint[] staging = new uint[checked(plan.OutputWidth * plan.OutputHeight)];
        PackedPixels.Pack(destination, PackedPixels.Whole(destination), staging);
        this.tile = device.AllocateReadOnlyBuffer<float>(checked(3 * plan.TileOutputWidth * plan.TileOutputHeight));
        // Cleared: feathered tiles add into the band, and a Default allocation may hold anything.
        this.band = device.AllocateReadWriteBuffer<float>(checked(3 * plan.OutputWidth * this.bandCapacity), AllocationMode.Clear);
        this.pixels = device.AllocateReadWriteBuffer<uint>(staging);
    }

    /// <inheritdoc/>
    public void Add(in Tile tile, ReadOnlySpan<float> output)
    {
        this.Flush();
        if (tile.Index != this.tilesAdded || (!this.plan.IsHardCrop && tile.Blend.Bottom - this.firstOpenRow > this.bandCapacity))
        {
            throw new InvalidOperationException("Tiles must be added in plan order, flushing after each.");
        }

        this.tile.CopyFrom(output[..this.tile.Length]);
        this.pending = tile;
        this.tilesAdded++;
    }

    /// <inheritdoc/>
    public void Flush()
    {
        if (this.pending is not { } tile)
        {
            return;
        }

        this.pending = null;
        try
        {
            this.Dispatch(tile);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            this.fail(e);
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.tile.Dispose();
        this.band.Dispose();
        this.pixels.Dispose();
    }

    /// <summary>Records the tile's blend and the postprocess that is due, and reads the output back after the last tile.</summary>
    /// <param name="tile">The tile uploaded by <see cref="Add"/>.</param>
    private void Dispatch(in Tile tile)
    {
        using (ComputeContext context = this.device.CreateComputeContext())
        {
            context.For(tile.Blend.Width, tile.Blend.Height, this.CreateBlendShader(tile));
            if (this.DueRows(tile) is { Height: > 0 } due)
            {
                context.Barrier(this.band);
                context.For(due.Width, due.Height, GpuPostprocessor.CreateShader(
                    this.band, this.pixels, this.plan.OutputWidth, this.bandCapacity, due, this.settings, clearBand: !this.plan.IsHardCrop));
                this.firstOpenRow = due.Bottom;
            }
        }

        if (this.tilesAdded == this.plan.Tiles.Count)
        {
            PackedPixels.Unpack(this.pixels.ToArray(), this.destination, PackedPixels.Whole(this.destination));
        }
    }

    /// <summary>Gets the output pixels no later tile can change once <paramref name="tile"/> is blended.</summary>
    /// <param name="tile">The tile just blended.</param>
    /// <returns>The rectangle to postprocess; empty when nothing is due.</returns>
    private PixelRect DueRows(in Tile tile)
    {
        if (this.plan.IsHardCrop)
        {
            return tile.Blend;
        }

        if (this.tilesAdded % this.plan.Columns != 0)
        {
            return default;
        }

        int row = this.tilesAdded / this.plan.Columns;
        int open = row < this.plan.Rows ? this.plan.Tiles[row * this.plan.Columns].Blend.Y : this.plan.OutputHeight;
        return new PixelRect(0, this.firstOpenRow, this.plan.OutputWidth, open - this.firstOpenRow);
    }

    private BlendShader CreateBlendShader(in Tile tile)
    {
        PixelRect blend = tile.Blend;
        return new BlendShader(
            this.tile,
            this.band,
            this.plan.TileOutputWidth,
            this.plan.TileOutputHeight,
            tile.OutputOffsetX,
            tile.OutputOffsetY,
            blend.X,
            blend.Y,
            blend.Width,
            blend.Height,
            tile.RampLeft,
            tile.RampTop,
            tile.RampRight,
            tile.RampBottom,
            this.plan.OutputWidth,
            this.bandCapacity,
            this.plan.IsHardCrop ? 1 : 0);
    }
}
