// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;

namespace PdnUpscale.Gpu.Tests.Facade;

/// <summary>
/// <c>Hlsl.Float32ToFloat16</c> converts as Direct3D does (<c>f32tof16</c>: round toward zero), not as .NET's
/// <see cref="Half"/> cast (round to nearest even), so fp16 results computed here are the ones a GPU gives.
/// </summary>
public sealed class HalfConversionTests
{
    [Theory]
    [InlineData(1.00146484375f, 0x3C01u)] // 1 + 1.5 ulp: nearest even gives 0x3C02
    [InlineData(-1.00146484375f, 0xBC01u)]
    [InlineData(0.333333343f, 0x3555u)] // nearest gives 0x3555 too: 1/3 lies below the half-way point
    [InlineData(0.66666669f, 0x3955u)] // nearest gives 0x3956
    [InlineData(70000f, 0x7BFFu)] // beyond the half range: the largest finite half, not infinity
    [InlineData(float.PositiveInfinity, 0x7C00u)]
    [InlineData(1e-45f, 0x0000u)] // float32 denormal: flushed on input
    [InlineData(3e-6f, 0x0032u)] // a half subnormal, truncated (nearest gives 0x0032 as well: 50.33 units of 2^-24)
    [InlineData(1f, 0x3C00u)]
    public void RoundsTowardZero(float value, uint expected) => Assert.Equal(expected, Hlsl.Float32ToFloat16(value));

    [Fact]
    public void NaNStaysNaN() => Assert.True(Half.IsNaN(BitConverter.UInt16BitsToHalf((ushort)Hlsl.Float32ToFloat16(float.NaN))));

    [Fact]
    public void EveryResultIsTheLargestHalfNotAboveTheMagnitude()
    {
        var random = new Random(16);
        for (int i = 0; i < 100_000; i++)
        {
            float value = (float)((random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-20, 17)));
            float converted = Hlsl.Float16ToFloat32(Hlsl.Float32ToFloat16(value));
            Half next = Half.Abs(BitConverter.UInt16BitsToHalf((ushort)(Hlsl.Float32ToFloat16(Math.Abs(value)) + 1)));
            Assert.True(Math.Abs(converted) <= Math.Abs(value) && Math.Sign(converted) * Math.Sign(value) >= 0, $"{value} became {converted}");
            Assert.True((float)next > Math.Abs(value) || Math.Abs(value) >= 65504f, $"{value} became {converted}, but {next} is not above it");
        }
    }
}
