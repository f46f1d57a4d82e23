// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Runtime.InteropServices;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Decides whether a layer is an "enlarged canvas": Image → Canvas Size by the chosen factor, anchored
/// top-left, so the original sits in the top-left (canvas ÷ factor) region and everything else is the one
/// colour Paint.NET filled the new area with (transparent, or the secondary colour on the background layer).
/// </summary>
public static class CanvasCheck
{
    /// <summary>Inspects a layer for a factor.</summary>
    /// <param name="layer">The whole layer.</param>
    /// <param name="factor">The chosen scale factor, greater than 1.</param>
    /// <returns>The original's size when the canvas matches, otherwise exact instructions.</returns>
    public static CanvasCheckResult Inspect(Bgra32Image layer, double factor)
    {
        ArgumentNullException.ThrowIfNull(layer);
        int w = (int)Math.Round(layer.Width / factor);
        int h = (int)Math.Round(layer.Height / factor);
        string percent = (factor * 100).ToString("0.##", CultureInfo.InvariantCulture);
        string times = factor.ToString("0.##", CultureInfo.InvariantCulture);
        if (factor <= 1 || w < 1 || h < 1 || Math.Round(w * factor) != layer.Width || Math.Round(h * factor) != layer.Height)
        {
            return CanvasCheckResult.Mismatch(
                $"The canvas ({layer.Width}×{layer.Height}) is not an exact {times}× enlargement of a smaller picture. " + Instructions(percent));
        }

        uint fill = Pixel(layer, layer.Width - 1, layer.Height - 1);
        if (!IsUniform(layer, w, h, fill))
        {
            return CanvasCheckResult.Mismatch(
                $"The canvas ({layer.Width}×{layer.Height}) has picture content outside its top-left {w}×{h} region, so it was not enlarged by {times}× with the anchor at the top left. " + Instructions(percent));
        }

        return CanvasCheckResult.Match(w, h);
    }

    private static string Instructions(string percent)
        => $"Nothing was changed. To upscale in place: undo any earlier canvas change, choose Image → Canvas Size, select By percentage, enter {percent} %, set the anchor to the top-left corner, click OK, then run Effects → Photo → AI Upscale again. Or choose the \"New image\" output to get the result on the clipboard.";

    // True when every pixel right of column w, and below row h, equals the fill colour.
    private static bool IsUniform(Bgra32Image layer, int w, int h, uint fill)
    {
        for (int y = 0; y < layer.Height; y++)
        {
            ReadOnlySpan<uint> row = MemoryMarshal.Cast<byte, uint>(layer.GetRow(y));
            if ((y < h ? row[w..] : row).ContainsAnyExcept(fill))
            {
                return false;
            }
        }

        return true;
    }

    private static uint Pixel(Bgra32Image image, int x, int y) => MemoryMarshal.Cast<byte, uint>(image.GetRow(y))[x];
}

/// <summary>The outcome of <see cref="CanvasCheck.Inspect"/>.</summary>
/// <param name="Matches">Whether the canvas is an enlarged canvas for the factor.</param>
/// <param name="SourceWidth">The original's width (top-left region) when it matches.</param>
/// <param name="SourceHeight">The original's height when it matches.</param>
/// <param name="Message">What to do when it does not match; empty when it does.</param>
public sealed record CanvasCheckResult(bool Matches, int SourceWidth, int SourceHeight, string Message)
{
    /// <summary>Creates a match.</summary>
    /// <param name="width">The original's width.</param>
    /// <param name="height">The original's height.</param>
    /// <returns>The result.</returns>
    public static CanvasCheckResult Match(int width, int height) => new(true, width, height, string.Empty);

    /// <summary>Creates a mismatch.</summary>
    /// <param name="message">What to do.</param>
    /// <returns>The result.</returns>
    public static CanvasCheckResult Mismatch(string message) => new(false, 0, 0, message);
}
