// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Codecs;

public sealed class SkiaImageDecoderTests
{
    private readonly SkiaImageDecoder decoder = new(new DecoderOptions { MaxPixels = 10_000_000 });

    [Fact]
    public void Missing_File_IsBadInputNamingIt()
    {
        var ex = Assert.Throws<UpscaleException>(() => this.decoder.Decode("/no/such/dir/photo.png"));
        Assert.Equal(UpscaleErrorKind.InvalidInput, ex.Kind);

        Assert.Contains("photo.png", ex.Message);
        Assert.Contains("does not exist", ex.Message);
    }

    [Fact]
    public void Garbage_IsBadInput()
    {
        byte[] garbage = new byte[4096];
        new Random(3).NextBytes(garbage);

        var ex = Assert.Throws<UpscaleException>(() => this.decoder.Decode(new MemoryStream(garbage), "noise.png"));
        Assert.Equal(UpscaleErrorKind.InvalidInput, ex.Kind);

        Assert.Contains("noise.png", ex.Message);
    }

    [Fact]
    public void Truncated_Png_IsBadInput()
    {
        byte[] png = Encode(TestImages.Create(64, 64, seed: 5), ImageFileFormat.Png);

        var ex = Assert.Throws<UpscaleException>(() => this.decoder.Decode(new MemoryStream(png[..(png.Length / 2)]), "half.png"));
        Assert.Equal(UpscaleErrorKind.InvalidInput, ex.Kind);

        Assert.Contains("half.png", ex.Message);
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void OversizedHeader_IsRefusedBeforeAllocating()
    {
        // 100000 × 100000 BGRA would be 40 GB: getting this message at all means nothing was allocated.
        byte[] header = HandMadePng.Build(100_000, 100_000, colorType: 6, new byte[16]);

        var ex = Assert.Throws<UpscaleException>(() => this.decoder.Decode(new MemoryStream(header), "huge.png"));
        Assert.Equal(UpscaleErrorKind.InvalidInput, ex.Kind);

        Assert.Contains("huge.png", ex.Message);
        Assert.Contains("limit", ex.Message);
    }

    [Fact]
    public void Grayscale_Png_DecodesToGrey()
    {
        byte[] scanlines = [0, 0, 128, 255, 0, 64, 32, 16];
        byte[] png = HandMadePng.Build(3, 2, colorType: 0, scanlines);

        using DecodedImage decoded = this.decoder.Decode(new MemoryStream(png), "grey.png");

        Assert.True(decoded.Metadata.IsGrayscale);
        Assert.False(decoded.Metadata.HasAlpha);
        Assert.Equal([128, 128, 128, 255], decoded.Image.GetRow(0).Slice(4, 4).ToArray());
        Assert.Equal([16, 16, 16, 255], decoded.Image.GetRow(1).Slice(8, 4).ToArray());
    }

    [Fact]
    public void Palette_Png_DecodesToItsColours()
    {
        byte[] palette = [255, 0, 0, 0, 0, 255];
        byte[] png = HandMadePng.Build(2, 1, colorType: 3, [0, 0, 1], palette);

        using DecodedImage decoded = this.decoder.Decode(new MemoryStream(png), "palette.png");

        Assert.Equal([0, 0, 255, 255, 255, 0, 0, 255], decoded.Image.GetRow(0).ToArray());
    }

    [Fact]
    public void Translucent_Png_RoundTripsExactly()
    {
        using Bgra32Image source = TestImages.Create(20, 12, withAlpha: true);
        byte[] png = Encode(source, ImageFileFormat.Png, hasAlpha: true);

        using DecodedImage decoded = this.decoder.Decode(new MemoryStream(png), "alpha.png");

        Assert.True(decoded.Metadata.HasAlpha);
        Assert.Equal(0, TestImages.MaxVisibleDiff(source, decoded.Image));
    }

    [Theory]
    [InlineData(1, 16, 8, 2, 4)]
    [InlineData(3, 16, 8, 13, 4)]
    [InlineData(6, 8, 16, 4, 2)]
    [InlineData(8, 8, 16, 4, 13)]
    public void ExifOrientation_IsApplied(int orientation, int width, int height, int redX, int redY)
    {
        // Stored: 16 × 8, left half red, right half blue.
        using Bgra32Image stored = Bgra32Image.Allocate(16, 8);
        for (int y = 0; y < 8; y++)
        {
            Span<byte> row = stored.GetRow(y);
            for (int x = 0; x < 16; x++)
            {
                row[(x * 4) + (x < 8 ? 2 : 0)] = 255;
                row[(x * 4) + 3] = 255;
            }
        }

        byte[] jpeg = WithExifOrientation(Encode(stored, ImageFileFormat.Jpeg), orientation);
        using DecodedImage decoded = this.decoder.Decode(new MemoryStream(jpeg), "rotated.jpg");

        Assert.Equal(width, decoded.Image.Width);
        Assert.Equal(height, decoded.Image.Height);
        Assert.InRange(decoded.Image.GetRow(redY)[(redX * 4) + 2], 200, 255);
        Assert.InRange(decoded.Image.GetRow(redY)[redX * 4], 0, 60);
    }

    internal static byte[] Encode(Bgra32Image image, ImageFileFormat format, bool hasAlpha = false, ImageMetadata? metadata = null)
    {
        using var stream = new MemoryStream();
        new SkiaImageEncoder().Encode(image, metadata ?? new ImageMetadata { HasAlpha = hasAlpha }, stream, new EncoderOptions { Format = format });
        return stream.ToArray();
    }

    private static byte[] WithExifOrientation(byte[] jpeg, int orientation)
    {
        // APP1 "Exif": big-endian TIFF header, one IFD with one SHORT entry, tag 0x0112 (Orientation).
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        int length = payload.Length + 2;
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg[2..]];
    }
}
