// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>The sRGB transfer curve on the 0..255 scale, both ways.</summary>
public static class Srgb
{
    /// <summary>Converts an 8-bit sRGB value (0..255) to linear light on the same 0..255 scale.</summary>
    /// <param name="value">The sRGB value.</param>
    /// <returns>The linear value.</returns>
    public static float ToLinear(float value)
    {
        float c = value / 255f;
        float linear = c <= 0.04045f ? c / 12.92f : MathF.Pow((c + 0.055f) / 1.055f, 2.4f);
        return linear * 255f;
    }

    /// <summary>Converts a linear value on the 0..255 scale back to sRGB (0..255), clamped to the range.</summary>
    /// <param name="value">The linear value.</param>
    /// <returns>The sRGB value.</returns>
    public static float ToSrgb(float value)
    {
        float c = Math.Clamp(value / 255f, 0f, 1f);
        float srgb = c <= 0.0031308f ? c * 12.92f : (1.055f * MathF.Pow(c, 1f / 2.4f)) - 0.055f;
        return srgb * 255f;
    }
}
