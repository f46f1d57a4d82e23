// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Codecs;

public sealed class SkiaImageDecoderTests
{
    private readonly SkiaImageDecoder decoder = new(new DecoderOptions { MaxPixels = 10_000_000 });

    [Fact]
    public void Missing_File_IsBadInputNamingIt()
    {
        var ex = Assert.Throws<InvalidInputException>(() => this.decoder.Decode("/no/such/dir/photo.png"));

        Assert.Contains("photo.png", ex.Message);
        Assert.Contains("does not exist", ex.Message);
        Assert.Equal(2, ex.ExitCode);
    }

    [Fact]
    public void Garbage_IsBadInput()
    {
        byte[] garbage = new byte[4096];
        new Random(3).NextBytes(garbage);

        var ex = Assert.Throws<InvalidInputException>(() => this.decoder.Decode(new MemoryStream(garbage), "noise.png"));

        Assert.Contains("noise.png", ex.Message);
    }

    [Fact]
    public void Truncated_Png_IsBadInput()
    {
        byte[] png = Encode(TestImages.Create(64, 64, seed: 5), ImageFileFormat.Png);

        var ex = Assert.Throws<InvalidInputException>(() => this.decoder.Decode(new MemoryStream(png[..(png.Length / 2)]), "half.png"));

        Assert.Contains("half.png", ex.Message);
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void OversizedHeader_IsRefusedBeforeAllocating()
    {
        // 100000 × 100000 BGRA would be 40 GB: getting this message at all means nothing was allocated.
        byte[] header = HandMadePng.Build(100_000, 100_000, colorType: 6, new byte[16]);

        var ex = Assert.Throws<InvalidInputException>(() => this.decoder.Decode(new MemoryStream(header), "huge.png"));

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

    internal static byte[] Encode(Bgra32Image image, ImageFileFormat format, bool hasAlpha = false, ImageMetadata? metadata = null)
    {
        using var stream = new MemoryStream();
        new SkiaImageEncoder().Encode(image, metadata ?? new ImageMetadata { HasAlpha = hasAlpha }, stream, new EncoderOptions { Format = format });
        return stream.ToArray();
    }
}
