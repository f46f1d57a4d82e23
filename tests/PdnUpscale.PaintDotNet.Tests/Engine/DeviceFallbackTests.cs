// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.PaintDotNet.Engine;
using PdnUpscale.PaintDotNet.Tests.Fakes;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>
/// Core's GPU retry policy as the plug-in reports it, with the real 2× model: DirectML is simulated by
/// <see cref="FlakyGpuSessions"/> (this machine has none); what is checked is the attempts, the result and
/// what the user is told. The policy itself is tested in Core (UpscaleServiceRetryTests).
/// </summary>
public sealed class DeviceFallbackTests : IDisposable
{
    private static readonly UpscaleSettings Gpu = new()
    {
        Content = ContentKind.ArtAndGraphics, ModelId = TestData.Model2x, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Gpu, TileSize = 128, Workflow = OutputWorkflow.NewImage,
    };

    private readonly Bgra32Image picture = TestData.Picture(150, 20);

    [Fact]
    public void OutOfMemoryOnTheGpuHalvesTheTileAndStaysOnTheGpu()
    {
        var sessions = new FlakyGpuSessions(1, () => new InferenceOutOfMemoryException("The model ran out of memory on a 148×40 tile.", null));
        using var engine = new UpscaleEngine(TestData.Library(), _ => sessions);

        EffectPlan plan = engine.Prepare(this.picture, Gpu, null, CancellationToken.None);

        Assert.Equal(EffectOutcome.NewImage, plan.Outcome);
        Assert.Equal("DirectML", plan.DeviceName);
        Assert.Equal([DeviceKind.DirectML], sessions.Requests.Select(r => r.Device).Distinct());
        Assert.True(sessions.Requests[^1].Width < sessions.Requests[0].Width, "the retry must use a smaller tile");
        Assert.Contains("Out of memory on 128-pixel tiles; retrying with 64.", plan.Message);
        Assert.True(plan.NeedsAttention);
    }

    [Fact]
    public void ALostDeviceGoesStraightToTheCpuAndTheResultIsTheCpuResult()
    {
        var sessions = new FlakyGpuSessions(int.MaxValue, () => new DeviceLostException("The GPU was lost while the model ran (887A0005).", null));
        var stagesFor = new List<DeviceKind>();
        using var engine = new UpscaleEngine(TestData.Library(), _ => sessions, (device, warn) =>
        {
            stagesFor.Add(device);
            return new UpscaleConfiguration { Warning = warn };
        });
        using UpscaleResult cpu = TestData.Reference(this.picture, 300, 40);

        EffectPlan plan = engine.Prepare(this.picture, Gpu with { TileSize = 0 }, null, CancellationToken.None);

        Assert.StartsWith("CPU", plan.DeviceName, StringComparison.Ordinal); // "CPU (int8)" where auto picks int8 (a CPU with VNNI)
        Assert.True(TestData.SamePixels(cpu.Image, plan.NewImage!), "the CPU fallback must give the CPU result");
        Assert.Single(sessions.Requests, r => r.Device != DeviceKind.Cpu);
        Assert.True(sessions.Evictions >= 1, "the failed GPU sessions must be dropped");
        Assert.Contains("on the CPU", plan.Message);
        Assert.Contains("The GPU (DirectML) failed", plan.Message);
        Assert.Equal([DeviceKind.DirectML, DeviceKind.Cpu], stagesFor);
    }

    public void Dispose() => this.picture.Dispose();
}
