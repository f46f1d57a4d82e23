// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.Text.Json;

namespace PdnUpscale.Core.Models.Import.Weights;

/// <summary>
/// Reads a <c>.safetensors</c> file: a little-endian u64 header length N, N bytes of JSON mapping each name to
/// its dtype, shape and byte range in the buffer that follows (and an optional <c>__metadata__</c>), then the
/// buffer. Checks what the reference reader checks: a sane header length and byte ranges that match the shapes
/// and stay inside the file.
/// </summary>
internal static class SafetensorsReader
{
    private const long MaxHeaderLength = 100_000_000;

    /// <summary>Reads the weights.</summary>
    /// <param name="file">The .safetensors file.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ModelImportException">The file is truncated or malformed, or holds a non-float tensor.</exception>
    public static StateDict Read(string file)
    {
        byte[] bytes = File.ReadAllBytes(file);
        if (bytes.Length < 8)
        {
            throw new ModelImportException(file, "the file is truncated (it is shorter than a safetensors header)");
        }

        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (headerLength > MaxHeaderLength || headerLength > (ulong)(bytes.Length - 8))
        {
            throw new ModelImportException(file, $"the safetensors header claims {headerLength} bytes, more than {(headerLength > MaxHeaderLength ? "any real header needs" : "the file holds")}, so the file is truncated or not a safetensors file");
        }

        int bufferStart = 8 + (int)headerLength;
        var tensors = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            using JsonDocument header = JsonDocument.Parse(bytes.AsMemory(8, (int)headerLength));
            foreach (JsonProperty entry in header.RootElement.EnumerateObject())
            {
                if (entry.Name != "__metadata__")
                {
                    tensors[entry.Name] = ReadTensor(file, entry, bytes.AsSpan(bufferStart));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new ModelImportException(file, "the safetensors header is not valid JSON of tensor entries", e);
        }

        return StateDict.Unwrap(file, tensors);
    }

    private static WeightTensor? ReadTensor(string file, JsonProperty entry, ReadOnlySpan<byte> buffer)
    {
        string dtype = entry.Value.GetProperty("dtype").GetString() ?? string.Empty;
        long[] shape = entry.Value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        long[] range = entry.Value.GetProperty("data_offsets").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        WeightType? type = dtype switch
        {
            "F32" => WeightType.Float32,
            "F16" => WeightType.Float16,
            "BF16" => WeightType.BFloat16,
            "F64" => WeightType.Float64,
            _ => null,
        };
        long count = WeightTensor.Count(shape);
        if (range.Length != 2 || range[0] < 0 || range[1] < range[0] || range[1] > buffer.Length)
        {
            throw new ModelImportException(file, $"the tensor '{entry.Name}' lies outside the file, so the file is truncated or damaged");
        }

        if (type is not WeightType t)
        {
            return null; // integer and boolean tensors are counters or masks, not weights
        }

        if (count < 0 || range[1] - range[0] != count * t.Size())
        {
            throw new ModelImportException(file, $"the tensor '{entry.Name}' has {range[1] - range[0]} bytes, which does not match its shape and type");
        }

        long[] stride = new long[shape.Length];
        for (int i = shape.Length - 1, s = 1; i >= 0; s *= (int)shape[i], i--)
        {
            stride[i] = s;
        }

        return new WeightTensor(shape, t.Gather(buffer[(int)range[0]..(int)range[1]], 0, shape, stride)!);
    }
}
