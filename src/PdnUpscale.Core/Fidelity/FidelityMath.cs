// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// The per-pixel arithmetic of back-projection as static scalar functions, so a GPU shader can share it
/// (the same rule as <see cref="Imaging.PixelMath"/>): transfer curves and the residual update.
/// </summary>
public static class FidelityMath
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

    /// <summary>
    /// One back-projection update on the input grid: the input minus the shrunk current result, weighted by the
    /// input's opacity so colour hidden under transparent pixels pulls on nothing.
    /// </summary>
    /// <param name="input">The input value.</param>
    /// <param name="shrunk">The shrunk current result at the same pixel.</param>
    /// <param name="opacity">The input's alpha, 0..1.</param>
    /// <returns>The correction to add to the accumulated residual.</returns>
    public static float Residual(float input, float shrunk, float opacity) => (input - shrunk) * opacity;

    /// <summary>Applies the enlarged correction to the model's output with the fidelity strength.</summary>
    /// <param name="model">The model's output value.</param>
    /// <param name="correction">The enlarged accumulated residual.</param>
    /// <param name="strength">The fidelity, 0..1.</param>
    /// <returns>The corrected value (not clamped).</returns>
    public static float Correct(float model, float correction, float strength) => model + (strength * correction);
}
