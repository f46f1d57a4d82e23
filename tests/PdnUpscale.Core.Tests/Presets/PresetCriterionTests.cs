// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Presets;

/// <summary>The harness's preset targets and ranking, on hand-made scores (2× and 4×).</summary>
public sealed class PresetCriterionTests
{
    private static readonly Score[] Bicubic = [Text(0.025, psnr: 20, sharpness: 1), Text(0.036, psnr: 18, sharpness: 1)];

    [Fact]
    public void Text_RanksByScalesMet_ThenCer_ThenPsnr()
    {
        (string, IReadOnlyList<Score>)[] rows =
        [
            ("misreads at 2x", [Text(0.057, 22, 2.4), Text(0.030, 20, 3.7)]),
            ("reads as well, less accurate", [Text(0.025, 20.5, 1.2), Text(0.030, 18.2, 1.1)]),
            ("reads as well, more accurate", [Text(0.025, 21.0, 1.3), Text(0.030, 18.5, 1.1)]),
            ("blurrier than bicubic", [Text(0.010, 25, 0.9), Text(0.010, 22, 0.9)]),
        ];

        string[] order = [.. PresetCriterion.Text.Rank(rows, Bicubic).Select(r => r.Item)];

        Assert.Equal(["reads as well, more accurate", "reads as well, less accurate", "misreads at 2x", "blurrier than bicubic"], order);
        Assert.Equal(1, PresetCriterion.Text.ScalesMet(rows[0].Item2, Bicubic));
    }

    [Fact]
    public void Art_DoesNotMeetItsTarget_WithMoreOvershootThanBicubic()
    {
        var bicubic = new Score(24, 1, 31, OcrCount.None, 0.17);

        Assert.True(PresetCriterion.Art.Meets(new Score(30, 2.1, 37, OcrCount.None, 0.10), bicubic));
        Assert.False(PresetCriterion.Art.Meets(new Score(33, 2.6, 47, OcrCount.None, 0.31), bicubic));
    }

    // The CER as characters misread out of 1 000.
    private static Score Text(double cer, double psnr, double sharpness) => new(psnr, sharpness, 30, new OcrCount((int)Math.Round(cer * 1000), 1000), 0);
}
