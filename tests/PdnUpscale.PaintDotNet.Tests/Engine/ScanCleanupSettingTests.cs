// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>
/// Scan clean-up in the plugin, end to end with the committed 2× model on the CPU, on a crop of a real scan
/// (grey handwriting on unevenly lit paper) whose paper is yellowed for the test.
/// </summary>
public sealed class ScanCleanupSettingTests : IDisposable
{
    private static readonly UpscaleSettings Text2x = new() { Content = ContentKind.TextAndScans, ModelId = TestData.Model2x, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Cpu, Workflow = OutputWorkflow.NewImage };
    private readonly Bgra32Image page = YellowedScan();
    private readonly UpscaleEngine engine = new(TestData.Library(), warn => new OnnxTileSessionFactory(2, warn));

    [Fact]
    public void CleanUpTurnsThePaperWhiteAndGreyOutputHasNoColour()
    {
        using Bgra32Image before = this.page.Clone();
        using Bgra32Image plain = this.Run(Text2x);

        using Bgra32Image cleaned = this.Run(Text2x with { ScanCleanup = true, ScanOutput = ScanOutput.Grayscale });

        Assert.True(PaperLevel(plain) < 130, $"the yellowed paper stays dark without clean-up ({PaperLevel(plain)})");

        // Evened out to near-white; the paper's own grain (a real scan) keeps it from pure white.
        Assert.True(PaperLevel(cleaned) >= 210, $"clean-up makes the paper near-white ({PaperLevel(cleaned)})");
        Assert.Equal(0, TestData.Share(cleaned, Coloured));
        Assert.True(TestData.Share(plain, Coloured) > 0.5, "without clean-up the yellow stays");
        Assert.True(TestData.SamePixels(before, this.page), "the source is never written");
        Assert.Equal(2, this.engine.InferenceRuns);
    }

    [Fact]
    public void BlackAndWhiteOutputHasOnlyTwoLevelsAndKeepsTheInk()
    {
        using Bgra32Image bw = this.Run(Text2x with { ScanCleanup = true, ScanOutput = ScanOutput.BlackAndWhite });

        var levels = new HashSet<byte>();
        for (int y = 0; y < bw.Height; y++)
        {
            foreach (byte b in bw.GetRow(y))
            {
                levels.Add(b);
            }
        }

        Assert.Equal(new byte[] { 0, 255 }, levels.Order());
        Assert.InRange(PaperLevel(bw), 255, 255);
        Assert.InRange(InkShare(bw), 0.01, 0.3);
    }

    [Fact]
    public void CleanUpIsIgnoredForContentWhosePresetDoesNotOfferIt()
    {
        UpscaleSettings photo = Text2x with { Content = ContentKind.Photo };

        using Bgra32Image off = this.Run(photo);
        using Bgra32Image on = this.Run(photo with { ScanCleanup = true, ScanOutput = ScanOutput.BlackAndWhite });

        Assert.Null((photo with { ScanCleanup = true }).ToRequest(null, null).ScanCleanup);
        Assert.True(TestData.SamePixels(off, on), "photo content is never cleaned up");
        Assert.Equal(1, this.engine.InferenceRuns);
    }

    [Fact]
    public void CancellingLeavesTheLayerUntouchedAndTheNextRunCleansUp()
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.page, 128, 96);
        using Bgra32Image before = canvas.Clone();
        UpscaleSettings settings = Text2x with { Workflow = OutputWorkflow.EnlargedCanvas, ScanCleanup = true, ScanOutput = ScanOutput.BlackAndWhite };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        EffectPlan plan = this.engine.Prepare(canvas, settings, null, cancelled.Token);

        Assert.Equal(EffectOutcome.Cancelled, plan.Outcome);
        Assert.Null(plan.LayerImage);
        Assert.True(TestData.SamePixels(before, canvas), "a cancelled clean-up must not touch the layer");
        Assert.Equal(0, this.engine.InferenceRuns);
        EffectPlan retry = this.engine.Prepare(canvas, settings, null, CancellationToken.None);
        Assert.Equal(EffectOutcome.Upscaled, retry.Outcome);
        Assert.Equal(0, TestData.Share(retry.LayerImage!, (_, _, b, _, _) => b is not 0 and not 255));
        Assert.True(TestData.SamePixels(before, canvas), "clean-up works on a copy, never on the layer");
    }

    public void Dispose()
    {
        this.engine.Dispose();
        this.page.Dispose();
    }

    // Copied at once: the engine's cache may release a result when the next setting runs.
    private Bgra32Image Run(UpscaleSettings settings) => this.engine.Prepare(this.page, settings, null, CancellationToken.None).NewImage!.Clone();

    // The handwriting crop with its paper yellowed (blue reduced) and darkened towards the right.
    private static Bgra32Image YellowedScan()
    {
        Bgra32Image scan = TestData.Input("text-formula.png", 40, 20, 64, 48);
        for (int y = 0; y < scan.Height; y++)
        {
            Span<byte> row = scan.GetRow(y);
            for (int x = 0; x < scan.Width; x++)
            {
                float shade = 1f - (0.3f * x / scan.Width);
                row[x * 4] = (byte)(row[x * 4] * shade * 0.7f);
                row[(x * 4) + 1] = (byte)(row[(x * 4) + 1] * shade);
                row[(x * 4) + 2] = (byte)(row[(x * 4) + 2] * shade);
            }
        }

        return scan;
    }

    // The paper's level: the 75th percentile of green (the ink is a small, dark share of the page).
    private static int PaperLevel(Bgra32Image image) => Greens(image).Order().Skip(image.Width * image.Height * 3 / 4).First();

    private static double InkShare(Bgra32Image image) => TestData.Share(image, (_, _, _, g, _) => g < 128);

    private static bool Coloured(int x, int y, byte b, byte g, byte r) => b != g || g != r;

    private static IEnumerable<byte> Greens(Bgra32Image image)
    {
        for (int y = 0; y < image.Height; y++)
        {
            byte[] row = image.GetRow(y).ToArray();
            for (int x = 0; x < image.Width; x++)
            {
                yield return row[(x * 4) + 1];
            }
        }
    }
}
