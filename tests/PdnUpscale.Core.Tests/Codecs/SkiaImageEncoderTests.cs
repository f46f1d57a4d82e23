// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;
using SkiaSharp;

namespace PdnUpscale.Core.Tests.Codecs;

public sealed class SkiaImageEncoderTests
{
    [Fact]
    public void Png_CarriesTextChunks()
    {
        using Bgra32Image image = TestImages.Create(8, 8);
        var metadata = new ImageMetadata();
        metadata.Text["Software"] = "PdnUpscale";
        metadata.Text["Model"] = "realesr-general-x4v3 ×4 — ünïcode";

        byte[] png = SkiaImageDecoderTests.Encode(image, ImageFileFormat.Png, metadata: metadata);

        string latin1 = Encoding.Latin1.GetString(png);
        Assert.Contains("tEXtSoftware\0PdnUpscale", latin1);
        Assert.Contains("iTXtModel\0", latin1);
        Assert.Contains("realesr-general-x4v3 ×4 — ünïcode", Encoding.UTF8.GetString(png));
        using DecodedImage decoded = new SkiaImageDecoder().Decode(new MemoryStream(png), "text.png");
        Assert.Equal(0, TestImages.MaxAbsDiff(image, decoded.Image));
    }

    [Theory]
    [InlineData(ImageFileFormat.Png)]
    [InlineData(ImageFileFormat.Jpeg)]
    [InlineData(ImageFileFormat.Webp)]
    public void IccProfile_IsKept(ImageFileFormat format)
    {
        using SKColorSpace p3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);
        byte[] icc = IccProfiles.FromColorSpace(p3)!;
        using Bgra32Image image = TestImages.Create(16, 16);

        byte[] encoded = SkiaImageDecoderTests.Encode(image, format, metadata: new ImageMetadata { IccProfile = icc });
        using DecodedImage decoded = new SkiaImageDecoder().Decode(new MemoryStream(encoded), "p3");

        Assert.Equal(icc, decoded.Metadata.IccProfile);
        Assert.False(SKColorSpace.CreateIcc(icc).IsSrgb);
    }

    [Fact]
    public void Jpeg_FlattensTranslucencyOntoWhite()
    {
        using Bgra32Image image = Bgra32Image.Allocate(16, 16);

        byte[] jpeg = SkiaImageDecoderTests.Encode(image, ImageFileFormat.Jpeg, hasAlpha: true);
        using DecodedImage decoded = new SkiaImageDecoder().Decode(new MemoryStream(jpeg), "flat.jpg");

        Assert.All(decoded.Image.GetRow(8).ToArray(), b => Assert.InRange(b, 250, 255));
    }
}
