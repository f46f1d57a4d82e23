// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using System.Runtime.InteropServices;
using Core::PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu;

/// <summary>
/// Moves BGRA8 rows to and from the one-<see cref="uint"/>-per-pixel layout the shaders use (B in the low
/// byte: a BGRA8 row reinterpreted on a little-endian machine, which every Windows target is).
/// </summary>
internal static class PackedPixels
{
    /// <summary>Packs a rectangle of an image into a staging array, row after row.</summary>
    /// <param name="image">The image.</param>
    /// <param name="rect">The rectangle: first column, first row, width and row count.</param>
    /// <param name="staging">The array to fill, at least width × rows long.</param>
    /// <returns>Whether any packed pixel is fully transparent.</returns>
    public static bool Pack(Bgra32Image image, PixelRect rect, uint[] staging)
    {
        bool anyTransparent = false;
        for (int y = 0; y < rect.Height; y++)
        {
            ReadOnlySpan<uint> row = Row(image, rect, y);
            row.CopyTo(staging.AsSpan(y * rect.Width, rect.Width));
            foreach (uint pixel in row)
            {
                anyTransparent |= pixel < 0x01000000u;
            }
        }

        return anyTransparent;
    }

    /// <summary>Unpacks a staging array into a rectangle of an image.</summary>
    /// <param name="staging">The packed rows.</param>
    /// <param name="image">The image.</param>
    /// <param name="rect">The rectangle: first column, first row, width and row count.</param>
    public static void Unpack(uint[] staging, Bgra32Image image, PixelRect rect)
    {
        for (int y = 0; y < rect.Height; y++)
        {
            staging.AsSpan(y * rect.Width, rect.Width).CopyTo(Row(image, rect, y));
        }
    }

    /// <summary>Gets the whole image as a rectangle.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The rectangle.</returns>
    public static PixelRect Whole(Bgra32Image image) => new(0, 0, image.Width, image.Height);

    private static Span<uint> Row(Bgra32Image image, PixelRect rect, int y) =>
        MemoryMarshal.Cast<byte, uint>(image.GetRow(rect.Y + y)).Slice(rect.X, rect.Width);
}
