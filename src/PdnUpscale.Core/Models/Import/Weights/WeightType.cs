// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;

namespace PdnUpscale.Core.Models.Import.Weights;

/// <summary>
/// The element types checkpoints store weights in. Half and bfloat16 widen to float exactly (every value of
/// theirs is a float), so half-precision models import without loss; doubles round to the nearest float,
/// which is what running them in float does anyway.
/// </summary>
internal enum WeightType
{
    /// <summary>32-bit IEEE float.</summary>
    Float32,

    /// <summary>16-bit IEEE float.</summary>
    Float16,

    /// <summary>bfloat16: the upper half of a 32-bit float.</summary>
    BFloat16,

    /// <summary>64-bit IEEE float.</summary>
    Float64,
}

/// <summary>Decoding of <see cref="WeightType"/> values.</summary>
internal static class WeightTypes
{
    /// <summary>Gets the bytes per element.</summary>
    /// <param name="type">The type.</param>
    /// <returns>2, 4 or 8.</returns>
    public static int Size(this WeightType type) => type switch
    {
        WeightType.Float16 or WeightType.BFloat16 => 2,
        WeightType.Float64 => 8,
        _ => 4,
    };

    /// <summary>Reads one little-endian element.</summary>
    /// <param name="type">The type.</param>
    /// <param name="bytes">The bytes, starting at the element.</param>
    /// <returns>The value as a float.</returns>
    public static float Read(this WeightType type, ReadOnlySpan<byte> bytes) => type switch
    {
        WeightType.Float16 => (float)BinaryPrimitives.ReadHalfLittleEndian(bytes),
        WeightType.BFloat16 => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(bytes) << 16),
        WeightType.Float64 => (float)BinaryPrimitives.ReadDoubleLittleEndian(bytes),
        _ => BinaryPrimitives.ReadSingleLittleEndian(bytes),
    };

    /// <summary>Gathers a strided view of a storage into a new row-major float array.</summary>
    /// <param name="type">The element type.</param>
    /// <param name="storage">The storage's bytes.</param>
    /// <param name="offset">The view's first element, in elements.</param>
    /// <param name="shape">The view's dimensions.</param>
    /// <param name="stride">The view's strides, in elements.</param>
    /// <returns>The values, or null when the view reaches outside the storage.</returns>
    public static float[]? Gather(this WeightType type, ReadOnlySpan<byte> storage, long offset, long[] shape, long[] stride)
    {
        long count = WeightTensor.Count(shape);
        int size = type.Size();
        if (count < 0 || offset < 0 || stride.Any(s => s < 0) || LastElement(offset, shape, stride) is not long last
            || (count > 0 && (last + 1) * size > storage.Length))
        {
            return null;
        }

        var values = new float[count];
        if (type == WeightType.Float32 && IsContiguous(shape, stride))
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(storage.Slice((int)(offset * size), (int)(count * size))).CopyTo(values);
            return BitConverter.IsLittleEndian ? values : throw new PlatformNotSupportedException("Weights are read on little-endian machines only.");
        }

        var index = new long[shape.Length];
        for (long n = 0; n < count; n++)
        {
            long element = offset;
            for (int i = 0; i < shape.Length; i++)
            {
                element += index[i] * stride[i];
            }

            values[n] = type.Read(storage[(int)(element * size)..]);
            for (int i = shape.Length - 1; i >= 0 && ++index[i] == shape[i]; i--)
            {
                index[i] = 0;
            }
        }

        return values;
    }

    // The index of the view's last element, or null when absurd sizes or strides overflow.
    private static long? LastElement(long offset, long[] shape, long[] stride)
    {
        try
        {
            long last = offset;
            for (int i = 0; i < shape.Length; i++)
            {
                last = checked(last + (Math.Max(shape[i] - 1, 0) * stride[i]));
            }

            return last < Array.MaxLength ? last : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool IsContiguous(long[] shape, long[] stride)
    {
        long expected = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            if (shape[i] != 1 && stride[i] != expected)
            {
                return false;
            }

            expected *= shape[i];
        }

        return true;
    }
}
