// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers;
using PdnUpscale.Core.Blending;
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

        int isBgr = settings.IsBgr ? 1 : 0;
        int o0 = PixelMath.BgraOffset(0, isBgr), o1 = PixelMath.BgraOffset(1, isBgr), o2 = PixelMath.BgraOffset(2, isBgr);
        bool alphaOnly = settings.Channels == OutputChannels.AlphaFromGray;
        bool opaque = settings.Channels == OutputChannels.ColorOpaque;
        for (int x = 0; x < width; x++)
        {
            int p = x * 4;
            if (alphaOnly)
            {
                target[p + 3] = (byte)bytes[x];
                continue;
            }

            target[p + o0] = (byte)bytes[x];
            target[p + o1] = (byte)bytes[toGray ? x : width + x];
            target[p + o2] = (byte)bytes[toGray ? x : (2 * width) + x];
            if (opaque)
            {
                target[p + 3] = 255;
            }
        }
    }
}
