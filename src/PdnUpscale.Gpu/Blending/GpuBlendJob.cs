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
/// row's output rows (the same bound as the CPU band), and the packed output, which starts as a copy of the
/// destination so the channels this pass does not write survive. The destination is written once, when
/// the last row completes; a job disposed earlier (cancelled) leaves it untouched.
/// </summary>
internal sealed class GpuBlendJob : IBlendJob
{
    private readonly GraphicsDevice device;
    private readonly TilePlan plan;
    private readonly Bgra32Image destination;
    private readonly PostprocessSettings settings;
    private readonly int bandCapacity;
    private readonly ReadOnlyBuffer<float> tile;
    private readonly ReadWriteBuffer<float> band;
    private readonly ReadWriteBuffer<uint> pixels;
    private int firstOpenRow;

    public GpuBlendJob(GraphicsDevice device, TilePlan plan, Bgra32Image destination, PostprocessSettings settings)
    {
        this.device = device;
        this.plan = plan;
        this.destination = destination;
        this.settings = settings;
        this.bandCapacity = plan.Tiles.Max(t => t.Blend.Height);
        uint[] staging = new uint[checked(plan.OutputWidth * plan.OutputHeight)];
        PackedPixels.Pack(destination, 0, destination.Height, staging);
        this.tile = device.AllocateReadOnlyBuffer<float>(checked(3 * plan.TileOutputWidth * plan.TileOutputHeight));
        this.band = device.AllocateReadWriteBuffer<float>(checked(3 * plan.OutputWidth * this.bandCapacity));
        this.pixels = device.AllocateReadWriteBuffer<uint>(staging);
    }

    /// <inheritdoc/>
    public void Add(in Tile tile, ReadOnlySpan<float> output)
    {
        PixelRect blend = tile.Blend;
        if (blend.Y < this.firstOpenRow || blend.Bottom - this.firstOpenRow > this.bandCapacity)
        {
            throw new InvalidOperationException("Tiles must be added one tile row at a time, top to bottom.");
        }

        this.tile.CopyFrom(output[..this.tile.Length]);
        this.device.For(blend.Width, blend.Height, new BlendShader(
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
            this.plan.IsHardCrop ? 1 : 0));
    }

    /// <inheritdoc/>
    public void CompleteRowsBefore(int row)
    {
        int count = Math.Min(row, this.plan.OutputHeight) - this.firstOpenRow;
        if (count <= 0)
        {
            return;
        }

        this.device.For(this.plan.OutputWidth, count, GpuPostprocessor.CreateShader(
            this.band, this.pixels, this.plan.OutputWidth, this.bandCapacity, this.firstOpenRow, this.firstOpenRow, this.settings, clearBand: true));
        this.firstOpenRow += count;
        if (this.firstOpenRow == this.plan.OutputHeight)
        {
            uint[] staging = this.pixels.ToArray();
            PackedPixels.Unpack(staging, this.destination, 0, this.plan.OutputHeight);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.tile.Dispose();
        this.band.Dispose();
        this.pixels.Dispose();
    }
}
