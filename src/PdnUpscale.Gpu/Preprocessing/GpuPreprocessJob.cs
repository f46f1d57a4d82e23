// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using System.Runtime.InteropServices;
using ComputeSharp;
using Core::PdnUpscale.Core.Imaging;
using Core::PdnUpscale.Core.Preprocessing;
using PdnUpscale.Gpu.Shaders;

namespace PdnUpscale.Gpu.Preprocessing;

/// <summary>
/// One image on the GPU: the packed (bled) pixels stay resident and each tile is one dispatch plus one
/// readback into the caller's span (the inference stage takes CPU memory). Tile buffers are allocated on
/// the first tile and reused. If a dispatch fails mid-job, the remaining tiles come from a CPU job, which
/// produces the same values, so the switch is invisible in the output.
/// </summary>
internal sealed class GpuPreprocessJob : IPreprocessJob
{
    /// <summary>
    /// The fp16 output words per dispatch row: 1024 words are 128 thread groups of 8, and the rows stay
    /// under 65,535 groups (of 8) up to 536 million words, far beyond any tile.
    /// </summary>
    internal const int HalfWordsPerRow = 1024;

    private readonly GraphicsDevice device;
    private readonly PreprocessSettings settings;
    private readonly Func<IPreprocessJob> beginCpu;
    private readonly Action<Exception> fail;
    private readonly int width;
    private readonly int height;
    private readonly int blacken;
    private ReadWriteBuffer<uint> pixels;
    private ReadWriteBuffer<float>? tile;
    private ReadWriteBuffer<uint>? halfTile;
    private ReadOnlyBuffer<uint>? halfOfLevel;
    private uint[]? halfStaging;
    private IPreprocessJob? cpu;

    public GpuPreprocessJob(GraphicsDevice device, Bgra32Image source, PreprocessSettings settings, Func<IPreprocessJob> beginCpu, Action<Exception> fail)
    {
        this.device = device;
        this.settings = settings;
        this.beginCpu = beginCpu;
        this.fail = fail;
        this.width = source.Width;
        this.height = source.Height;
        uint[] staging = new uint[checked(source.Width * source.Height)];
        bool bleed = PackedPixels.Pack(source, PackedPixels.Whole(source), staging) && settings.BleedPasses > 0;
        this.blacken = bleed ? 1 : 0;
        this.pixels = device.AllocateReadWriteBuffer<uint>(staging);
        if (bleed)
        {
            this.Bleed(settings.BleedPasses);
        }
    }

    /// <inheritdoc/>
    public void WriteTile(PixelRect source, Span<float> destination)
    {
        int count = 3 * (int)source.Area;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, count);
        if (this.cpu is null)
        {
            try
            {
                ReadWriteBuffer<float> buffer = EnsureLength(this.device, ref this.tile, count);
                this.device.For(source.Width, source.Height, new PreprocessShader(
                    this.pixels, buffer, this.width, this.height, source.X, source.Y, source.Width, source.Height, this.settings.InputRange, this.IsBgr, this.blacken));
                buffer.CopyTo(destination[..count]);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                this.fail(e);
                this.cpu = this.beginCpu();
            }
        }

        this.cpu.WriteTile(source, destination);
    }

    /// <summary>
    /// Writes one tile as float16 (for fp16 models): the same values as <see cref="WriteTile"/>, rounded to
    /// the nearest half (ties to even). No CPU fallback: the CPU pipeline has no fp16 input path.
    /// </summary>
    /// <param name="source">The tile's input rectangle in source coordinates.</param>
    /// <param name="destination">The NCHW buffer, 3 × height × width halves.</param>
    public void WriteTileHalf(PixelRect source, Span<Half> destination)
    {
        int count = 3 * (int)source.Area;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, count);
        int words = (count + 1) / 2;
        ReadWriteBuffer<uint> buffer = EnsureLength(this.device, ref this.halfTile, words);
        this.halfOfLevel ??= this.device.AllocateReadOnlyBuffer<uint>(HalfOfLevel(this.settings.InputRange));
        this.device.For(Math.Min(words, HalfWordsPerRow), (words + HalfWordsPerRow - 1) / HalfWordsPerRow, new PreprocessHalfShader(
            this.pixels, this.halfOfLevel, buffer, this.width, this.height, source.X, source.Y, source.Width, source.Height, this.IsBgr, this.blacken, HalfWordsPerRow));
        if (this.halfStaging is null || this.halfStaging.Length < words)
        {
            this.halfStaging = new uint[words];
        }

        buffer.CopyTo(this.halfStaging.AsSpan(0, words));
        MemoryMarshal.AsBytes(this.halfStaging.AsSpan())[..(count * 2)].CopyTo(MemoryMarshal.AsBytes(destination));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.pixels.Dispose();
        this.tile?.Dispose();
        this.halfTile?.Dispose();
        this.halfOfLevel?.Dispose();
        this.cpu?.Dispose();
    }

    private int IsBgr => this.settings.IsBgr ? 1 : 0;

    private static ReadWriteBuffer<T> EnsureLength<T>(GraphicsDevice device, ref ReadWriteBuffer<T>? buffer, int length)
        where T : unmanaged
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer?.Dispose();
            buffer = device.AllocateReadWriteBuffer<T>(length);
        }

        return buffer;
    }

    /// <summary>Gets the half bits of the model input of every 8-bit value: the CPU stage's float, rounded to nearest even.</summary>
    /// <param name="range">The model's input range.</param>
    /// <returns>256 entries, the bits in the low half.</returns>
    private static uint[] HalfOfLevel(float range)
    {
        uint[] table = new uint[256];
        for (int level = 0; level < table.Length; level++)
        {
            table[level] = BitConverter.HalfToUInt16Bits((Half)PixelMath.ToModelRange(level, range));
        }

        return table;
    }

    private void Bleed(int passes)
    {
        ReadWriteBuffer<uint> next = this.device.AllocateReadWriteBuffer<uint>(this.pixels.Length);
        ReadWriteBuffer<uint> current = this.pixels;
        using (ComputeContext context = this.device.CreateComputeContext())
        {
            for (int pass = 0; pass < passes; pass++)
            {
                context.For(this.width, this.height, new BleedShader(current, next, this.width, this.height));

                // Both buffers: the next pass reads what this one wrote (next) and overwrites what it read (current).
                context.Barrier(next);
                context.Barrier(current);
                (current, next) = (next, current);
            }
        }

        next.Dispose();
        this.pixels = current;
    }
}
