// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.Text;

namespace PdnUpscale.Tests.Shared;

/// <summary>Builds and reads PNG chunks directly, for hostile headers and for checking metadata (compiled into each test project that needs it).</summary>
internal static class PngFiles
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Writes a well-formed PNG whose header claims a size far larger than its data.</summary>
    /// <param name="path">The file.</param>
    /// <param name="width">The claimed width.</param>
    /// <param name="height">The claimed height.</param>
    public static void WriteHeaderOnly(string path, int width, int height)
    {
        byte[] header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        using FileStream stream = File.Create(path);
        stream.Write(Signature);
        WriteChunk(stream, "IHDR", header);
        WriteChunk(stream, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(stream, "IEND", []);
    }

    /// <summary>Reads the keyword/text pairs of a PNG's tEXt and iTXt chunks.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text entries.</returns>
    public static Dictionary<string, string> ReadText(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int offset = Signature.Length; offset + 8 <= data.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset));
            string type = Encoding.ASCII.GetString(data, offset + 4, 4);
            ReadOnlySpan<byte> body = data.AsSpan(offset + 8, length);
            int zero = body.IndexOf((byte)0);
            if (type == "tEXt" && zero > 0)
            {
                text[Encoding.Latin1.GetString(body[..zero])] = Encoding.Latin1.GetString(body[(zero + 1)..]);
            }
            else if (type == "iTXt" && zero > 0 && body[zero + 1] == 0)
            {
                // keyword \0 compression-flag method language \0 translated \0 text (uncompressed only).
                ReadOnlySpan<byte> rest = body[(zero + 3)..];
                int language = rest.IndexOf((byte)0);
                int translated = rest[(language + 1)..].IndexOf((byte)0) + language + 1;
                text[Encoding.Latin1.GetString(body[..zero])] = Encoding.UTF8.GetString(rest[(translated + 1)..]);
            }

            offset += 12 + length;
        }

        return text;
    }

    private static void WriteChunk(Stream stream, string type, byte[] body)
    {
        byte[] typeBytes = Encoding.ASCII.GetBytes(type);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        stream.Write(number);
        stream.Write(typeBytes);
        stream.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32([.. typeBytes, .. body]));
        stream.Write(number);
    }

    private static uint Crc32(byte[] data)
    {
        // The PNG CRC (ISO 3309, reflected polynomial 0xEDB88320), bit by bit: test files are tiny.
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
