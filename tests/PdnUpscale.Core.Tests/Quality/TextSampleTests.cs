// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Quality;

/// <summary>The harness's rendered text lines: the shifted copy is the same drawing moved on the pixel grid.</summary>
public sealed class TextSampleTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    public void ShiftedLine_IsTheLineMovedRightAndDown(int scale, int shift)
    {
        using QualitySample line = SampleSets.Text(SampleSets.Lines[0], SampleSets.Fonts[0], 9, scale);
        using QualitySample shifted = SampleSets.Text(SampleSets.Lines[0], SampleSets.Fonts[0], 9, scale, shifted: true);

        Assert.Equal((line.Truth.Width, line.Truth.Height), (shifted.Truth.Width, shifted.Truth.Height));
        Assert.Equal(line.Text, shifted.Text);
        int width = line.Truth.Width - shift;
        for (int y = 0; y < line.Truth.Height - shift; y++)
        {
            Span<byte> expected = line.Truth.GetRow(y)[..(width * 4)];
            Span<byte> actual = shifted.Truth.GetRow(y + shift).Slice(shift * 4, width * 4);
            Assert.True(expected.SequenceEqual(actual), $"row {y} differs");
        }

        Assert.False(line.Truth.GetRow(line.Truth.Height / 2).SequenceEqual(shifted.Truth.GetRow(line.Truth.Height / 2)));
    }
}
