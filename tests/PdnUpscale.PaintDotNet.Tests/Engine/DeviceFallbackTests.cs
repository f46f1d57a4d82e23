// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.PaintDotNet.Engine;
using PdnUpscale.PaintDotNet.Tests.Fakes;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>
/// The GPU fallback chain with the real 2× model: DirectML is simulated by <see cref="FlakyGpuSessions"/>
/// (this machine has none); what is checked is the order of attempts, the result and what the user is told.
/// </summary>
public sealed class DeviceFallbackTests : IDisposable
{
    private static readonly UpscaleSettings Gpu = new()
    {
        Content = ContentKind.ArtAndGraphics, ModelId = TestData.Model2x, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Gpu, TileSize = 128, Workflow = OutputWorkflow.NewImage,
    };

    private readonly Bgra32Image picture = TestData.Picture(150, 20);

    [Fact]
    public void AGpuFailureHalvesTheTileAndStaysOnTheGpu()
    {
        using var sessions = new FlakyGpuSessions(gpuFailures: 1);
        using var engine = new UpscaleEngine(TestData.Chooser(), _ => sessions);

        EffectPlan plan = engine.Prepare(this.picture, Gpu, null, CancellationToken.None);

        Assert.Equal(EffectOutcome.NewImage, plan.Outcome);
        Assert.Equal("DirectML", plan.DeviceName);
        Assert.Equal([DeviceKind.DirectML], sessions.Requests.Select(r => r.Device).Distinct());
        Assert.True(sessions.Requests[^1].Width < sessions.Requests[0].Width, "the retry must use a smaller tile");
        Assert.Contains("failed with 128-pixel tiles", plan.Message);
        Assert.Contains("with 64-pixel tiles", plan.Message);
        Assert.True(plan.NeedsAttention);
    }

    [Fact]
    public void WhenEveryGpuTileFailsTheCpuRunsAndTheResultIsTheCpuResult()
    {
        using var sessions = new FlakyGpuSessions(gpuFailures: int.MaxValue);
        var stagesFor = new List<DeviceKind>();
        using var engine = new UpscaleEngine(TestData.Chooser(), _ => sessions, (device, warn) =>
        {
            stagesFor.Add(device);
            return new UpscaleConfiguration { Warning = warn };
        });
        using UpscaleResult cpu = TestData.Reference(this.picture, 300, 40);

        EffectPlan plan = engine.Prepare(this.picture, Gpu with { TileSize = 0 }, null, CancellationToken.None);

        Assert.Equal("CPU", plan.DeviceName);
        Assert.True(TestData.SamePixels(cpu.Image, plan.NewImage!), "the CPU fallback must give the CPU result");
        Assert.Equal(DeviceKind.Cpu, sessions.Requests[^1].Device);
        Assert.True(sessions.Evictions >= 2, "failed GPU sessions must be dropped");
        Assert.Contains("on the CPU", plan.Message);
        Assert.Contains("The GPU (DirectML) failed", plan.Message);
        Assert.Equal([DeviceKind.DirectML, DeviceKind.Cpu], stagesFor);
    }

    [Fact]
    public void TheAttemptsHalveFromTheChosenTileDownToTheMinimumThenUseTheCpu()
    {
        using var sessions = new FlakyGpuSessions(0);
        using var upscaler = new Upscaler(null, sessions);
        var chain = new DeviceFallbackChain(_ => upscaler, sessions, 1L << 30);

        var attempts = chain.Attempts(TestData.Model("realesr-animevideov3-x2"), Gpu with { TileSize = 512 }).ToList();
        var cpuOnly = chain.Attempts(TestData.Model("realesr-animevideov3-x2"), Gpu with { Device = DeviceChoice.Cpu }).ToList();

        Assert.Equal([512, 256, 128, 64, 512], attempts.Select(a => a.Tile.Value));
        Assert.Equal([DeviceKind.DirectML, DeviceKind.DirectML, DeviceKind.DirectML, DeviceKind.DirectML, DeviceKind.Cpu], attempts.Select(a => a.Device));
        Assert.Equal([DeviceKind.Cpu], cpuOnly.Select(a => a.Device));
    }

    public void Dispose() => this.picture.Dispose();
}
