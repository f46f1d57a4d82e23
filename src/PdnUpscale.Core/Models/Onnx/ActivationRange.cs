// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Onnx;

/// <summary>The calibrated range of one activation tensor, and the uint8 quantization that covers it.</summary>
/// <param name="Min">The smallest value seen.</param>
/// <param name="Max">The largest value seen.</param>
internal readonly record struct ActivationRange(float Min, float Max)
{
    /// <summary>
    /// Gets the asymmetric uint8 scale and zero point whose 256 levels span the range widened to include 0, so 0
    /// (zero padding, a Relu's floor) is exact; a range that starts at 0 gets zero point 0, which is what lets
    /// ONNX Runtime drop a Relu before the <c>QuantizeLinear</c>.
    /// </summary>
    /// <returns>The scale and zero point.</returns>
    public (float Scale, byte ZeroPoint) ToUInt8()
    {
        float min = Math.Min(this.Min, 0f), max = Math.Max(this.Max, 0f);
        float scale = max > min ? (max - min) / 255f : 1f;
        byte zeroPoint = (byte)Math.Clamp(MathF.Round(-min / scale), 0f, 255f);
        return (scale, zeroPoint);
    }
}
