// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

public class CanvasCheckTests
{
    [Theory]
    [InlineData(2.0, 0u)]
    [InlineData(3.0, 0xFFFFFFFFu)]
    [InlineData(2.5, 0u)]
    public void EnlargedCanvasMatchesAndGivesTheOriginalSize(double factor, uint fill)
    {
        using Bgra32Image original = TestData.Picture(20, 14);
        using Bgra32Image canvas = TestData.EnlargedCanvas(original, (int)Math.Round(20 * factor), (int)Math.Round(14 * factor), fill);

        CanvasCheckResult check = CanvasCheck.Inspect(canvas, factor);

        Assert.True(check.Matches, check.Message);
        Assert.Equal((20, 14), (check.SourceWidth, check.SourceHeight));
    }

    [Fact]
    public void ContentOutsideTheTopLeftRegionIsAMismatchWithInstructions()
    {
        using Bgra32Image picture = TestData.Picture(40, 28);

        CanvasCheckResult check = CanvasCheck.Inspect(picture, 2);

        Assert.False(check.Matches);
        Assert.Contains("outside its top-left 20×14 region", check.Message);
        Assert.Contains("Image → Canvas Size", check.Message);
        Assert.Contains("enter 200 %", check.Message);
        Assert.Contains("top-left corner", check.Message);
    }

    [Fact]
    public void ACanvasThatIsNoExactMultipleIsAMismatch()
    {
        using Bgra32Image original = TestData.Picture(20, 14);
        using Bgra32Image canvas = TestData.EnlargedCanvas(original, 61, 42);

        CanvasCheckResult check = CanvasCheck.Inspect(canvas, 3);

        Assert.False(check.Matches);
        Assert.Contains("not an exact 3× enlargement", check.Message);
    }

    [Fact]
    public void SummaryNamesTheLargestMatchingFactorOrSaysTheCanvasIsNotEnlarged()
    {
        using Bgra32Image original = TestData.Picture(20, 14);
        using Bgra32Image canvas = TestData.EnlargedCanvas(original, 60, 42);

        Assert.Contains("enlarged 3× (original 20×14", CanvasSummary.Describe(canvas));
        Assert.Contains("is not an enlarged canvas", CanvasSummary.Describe(original));
    }
}
