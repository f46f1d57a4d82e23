// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Blending;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Postprocessing;

/// <summary>The CPU postprocess stage: float rows → BGRA8 with <see cref="PixelMath.ToByte"/>, rows in parallel.</summary>
/// <param name="parallelism">The most threads to use.</param>
public sealed class CpuPostprocessor(int parallelism) : IPostprocessor
{
    /// <inheritdoc/>
    public void WriteRows(FloatBand band, int rowCount, Bgra32Image destination, PostprocessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(destination);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, rowCount, options, y => WriteRow(band, y, destination.GetRow(band.FirstRow + y).Slice(band.FirstColumn * 4, band.Width * 4), settings));
    }

    private static void WriteRow(FloatBand band, int y, Span<byte> target, PostprocessSettings settings)
    {
        ReadOnlySpan<float> c0 = band.GetRow(0, y);
        ReadOnlySpan<float> c1 = band.GetRow(1, y);
        ReadOnlySpan<float> c2 = band.GetRow(2, y);
        float range = settings.OutputRange;
        if (settings.Channels == OutputChannels.AlphaFromGray)
        {
            for (int x = 0; x < c0.Length; x++)
            {
                target[(x * 4) + 3] = (byte)PixelMath.ToByte(PixelMath.GrayOf(c0[x], c1[x], c2[x]), range);
            }

            return;
        }

        int isBgr = settings.IsBgr ? 1 : 0;
        int o0 = PixelMath.BgraOffset(0, isBgr), o1 = PixelMath.BgraOffset(1, isBgr), o2 = PixelMath.BgraOffset(2, isBgr);
        bool opaque = settings.Channels == OutputChannels.ColorOpaque;
        for (int x = 0; x < c0.Length; x++)
        {
            Span<byte> pixel = target.Slice(x * 4, 4);
            if (settings.Grayscale)
            {
                pixel[0] = pixel[1] = pixel[2] = (byte)PixelMath.ToByte(PixelMath.GrayOf(c0[x], c1[x], c2[x]), range);
            }
            else
            {
                pixel[o0] = (byte)PixelMath.ToByte(c0[x], range);
                pixel[o1] = (byte)PixelMath.ToByte(c1[x], range);
                pixel[o2] = (byte)PixelMath.ToByte(c2[x], range);
            }

            if (opaque)
            {
                pixel[3] = 255;
            }
        }
    }
}
