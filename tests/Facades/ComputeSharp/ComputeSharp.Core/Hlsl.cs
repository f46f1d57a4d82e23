// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// The HLSL intrinsics the PdnUpscale shaders use. In the real package these are stubs that return
/// <see langword="default"/> on the CPU; here they compute what the HLSL intrinsic computes, so a shader's
/// <c>Execute</c> gives real results when the facade runs it thread by thread.
/// </summary>
public static class Hlsl
{
    /// <summary>Converts a float to a 16-bit float in the low half of a uint (HLSL <c>f32tof16</c>).</summary>
    /// <param name="x">The value.</param>
    /// <returns>The half's bits in the low 16 bits, round to nearest even (.NET's <see cref="Half"/> cast).</returns>
    public static uint Float32ToFloat16(float x) => BitConverter.HalfToUInt16Bits((Half)x);

    /// <summary>Converts the 16-bit float in the low half of a uint to a float (HLSL <c>f16tof32</c>).</summary>
    /// <param name="x">The bits.</param>
    /// <returns>The value.</returns>
    public static float Float16ToFloat32(uint x) => (float)BitConverter.UInt16BitsToHalf((ushort)(x & 0xFFFF));
}
