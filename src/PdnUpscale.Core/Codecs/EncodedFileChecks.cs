// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using SkiaSharp;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// What SkiaSharp's decoders do not check, read from the file itself: whether a JPEG ends (a progressive JPEG
/// cut short decodes "successfully" to a blurred image, unlike a baseline one) and a PNG's <c>eXIf</c>
/// orientation (Skia applies JPEG's and ignores PNG's).
/// </summary>
internal static class EncodedFileChecks
{
    private const int Chunk = 1 << 16;

    /// <summary>
    /// Tells whether a JPEG has an end-of-image marker (FF D9) after its last start-of-scan (FF DA). Inside
    /// entropy-coded data FF is always followed by 00 or a restart marker, so FF D9 there can only be the end;
    /// an embedded thumbnail's end comes before the main image's scans.
    /// </summary>
    /// <param name="stream">The file, seekable; read from its start.</param>
    /// <returns>Whether the file is complete.</returns>
    public static bool JpegIsComplete(Stream stream)
    {
        stream.Position = 0;
        byte[] buffer = new byte[Chunk];
        long offset = 0, lastScan = -1, lastEnd = -1;
        byte previous = 0;
        for (int read; (read = stream.Read(buffer, 0, buffer.Length)) > 0; offset += read)
        {
            for (int i = 0; i < read; i++)
            {
                if (previous == 0xFF && buffer[i] == 0xDA)
                {
                    lastScan = offset + i;
                }
                else if (previous == 0xFF && buffer[i] == 0xD9)
                {
                    lastEnd = offset + i;
                }

                previous = buffer[i];
            }
        }

        return lastEnd > lastScan;
    }

    /// <summary>Reads the orientation from a PNG's <c>eXIf</c> chunk (which comes before the image data).</summary>
    /// <param name="stream">The file, seekable; read from its start.</param>
    /// <returns>The orientation, or top-left when there is none or it cannot be read.</returns>
    public static SKEncodedOrigin PngExifOrientation(Stream stream)
    {
        stream.Position = 8;
        Span<byte> header = stackalloc byte[8];
        while (stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            uint length = BinaryPrimitives.ReadUInt32BigEndian(header);
            ReadOnlySpan<byte> type = header[4..];
            if (type.SequenceEqual("IDAT"u8) || length > int.MaxValue - 4)
            {
                break;
            }

            if (type.SequenceEqual("eXIf"u8) && length <= Chunk)
            {
                byte[] exif = new byte[length];
                return stream.ReadAtLeast(exif, exif.Length, throwOnEndOfStream: false) == exif.Length ? TiffOrientation(exif) : SKEncodedOrigin.TopLeft;
            }

            stream.Seek(length + 4, SeekOrigin.Current);
        }

        return SKEncodedOrigin.TopLeft;
    }

    /// <summary>Reads tag 0x0112 from the first image directory of TIFF-structured EXIF data.</summary>
    private static SKEncodedOrigin TiffOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8 || !(tiff[..2].SequenceEqual("II"u8) || tiff[..2].SequenceEqual("MM"u8)))
        {
            return SKEncodedOrigin.TopLeft;
        }

        bool little = tiff[0] == (byte)'I';
        uint directory = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (directory > tiff.Length - 2)
        {
            return SKEncodedOrigin.TopLeft;
        }

        int entries = U16(tiff, (int)directory, little);
        for (int e = 0; e < entries; e++)
        {
            int at = (int)directory + 2 + (e * 12);
            if (at + 12 > tiff.Length)
            {
                break;
            }

            if (U16(tiff, at, little) == 0x0112 && U16(tiff, at + 2, little) == 3 && U16(tiff, at + 8, little) is var value and >= 1 and <= 8)
            {
                return (SKEncodedOrigin)value;
            }
        }

        return SKEncodedOrigin.TopLeft;
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at, bool little)
        => little ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
}
