// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;

namespace PdnUpscale.Core.Tests.Cleanup;

/// <summary>Scan clean-up on a rendered line on shaded, speckled paper.</summary>
public sealed class ScanCleanupTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void ShadedSpeckledPage_BecomesWhitePaper_InkKept_SpecksGone_AndReads()
    {
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[2], SampleSets.Fonts[2], 16, 1);
        using Bgra32Image page = sample.Truth.Clone();
        Soil(page);
        string soiledText = TesseractOcr.ReadLine(page);

        ScanCleanup.Prepare(page, new ScanCleanupOptions { Output = ScanOutput.Grayscale }, 2);

        Assert.True(PixelScan.IsGray(page));
        Assert.True(page.GetRow(2)[page.Width * 2] >= 245, "shaded paper becomes white");
        Assert.Equal(255, page.GetRow(3)[3 * 4]);
        Assert.True(CharacterErrorRate.Measure(sample.Text!, TesseractOcr.ReadLine(page)) <= CharacterErrorRate.Measure(sample.Text!, soiledText));
        Assert.True(CharacterErrorRate.Measure(sample.Text!, TesseractOcr.ReadLine(page)) < 0.05);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void GrainyGreyPaper_BecomesWhite_InkStaysDark()
    {
        // Paper at 205 ± 12 per pixel, as on a real scan: dividing by the local maximum alone leaves it grey.
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[2], SampleSets.Fonts[2], 16, 1);
        using Bgra32Image page = sample.Truth.Clone();
        var random = new Random(3);
        var paper = new List<(int X, int Y)>();
        var ink = new List<(int X, int Y)>();
        for (int y = 0; y < page.Height; y++)
        {
            Span<byte> row = page.GetRow(y);
            for (int x = 0; x < page.Width; x++)
            {
                if (row[x * 4] > 240)
                {
                    row.Slice(x * 4, 3).Fill((byte)random.Next(193, 218));
                    paper.Add((x, y));
                }
                else if (row[x * 4] < 60)
                {
                    ink.Add((x, y));
                }
            }
        }

        ScanCleanup.Prepare(page, new ScanCleanupOptions { Output = ScanOutput.Grayscale, Deskew = false }, 2);

        byte[] paperLevels = [.. paper.Select(p => page.GetRow(p.Y)[p.X * 4]).Order()];
        byte[] inkLevels = [.. ink.Select(p => page.GetRow(p.Y)[p.X * 4]).Order()];
        Assert.True(paperLevels[paperLevels.Length / 2] == 255, $"median paper level {paperLevels[paperLevels.Length / 2]}");
        Assert.True(paperLevels[paperLevels.Length / 10] >= 240, $"10th-percentile paper level {paperLevels[paperLevels.Length / 10]}");
        Assert.True(inkLevels[inkLevels.Length / 2] <= 80, $"median ink level {inkLevels[inkLevels.Length / 2]}");
        Assert.True(CharacterErrorRate.Measure(sample.Text!, TesseractOcr.ReadLine(page)) < 0.05);
    }

    [Fact]
    public void SmallCleanText_KeepsItsFullStopsAndColons()
    {
        // Before specks had to stand clear of other ink, this line lost a dot of its colon and its full stop ("$12 95").
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[1], SampleSets.Fonts[2], 12, 1);
        using Bgra32Image page = sample.Truth.Clone();

        ScanCleanup.Prepare(page, new ScanCleanupOptions { FlattenBackground = false, Deskew = false }, 2);

        Assert.Equal(0, TestImages.MaxAbsDiff(sample.Truth, page));
    }

    [Fact]
    public void BlackAndWhite_LeavesOnlyTwoLevels()
    {
        using QualitySample sample = SampleSets.Text(SampleSets.Lines[0], SampleSets.Fonts[0], 12, 1);
        ScanCleanup.Finish(sample.Truth, new ScanCleanupOptions { Output = ScanOutput.BlackAndWhite });

        var levels = new HashSet<byte>();
        for (int y = 0; y < sample.Truth.Height; y++)
        {
            foreach (byte b in sample.Truth.GetRow(y))
            {
                levels.Add(b);
            }
        }

        Assert.Equal(new byte[] { 0, 255 }, levels.Order());
    }

    /// <summary>Shades the paper from white to dark yellow left to right and adds one-pixel specks, one at (3, 3).</summary>
    private static void Soil(Bgra32Image page)
    {
        var random = new Random(7);
        for (int y = 0; y < page.Height; y++)
        {
            Span<byte> row = page.GetRow(y);
            for (int x = 0; x < page.Width; x++)
            {
                float shade = 1f - (0.45f * x / page.Width);
                row[x * 4] = (byte)(row[x * 4] * shade * 0.8f);
                row[(x * 4) + 1] = (byte)(row[(x * 4) + 1] * shade);
                row[(x * 4) + 2] = (byte)(row[(x * 4) + 2] * shade);
                if ((x == 3 && y == 3) || random.Next(400) == 0)
                {
                    row.Slice(x * 4, 3).Fill(20);
                }
            }
        }
    }
}
