// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>
/// The "Show invented detail" overlay, end to end with the committed 2× model on the CPU, on a real photo crop
/// (left half) beside flat grey paint (right half), enlarged on a 2× canvas.
/// </summary>
public sealed class InventedDetailOverlayTests : IDisposable
{
    // Fully faithful, so flat paint stays exactly a plain enlargement (the raw model shifts its tone slightly).
    private static readonly UpscaleSettings Art2x = new() { Content = ContentKind.ArtAndGraphics, ModelId = TestData.Model2x, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Cpu, UsePresetFidelity = false, FidelityPercent = 100 };
    private readonly Bgra32Image original = PhotoBesideFlatGrey();
    private readonly UpscaleEngine engine = new(TestData.Library(), warn => new OnnxTileSessionFactory(2, warn));

    [Fact]
    public void TheOverlayIsCoresHeatMapColouredOnDetailAndGreyOnFlatPaint()
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 96, 48);
        using Bgra32Image result = this.engine.Prepare(canvas, Art2x, null, CancellationToken.None).LayerImage!.Clone();

        EffectPlan plan = this.engine.Prepare(canvas, Art2x with { ShowInventedDetail = true }, null, CancellationToken.None);

        using InventedDetailMap expected = InventedDetailMap.Create(this.original, result, 2);
        Assert.True(TestData.SamePixels(expected.Image, plan.LayerImage!), "the layer shows Core's heat map of this very result");
        Assert.Equal(0, TestData.Share(plan.LayerImage!, Warm, region: (x, _) => x >= 60));
        Assert.True(TestData.Share(plan.LayerImage!, Warm, region: (x, _) => x < 48) > 0.1, "the photo's enlarged detail is marked");
        Assert.Contains(expected.Summary, plan.Message);
        Assert.Contains($"switch off \"{UpscaleEngine.OverlayOptionName}\"", plan.Message);
        Assert.False(plan.NeedsAttention);
    }

    [Fact]
    public void SwitchingTheOverlayOffGivesTheSameResultWithoutRunningTheModelAgain()
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 96, 48);

        using Bgra32Image before = this.engine.Prepare(canvas, Art2x, null, CancellationToken.None).LayerImage!.Clone();
        using Bgra32Image map = this.engine.Prepare(canvas, Art2x with { ShowInventedDetail = true }, null, CancellationToken.None).LayerImage!.Clone();
        EffectPlan after = this.engine.Prepare(canvas, Art2x, null, CancellationToken.None);

        Assert.False(TestData.SamePixels(before, map), "the overlay must change what the layer shows");
        Assert.True(TestData.SamePixels(before, after.LayerImage!), "switched off, the layer shows the result again");
        Assert.DoesNotContain("heat map", after.Message);
        Assert.Equal(1, this.engine.InferenceRuns);
    }

    [Fact]
    public void ForANewImageTheHeatMapGoesToTheClipboardAndIsNeverSavedAsTheResult()
    {
        string folder = Path.Combine(Path.GetTempPath(), "pdnupscale-tests-" + Guid.NewGuid().ToString("N"));
        var clipboard = new List<Bgra32Image>();
        UpscaleSettings settings = Art2x with { Workflow = OutputWorkflow.NewImage, SaveFolder = folder };
        try
        {
            EffectPlan map = this.engine.Prepare(this.original, settings with { ShowInventedDetail = true }, new Clipboard(clipboard), CancellationToken.None);
            EffectPlan result = this.engine.Prepare(this.original, settings, new Clipboard(clipboard), CancellationToken.None);

            Assert.Null(map.SavedPath);
            Assert.Contains("The heat map is on the clipboard", map.Message);
            Assert.Contains("No PNG copy is saved", map.Message);
            Assert.Equal(2, clipboard.Count);
            Assert.False(TestData.SamePixels(clipboard[0], clipboard[1]), "the clipboard gets the map, then the result");
            Assert.True(TestData.SamePixels(result.NewImage!, clipboard[1]));
            Assert.Single(Directory.GetFiles(folder));
            Assert.Equal(1, this.engine.InferenceRuns);
        }
        finally
        {
            clipboard.ForEach(i => i.Dispose());
            Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose()
    {
        this.engine.Dispose();
        this.original.Dispose();
    }

    // A heat-map pixel tinted yellow to red: red clearly above blue (untouched pixels are exactly grey).
    private static bool Warm(int x, int y, byte b, byte g, byte r) => r > b + 40;

    private static Bgra32Image PhotoBesideFlatGrey()
    {
        using Bgra32Image photo = TestData.Input("coffee-spoon-48.png", 12, 12, 24, 24);
        Bgra32Image image = TestData.EnlargedCanvas(photo, 48, 24, fill: 0xFF808080);
        return image;
    }

    private sealed class Clipboard(List<Bgra32Image> images) : IResultClipboard
    {
        public void SetImage(Bgra32Image image) => images.Add(image.Clone());
    }
}
