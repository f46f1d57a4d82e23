// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using SkiaSharp;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// Encodes PNG, JPEG and WebP with SkiaSharp. The ICC profile is embedded by attaching it as the pixels'
/// colour space (no conversion happens); PNG gets <see cref="ImageMetadata.Text"/> as tEXt/iTXt chunks,
/// which SkiaSharp cannot write, inserted by <see cref="PngTextChunks"/>. JPEG has no alpha: translucent
/// images are composited onto white first.
/// </summary>
public sealed class SkiaImageEncoder : IImageEncoder
{
    /// <inheritdoc/>
    public void Encode(Bgra32Image image, ImageMetadata metadata, Stream destination, EncoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(options);
        bool flatten = options.Format == ImageFileFormat.Jpeg && metadata.HasAlpha;
        using Bgra32Image? flat = flatten ? FlattenOnWhite(image) : null;
        Bgra32Image pixels = flat ?? image;
        using SKColorSpace? colorSpace = metadata.IccProfile is { Length: > 0 } icc ? SKColorSpace.CreateIcc(icc) : null;
        SKAlphaType alpha = metadata.HasAlpha && !flatten ? SKAlphaType.Unpremul : SKAlphaType.Opaque;
        var info = new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Bgra8888, alpha, colorSpace);
        using var pixmap = new SKPixmap(info, pixels.Scan0, pixels.Stride);
        int quality = Math.Clamp(options.Quality, 1, 100);

        // Skia writes straight into the destination (through the text-chunk inserter for PNG), so the encoded
        // file is never buffered whole: for an 8000×8000 result that buffer alone would be ~100 MB.
        using Stream? withText = options.Format == ImageFileFormat.Png && metadata.Text.Count > 0
            ? PngTextChunks.CreateInsertingStream(destination, metadata.Text)
            : null;

        // Skia writes from native code: a write error must not be thrown there (FaultBarrierStream).
        using var barrier = new FaultBarrierStream(withText ?? destination);
        using (var output = new SKManagedWStream(barrier, disposeManagedStream: false))
        {
            bool written = options.Format switch
            {
                ImageFileFormat.Jpeg => pixmap.Encode(output, new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
                ImageFileFormat.Webp => pixmap.Encode(output, new SKWebpEncoderOptions(quality == 100 ? SKWebpEncoderCompression.Lossless : SKWebpEncoderCompression.Lossy, quality)),
                _ => pixmap.Encode(output, PngOptions(options.PngCompressionLevel)),
            };
            output.Flush();
            barrier.ThrowIfFaulted();
            if (!written)
            {
                throw new IOException($"SkiaSharp could not encode a {pixels.Width}×{pixels.Height} image as {options.Format}.");
            }
        }
    }

    private static Bgra32Image FlattenOnWhite(Bgra32Image image)
    {
        Bgra32Image flat = image.Clone();
        for (int y = 0; y < flat.Height; y++)
        {
            Span<byte> row = flat.GetRow(y);
            for (int i = 0; i < row.Length; i += 4)
            {
                int a = row[i + 3];
                for (int c = 0; c < 3; c++)
                {
                    row[i + c] = (byte)(((row[i + c] * a) + (255 * (255 - a)) + 127) / 255);
                }

                row[i + 3] = 255;
            }
        }

        return flat;
    }

    private static SKPngEncoderOptions PngOptions(int level)
    {
        // Trying all five filters per row costs more than the fast zlib levels themselves; Paeth alone keeps
        // most of the gain on photos and graphics alike.
        int zlibLevel = Math.Clamp(level, 0, 9);
        return new SKPngEncoderOptions(zlibLevel <= 2 ? SKPngEncoderFilterFlags.Paeth : SKPngEncoderFilterFlags.AllFilters, zlibLevel);
    }
}
