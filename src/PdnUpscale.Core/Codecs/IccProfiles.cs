// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// Gets ICC profile bytes for a decoded colour space. SkiaSharp parses profiles but does not hand back their
/// bytes, so the profile is taken from the iCCP chunk of a 1×1 PNG that Skia encodes with that colour space:
/// Skia's own rewrite of the profile, equivalent for every profile Skia can represent (RGB matrix/curve
/// profiles). Profiles Skia cannot represent (CMYK, LUT-only) give no colour space and are not kept.
/// </summary>
internal static class IccProfiles
{
    /// <summary>Gets the ICC bytes of a colour space, or null for sRGB and unrepresentable spaces.</summary>
    /// <param name="colorSpace">The colour space the decoder reported.</param>
    /// <returns>The profile bytes, or null.</returns>
    public static byte[]? FromColorSpace(SKColorSpace? colorSpace)
    {
        if (colorSpace is null || colorSpace.IsSrgb)
        {
            return null;
        }

        var info = new SKImageInfo(1, 1, SKColorType.Bgra8888, SKAlphaType.Opaque, colorSpace);
        byte[] pixel = [0, 0, 0, 255];
        unsafe
        {
            fixed (byte* p = pixel)
            {
                using var pixmap = new SKPixmap(info, (nint)p, 4);
                using SKData? png = pixmap.Encode(SKEncodedImageFormat.Png, 100);
                return png is null ? null : ReadIccp(png.AsSpan());
            }
        }
    }

    private static byte[]? ReadIccp(ReadOnlySpan<byte> png)
    {
        int offset = 8;
        while (offset + 8 <= png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            ReadOnlySpan<byte> type = png.Slice(offset + 4, 4);
            ReadOnlySpan<byte> data = png.Slice(offset + 8, length);
            if (type.SequenceEqual("iCCP"u8))
            {
                // Profile name, NUL, compression method (0 = zlib), compressed profile.
                int nameEnd = data.IndexOf((byte)0);
                using var compressed = new MemoryStream(data[(nameEnd + 2)..].ToArray());
                using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
                using var profile = new MemoryStream();
                zlib.CopyTo(profile);
                return profile.ToArray();
            }

            offset += 12 + length;
        }

        return null;
    }
}
