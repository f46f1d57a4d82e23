// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>The dialog's fidelity slider, end to end with the committed 2× model on the CPU.</summary>
public sealed class FidelitySettingTests
{
    private static readonly UpscaleSettings Photo2x = new() { Content = ContentKind.Photo, ModelId = TestData.Model2x, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Cpu, Workflow = OutputWorkflow.NewImage };

    [Fact]
    public void FullFidelityShrinksBackCloserToTheSourceThanRawOutput()
    {
        using Bgra32Image source = TestData.Picture(24, 16);
        using var engine = new UpscaleEngine(TestData.Library(), warn => new OnnxTileSessionFactory(2, warn));

        // Copied at once: the engine's cache may release a result when the next setting runs.
        using Bgra32Image raw = engine.Prepare(source, Photo2x with { UsePresetFidelity = false, FidelityPercent = 0 }, null, CancellationToken.None).NewImage!.Clone();
        using Bgra32Image faithful = engine.Prepare(source, Photo2x with { UsePresetFidelity = false, FidelityPercent = 100 }, null, CancellationToken.None).NewImage!.Clone();
        using Bgra32Image rawBack = HalveByBoxAverage(raw);
        using Bgra32Image faithfulBack = HalveByBoxAverage(faithful);

        Assert.Equal(2, engine.InferenceRuns);
        Assert.False(TestData.SamePixels(raw, faithful), "fidelity must change the result");
        Assert.True(ImageMetrics.PsnrRgb(source, faithfulBack) > ImageMetrics.PsnrRgb(source, rawBack), "full fidelity must shrink back closer to the source");
    }

    [Fact]
    public void WhileThePresetsFidelityIsUsedTheSliderIsIgnored()
    {
        using Bgra32Image source = TestData.Picture(24, 16);
        using var engine = new UpscaleEngine(TestData.Library(), warn => new OnnxTileSessionFactory(2, warn));

        using Bgra32Image preset = engine.Prepare(source, Photo2x with { FidelityPercent = 0 }, null, CancellationToken.None).NewImage!.Clone();
        using Bgra32Image slider100 = engine.Prepare(source, Photo2x with { FidelityPercent = 100 }, null, CancellationToken.None).NewImage!.Clone();
        using Bgra32Image raw = engine.Prepare(source, Photo2x with { UsePresetFidelity = false, FidelityPercent = 0 }, null, CancellationToken.None).NewImage!.Clone();

        Assert.True(TestData.SamePixels(preset, slider100), "the slider is ignored while the preset's fidelity is used");
        Assert.False(TestData.SamePixels(preset, raw), "the slider counts once the box is cleared");
        Assert.Equal(2, engine.InferenceRuns);
    }

    // A plain 2×2 average: the shrink a user would make, independent of the fidelity stage's own kernel.
    private static Bgra32Image HalveByBoxAverage(Bgra32Image image)
    {
        Bgra32Image half = Bgra32Image.Allocate(image.Width / 2, image.Height / 2);
        for (int y = 0; y < half.Height; y++)
        {
            Span<byte> top = image.GetRow(2 * y);
            Span<byte> bottom = image.GetRow((2 * y) + 1);
            Span<byte> row = half.GetRow(y);
            for (int i = 0; i < row.Length; i++)
            {
                int x = ((i / 4) * 8) + (i % 4);
                row[i] = (byte)((top[x] + top[x + 4] + bottom[x] + bottom[x + 4] + 2) / 4);
            }
        }

        return half;
    }
}
