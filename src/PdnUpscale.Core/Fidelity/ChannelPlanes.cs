// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Fidelity;

/// <summary>Moves one channel of a BGRA8 image to and from float planes (0..255, optionally linear light).</summary>
internal static class ChannelPlanes
{
    private static readonly float[] LinearTable = BuildLinearTable();

    /// <summary>Reads one channel of a row.</summary>
    /// <param name="image">The image.</param>
    /// <param name="y">The row.</param>
    /// <param name="channel">The BGRA channel index.</param>
    /// <param name="linear">Whether to convert sRGB to linear light.</param>
    /// <param name="row">Receives the values.</param>
    public static void ReadRow(Bgra32Image image, int y, int channel, bool linear, Span<float> row)
    {
        ReadOnlySpan<byte> pixels = image.GetRow(y);
        for (int x = 0; x < row.Length; x++)
        {
            byte value = pixels[(x * 4) + channel];
            row[x] = linear ? LinearTable[value] : value;
        }
    }

    /// <summary>Reads one channel of a whole image.</summary>
    /// <param name="image">The image.</param>
    /// <param name="channel">The BGRA channel index.</param>
    /// <param name="linear">Whether to convert sRGB to linear light.</param>
    /// <returns>The plane, row-major.</returns>
    public static float[] Read(Bgra32Image image, int channel, bool linear)
    {
        var plane = new float[image.Width * image.Height];
        for (int y = 0; y < image.Height; y++)
        {
            ReadRow(image, y, channel, linear, plane.AsSpan(y * image.Width, image.Width));
        }

        return plane;
    }

    /// <summary>Enlarges a small plane and adds it, scaled, to one channel of a large image, row by row.</summary>
    /// <param name="image">The large image, changed in place.</param>
    /// <param name="channel">The BGRA channel index.</param>
    /// <param name="plane">The small plane.</param>
    /// <param name="width">The small plane's width.</param>
    /// <param name="kx">The horizontal enlargement kernel.</param>
    /// <param name="ky">The vertical enlargement kernel.</param>
    /// <param name="strength">The scale of the addition.</param>
    /// <param name="linear">Whether the plane is in linear light.</param>
    /// <param name="parallelism">The most threads to use.</param>
    public static void AddEnlarged(Bgra32Image image, int channel, float[] plane, int width, ResampleKernel kx, ResampleKernel ky, float strength, bool linear, int parallelism)
    {
        PlaneFilter.Apply(width, plane.Length / width, (y, row) => plane.AsSpan(y * width, width).CopyTo(row), kx, ky, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, correction) =>
        {
            Span<byte> pixels = image.GetRow(y);
            for (int x = 0; x < correction.Length; x++)
            {
                byte value = pixels[(x * 4) + channel];
                float corrected = FidelityMath.Correct(linear ? LinearTable[value] : value, correction[x], strength);
                pixels[(x * 4) + channel] = (byte)PixelMath.ToByte(linear ? FidelityMath.ToSrgb(corrected) : corrected, 255f);
            }
        }, parallelism);
    }

    private static float[] BuildLinearTable()
    {
        var table = new float[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = FidelityMath.ToLinear(i);
        }

        return table;
    }
}
