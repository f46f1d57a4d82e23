// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Quality;

/// <summary>
/// The plain, non-neural resizes that results are judged against: the antialiased shrink that makes test
/// inputs from ground truth, and the bicubic enlargement every upscaler must beat.
/// </summary>
public static class ReferenceScaler
{
    /// <summary>Shrinks an image the way <paramref name="kernel"/> says inputs are made (all four channels).</summary>
    /// <param name="image">The large image.</param>
    /// <param name="width">The small width.</param>
    /// <param name="height">The small height.</param>
    /// <param name="kernel">The shrink.</param>
    /// <returns>The small image; the caller disposes it.</returns>
    public static Bgra32Image Shrink(Bgra32Image image, int width, int height, DownscaleKernel kernel = DownscaleKernel.Bicubic) =>
        Resize(image, width, height, kernel == DownscaleKernel.Area ? ResampleFilter.Box : ResampleFilter.Bicubic);

    /// <summary>Enlarges an image with plain bicubic (Catmull-Rom) interpolation, the baseline to beat.</summary>
    /// <param name="image">The small image.</param>
    /// <param name="width">The large width.</param>
    /// <param name="height">The large height.</param>
    /// <returns>The enlarged image; the caller disposes it.</returns>
    public static Bgra32Image EnlargeBicubic(Bgra32Image image, int width, int height) => Resize(image, width, height, ResampleFilter.Bicubic);

    /// <summary>Resizes all four channels with one filter (antialiased when shrinking).</summary>
    /// <param name="image">The image.</param>
    /// <param name="width">The new width.</param>
    /// <param name="height">The new height.</param>
    /// <param name="filter">The filter.</param>
    /// <returns>The resized image; the caller disposes it.</returns>
    internal static Bgra32Image Resize(Bgra32Image image, int width, int height, ResampleFilter filter)
    {
        ArgumentNullException.ThrowIfNull(image);
        ResampleKernel kx = ResampleKernel.Create(image.Width, width, filter);
        ResampleKernel ky = ResampleKernel.Create(image.Height, height, filter);
        Bgra32Image result = Bgra32Image.Allocate(width, height);
        for (int channel = 0; channel < 4; channel++)
        {
            int c = channel;
            PlaneFilter.Apply(image.Width, image.Height, (y, row) => ChannelPlanes.ReadRow(image, y, c, false, row), kx, ky, (y, row) =>
            {
                Span<byte> pixels = result.GetRow(y);
                for (int x = 0; x < row.Length; x++)
                {
                    pixels[(x * 4) + c] = (byte)PixelMath.ToByte(row[x], 255f);
                }
            }, Environment.ProcessorCount);
        }

        return result;
    }
}
