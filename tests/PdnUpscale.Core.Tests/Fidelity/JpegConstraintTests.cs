// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Fidelity;

/// <summary>
/// The JPEG constraint on a photo crop saved by our own encoder: the picture the file was made from lies (nearly)
/// inside it, the decoded blocks are far from that picture, and back-projection held only to the constraint keeps
/// a deblocked result closer to the truth than back-projection onto the decoded pixels.
/// </summary>
public sealed class JpegConstraintTests
{
    /// <summary>Mean change per channel value that counts as "nearly inside" (the decoder's rounding and chroma upsampling move it a little).</summary>
    private const double InsideTolerance = 1.0;

    [Theory]
    [InlineData(30)]
    [InlineData(70)]
    public void TheOriginal_IsNearlyInside_WhileTheDecodedBlocksAreNot(int quality)
    {
        using Bgra32Image original = TestImages.LoadInput("astronaut-face.png");
        using DecodedImage jpeg = JpegFile.RoundTrip(original, quality);
        JpegConstraint constraint = JpegConstraint.For(jpeg.Image, jpeg.Metadata.Jpeg!)!;

        double moved = MeanChange(constraint, original);
        double damage = MeanDifference(original, jpeg.Image);

        Assert.True(moved < InsideTolerance, $"the original moved {moved:0.00} levels");
        Assert.True(damage > 2 * moved, $"JPEG damage {damage:0.00} levels against {moved:0.00}");
    }

    [Fact]
    public void Projection_IsIdempotent()
    {
        using Bgra32Image original = TestImages.LoadInput("coffee-spoon.png");
        using DecodedImage jpeg = JpegFile.RoundTrip(original, 40);
        JpegConstraint constraint = JpegConstraint.For(jpeg.Image, jpeg.Metadata.Jpeg!)!;
        using Bgra32Image flat = TestImages.Flat(original.Width, original.Height, 128, 128, 128);
        float[][] planes = Planes(flat);
        constraint.Project(planes[2], planes[1], planes[0]);
        float[][] again = [.. planes.Select(p => (float[])p.Clone())];

        constraint.Project(again[2], again[1], again[0]);

        double change = planes.Zip(again).SelectMany(pair => pair.First.Zip(pair.Second, (a, b) => Math.Abs(a - b))).Average();
        Assert.True(change < 0.05, $"a second projection moved it {change:0.000} levels");
    }

    [Fact]
    public void BackProjection_HeldToTheJpeg_DoesNotPutTheBlocksBack()
    {
        // A stand-in for a model that enlarges without the blocks: bicubic from the clean shrink.
        using Bgra32Image truth = TestImages.LoadInput("astronaut-face.png");
        using Bgra32Image small = Resampler.Resize(truth, 64, 64, ResampleFilter.CatmullRom, 2);
        using DecodedImage jpeg = JpegFile.RoundTrip(small, 30);
        using Bgra32Image onPixels = Resampler.Resize(small, 128, 128, ResampleFilter.CatmullRom, 2);
        using Bgra32Image onJpeg = onPixels.Clone();

        BackProjection.Apply(jpeg.Image, onPixels, new FidelityOptions(), 2);
        BackProjection.Apply(jpeg.Image, onJpeg, new FidelityOptions { Jpeg = jpeg.Metadata.Jpeg }, 2);

        double pixels = ImageMetrics.PsnrY(truth, onPixels), held = ImageMetrics.PsnrY(truth, onJpeg);
        Assert.True(held > pixels + 0.3, $"held to the JPEG {held:0.00} dB, to its pixels {pixels:0.00} dB");
    }

    [Fact]
    public void TurnedPixels_HaveNoConstraint()
    {
        using Bgra32Image image = TestImages.Create(16, 16);
        using DecodedImage jpeg = JpegFile.RoundTrip(image, 50);

        Assert.Null(JpegConstraint.For(jpeg.Image, new JpegQuantization(jpeg.Metadata.Jpeg!.Components) { BlocksAligned = false }));
    }

    private static double MeanChange(JpegConstraint constraint, Bgra32Image image)
    {
        float[][] planes = Planes(image);
        float[][] projected = [.. planes.Select(p => (float[])p.Clone())];
        constraint.Project(projected[2], projected[1], projected[0]);
        return planes.Zip(projected).SelectMany(pair => pair.First.Zip(pair.Second, (a, b) => Math.Abs(a - b))).Average();
    }

    private static double MeanDifference(Bgra32Image a, Bgra32Image b) =>
        Planes(a).Zip(Planes(b)).SelectMany(pair => pair.First.Zip(pair.Second, (x, y) => Math.Abs(x - y))).Average();

    private static float[][] Planes(Bgra32Image image) => [.. Enumerable.Range(0, 3).Select(c => ChannelPlanes.Read(image, c, linear: false))];
}
