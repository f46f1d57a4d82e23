// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;
using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Resampling;

/// <summary>
/// The one resampler of BGRA8 images: separable, with a choice of <see cref="ResampleFilter"/> (antialiased when
/// shrinking). It reaches the exact requested size (Lanczos-3), works between chained model passes and for the
/// fast alpha mode, and makes the plain bicubic enlargement results are judged against. Works in bands of
/// destination rows in parallel, each with its own small buffer, so memory stays O(band), not O(image), and a
/// cancellation is seen within one band.
/// </summary>
public static class Resampler
{
    private const int BandRows = 32;

    /// <summary>Resamples <paramref name="source"/> onto the whole of <paramref name="destination"/>.</summary>
    /// <param name="source">The source image.</param>
    /// <param name="destination">The destination image; its size is the target size.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="channels">Which channels to read and write.</param>
    /// <param name="parallelism">The most threads to use (the host's <c>UpscaleConfiguration.MaxDegreeOfParallelism</c>).</param>
    /// <param name="cancellationToken">Checked before every band.</param>
    /// <exception cref="OperationCanceledException">The resample was cancelled; the destination is partly written.</exception>
    public static void Resample(Bgra32Image source, Bgra32Image destination, ResampleFilter filter, ResampleChannels channels, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        ResampleKernel kx = ResampleKernel.Create(source.Width, destination.Width, filter);
        ResampleKernel ky = ResampleKernel.Create(source.Height, destination.Height, filter);
        int bands = (destination.Height + BandRows - 1) / BandRows;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        Parallel.For(0, bands, options, band => ResampleBand(source, destination, kx, ky, band * BandRows, channels));
    }

    /// <summary>Resizes all four channels of an image into a new one.</summary>
    /// <param name="source">The image.</param>
    /// <param name="width">The new width.</param>
    /// <param name="height">The new height.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every band.</param>
    /// <returns>The resized image; the caller disposes it.</returns>
    /// <exception cref="OperationCanceledException">The resize was cancelled.</exception>
    public static Bgra32Image Resize(Bgra32Image source, int width, int height, ResampleFilter filter, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Bgra32Image result = Bgra32Image.Allocate(width, height);
        try
        {
            Resample(source, result, filter, ResampleChannels.All, parallelism, cancellationToken);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ResampleBand(Bgra32Image source, Bgra32Image destination, ResampleKernel kx, ResampleKernel ky, int firstRow, ResampleChannels channels)
    {
        int lastRow = Math.Min(destination.Height, firstRow + BandRows) - 1;
        (int top, int bottom) = ky.Reach(firstRow, lastRow + 1, source.Height);
        var rows = new Vector4[(bottom - top) * destination.Width];
        for (int sy = top; sy < bottom; sy++)
        {
            ResampleRow(source.GetRow(sy), rows.AsSpan((sy - top) * destination.Width, destination.Width), kx);
        }

        for (int y = firstRow; y <= lastRow; y++)
        {
            Span<byte> target = destination.GetRow(y);
            for (int x = 0; x < destination.Width; x++)
            {
                Vector4 sum = Vector4.Zero;
                for (int t = 0; t < ky.Taps; t++)
                {
                    int sy = ky.Starts[y] + t;
                    float w = ky.Weights[(y * ky.Taps) + t];
                    if (w != 0)
                    {
                        sum += rows[((sy - top) * destination.Width) + x] * w;
                    }
                }

                Store(target.Slice(x * 4, 4), sum, channels);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ResampleRow(ReadOnlySpan<byte> source, Span<Vector4> target, ResampleKernel kx)
    {
        int width = source.Length / 4;
        for (int x = 0; x < target.Length; x++)
        {
            Vector4 sum = Vector4.Zero;
            int start = kx.Starts[x];
            for (int t = 0; t < kx.Taps; t++)
            {
                int sx = start + t;
                float w = kx.Weights[(x * kx.Taps) + t];
                if (w != 0 && sx >= 0 && sx < width)
                {
                    sum += new Vector4(source[sx * 4], source[(sx * 4) + 1], source[(sx * 4) + 2], source[(sx * 4) + 3]) * w;
                }
            }

            target[x] = sum;
        }
    }

    private static void Store(Span<byte> pixel, Vector4 value, ResampleChannels channels)
    {
        switch (channels)
        {
            case ResampleChannels.AlphaFromAlpha:
                pixel[3] = (byte)PixelMath.ToByte(value.W, 255f);
                break;
            case ResampleChannels.AlphaFromGreen:
                pixel[3] = (byte)PixelMath.ToByte(value.Y, 255f);
                break;
            default:
                pixel[0] = (byte)PixelMath.ToByte(value.X, 255f);
                pixel[1] = (byte)PixelMath.ToByte(value.Y, 255f);
                pixel[2] = (byte)PixelMath.ToByte(value.Z, 255f);
                pixel[3] = (byte)PixelMath.ToByte(value.W, 255f);
                break;
        }
    }
}
