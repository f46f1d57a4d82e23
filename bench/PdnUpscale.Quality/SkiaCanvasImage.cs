// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using SkiaSharp;

namespace PdnUpscale.Quality;

/// <summary>Draws ground-truth images with SkiaSharp on an opaque white canvas and copies them into a <see cref="Bgra32Image"/>.</summary>
public static class SkiaCanvasImage
{
    /// <summary>Draws an image.</summary>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <param name="draw">Draws on the white canvas.</param>
    /// <returns>The image; the caller disposes it.</returns>
    public static Bgra32Image Draw(int width, int height, Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            draw(canvas);
        }

        Bgra32Image image = Bgra32Image.Allocate(width, height);
        ReadOnlySpan<byte> pixels = bitmap.GetPixelSpan();
        for (int y = 0; y < height; y++)
        {
            pixels.Slice(y * bitmap.RowBytes, width * 4).CopyTo(image.GetRow(y));
        }

        return image;
    }
}
