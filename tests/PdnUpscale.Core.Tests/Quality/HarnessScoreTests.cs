// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Quality;

/// <summary>The harness's OCR counts: edit distance per line, added up over a set.</summary>
public sealed class HarnessScoreTests
{
    [Fact]
    public void Count_IsTheEditDistance_WithWhitespaceCollapsed()
    {
        Assert.Equal(new OcrCount(1, 7), CharacterErrorRate.Count("It was.", "lt  was."));
        Assert.Equal(new OcrCount(2, 5), CharacterErrorRate.Count("times", "tmes!"));
        Assert.Equal(new OcrCount(0, 10), CharacterErrorRate.Count("best of  it", " best of it "));
    }

    [Fact]
    public void Mean_PoolsCharacters_SoLongLinesWeighByTheirLength()
    {
        // One misread in a 10-character line and none in a 40-character line: 1 of 50, not the mean of 0.1 and 0.
        Score shortLine = Line(new OcrCount(1, 10)), longLine = Line(new OcrCount(0, 40)), picture = Line(OcrCount.None);

        Score mean = Score.Mean([shortLine, longLine, picture]);

        Assert.Equal(new OcrCount(1, 50), mean.Ocr);
        Assert.Equal(0.02, mean.Cer, 12);
        Assert.True(double.IsNaN(picture.Cer));
        Assert.Equal(2, mean.Sharpness);
    }

    private static Score Line(OcrCount ocr) => new(20, 2, 30, ocr, 0);
}
