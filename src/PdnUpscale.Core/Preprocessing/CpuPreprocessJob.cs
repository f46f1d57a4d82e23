// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Preprocessing;

/// <summary>Gathers tiles from one (bled) image; see <see cref="CpuPreprocessor"/>.</summary>
internal sealed class CpuPreprocessJob : IPreprocessJob
{
    private readonly Bgra32Image pixels;
    private readonly bool ownsPixels;
    private readonly ParallelOptions parallel;
    private readonly float[] toModel = new float[256];
    private readonly int[] channelOffsets = new int[3];

    public CpuPreprocessJob(Bgra32Image pixels, bool ownsPixels, PreprocessSettings settings, int parallelism)
    {
        this.pixels = pixels;
        this.ownsPixels = ownsPixels;
        this.parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        for (int v = 0; v < 256; v++)
        {
            this.toModel[v] = PixelMath.ToModelRange(v, settings.InputRange);
        }

        for (int c = 0; c < 3; c++)
        {
            this.channelOffsets[c] = PixelMath.BgraOffset(c, settings.IsBgr ? 1 : 0);
        }
    }

    /// <inheritdoc/>
    public void WriteTile(PixelRect source, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, 3 * (int)source.Area);
        var columns = new int[source.Width];
        for (int x = 0; x < columns.Length; x++)
        {
            columns[x] = PixelMath.ReflectIndex(source.X + x, this.pixels.Width) * 4;
        }

        unsafe
        {
            fixed (float* basePtr = destination)
            {
                nint address = (nint)basePtr;
                Parallel.For(0, source.Height, this.parallel, y => this.WriteRow(source, y, columns, (float*)address));
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (this.ownsPixels)
        {
            this.pixels.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe void WriteRow(PixelRect source, int y, int[] columns, float* destination)
    {
        ReadOnlySpan<byte> row = this.pixels.GetRow(PixelMath.ReflectIndex(source.Y + y, this.pixels.Height));
        for (int c = 0; c < 3; c++)
        {
            var plane = new Span<float>(destination + PixelMath.NchwIndex(c, y, 0, source.Height, source.Width), source.Width);
            int offset = this.channelOffsets[c];
            for (int x = 0; x < plane.Length; x++)
            {
                plane[x] = this.toModel[row[columns[x] + offset]];
            }
        }
    }
}
