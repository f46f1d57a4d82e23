// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>Reads one channel of a BGRA8 image as a float plane (0..255, optionally linear light).</summary>
internal static class ChannelPlanes
{
    /// <summary>Gets the linear value (0..255) of every 8-bit sRGB value.</summary>
    public static float[] LinearTable { get; } = BuildLinearTable();

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

    private static float[] BuildLinearTable()
    {
        var table = new float[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = Srgb.ToLinear(i);
        }

        return table;
    }
}
