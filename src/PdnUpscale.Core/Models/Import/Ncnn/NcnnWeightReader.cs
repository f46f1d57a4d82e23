// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>
/// Reads the weight blobs of an ncnn .bin file in layer order. Main weights start with a 4-byte tag
/// (ncnn <c>ModelBin::load(w, 0)</c>): <c>0x01306B47</c> fp16 padded to 4 bytes, <c>0x000D4B38</c> int8,
/// <c>0x0002C056</c> or 0 raw fp32, any other non-zero tag a 256-entry fp32 table followed by byte indices.
/// Bias, slope and scale blobs (<c>load(w, 1)</c>) are raw fp32 with no tag. All little-endian.
/// </summary>
internal sealed class NcnnWeightReader
{
    private const uint Float16Tag = 0x01306B47;
    private const uint Int8Tag = 0x000D4B38;
    private const uint Float32ScaledTag = 0x0002C056;

    private readonly byte[] data;
    private readonly string path;
    private int position;

    /// <summary>Initializes a new instance of the <see cref="NcnnWeightReader"/> class.</summary>
    /// <param name="path">The .bin file.</param>
    public NcnnWeightReader(string path)
    {
        this.path = path;
        this.data = File.ReadAllBytes(path);
    }

    /// <summary>Reads a tagged weight blob of <paramref name="count"/> values.</summary>
    /// <param name="count">The number of values.</param>
    /// <param name="owner">Who reads, for error messages (e.g. "Convolution layer 'conv1' weights").</param>
    /// <returns>The values as fp32.</returns>
    public float[] ReadTagged(int count, string owner)
    {
        uint tag = BinaryPrimitives.ReadUInt32LittleEndian(this.Take(4, owner));
        switch (tag)
        {
            case Float16Tag:
                ReadOnlySpan<byte> halves = this.Take(AlignTo4(count * 2), owner);
                var values = new float[count];
                for (int i = 0; i < count; i++)
                {
                    values[i] = (float)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(halves[(i * 2)..]));
                }

                return values;
            case Int8Tag:
                throw new NcnnImportException(this.path, 0, $"{owner} are int8-quantized, which is not supported (convert the model with fp16 or fp32 weights)");
            case 0:
            case Float32ScaledTag:
                return this.ReadRaw(count, owner);
            default:
                return this.ReadTable(count, owner);
        }
    }

    /// <summary>Reads an untagged fp32 blob of <paramref name="count"/> values.</summary>
    /// <param name="count">The number of values.</param>
    /// <param name="owner">Who reads, for error messages.</param>
    /// <returns>The values.</returns>
    public float[] ReadRaw(int count, string owner)
    {
        ReadOnlySpan<byte> bytes = this.Take(count * 4, owner);
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
        }

        return values;
    }

    /// <summary>Checks that every byte was read: extra bytes mean the .bin does not belong to the .param.</summary>
    public void EnsureFullyRead()
    {
        if (this.position != this.data.Length)
        {
            throw new NcnnImportException(this.path, 0, $"the file has {this.data.Length - this.position} bytes left after the last layer's weights, so it does not match the .param file");
        }
    }

    private static int AlignTo4(int bytes) => (bytes + 3) & ~3;

    private float[] ReadTable(int count, string owner)
    {
        float[] table = this.ReadRaw(256, owner);
        ReadOnlySpan<byte> indices = this.Take(AlignTo4(count), owner);
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = table[indices[i]];
        }

        return values;
    }

    private ReadOnlySpan<byte> Take(int length, string owner)
    {
        if (length < 0 || this.data.Length - this.position < length)
        {
            throw new NcnnImportException(this.path, 0, $"the file ends at byte {this.data.Length} but {owner} need {length} bytes from byte {this.position} (truncated, or the .param does not match)");
        }

        ReadOnlySpan<byte> span = this.data.AsSpan(this.position, length);
        this.position += length;
        return span;
    }
}
