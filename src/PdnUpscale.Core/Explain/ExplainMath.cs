// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Explain;

/// <summary>The per-pixel arithmetic of the heat map as static scalar functions, so an overlay shader can share it.</summary>
public static class ExplainMath
{
    /// <summary>Gets the BT.601 luma of a BGRA8 pixel.</summary>
    /// <param name="row">The row.</param>
    /// <param name="x">The pixel index.</param>
    /// <returns>The luma, 0..255.</returns>
    public static float Luma(ReadOnlySpan<byte> row, int x) => (0.114f * row[x * 4]) + (0.587f * row[(x * 4) + 1]) + (0.299f * row[(x * 4) + 2]);

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
