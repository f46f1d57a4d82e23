// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Explain;

/// <summary>The per-pixel arithmetic of the heat map as static scalar functions, so an overlay shader can share it.</summary>
public static class ExplainMath
{
    /// <summary>Writes one heat-map pixel: the result dimmed to grey, tinted yellow to red by the departure.</summary>
    /// <param name="luma">The result's luma.</param>
    /// <param name="heat">The departure, 0 (none) to 1 (full scale); larger values clamp.</param>
    /// <param name="pixel">Receives B, G, R, A.</param>
    public static void HeatPixel(float luma, float heat, Span<byte> pixel)
    {
        float t = Math.Clamp(heat, 0f, 1f);
        float grey = 40f + (luma * 0.45f);
        float opacity = MathF.Sqrt(t);
        pixel[0] = (byte)(grey * (1 - opacity));
        pixel[1] = (byte)((grey * (1 - opacity)) + (opacity * 255f * (1 - t)));
        pixel[2] = (byte)((grey * (1 - opacity)) + (opacity * 255f));
        pixel[3] = 255;
    }
}
