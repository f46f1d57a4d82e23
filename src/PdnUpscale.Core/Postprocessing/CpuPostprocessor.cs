// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Postprocessing;

/// <summary>
/// The CPU postprocess stage: float rows → BGRA8 with <see cref="PixelMath.ToByte"/> (vectorised by
/// <see cref="VectorConvert"/>, bit-identical), rows in parallel.
/// </summary>
/// <param name="parallelism">The most threads to use.</param>
public sealed class CpuPostprocessor(int parallelism) : IPostprocessor
{
    /// <summary>Initializes a new instance of the <see cref="CpuPostprocessor"/> class that uses every processor.</summary>
    public CpuPostprocessor()
        : this(Environment.ProcessorCount)
    {
    }

    /// <inheritdoc/>
    public void WriteRows(FloatBand band, int rowCount, Bgra32Image destination, PostprocessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(destination);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, rowCount, options, y =>
        {
            int[] scratch = ArrayPool<int>.Shared.Rent(3 * band.Width);
            float[] gray = ArrayPool<float>.Shared.Rent(band.Width);
            try
            {
                Span<byte> target = destination.GetRow(band.FirstRow + y).Slice(band.FirstColumn * 4, band.Width * 4);
                WriteRow(band, y, target, settings, scratch.AsSpan(0, 3 * band.Width), gray.AsSpan(0, band.Width));
            }
            finally
            {
                ArrayPool<int>.Shared.Return(scratch);
                ArrayPool<float>.Shared.Return(gray);
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteRow(FloatBand band, int y, Span<byte> target, PostprocessSettings settings, Span<int> bytes, Span<float> gray)
    {
        int width = band.Width;
        bool toGray = settings.Grayscale || settings.Channels == OutputChannels.AlphaFromGray;
        if (toGray)
        {
            VectorConvert.GrayOf(band.GetRow(0, y), band.GetRow(1, y), band.GetRow(2, y), gray);
            VectorConvert.ToBytes(gray, bytes[..width], settings.OutputRange);
        }
        else
        {
            for (int c = 0; c < 3; c++)
            {
                VectorConvert.ToBytes(band.GetRow(c, y), bytes.Slice(c * width, width), settings.OutputRange);
            }
        }

        if (settings.Channels == OutputChannels.AlphaFromGray)
        {
            for (int x = 0; x < width; x++)
            {
                target[(x * 4) + 3] = (byte)bytes[x];
            }

            return;
        }

        // Whole pixels at a time (BGRA8 is one little-endian uint per pixel): one store per pixel, no branches.
        int isBgr = settings.IsBgr ? 1 : 0;
        int shift0 = 8 * PixelMath.BgraOffset(0, isBgr), shift1 = 8 * PixelMath.BgraOffset(1, isBgr), shift2 = 8 * PixelMath.BgraOffset(2, isBgr);
        ReadOnlySpan<int> c0 = bytes[..width];
        ReadOnlySpan<int> c1 = toGray ? c0 : bytes.Slice(width, width);
        ReadOnlySpan<int> c2 = toGray ? c0 : bytes.Slice(2 * width, width);
        Span<uint> pixels = MemoryMarshal.Cast<byte, uint>(target);
        uint keptAlpha = settings.Channels == OutputChannels.ColorOpaque ? 0u : 0xFF000000u;
        uint setAlpha = ~keptAlpha & 0xFF000000u;
        for (int x = 0; x < width; x++)
        {
            pixels[x] = (pixels[x] & keptAlpha) | setAlpha | ((uint)c0[x] << shift0) | ((uint)c1[x] << shift1) | ((uint)c2[x] << shift2);
        }
    }
}
