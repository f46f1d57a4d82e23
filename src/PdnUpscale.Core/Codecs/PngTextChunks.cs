// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.Text;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// Inserts PNG text chunks right after IHDR: tEXt for Latin-1 text, iTXt (UTF-8) otherwise, as the PNG
/// specification (§11.3.4) defines them. SkiaSharp's encoder has no way to add them.
/// </summary>
internal static class PngTextChunks
{
    private const int SignatureAndHeaderLength = 8 + 8 + 13 + 4;
    private static readonly uint[] CrcTable = CreateCrcTable();

    /// <summary>
    /// Wraps a destination so that a PNG written through it gets text chunks right after IHDR, while the rest
    /// streams straight through: the encoded file is never held in memory whole.
    /// </summary>
    /// <param name="destination">The stream the PNG goes to.</param>
    /// <param name="entries">The keyword/text pairs; keywords are 1–79 Latin-1 characters.</param>
    /// <returns>The stream the encoder writes to; disposing it leaves <paramref name="destination"/> open.</returns>
    public static Stream CreateInsertingStream(Stream destination, IEnumerable<KeyValuePair<string, string>> entries) =>
        new TextInsertingStream(destination, entries);

    /// <summary>Writes the text chunks for the entries.</summary>
    /// <param name="destination">The stream.</param>
    /// <param name="entries">The keyword/text pairs.</param>
    private static void WriteTextChunks(Stream destination, IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach ((string key, string value) in entries)
        {
            string keyword = key.Length is >= 1 and <= 79 && IsLatin1(key) ? key : "Comment";
            bool latin1 = IsLatin1(value);
            using var body = new MemoryStream();
            body.Write(Encoding.Latin1.GetBytes(keyword));
            body.WriteByte(0);
            if (!latin1)
            {
                // iTXt: compression flag 0, method 0, empty language tag and translated keyword.
                body.Write([0, 0, 0, 0]);
            }

            body.Write(latin1 ? Encoding.Latin1.GetBytes(value) : Encoding.UTF8.GetBytes(value));
            WriteChunk(destination, latin1 ? "tEXt"u8 : "iTXt"u8, body.ToArray());
        }
    }

    private static bool IsLatin1(string text) => text.All(ch => ch is >= ' ' and <= '~' or >= '\u00A1' and <= '\u00FF' or '\n');

    /// <summary>Writes one chunk: length, type, data, CRC-32 of type and data.</summary>
    /// <param name="destination">The stream.</param>
    /// <param name="type">The four-letter chunk type.</param>
    /// <param name="data">The chunk data.</param>
    public static void WriteChunk(Stream destination, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        destination.Write(word);
        destination.Write(type);
        destination.Write(data);
        uint crc = Crc(Crc(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        destination.Write(word);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] CreateCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    /// <summary>Passes writes through, holding back only the signature and IHDR until the text chunks follow them.</summary>
    private sealed class TextInsertingStream(Stream destination, IEnumerable<KeyValuePair<string, string>> entries) : Stream
    {
        private readonly byte[] header = new byte[SignatureAndHeaderLength];
        private int headerLength;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => this.Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (this.headerLength < this.header.Length)
            {
                int take = Math.Min(buffer.Length, this.header.Length - this.headerLength);
                buffer[..take].CopyTo(this.header.AsSpan(this.headerLength));
                this.headerLength += take;
                buffer = buffer[take..];
                if (this.headerLength < this.header.Length)
                {
                    return;
                }

                if (!this.header.AsSpan(12, 4).SequenceEqual("IHDR"u8))
                {
                    throw new InvalidDataException("The encoder did not produce a PNG that starts with IHDR.");
                }

                destination.Write(this.header);
                WriteTextChunks(destination, entries);
            }

            destination.Write(buffer);
        }

        public override void Flush() => destination.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
