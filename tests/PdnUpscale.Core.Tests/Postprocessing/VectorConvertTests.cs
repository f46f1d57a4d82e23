// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;

namespace PdnUpscale.Core.Tests.Postprocessing;

public sealed class VectorConvertTests
{
    [Theory]
    [InlineData(1f)]
    [InlineData(255f)]
    public void ToBytes_MatchesTheScalarFormulaBitForBit(float range)
    {
        float[] values = Values(range);
        var result = new int[values.Length];

        VectorConvert.ToBytes(values, result, range);

        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(PixelMath.ToByte(values[i], range), result[i]);
        }
    }

    [Fact]
    public void GrayOf_MatchesTheScalarFormulaBitForBit()
    {
        float[] a = Values(1f), b = [.. a.Reverse()], c = [.. a.Select(v => v * 0.7f)];
        var result = new float[a.Length];

        VectorConvert.GrayOf(a, b, c, result);

        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(PixelMath.GrayOf(a[i], b[i], c[i])), BitConverter.SingleToInt32Bits(result[i]));
        }
    }

    private static float[] Values(float range)
    {
        var random = new Random(11);
        var values = new List<float> { float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, 0f, range, -range };
        for (int v = 0; v <= 255; v++)
        {
            // Exactly on and next to every rounding boundary.
            float boundary = (v + 0.5f) / 255f * range;
            values.AddRange([boundary, BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(boundary) + 1), BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(boundary) - 1)]);
        }

        values.AddRange(Enumerable.Range(0, 3000).Select(_ => (float)((random.NextDouble() * 1.4) - 0.2) * range));
        return [.. values];
    }
}
