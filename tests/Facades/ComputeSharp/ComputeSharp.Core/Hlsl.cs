// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// The HLSL intrinsics the PdnUpscale shaders use. In the real package these are stubs that return
/// <see langword="default"/> on the CPU; here they compute what the HLSL intrinsic computes on Direct3D, so a
/// shader's <c>Execute</c> gives real results when the facade runs it thread by thread.
/// </summary>
public static class Hlsl
{
    /// <summary>
    /// Converts a float to a 16-bit float in the low half of a uint (HLSL <c>f32tof16</c>), with Direct3D's
    /// float-to-float rule: round toward zero ("Round-to-zero is used during conversion to another float
    /// format", Direct3D data conversion rules; <c>f32tof16</c> "follows D3D rules for floating-point
    /// conversion"). Not .NET's <see cref="Half"/> cast, which rounds to nearest even.
    /// </summary>
    /// <param name="x">The value.</param>
    /// <returns>The half's bits in the low 16 bits.</returns>
    /// <remarks>
    /// Float32 denormals are flushed to zero on input (D3D's float32 rule); a finite value beyond the half
    /// range becomes the largest finite half (what round toward zero gives), infinities stay infinite and NaN
    /// stays NaN.
    /// </remarks>
    public static uint Float32ToFloat16(float x)
    {
        uint bits = BitConverter.SingleToUInt32Bits(x);
        uint sign = (bits >> 16) & 0x8000u;
        int exponent = (int)((bits >> 23) & 0xFFu);
        uint mantissa = bits & 0x7FFFFFu;
        if (exponent == 0xFF)
        {
            return sign | 0x7C00u | (mantissa == 0 ? 0u : 0x200u | (mantissa >> 13));
        }

        if (exponent == 0)
        {
            return sign;
        }

        int halfExponent = exponent - 127 + 15;
        if (halfExponent >= 31)
        {
            return sign | 0x7BFFu;
        }

        if (halfExponent <= 0)
        {
            // A half subnormal counts units of 2^-24: the 24-bit significand shifted, dropping what falls off.
            return halfExponent < -10 ? sign : sign | ((mantissa | 0x800000u) >> (14 - halfExponent));
        }

        return sign | ((uint)halfExponent << 10) | (mantissa >> 13);
    }

    /// <summary>Converts the 16-bit float in the low half of a uint to a float (HLSL <c>f16tof32</c>, exact).</summary>
    /// <param name="x">The bits.</param>
    /// <returns>The value.</returns>
    public static float Float16ToFloat32(uint x) => (float)BitConverter.UInt16BitsToHalf((ushort)(x & 0xFFFF));
}
