// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.IO.Compression;
using PdnUpscale.Core.Codecs;

namespace PdnUpscale.Core.Tests.TestUtilities;

/// <summary>Builds PNG files byte by byte, for formats the encoder does not write (palette) and forged headers.</summary>
internal static class HandMadePng
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Builds an 8-bit PNG of the given colour type from raw scanlines (filter byte included).</summary>
    public static byte[] Build(int width, int height, byte colorType, byte[] scanlines, byte[]? palette = null)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        PngTextChunks.WriteChunk(png, "IHDR"u8, Header(width, height, colorType));
        if (palette is not null)
        {
            PngTextChunks.WriteChunk(png, "PLTE"u8, palette);
        }

        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(scanlines);
            }

            PngTextChunks.WriteChunk(png, "IDAT"u8, compressed.ToArray());
        }

        PngTextChunks.WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static byte[] Header(int width, int height, byte colorType)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colorType;
        return header;
    }
}
