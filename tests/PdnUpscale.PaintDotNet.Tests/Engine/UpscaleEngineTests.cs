// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>Both workflows, the cache and cancellation, end to end with the committed 2× model on the CPU.</summary>
public sealed class UpscaleEngineTests : IDisposable
{
    private static readonly UpscaleSettings Art2x = new() { Content = ContentKind.ArtAndGraphics, ModelId = TestData.Model2x, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Cpu };
    private readonly Bgra32Image original = TestData.Picture(20, 14);
    private readonly UpscaleEngine engine = new(TestData.Library(), warn => new OnnxTileSessionFactory(2, warn));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pdnupscale-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EnlargedCanvasIsFilledWithTheUpscaledTopLeftOriginal()
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 40, 28);
        using Bgra32Image before = canvas.Clone();
        using UpscaleResult expected = TestData.Reference(this.original, 40, 28);

        EffectPlan plan = this.engine.Prepare(canvas, Art2x, null, CancellationToken.None);

        Assert.Equal(EffectOutcome.Upscaled, plan.Outcome);
        Assert.True(TestData.SamePixels(expected.Image, plan.LayerImage!), "the layer must show the upscaled original");
        Assert.True(TestData.SamePixels(before, canvas), "the source layer must not be written");
        Assert.StartsWith("CPU", plan.DeviceName, StringComparison.Ordinal); // "CPU (int8)" where auto picks int8 (a CPU with VNNI)
        Assert.Contains("made 40×28 pixels on the CPU", plan.Message);
        Assert.False(plan.NeedsAttention);
    }

    [Fact]
    public void ACustomPercentCanvasIsFilledToItsExactSize()
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 30, 21);
        using UpscaleResult expected = TestData.Reference(this.original, 30, 21);

        EffectPlan plan = this.engine.Prepare(canvas, Art2x with { ScaleMode = ScaleMode.Percent, Percent = 150 }, null, CancellationToken.None);

        Assert.Equal(EffectOutcome.Upscaled, plan.Outcome);
        Assert.True(TestData.SamePixels(expected.Image, plan.LayerImage!), "the layer must show the upscaled original");
    }

    [Fact]
    public void ATargetWidthMakesANewImageOfThatWidthButNeverTouchesACanvas()
    {
        UpscaleSettings settings = Art2x with { ScaleMode = ScaleMode.TargetWidth, TargetWidth = 50 };

        EffectPlan image = this.engine.Prepare(this.original, settings with { Workflow = OutputWorkflow.NewImage }, null, CancellationToken.None);
        EffectPlan canvas = this.engine.Prepare(this.original, settings, null, CancellationToken.None);

        Assert.Equal((50, 35), (image.NewImage!.Width, image.NewImage.Height));
        Assert.Equal(EffectOutcome.CanvasMismatch, canvas.Outcome);
        Assert.Contains("choose 2×, 3×, 4× or a percentage", canvas.Message);
    }

    [Fact]
    public void AMismatchedCanvasLeavesThePixelsAloneAndRunsNothing()
    {
        EffectPlan plan = this.engine.Prepare(this.original, Art2x, null, CancellationToken.None);

        Assert.Equal(EffectOutcome.CanvasMismatch, plan.Outcome);
        Assert.Null(plan.LayerImage);
        Assert.Contains("Nothing was changed", plan.Message);
        Assert.True(plan.NeedsAttention);
        Assert.Equal(0, this.engine.InferenceRuns);
    }

    [Fact]
    public void NewImageGoesToTheClipboardAndAPngOnceAndTheLayerStaysUnchanged()
    {
        var clipboard = new RecordingClipboard();
        UpscaleSettings settings = Art2x with { Workflow = OutputWorkflow.NewImage, SaveFolder = this.folder };

        EffectPlan first = this.engine.Prepare(this.original, settings, clipboard, CancellationToken.None);
        EffectPlan again = this.engine.Prepare(this.original, settings, clipboard, CancellationToken.None);

        Assert.Equal(EffectOutcome.NewImage, first.Outcome);
        Assert.Null(first.LayerImage);
        Assert.Equal((40, 28), (first.NewImage!.Width, first.NewImage.Height));
        Assert.Equal(1, this.engine.InferenceRuns);
        Assert.Equal(1, clipboard.Count);
        Assert.Contains("Paste into New Image", first.Message);
        Assert.Equal(first.SavedPath, again.SavedPath);
        Assert.Single(Directory.GetFiles(this.folder));
        using DecodedImage png = new SkiaImageDecoder().Decode(first.SavedPath!);
        Assert.True(TestData.SamePixels(first.NewImage, png.Image), "the PNG must hold the result");
    }

    [Fact]
    public void TheCacheRerunsOnlyWhenSourceOrSettingsChange()
    {
        UpscaleSettings settings = Art2x with { Workflow = OutputWorkflow.NewImage };

        this.engine.Prepare(this.original, settings, null, CancellationToken.None);
        this.engine.Prepare(this.original, settings with { SaveFolder = null }, null, CancellationToken.None);
        this.engine.Prepare(this.original, settings with { Alpha = AlphaMode.Fast }, null, CancellationToken.None);
        this.engine.Prepare(this.original, settings, null, CancellationToken.None);
        using Bgra32Image other = TestData.Picture(22, 14);
        this.engine.Prepare(other, settings, null, CancellationToken.None);

        Assert.Equal(3, this.engine.InferenceRuns);
    }

    [Fact]
    public void CancellationLeavesThePixelsAloneAndTheNextRunWorks()
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 40, 28);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        EffectPlan plan = this.engine.Prepare(canvas, Art2x, null, cancelled.Token);
        EffectPlan retry = this.engine.Prepare(canvas, Art2x, null, CancellationToken.None);

        Assert.Equal(EffectOutcome.Cancelled, plan.Outcome);
        Assert.Null(plan.LayerImage);
        Assert.Equal(EffectOutcome.Upscaled, retry.Outcome);
        Assert.Equal(1, this.engine.InferenceRuns);
    }

    [Fact]
    public void AnUnsaveablePngFolderIsReportedWithoutLosingTheResult()
    {
        File.WriteAllText(this.folder, "a file, not a folder");
        var clipboard = new RecordingClipboard();

        EffectPlan plan = this.engine.Prepare(this.original, Art2x with { Workflow = OutputWorkflow.NewImage, SaveFolder = this.folder }, clipboard, CancellationToken.None);

        Assert.Equal(EffectOutcome.NewImage, plan.Outcome);
        Assert.Equal(1, clipboard.Count);
        Assert.Null(plan.SavedPath);
        Assert.Contains("could not be saved", plan.Message);
    }

    public void Dispose()
    {
        this.engine.Dispose();
        this.original.Dispose();
        if (Directory.Exists(this.folder))
        {
            Directory.Delete(this.folder, recursive: true);
        }

        File.Delete(this.folder);
    }

    private sealed class RecordingClipboard : IResultClipboard
    {
        public int Count { get; private set; }

        public void SetImage(Bgra32Image image) => this.Count++;
    }
}
