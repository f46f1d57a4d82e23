// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Codecs;

/// <summary>The JPEG quality read back from the quantization tables of files our own encoder (libjpeg-turbo in SkiaSharp) wrote.</summary>
public sealed class JpegHeaderTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(50)]
    [InlineData(70)]
    [InlineData(92)]
    [InlineData(100)]
    public void EncodedQuality_IsReadBackExactly(int quality)
    {
        using Bgra32Image image = TestImages.Create(40, 24, seed: quality);
        byte[] jpeg = Encode(image, ImageFileFormat.Jpeg, quality);

        JpegQuantization? read = JpegHeader.Read(new MemoryStream(jpeg));

        Assert.NotNull(read);
        Assert.Equal(quality, read.Quality);
        Assert.True(read.IsStandard);
        Assert.Equal(3, read.Components.Count);
        Assert.Equal((2, 2), (read.Components[0].HorizontalSampling, read.Components[0].VerticalSampling));
        Assert.Equal(JpegQuantization.StandardTable(quality, chroma: true), read.Components[2].Table);
    }

    [Fact]
    public void Decoder_PutsTheQualityOnTheDecodedImage()
    {
        using Bgra32Image image = TestImages.Create(40, 24, seed: 2);
        using DecodedImage decoded = JpegFile.RoundTrip(image, 45);
        using DecodedImage png = new SkiaImageDecoder().Decode(new MemoryStream(Encode(image, ImageFileFormat.Png, 0)), "photo.png");

        Assert.Equal(45, decoded.JpegQuality);
        Assert.True(decoded.Metadata.Jpeg!.BlocksAligned);
        Assert.Null(png.JpegQuality);
    }

    [Fact]
    public void TruncatedOrForeignData_GivesNothing()
    {
        using Bgra32Image image = TestImages.Create(40, 24, seed: 3);
        byte[] jpeg = Encode(image, ImageFileFormat.Jpeg, 80);

        Assert.Null(JpegHeader.Read(new MemoryStream(jpeg[..30])));
        Assert.Null(JpegHeader.Read(new MemoryStream(Encode(image, ImageFileFormat.Png, 0))));
        Assert.Null(JpegHeader.Read(new MemoryStream([0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00])));
    }

    [Fact]
    public void StandardTable_ClampsAtBaselineLimits()
    {
        Assert.All(JpegQuantization.StandardTable(1, chroma: false), q => Assert.InRange(q, 1, 255));
        Assert.All(JpegQuantization.StandardTable(100, chroma: true), q => Assert.Equal(1, q));
        Assert.Equal(16, JpegQuantization.StandardTable(50, chroma: false)[0]);
    }

    private static byte[] Encode(Bgra32Image image, ImageFileFormat format, int quality)
    {
        using var stream = new MemoryStream();
        new SkiaImageEncoder().Encode(image, new ImageMetadata(), stream, new EncoderOptions { Format = format, Quality = quality });
        return stream.ToArray();
    }
}
