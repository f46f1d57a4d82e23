// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Content;

/// <summary>JPEG's blocks found in the pixels: a photo crop before and after saving at quality 40.</summary>
public sealed class BlockinessTests
{
    [Fact]
    public void SavedAsJpeg_ShowsBlocks_TheOriginalDoesNot()
    {
        using Bgra32Image photo = TestImages.LoadInput("coffee-spoon.png");
        using DecodedImage jpeg = JpegFile.RoundTrip(photo, 40);

        double clean = Blockiness.Measure(photo), blocky = Blockiness.Measure(jpeg.Image);

        Assert.InRange(clean, 0, 0.1);
        Assert.True(blocky >= 0.2, $"blockiness {blocky:0.00} after JPEG quality 40");
    }
}
