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
    /// <summary>Packs rows of an image into a staging array.</summary>
    /// <param name="image">The image.</param>
    /// <param name="firstRow">The first row to pack.</param>
    /// <param name="rowCount">The number of rows.</param>
    /// <param name="staging">The array to fill, at least width × rowCount long.</param>
    /// <returns>Whether any packed pixel is fully transparent.</returns>
    public static bool Pack(Bgra32Image image, int firstRow, int rowCount, uint[] staging)
    {
        bool anyTransparent = false;
        for (int y = 0; y < rowCount; y++)
        {
            ReadOnlySpan<uint> row = MemoryMarshal.Cast<byte, uint>(image.GetRow(firstRow + y));
            row.CopyTo(staging.AsSpan(y * image.Width, image.Width));
            foreach (uint pixel in row)
            {
                anyTransparent |= pixel < 0x01000000u;
            }
        }

        return anyTransparent;
    }

    /// <summary>Unpacks a staging array into rows of an image.</summary>
    /// <param name="staging">The packed rows.</param>
    /// <param name="image">The image.</param>
    /// <param name="firstRow">The first row to write.</param>
    /// <param name="rowCount">The number of rows.</param>
    public static void Unpack(uint[] staging, Bgra32Image image, int firstRow, int rowCount)
    {
        for (int y = 0; y < rowCount; y++)
        {
            staging.AsSpan(y * image.Width, image.Width).CopyTo(MemoryMarshal.Cast<byte, uint>(image.GetRow(firstRow + y)));
        }
    }
}
