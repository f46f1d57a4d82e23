// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Resampling;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>
/// The text preset's small-text rule in the plugin: letters too small for any model (a 7-pixel line) are enlarged
/// with plain bicubic below 4× and the message says so; at 4×, or with a model the user chose, the model runs.
/// </summary>
public sealed class SmallTextSettingTests : IDisposable
{
    private static readonly UpscaleSettings Text2x = new() { Content = ContentKind.TextAndScans, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Cpu, Workflow = OutputWorkflow.NewImage };
    private readonly Bgra32Image line = TestData.Input("text-line-7px.png", 0, 0, 183, 15);
    private readonly UpscaleEngine engine = new(TestData.Library(), warn => new OnnxTileSessionFactory(2, warn));

    [Fact]
    public void SmallLetters_BelowFourTimes_AreEnlargedPlainly_AndTheMessageSaysSo()
    {
        EffectPlan plan = this.engine.Prepare(this.line, Text2x, null, CancellationToken.None);

        using Bgra32Image bicubic = Resampler.Resize(this.line, 366, 30, ResampleFilter.CatmullRom, 2);
        Assert.Contains("plain bicubic", plan.Message);
        Assert.True(TestData.SamePixels(bicubic, plan.NewImage!), "the result is plain bicubic");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void AtFourTimes_OrWithAChosenModel_TheModelRuns()
    {
        using Bgra32Image bicubic2x = Resampler.Resize(this.line, 366, 30, ResampleFilter.CatmullRom, 2);
        using Bgra32Image bicubic4x = Resampler.Resize(this.line, 732, 60, ResampleFilter.CatmullRom, 2);

        // Copied at once: the engine's cache may release a result when the next setting runs.
        using Bgra32Image fourTimes = this.Run(Text2x with { ScaleMode = ScaleMode.Times4 }, out string fourTimesMessage);
        using Bgra32Image chosen = this.Run(Text2x with { ModelId = TestData.Model2x }, out string chosenMessage);

        Assert.DoesNotContain("plain bicubic", fourTimesMessage);
        Assert.DoesNotContain("plain bicubic", chosenMessage);
        Assert.False(TestData.SamePixels(bicubic4x, fourTimes), "the model ran at 4×");
        Assert.False(TestData.SamePixels(bicubic2x, chosen), "the chosen model ran");
    }

    public void Dispose()
    {
        this.engine.Dispose();
        this.line.Dispose();
    }

    private Bgra32Image Run(UpscaleSettings settings, out string message)
    {
        EffectPlan plan = this.engine.Prepare(this.line, settings, null, CancellationToken.None);
        message = plan.Message;
        return plan.NewImage!.Clone();
    }
}
