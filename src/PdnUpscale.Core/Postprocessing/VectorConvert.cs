// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;
using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Postprocessing;

/// <summary>
/// SIMD versions of the <see cref="PixelMath"/> formulas the postprocessor applies to whole rows. They
/// perform the same IEEE single-precision operations in the same order, so results are bit-identical to the
/// scalar (and shader) formulas; tests check that.
/// </summary>
internal static class VectorConvert
{
    /// <summary>Applies <see cref="PixelMath.ToByte"/> to every value.</summary>
    /// <param name="values">The model outputs.</param>
    /// <param name="result">The 8-bit results, as many as <paramref name="values"/>.</param>
    /// <param name="range">The model's range.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ToBytes(ReadOnlySpan<float> values, Span<int> result, float range)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var max = new Vector<float>(255f);
            var divisor = new Vector<float>(range);
            var half = new Vector<float>(0.5f);
            for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                Vector<float> scaled = (new Vector<float>(values[i..]) * max / divisor) + half;
                scaled = Vector.ConditionalSelect(Vector.GreaterThan(scaled, Vector<float>.Zero), scaled, Vector<float>.Zero);
                Vector.ConvertToInt32(Vector.Min(scaled, max)).CopyTo(result[i..]);
            }
        }

        for (; i < values.Length; i++)
        {
            result[i] = PixelMath.ToByte(values[i], range);
        }
    }

    /// <summary>Applies <see cref="PixelMath.GrayOf"/> to every triple.</summary>
    /// <param name="c0">The first channel.</param>
    /// <param name="c1">The second channel.</param>
    /// <param name="c2">The third channel.</param>
    /// <param name="result">The grey values.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void GrayOf(ReadOnlySpan<float> c0, ReadOnlySpan<float> c1, ReadOnlySpan<float> c2, Span<float> result)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var three = new Vector<float>(3f);
            for (; i <= result.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                ((new Vector<float>(c0[i..]) + new Vector<float>(c1[i..]) + new Vector<float>(c2[i..])) / three).CopyTo(result[i..]);
            }
        }

        for (; i < result.Length; i++)
        {
            result[i] = PixelMath.GrayOf(c0[i], c1[i], c2[i]);
        }
    }
}
