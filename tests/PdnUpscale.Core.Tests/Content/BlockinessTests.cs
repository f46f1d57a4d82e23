// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Content;

/// <summary>JPEG's blocks found in the pixels: a photo crop before and after saving at quality 40.</summary>
public sealed class BlockinessTests
{
    [Fact]
    public void SavedAsJpeg_ShowsBlocks_TheOriginalDoesNot()
    {
        using Bgra32Image photo = TestImages.LoadInput("coffee-spoon.png");
        using var stream = new MemoryStream();
        new SkiaImageEncoder().Encode(photo, new ImageMetadata(), stream, new EncoderOptions { Format = ImageFileFormat.Jpeg, Quality = 40 });
        stream.Position = 0;
        using DecodedImage jpeg = new SkiaImageDecoder().Decode(stream, "q40.jpg");

        double clean = Blockiness.Measure(photo), blocky = Blockiness.Measure(jpeg.Image);

        Assert.InRange(clean, 0, 0.1);
        Assert.True(blocky >= 0.2, $"blockiness {blocky:0.00} after JPEG quality 40");
    }
}
