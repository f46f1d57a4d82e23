// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// Reads the quantization tables (DQT) and the frame header (SOF) of a JPEG file, stopping at the first scan:
/// no entropy-coded data is read. Anything malformed or unusual (more than 8 bits of precision, a table the
/// frame does not define, arithmetic or lossless coding) gives null rather than an error, because the image
/// itself is decoded by SkiaSharp; this only adds what the header says.
/// </summary>
public static class JpegHeader
{
    private const int MaxHeaderBytes = 1 << 20;

    /// <summary>Reads the header of a JPEG stream from its current position, which it leaves moved.</summary>
    /// <param name="stream">The stream, at the start of the file.</param>
    /// <returns>The quantization, or null when it is not a baseline or progressive 8-bit JPEG with readable tables.</returns>
    public static JpegQuantization? Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var tables = new int[4][];
        using var reader = new BinaryReader(stream, System.Text.Encoding.ASCII, leaveOpen: true);
        try
        {
            if (reader.ReadByte() != 0xFF || reader.ReadByte() != 0xD8)
            {
                return null;
            }

            List<(int Tq, int H, int V)>? frame = null;
            long read = 2;
            while (read < MaxHeaderBytes)
            {
                int marker = NextMarker(reader, ref read);
                if (marker is 0xD8 or (>= 0xD0 and <= 0xD7) or 0x01)
                {
                    continue;
                }

                int length = BinaryPrimitives.ReadUInt16BigEndian(reader.ReadBytes(2));
                byte[] segment = length >= 2 ? reader.ReadBytes(length - 2) : [];
                read += 2 + segment.Length;
                if (segment.Length != Math.Max(0, length - 2) || length < 2)
                {
                    return null;
                }

                switch (marker)
                {
                    case 0xDB:
                        if (!ReadTables(segment, tables))
                        {
                            return null;
                        }

                        break;
                    case 0xC0 or 0xC1 or 0xC2:
                        frame = ReadFrame(segment);
                        break;
                    case (>= 0xC3 and <= 0xCF) and not 0xC4 and not 0xC8 and not 0xCC:
                        return null; // lossless, hierarchical or arithmetic-coded: left alone
                    case 0xDA or 0xD9:
                        return Build(frame, tables);
                }
            }

            return null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    private static int NextMarker(BinaryReader reader, ref long read)
    {
        // Markers are 0xFF followed by a code; any number of 0xFF fill bytes may come first.
        int value;
        do
        {
            value = reader.ReadByte();
            read++;
        }
        while (value != 0xFF && read < MaxHeaderBytes);

        do
        {
            value = reader.ReadByte();
            read++;
        }
        while (value == 0xFF);

        return value;
    }

    private static bool ReadTables(byte[] segment, int[][] tables)
    {
        int at = 0;
        while (at < segment.Length)
        {
            int precision = segment[at] >> 4, id = segment[at] & 15;
            at++;
            int size = precision == 0 ? 64 : 128;
            if (precision > 1 || id > 3 || at + size > segment.Length)
            {
                return false;
            }

            var table = new int[64];
            for (int k = 0; k < 64; k++)
            {
                table[JpegQuantization.ZigZag[k]] = precision == 0 ? segment[at + k] : BinaryPrimitives.ReadUInt16BigEndian(segment.AsSpan(at + (2 * k), 2));
            }

            tables[id] = table;
            at += size;
        }

        return true;
    }

    private static List<(int Tq, int H, int V)>? ReadFrame(byte[] segment)
    {
        if (segment.Length < 6 || segment[0] != 8)
        {
            return null;
        }

        int count = segment[5];
        if (segment.Length < 6 + (3 * count))
        {
            return null;
        }

        var components = new List<(int, int, int)>();
        for (int i = 0; i < count; i++)
        {
            int at = 6 + (3 * i);
            components.Add((segment[at + 2], segment[at + 1] >> 4, segment[at + 1] & 15));
        }

        return components;
    }

    private static JpegQuantization? Build(List<(int Tq, int H, int V)>? frame, int[][] tables)
    {
        if (frame is not { Count: 1 or 3 } || frame.Any(c => c.Tq > 3 || tables[c.Tq] is null || c.H is < 1 or > 4 || c.V is < 1 or > 4 || tables[c.Tq].Any(q => q < 1)))
        {
            return null;
        }

        return new JpegQuantization([.. frame.Select(c => new JpegComponent(tables[c.Tq], c.H, c.V))]);
    }
}
