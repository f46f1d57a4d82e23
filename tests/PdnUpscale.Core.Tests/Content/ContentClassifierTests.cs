// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Content;

/// <summary>
/// Automatic content choice on committed crops of each kind (the labelled set of 112 pictures is measured by
/// <c>bench/quality/run --classify</c>; these few keep the rules from drifting).
/// </summary>
public sealed class ContentClassifierTests
{
    [Theory]
    [InlineData("astronaut-256.png", ContentKind.Photo)]
    [InlineData("chelsea-eye.png", ContentKind.Photo)]
    [InlineData("coffee-spoon.png", ContentKind.Photo)]
    [InlineData("camera-man.png", ContentKind.Photo)]
    [InlineData("content-scan.png", ContentKind.Text)]
    [InlineData("content-screenshot.png", ContentKind.Text)]
    [InlineData("text-line-7px.png", ContentKind.Text)]
    [InlineData("content-chart.png", ContentKind.Art)]
    [InlineData("content-line-art.png", ContentKind.Art)]
    public void CommittedCrops_AreTakenForWhatTheyAre(string file, ContentKind expected)
    {
        using DecodedImage decoded = new SkiaImageDecoder().Decode(TestImages.InputPath(file));

        ContentChoice choice = ContentClassifier.Classify(decoded.Image);

        Assert.Equal(expected, choice.Kind);
        Assert.StartsWith(expected switch { ContentKind.Art => "art", ContentKind.Text => "text", _ => "photo" }, choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FlatColour_IsArtWithoutLetters()
    {
        using var image = TestImages.Flat(64, 48, 200, 120, 40);

        ContentChoice choice = ContentClassifier.Classify(image);

        Assert.Equal(0, choice.Measures.Letters);
        Assert.Equal(1, choice.Measures.FlatShare, 3);
    }

    [Fact]
    public void Noise_IsAPhoto()
    {
        using var image = TestImages.Create(96, 96, seed: 4);

        Assert.Equal(ContentKind.Photo, ContentClassifier.Classify(image).Kind);
    }
}
