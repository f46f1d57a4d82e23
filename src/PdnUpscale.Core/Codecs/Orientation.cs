// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.InteropServices;
using PdnUpscale.Core.Imaging;
using SkiaSharp;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// Applies an EXIF orientation, so phone photos come out the way viewers show them (the metadata tag itself
/// is not carried to the output, whose pixels are then upright).
/// </summary>
internal static class Orientation
{
    /// <summary>Returns the upright image: the stored one when no change is needed, otherwise a new one (the stored one is disposed).</summary>
    /// <param name="stored">The pixels as stored in the file.</param>
    /// <param name="origin">The encoded origin.</param>
    /// <returns>The upright image.</returns>
    public static Bgra32Image Apply(Bgra32Image stored, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or (SKEncodedOrigin)0)
        {
            return stored;
        }

        int w = stored.Width, h = stored.Height;
        bool swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        Bgra32Image upright = Bgra32Image.Allocate(swap ? h : w, swap ? w : h);
        Parallel.For(0, upright.Height, y =>
        {
            Span<uint> target = MemoryMarshal.Cast<byte, uint>(upright.GetRow(y));
            for (int x = 0; x < target.Length; x++)
            {
                (int sx, int sy) = origin switch
                {
                    SKEncodedOrigin.TopRight => (w - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (w - 1 - x, h - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, h - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (y, h - 1 - x),
                    SKEncodedOrigin.RightBottom => (w - 1 - y, h - 1 - x),
                    _ => (w - 1 - y, x),
                };
                target[x] = MemoryMarshal.Cast<byte, uint>(stored.GetRow(sy))[sx];
            }
        });
        stored.Dispose();
        return upright;
    }
}
