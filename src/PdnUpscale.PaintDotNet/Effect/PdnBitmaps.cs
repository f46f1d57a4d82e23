// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet.AppModel;
using PaintDotNet.Clipboard;
using PaintDotNet.Imaging;
using PaintDotNet.Rendering;
using PdnUpscale.Core.Imaging;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Effect;

/// <summary>Copies between Paint.NET's BGRA bitmaps (same byte layout: B, G, R, A, straight alpha) and <see cref="Bgra32Image"/>.</summary>
internal static unsafe class PdnBitmaps
{
    /// <summary>Copies a whole source bitmap into a new image.</summary>
    /// <param name="source">The source layer.</param>
    /// <returns>The copy; the caller disposes it.</returns>
    public static Bgra32Image Read(IBitmapSource<ColorBgra32> source)
    {
        SizeInt32 size = source.Size;
        Bgra32Image image = Bgra32Image.Allocate(size.Width, size.Height);
        source.CopyPixels((void*)image.Scan0, image.Stride, checked((uint)image.ByteCount), new RectInt32(0, 0, size.Width, size.Height));
        return image;
    }

    /// <summary>Copies the region of an image that a locked bitmap covers into it.</summary>
    /// <param name="image">The image, at least as large as the region.</param>
    /// <param name="bounds">The region, in image coordinates; the lock's (0, 0) is its top-left.</param>
    /// <param name="destination">The locked output.</param>
    public static void CopyRegion(Bgra32Image image, RectInt32 bounds, IBitmapLock destination)
    {
        byte* dst = (byte*)destination.Buffer;
        int bytes = bounds.Width * 4;
        for (int y = 0; y < bounds.Height; y++)
        {
            image.GetRow(bounds.Y + y).Slice(bounds.X * 4, bytes).CopyTo(new Span<byte>(dst + ((long)y * destination.BufferStride), bytes));
        }
    }

    /// <summary>Puts results on Paint.NET's clipboard through <see cref="IClipboardService"/>.</summary>
    /// <param name="clipboard">The clipboard service.</param>
    /// <param name="factory">The imaging factory that creates the clipboard bitmap.</param>
    public sealed class Clipboard(IClipboardService clipboard, IImagingFactory factory) : IResultClipboard
    {
        /// <inheritdoc/>
        public void SetImage(Bgra32Image image)
        {
            using IBitmap bitmap = factory.CreateBitmap(image.Width, image.Height, PixelFormats.Bgra32);
            using (IBitmapLock locked = bitmap.Lock(new RectInt32(0, 0, image.Width, image.Height), BitmapLockOptions.Write))
            {
                CopyRegion(image, new RectInt32(0, 0, image.Width, image.Height), locked);
            }

            clipboard.SetImage(bitmap);
        }
    }
}
