// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using SkiaSharp;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// Decodes PNG, JPEG, WebP, GIF (first frame) and BMP with SkiaSharp, grey and palette images included,
/// straight into a <see cref="Bgra32Image"/> without colour conversion; a non-sRGB ICC profile is kept in the
/// metadata (as <see cref="IccProfiles"/> describes) so the encoder can embed it again. The header is checked against the pixel limit before the
/// pixels are allocated. EXIF orientation is applied (<see cref="Orientation"/>), JPEG's and PNG's. Truncated files of every format are refused, and a read error becomes one sentence (<see cref="FaultBarrierStream"/>).
/// A JPEG's quantization tables are read from its header (<see cref="JpegHeader"/>) into <see cref="ImageMetadata.Jpeg"/>.
/// </summary>
/// <param name="options">The limits, or null for the defaults.</param>
public sealed class SkiaImageDecoder(DecoderOptions? options = null) : IImageDecoder
{
    private readonly DecoderOptions options = options ?? new DecoderOptions();

    /// <inheritdoc/>
    public DecodedImage Decode(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The input file '{path}' does not exist.");
        }

        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The input file '{path}' could not be read: {ex.Message}", ex);
        }

        using (stream)
        {
            return this.Decode(stream, path);
        }
    }

    /// <inheritdoc/>
    public DecodedImage Decode(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // Skia reads from native code: a read error must not be thrown there (FaultBarrierStream).
        using var barrier = new FaultBarrierStream(stream);
        try
        {
            return this.DecodeGuarded(barrier, fileName);
        }
        catch (UpscaleException e) when (e.Kind == UpscaleErrorKind.InvalidInput && barrier.Fault is { } fault)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The input file '{fileName}' could not be read: {fault.Message}", fault);
        }
    }

    private DecodedImage DecodeGuarded(FaultBarrierStream stream, string fileName)
    {
        JpegQuantization? jpeg = null;
        if (stream.CanSeek)
        {
            long start = stream.Position;
            jpeg = JpegHeader.Read(stream);
            stream.Position = start;
        }

        using SKCodec? codec = SKCodec.Create(stream, out SKCodecResult result);
        if (codec is null)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The file '{fileName}' is not an image this program can read ({Describe(result)}).");
        }

        SKImageInfo info = codec.Info;
        if (info.Width < 1 || info.Height < 1 || (long)info.Width * info.Height > this.options.MaxPixels)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The image '{fileName}' is {info.Width}×{info.Height} pixels, more than the limit of {this.options.MaxPixels} pixels.");
        }

        Bgra32Image image = Bgra32Image.Allocate(info.Width, info.Height);
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        SKCodecResult decoded = codec.GetPixels(target, image.Scan0, image.Stride, new SKCodecOptions(0));
        if (decoded == SKCodecResult.Success && stream.Fault is null && codec.EncodedFormat == SKEncodedImageFormat.Jpeg && stream.CanSeek && !EncodedFileChecks.JpegIsComplete(stream))
        {
            decoded = SKCodecResult.IncompleteInput;
        }

        if (decoded != SKCodecResult.Success || stream.Fault is not null)
        {
            image.Dispose();
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The image '{fileName}' could not be decoded ({Describe(decoded)}).");
        }

        SKEncodedOrigin origin = codec.EncodedFormat == SKEncodedImageFormat.Png && stream.CanSeek ? EncodedFileChecks.PngExifOrientation(stream) : codec.EncodedOrigin;
        if (stream.Fault is not null)
        {
            image.Dispose();
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The image '{fileName}' could not be read to its end.");
        }

        image = Orientation.Apply(image, origin);
        var metadata = new ImageMetadata
        {
            IccProfile = IccProfiles.FromColorSpace(info.ColorSpace),
            HasAlpha = info.AlphaType != SKAlphaType.Opaque && PixelScan.AnyAlphaBelow(image, 255),
            IsGrayscale = info.ColorType is SKColorType.Gray8 or SKColorType.Alpha8,
            Jpeg = jpeg is null || codec.EncodedFormat != SKEncodedImageFormat.Jpeg ? null : new JpegQuantization(jpeg.Components) { BlocksAligned = origin == SKEncodedOrigin.TopLeft },
        };
        return new DecodedImage(image, metadata);
    }

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput => "the file is truncated",
        SKCodecResult.ErrorInInput => "the data is corrupt",
        SKCodecResult.Unimplemented => "the format or a feature of it is not supported",
        SKCodecResult.InvalidInput or SKCodecResult.CouldNotRewind => "the data is not a recognised image format",
        _ => $"decoder result {result}",
    };
}
